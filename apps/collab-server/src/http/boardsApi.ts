import type { IncomingMessage, ServerResponse } from 'node:http';
import * as Y from 'yjs';
import type { Board } from '@stormscape/model';
import { emptyBoard, parseBoardFile, serialiseBoard } from '@stormscape/model';
import { EXAMPLES, getExample } from '@stormscape/model/examples';
import { boardToDoc, docToBoard } from '@stormscape/model/yjs';
import { authorize } from '../auth/authorize';
import { hashToken, newBoardId, newToken } from '../auth/tokens';
import type { RoomManager } from '../rooms/RoomManager';
import type { Persistence } from '../storage/Persistence';
import { BodyTooLargeError, readBody, sendJson, sendProblem } from './respond';

export interface BoardsApiDeps {
  persistence: Persistence;
  rooms: RoomManager;
  maxBodyBytes: number;
}

const MAX_NAME = 200;
const INVALID_FILE = 'https://stormscape.dev/problems/invalid-board-file';

const iso = (ms: number) => new Date(ms).toISOString();

/** Creates the board row and its initial document in one transaction; returns the tokens. */
function createBoard(persistence: Persistence, board: Board) {
  const doc = boardToDoc(board);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  const id = newBoardId();
  const editToken = newToken();
  const viewToken = newToken();
  const now = Date.now();
  persistence.createBoard({ id, name: board.name, editTokenHash: hashToken(editToken), viewTokenHash: hashToken(viewToken), createdAt: now, updatedAt: now }, state);
  return { id, name: board.name, editToken, viewToken };
}

/** The board as it is now: the open room's state if loaded, else the stored one. */
function currentBoard(persistence: Persistence, boardId: string): Board {
  const doc = new Y.Doc();
  const stored = persistence.load(boardId);
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u.data);
  const board = docToBoard(doc);
  doc.destroy();
  return board;
}

async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const text = await readBody(req, limit);
  if (text.trim() === '') return {};
  return JSON.parse(text) as unknown;
}

function slug(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return s === '' ? 'board' : s;
}

/**
 * REST under `/api`. Returns false when the path is not an API route (caller continues).
 * Errors are `application/problem+json`.
 */
export async function handleBoardsApi(deps: BoardsApiDeps, req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
  const { persistence } = deps;
  const method = req.method ?? 'GET';
  try {
    if (pathname === '/api/boards' && method === 'GET') {
      sendJson(
        res,
        200,
        persistence.listBoards().map((b) => ({ id: b.id, name: b.name, updatedAt: iso(b.updatedAt) })),
      );
      return true;
    }
    if (pathname === '/api/examples' && method === 'GET') {
      sendJson(res, 200, EXAMPLES.map((e) => ({ id: e.id, name: e.name, description: e.description })));
      return true;
    }
    if (pathname === '/api/boards' && method === 'POST') {
      let body: unknown;
      try {
        body = await readJson(req, deps.maxBodyBytes);
      } catch (err) {
        if (err instanceof BodyTooLargeError) throw err;
        sendProblem(res, { status: 400, title: 'Bad request', detail: 'The body must be JSON: { "name": "...", "example"?: "<example id>" }.' });
        return true;
      }
      const { name, example } = (body ?? {}) as { name?: unknown; example?: unknown };
      if (example !== undefined && typeof example !== 'string') {
        sendProblem(res, { status: 400, title: 'Bad request', detail: '"example" must be an example id.' });
        return true;
      }
      const template = example === undefined ? undefined : getExample(example);
      if (example !== undefined && !template) {
        sendProblem(res, { status: 400, title: 'Unknown example', detail: `No example "${example}". Known: ${EXAMPLES.map((e) => e.id).join(', ')}.` });
        return true;
      }
      const trimmed = typeof name === 'string' ? name.trim() : '';
      if ((name !== undefined && typeof name !== 'string') || trimmed.length > MAX_NAME || (trimmed === '' && !template)) {
        sendProblem(res, { status: 400, title: 'Bad request', detail: `"name" must be a non-empty string of at most ${MAX_NAME} characters.` });
        return true;
      }
      const board = template ? { ...template.board, name: trimmed === '' ? template.name : trimmed } : emptyBoard(trimmed);
      sendJson(res, 201, createBoard(persistence, board));
      return true;
    }
    if (pathname === '/api/boards/import' && method === 'POST') {
      const text = await readBody(req, deps.maxBodyBytes);
      const parsed = parseBoardFile(text);
      if (!parsed.ok) {
        sendProblem(res, {
          type: INVALID_FILE,
          status: 400,
          title: 'Invalid board file',
          detail: `The file has ${parsed.errors.length} error${parsed.errors.length === 1 ? '' : 's'}; nothing was created.`,
          errors: parsed.errors,
        });
        return true;
      }
      sendJson(res, 201, createBoard(persistence, parsed.board));
      return true;
    }
    const match = /^\/api\/boards\/([^/]+)(\/export)?$/.exec(pathname);
    if (!match) {
      if (pathname.startsWith('/api/')) {
        sendProblem(res, { status: 404, title: 'Not found' });
        return true;
      }
      return false;
    }
    let boardId: string;
    try {
      boardId = decodeURIComponent(match[1]!);
    } catch {
      sendProblem(res, { status: 404, title: 'Board not found' });
      return true;
    }
    const isExport = match[2] !== undefined;
    const allowed = isExport || method === 'GET' ? ['GET'] : ['DELETE'];
    if (!(isExport ? method === 'GET' : method === 'GET' || method === 'DELETE')) {
      sendProblem(res, { status: 405, title: 'Method not allowed' }, { allow: allowed.join(', ') });
      return true;
    }
    const auth = authorize(persistence, req, boardId);
    if (!auth.ok) {
      sendProblem(res, { status: auth.status, title: auth.status === 404 ? 'Board not found' : auth.status === 401 ? 'Token required' : 'Forbidden', detail: auth.reason }, auth.status === 401 ? { 'www-authenticate': 'Bearer' } : {});
      return true;
    }
    if (method === 'DELETE') {
      if (auth.role !== 'edit') {
        sendProblem(res, { status: 403, title: 'Forbidden', detail: 'Deleting a board needs its edit token.' });
        return true;
      }
      deps.rooms.closeBoard(boardId);
      persistence.deleteBoard(boardId);
      res.writeHead(204).end();
      return true;
    }
    if (isExport) {
      // Make sure updates relayed this tick are in the log before reading it.
      deps.rooms.get(boardId)?.flush();
      persistence.flush();
      const board = currentBoard(persistence, boardId);
      const text = serialiseBoard(board);
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(text),
        'content-disposition': `attachment; filename="${slug(board.name)}.storm.json"`,
        'cache-control': 'no-store',
      });
      res.end(text);
      return true;
    }
    const record = persistence.getBoard(boardId)!;
    sendJson(res, 200, { id: record.id, name: record.name, role: auth.role, createdAt: iso(record.createdAt), updatedAt: iso(record.updatedAt) });
    return true;
  } catch (err) {
    if (err instanceof BodyTooLargeError) {
      sendProblem(res, { status: 413, title: 'Body too large', detail: `At most ${deps.maxBodyBytes} bytes.` });
      return true;
    }
    throw err;
  }
}
