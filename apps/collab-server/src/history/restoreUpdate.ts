import * as Y from 'yjs';
import { YKEYS } from '@stormscape/model/yjs';

/** Marks the changes the restore reverts; only the UndoManager below tracks it. */
const REACHED_CURRENT = Symbol('reached-current');

/**
 * The update that turns the board's current document back into `version`, as one new change
 * made on top of the current state (nothing is rewritten or removed from history).
 *
 * How: start from the version, apply everything that happened since (the current state) as
 * one tracked transaction, then undo it. Undo re-creates what was deleted since (as new items,
 * with the content the version still holds) and deletes what was inserted since; what the
 * undo produced, relative to the current state, is the restore. Clients receive it as an
 * ordinary remote change, so their own undo stacks (which track only their own origin) stay
 * as they were. Only the board content maps are restored, never the facilitation maps. Returns null when nothing happened since the version.
 */
export function restoreUpdate(currentParts: Uint8Array[], version: Uint8Array): Uint8Array | null {
  const current = new Y.Doc();
  const doc = new Y.Doc();
  try {
    for (const part of currentParts) Y.applyUpdate(current, part);
    Y.applyUpdate(doc, version);
    // The board content roots only (the model's YKEYS), each as the Y.Map it is: a root decoded
    // from an update is an untyped placeholder, whose own key changes the UndoManager would not
    // see. Facilitation state (step, facilitator, timer, votes, hidden stickies) is the live
    // session, not the board: a restore leaves it as it is now.
    const scope = Object.values(YKEYS).map((key) => doc.getMap(key));
    const undo = new Y.UndoManager(scope, { trackedOrigins: new Set([REACHED_CURRENT]), captureTimeout: Number.POSITIVE_INFINITY });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(current, Y.encodeStateVector(doc)), REACHED_CURRENT);
    if (undo.undoStack.length === 0) return null;
    const currentVector = Y.encodeStateVector(current);
    undo.undo();
    undo.destroy();
    return Y.encodeStateAsUpdate(doc, currentVector);
  } finally {
    current.destroy();
    doc.destroy();
  }
}
