import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuthResult } from '../auth/authorize';
import { tokenFrom } from '../auth/authorize';
import { openViewToken } from '../auth/tokens';
import type { ApiDeps } from './deps';
import { iso, jsonBody, MAX_NAME, sendProblem } from './problem';
import { applyServerUpdate, storedParts } from './serverEdits';

type BoardParams = { Params: { id: string } };

function slug(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return s === '' ? 'board' : s;
}

/**
 * The board name lives in the document (one source of truth): a REST rename becomes a
 * document update, relayed to connected clients like any edit and stored in the log; the
 * list column follows it.
 */
async function renameInDocument(deps: ApiDeps, boardId: string, name: string): Promise<void> {
  const update = await deps.files.rename(await storedParts(deps, boardId), name);
  if (update && (await deps.persistence.getBoard(boardId))) await applyServerUpdate(deps, boardId, update);
  await deps.persistence.renameBoard(boardId, name);
}

export function refuse(reply: FastifyReply, auth: AuthResult & { ok: false }): FastifyReply {
  const title = auth.status === 404 ? 'Board not found' : auth.status === 401 ? 'Token required' : 'Forbidden';
  return sendProblem(reply, { status: auth.status, title, detail: auth.reason }, auth.status === 401 ? { 'www-authenticate': 'Bearer' } : {});
}

/** `/api/boards/:id` (GET, PATCH name, DELETE) and `/api/boards/:id/export` (GET), board tokens. */
export function boardRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const { persistence } = deps;
  const authorized = async (request: FastifyRequest<BoardParams>, reply: FastifyReply, needEdit: boolean) => {
    const auth = await deps.auth.board(request.raw, request.params.id);
    if (!auth.ok) return void refuse(reply, auth);
    if (needEdit && auth.role !== 'edit') return void sendProblem(reply, { status: 403, title: 'Forbidden', detail: 'This needs the edit token.' });
    return auth;
  };
  const describe = async (request: FastifyRequest<BoardParams>, reply: FastifyReply, auth: AuthResult & { ok: true }) => {
    const record = await persistence.getBoard(auth.boardId);
    if (!record) return sendProblem(reply, { status: 404, title: 'Board not found' });
    const viewToken = auth.role === 'edit' && record.viewTokenSealed ? openViewToken(tokenFrom(request.raw)!, auth.boardId, record.viewTokenSealed) : null;
    return reply.header('cache-control', 'no-store').send({
      id: record.id,
      name: record.name,
      role: auth.role,
      createdAt: iso(record.createdAt),
      updatedAt: iso(record.updatedAt),
      ...(viewToken ? { viewToken } : {}),
    });
  };

  app.get<BoardParams>('/api/boards/:id', async (request, reply) => {
    const auth = await authorized(request, reply, false);
    return auth ? describe(request, reply, auth) : reply;
  });

  app.patch<BoardParams>('/api/boards/:id', async (request, reply) => {
    const auth = await authorized(request, reply, true);
    if (!auth) return reply;
    let body: unknown = null;
    try {
      body = jsonBody(request.body);
    } catch {
      // answered as a bad name below
    }
    const name = (body as { name?: unknown } | null)?.name;
    const trimmed = typeof name === 'string' ? name.trim() : '';
    if (trimmed === '' || trimmed.length > MAX_NAME) return sendProblem(reply, { status: 400, title: 'Bad request', detail: `Send { "name": "..." } with 1 to ${MAX_NAME} characters.` });
    await renameInDocument(deps, auth.boardId, trimmed);
    return describe(request, reply, auth);
  });

  app.delete<BoardParams>('/api/boards/:id', async (request, reply) => {
    const auth = await authorized(request, reply, true);
    if (!auth) return reply;
    deps.rooms.closeBoard(auth.boardId);
    await persistence.deleteBoard(auth.boardId);
    deps.log.info({ boardId: auth.boardId }, 'board deleted');
    return reply.code(204).send();
  });

  app.get<BoardParams>('/api/boards/:id/export', async (request, reply) => {
    const auth = await authorized(request, reply, false);
    if (!auth) return reply;
    const { name, text } = await deps.files.export(await storedParts(deps, auth.boardId));
    return reply
      .headers({ 'content-disposition': `attachment; filename="${slug(name)}.storm.json"`, 'cache-control': 'no-store' })
      .type('application/json; charset=utf-8')
      .send(text);
  });
}
