import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { refuse } from './boardRoutes';
import type { ApiDeps } from './deps';
import { jsonBody, MAX_NAME, sendProblem } from './problem';

type BoardParams = { Params: { id: string } };
type VersionParams = { Params: { id: string; versionId: string } };

const VERSION_ID = /^[1-9][0-9]{0,14}$/;

/**
 * Board history (`/api/boards/:id/versions…`): list and preview with the view token, save a
 * named version, delete a named one and restore with the edit token. See README "Board history".
 */
export function historyRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const authorized = async (request: FastifyRequest<BoardParams | VersionParams>, reply: FastifyReply, needEdit: boolean) => {
    const auth = await deps.auth.board(request.raw, request.params.id);
    if (!auth.ok) return void refuse(reply, auth);
    if (needEdit && auth.role !== 'edit') return void sendProblem(reply, { status: 403, title: 'Forbidden', detail: 'This needs the edit token.' });
    return auth;
  };
  const versionId = (request: FastifyRequest<VersionParams>, reply: FastifyReply): number | undefined => {
    if (VERSION_ID.test(request.params.versionId)) return Number(request.params.versionId);
    return void sendProblem(reply, { status: 404, title: 'Version not found' });
  };

  app.get<BoardParams>('/api/boards/:id/versions', async (request, reply) => {
    const auth = await authorized(request, reply, false);
    if (!auth) return reply;
    return reply.header('cache-control', 'no-store').send((await deps.history.list(auth.boardId)).reverse());
  });

  app.post<BoardParams>('/api/boards/:id/versions', async (request, reply) => {
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
    const version = await deps.history.save(auth.boardId, 'named', trimmed);
    if (!version) return sendProblem(reply, { status: 404, title: 'Board not found' });
    return reply.code(201).header('cache-control', 'no-store').send(version);
  });

  app.get<VersionParams>('/api/boards/:id/versions/:versionId', async (request, reply) => {
    const auth = await authorized(request, reply, false);
    if (!auth) return reply;
    const id = versionId(request, reply);
    if (id === undefined) return reply;
    const preview = await deps.history.preview(auth.boardId, id);
    if (!preview) return sendProblem(reply, { status: 404, title: 'Version not found' });
    return reply.header('cache-control', 'no-store').type('application/json; charset=utf-8').send(preview.text);
  });

  app.delete<VersionParams>('/api/boards/:id/versions/:versionId', async (request, reply) => {
    const auth = await authorized(request, reply, true);
    if (!auth) return reply;
    const id = versionId(request, reply);
    if (id === undefined) return reply;
    const outcome = await deps.history.remove(auth.boardId, id);
    if (outcome === 'unknown') return sendProblem(reply, { status: 404, title: 'Version not found' });
    if (outcome === 'automatic') return sendProblem(reply, { status: 409, title: 'Conflict', detail: 'Automatic versions are deleted by the retention, not by hand.' });
    return reply.code(204).send();
  });

  app.post<VersionParams>('/api/boards/:id/versions/:versionId/restore', async (request, reply) => {
    const auth = await authorized(request, reply, true);
    if (!auth) return reply;
    const id = versionId(request, reply);
    if (id === undefined) return reply;
    const outcome = await deps.history.restore(auth.boardId, id);
    if (outcome.kind === 'unknown') return sendProblem(reply, { status: 404, title: 'Version not found' });
    return reply.header('cache-control', 'no-store').send(outcome.kind === 'restored' ? { restored: true, backupVersionId: outcome.backupVersionId } : { restored: false });
  });
}
