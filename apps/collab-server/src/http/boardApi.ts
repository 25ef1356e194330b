import type { IncomingMessage, ServerResponse } from 'node:http';
import * as Y from 'yjs';
import type { Board } from '@stormscape/model';
import { serialiseBoard } from '@stormscape/model';
import { docToBoard } from '@stormscape/model/yjs';
import { authorize, tokenFrom } from '../auth/authorize';
import { openViewToken } from '../auth/tokens';
import type { Persistence } from '../storage/Persistence';
import type { BoardsApiDeps } from './apiCommon';
import { iso, MAX_NAME } from './apiCommon';
import { BodyTooLargeError, readJson, sendJson, sendProblem } from './respond';

/** The board as stored (snapshot + log), converted through the model. */
function storedBoard(persistence: Persistence, boardId: string): Board {
  const doc = new Y.Doc();
  const stored = persistence.load(boardId);
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u.data);
  const board = docToBoard(doc);
  doc.destroy();
  return board;
}

function slug(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return s === '' ? 'board' : s;
}

const METHODS = { board: ['GET', 'PATCH', 'DELETE'], export: ['GET'] };

/** `/api/boards/:id` (GET, PATCH name, DELETE) and `/api/boards/:id/export` (GET). */
export async function handleBoard(deps: BoardsApiDeps, req: IncomingMessage, res: ServerResponse, boardId: string, isExport: boolean): Promise<void> {
  const { persistence } = deps;
  const method = req.method ?? 'GET';
  const allowed = isExport ? METHODS.export : METHODS.board;
  if (!allowed.includes(method)) return sendProblem(res, { status: 405, title: 'Method not allowed' }, { allow: allowed.join(', ') });
  const auth = authorize(persistence, req, boardId);
  if (!auth.ok) {
    const title = auth.status === 404 ? 'Board not found' : auth.status === 401 ? 'Token required' : 'Forbidden';
    return sendProblem(res, { status: auth.status, title, detail: auth.reason }, auth.status === 401 ? { 'www-authenticate': 'Bearer' } : {});
  }
  if (method !== 'GET' && auth.role !== 'edit') return sendProblem(res, { status: 403, title: 'Forbidden', detail: 'This needs the edit token.' });

  if (isExport) {
    // Updates relayed this tick go into the log before it is read.
    deps.rooms.get(boardId)?.flush();
    persistence.flush();
    const board = storedBoard(persistence, boardId);
    const text = serialiseBoard(board);
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      'content-disposition': `attachment; filename="${slug(board.name)}.storm.json"`,
      'cache-control': 'no-store',
    });
    res.end(text);
    return;
  }
  if (method === 'DELETE') {
    deps.rooms.closeBoard(boardId);
    persistence.deleteBoard(boardId);
    deps.log.info({ boardId }, 'board deleted');
    res.writeHead(204).end();
    return;
  }
  if (method === 'PATCH') {
    let body: unknown;
    try {
      body = await readJson(req, deps.maxBodyBytes);
    } catch (err) {
      if (err instanceof BodyTooLargeError) throw err;
      body = null;
    }
    const name = (body as { name?: unknown } | null)?.name;
    const trimmed = typeof name === 'string' ? name.trim() : '';
    if (trimmed === '' || trimmed.length > MAX_NAME) return sendProblem(res, { status: 400, title: 'Bad request', detail: `Send { "name": "..." } with 1 to ${MAX_NAME} characters.` });
    // The list shows this name; the document's own name (edited live) wins at the next compaction.
    persistence.renameBoard(boardId, trimmed);
  }
  const record = persistence.getBoard(boardId)!;
  const viewToken = auth.role === 'edit' && record.viewTokenSealed ? openViewToken(tokenFrom(req)!, boardId, record.viewTokenSealed) : null;
  sendJson(res, 200, {
    id: record.id,
    name: record.name,
    role: auth.role,
    createdAt: iso(record.createdAt),
    updatedAt: iso(record.updatedAt),
    ...(viewToken ? { viewToken } : {}),
  });
}
