import { parentPort } from 'node:worker_threads';
import * as Y from 'yjs';
import { clipText, TEXT_LIMITS } from '@stormscape/model';
import { BOARD_KEYS, layoutStatus, migrateDoc, YKEYS } from '@stormscape/model/yjs';
import type { DocRequest, DocResponse } from './docWorkerProtocol';

/**
 * Off-thread document work: the event loop never decodes a whole board. Compaction goes
 * through a real Y.Doc so deleted content is garbage-collected; a part that Yjs cannot
 * apply is skipped and counted instead of bricking the board.
 */
function compact(parts: Uint8Array[], migrate: boolean): DocResponse & { kind: 'compact' } {
  const doc = new Y.Doc();
  let skipped = 0;
  for (const part of parts) {
    try {
      Y.applyUpdate(doc, part);
    } catch {
      skipped++;
    }
  }
  // A room loading an older layout is migrated before anyone syncs (docMigrations.ts).
  const before = layoutStatus(doc);
  const migratedFrom = migrate && before.kind === 'older' ? (migrateDoc(doc, 'server-migration'), before.version) : null;
  const name = doc.getMap(YKEYS.board).get(BOARD_KEYS.name);
  const result = {
    kind: 'compact' as const,
    state: Y.encodeStateAsUpdate(doc),
    stateVector: Y.encodeStateVector(doc),
    // Clipped as every reader of the document clips it (a peer may have written more).
    name: typeof name === 'string' ? clipText(name, TEXT_LIMITS.name) : null,
    skipped,
    migratedFrom,
  };
  doc.destroy();
  return result;
}

function diff(parts: Uint8Array[], stateVector: Uint8Array): DocResponse & { kind: 'diff' } {
  const merged = parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
  return { kind: 'diff', update: Y.diffUpdate(merged, stateVector) };
}

parentPort?.on('message', (request: DocRequest) => {
  let response: DocResponse;
  try {
    response = request.kind === 'compact' ? compact(request.parts, request.migrate === true) : diff(request.parts, request.stateVector);
  } catch (err) {
    response = { kind: 'error', message: err instanceof Error ? err.message : String(err) };
  }
  const transfer = response.kind === 'compact' ? [response.state.buffer, response.stateVector.buffer] : response.kind === 'diff' ? [response.update.buffer] : [];
  parentPort?.postMessage({ id: request.id, response }, transfer as ArrayBuffer[]);
});
