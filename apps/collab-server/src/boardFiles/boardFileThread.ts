import { parentPort } from 'node:worker_threads';
import * as Y from 'yjs';
import { emptyBoard, parseBoardFile, serialiseBoard } from '@stormscape/model';
import type { Board } from '@stormscape/model';
import { getExample } from '@stormscape/model/examples';
import { BOARD_KEYS, boardToDoc, docToBoard, setBoardName, YKEYS } from '@stormscape/model/yjs';
import { restoreUpdate } from '../history/restoreUpdate';
import type { BoardFileRequest, BoardFileResponse } from './boardFileProtocol';

/**
 * Whole-board work for the REST API, off the event loop: parsing and validating an import,
 * building a document from a board, exporting the canonical file, renaming in the document.
 * Each of these decodes or builds a complete board (seconds for a 15 MB file), which on the
 * event loop would stall update delivery on every other board.
 */
function created(board: Board, migratedFrom: number | null): BoardFileResponse {
  const doc = boardToDoc(board);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { kind: 'created', name: board.name, state, migratedFrom };
}

function docFrom(parts: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const part of parts) Y.applyUpdate(doc, part);
  return doc;
}

function handle(request: BoardFileRequest): BoardFileResponse {
  switch (request.kind) {
    case 'create-empty':
      return created(emptyBoard(request.name), null);
    case 'create-example': {
      const example = getExample(request.exampleId);
      if (!example) return { kind: 'error', message: `unknown example ${request.exampleId}` };
      return created({ ...example.board, name: request.name }, null);
    }
    case 'import': {
      const parsed = parseBoardFile(Buffer.from(request.file.buffer, request.file.byteOffset, request.file.byteLength).toString('utf8'));
      return parsed.ok ? created(parsed.board, parsed.migratedFrom) : { kind: 'invalid', errors: parsed.errors };
    }
    case 'export': {
      const doc = docFrom(request.parts);
      const board = docToBoard(doc);
      doc.destroy();
      return { kind: 'exported', name: board.name, text: serialiseBoard(board) };
    }
    case 'rename': {
      // The name lives in the document; the update is made against the stored state so it
      // supersedes the current name instead of racing it.
      const doc = docFrom(request.parts);
      if (doc.getMap(YKEYS.board).get(BOARD_KEYS.name) === request.name) {
        doc.destroy();
        return { kind: 'renamed', update: null };
      }
      const before = Y.encodeStateVector(doc);
      setBoardName(doc, request.name);
      const update = Y.encodeStateAsUpdate(doc, before);
      doc.destroy();
      return { kind: 'renamed', update };
    }
    case 'version': {
      const doc = docFrom(request.parts);
      const response: BoardFileResponse = { kind: 'versioned', state: Y.encodeStateAsUpdate(doc), stateVector: Y.encodeStateVector(doc) };
      doc.destroy();
      return response;
    }
    case 'restore':
      return { kind: 'restored', update: restoreUpdate(request.parts, request.version) };
  }
}

parentPort?.on('message', (request: BoardFileRequest) => {
  let response: BoardFileResponse;
  try {
    response = handle(request);
  } catch (err) {
    response = { kind: 'error', message: err instanceof Error ? err.message : String(err) };
  }
  const transfer =
    response.kind === 'created' || response.kind === 'versioned'
      ? [response.state.buffer]
      : (response.kind === 'renamed' || response.kind === 'restored') && response.update
        ? [response.update.buffer]
        : [];
  parentPort?.postMessage({ id: request.id, response }, transfer as ArrayBuffer[]);
});
