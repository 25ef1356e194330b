import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import type { Board } from '@stormscape/model';
import { emptyBoard, parseBoardFile } from '@stormscape/model';
import { EXAMPLES, getExample } from '@stormscape/model/examples';
import { boardToDoc } from '@stormscape/model/yjs';
import { hashToken, newBoardId, newToken, sealViewToken } from '../auth/tokens';
import type { Persistence } from '../storage/Persistence';
import { handleBoard } from './boardApi';
import type { BoardsApiDeps } from './apiCommon';
import { MAX_NAME } from './apiCommon';
import { BodyTooLargeError, readBody, readJson, sendJson, sendProblem } from './respond';

const INVALID_FILE = 'https://stormscape.dev/problems/invalid-board-file';

/** Creates the board row and its initial document in one transaction; returns the tokens. */
function createBoard(persistence: Persistence, board: Board, log: Logger, how: string) {
  const doc = boardToDoc(board);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  const id = newBoardId();
  const editToken = newToken();
  const viewToken = newToken();
  const now = Date.now();
  persistence.createBoard(
    { id, name: board.name, editTokenHash: hashToken(editToken), viewTokenHash: hashToken(viewToken), viewTokenSealed: sealViewToken(editToken, id, viewToken), createdAt: now, updatedAt: now },
    state,
  );
  log.info({ boardId: id, how, bytes: state.byteLength }, 'board created');
  return { id, name: board.name, editToken, viewToken };
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
        persistence.listBoards().map((b) => ({ id: b.id, name: b.name, updatedAt: new Date(b.updatedAt).toISOString() })),
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
      sendJson(res, 201, createBoard(persistence, board, deps.log, template ? `example ${template.id}` : 'empty'));
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
      sendJson(res, 201, createBoard(persistence, parsed.board, deps.log, parsed.migratedFrom === null ? 'import' : `import (migrated from v${parsed.migratedFrom})`));
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
    await handleBoard(deps, req, res, boardId, match[2] !== undefined);
    return true;
  } catch (err) {
    if (err instanceof BodyTooLargeError) {
      sendProblem(res, { status: 413, title: 'Body too large', detail: `At most ${deps.maxBodyBytes} bytes.` });
      return true;
    }
    throw err;
  }
}
