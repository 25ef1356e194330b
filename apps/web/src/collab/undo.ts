import { boardMaps } from '@stormscape/model/yjs';
import * as Y from 'yjs';

/** Edits of this user closer together than this are one undo step (typing, a nudge). */
export const CAPTURE_TIMEOUT_MS = 500;

export interface Undo {
  manager: Y.UndoManager;
  /**
   * Everything written from now until `endStep` is one undo step, however far apart
   * the writes are: a drag writes every 50–150 ms, but on a busy machine one frame can
   * take seconds, and a drag split by the capture timeout was undone only in part.
   */
  beginStep(): void;
  endStep(): void;
}

/** Undo of this user's own edits only (`origin`). */
export function createUndo(doc: Y.Doc, origin: object, captureTimeout = CAPTURE_TIMEOUT_MS): Undo {
  const manager = new Y.UndoManager(Object.values(boardMaps(doc)), { trackedOrigins: new Set([origin]), captureTimeout });
  return {
    manager,
    beginStep() {
      manager.stopCapturing();
      manager.captureTimeout = Number.POSITIVE_INFINITY;
    },
    endStep() {
      manager.captureTimeout = captureTimeout;
      manager.stopCapturing();
    },
  };
}
