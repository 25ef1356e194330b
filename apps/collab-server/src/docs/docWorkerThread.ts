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

/**
 * What `stored` holds that `have` lacks, as one update: `have` goes into a Y.Doc, then
 * `stored`, and the doc's own update events say what applying `stored` changed (new items and
 * newly deleted ones only). A state-vector diff could not do this: it carries the whole delete
 * set every time. Parts Yjs cannot apply are skipped, as in compaction.
 */
function missing(have: Uint8Array[], stored: Uint8Array[]): DocResponse & { kind: 'missing' } {
  const doc = new Y.Doc();
  const apply = (part: Uint8Array) => {
    try {
      Y.applyUpdate(doc, part);
    } catch {
      // skipped, as in compaction
    }
  };
  for (const part of have) apply(part);
  const found: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => found.push(update));
  for (const part of stored) apply(part);
  doc.destroy();
  return { kind: 'missing', update: found.length === 0 ? null : found.length === 1 ? found[0]! : Y.mergeUpdates(found) };
}

function handle(request: DocRequest): DocResponse {
  switch (request.kind) {
    case 'compact':
      return compact(request.parts, request.migrate === true);
    case 'diff':
      return diff(request.parts, request.stateVector);
    case 'missing':
      return missing(request.have, request.stored);
  }
}

parentPort?.on('message', (request: DocRequest) => {
  let response: DocResponse;
  try {
    response = handle(request);
  } catch (err) {
    response = { kind: 'error', message: err instanceof Error ? err.message : String(err) };
  }
  const transfer =
    response.kind === 'compact' ? [response.state.buffer, response.stateVector.buffer] : response.kind === 'diff' || (response.kind === 'missing' && response.update) ? [response.update!.buffer] : [];
  parentPort?.postMessage({ id: request.id, response }, transfer as ArrayBuffer[]);
});
