import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { EXAMPLES, getExample } from '@stormscape/model/examples';
import { hashToken, newBoardId, newToken, sealViewToken } from '../auth/tokens';
import type { CreatedState } from '../boardFiles/BoardFileWorker';
import type { Persistence } from '../storage/Persistence';
import type { ApiDeps } from './deps';
import { iso, jsonBody, MAX_NAME, sendProblem } from './problem';

const INVALID_FILE = 'https://stormscape.dev/problems/invalid-board-file';

/** Writes the board row and its initial document in one transaction; returns the tokens. */
async function storeBoard(persistence: Persistence, log: Logger, created: CreatedState, how: string) {
  const id = newBoardId();
  const editToken = newToken();
  const viewToken = newToken();
  const now = Date.now();
  await persistence.createBoard(
    { id, name: created.name, editTokenHash: hashToken(editToken), viewTokenHash: hashToken(viewToken), viewTokenSealed: sealViewToken(editToken, id, viewToken), createdAt: now, updatedAt: now },
    created.state,
  );
  log.info({ boardId: id, how, bytes: created.state.byteLength }, 'board created');
  return { id, name: created.name, editToken, viewToken };
}

/** The workspace token guards listing, creating and importing boards. */
function workspaceRefused(deps: ApiDeps, request: FastifyRequest, reply: FastifyReply): boolean {
  const auth = deps.auth.workspace(request.raw);
  if (auth.ok) return false;
  sendProblem(reply, { status: auth.status, title: auth.status === 401 ? 'Workspace token required' : 'Forbidden', detail: auth.reason }, auth.status === 401 ? { 'www-authenticate': 'Bearer' } : {});
  return true;
}

/** `/api/examples`, and `/api/boards` list, create and import (workspace token). */
export function workspaceRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const { persistence, files, log } = deps;

  app.get('/api/examples', async (_request, reply) => reply.header('cache-control', 'no-store').send(EXAMPLES.map((e) => ({ id: e.id, name: e.name, description: e.description }))));

  app.get('/api/boards', async (request, reply) => {
    if (workspaceRefused(deps, request, reply)) return reply;
    return reply.header('cache-control', 'no-store').send((await persistence.listBoards()).map((b) => ({ id: b.id, name: b.name, updatedAt: iso(b.updatedAt) })));
  });

  app.post('/api/boards', async (request, reply) => {
    if (workspaceRefused(deps, request, reply)) return reply;
    let body: unknown;
    try {
      body = jsonBody(request.body);
    } catch {
      return sendProblem(reply, { status: 400, title: 'Bad request', detail: 'The body must be JSON: { "name": "...", "example"?: "<example id>" }.' });
    }
    const { name, example } = (body ?? {}) as { name?: unknown; example?: unknown };
    if (example !== undefined && typeof example !== 'string') return sendProblem(reply, { status: 400, title: 'Bad request', detail: '"example" must be an example id.' });
    const template = example === undefined ? undefined : getExample(example);
    if (example !== undefined && !template) return sendProblem(reply, { status: 400, title: 'Unknown example', detail: `No example "${example}". Known: ${EXAMPLES.map((e) => e.id).join(', ')}.` });
    const trimmed = typeof name === 'string' ? name.trim() : '';
    if ((name !== undefined && typeof name !== 'string') || trimmed.length > MAX_NAME || (trimmed === '' && !template)) {
      return sendProblem(reply, { status: 400, title: 'Bad request', detail: `"name" must be a non-empty string of at most ${MAX_NAME} characters.` });
    }
    const created = template
      ? await files.create({ kind: 'create-example', exampleId: template.id, name: trimmed === '' ? template.name : trimmed })
      : await files.create({ kind: 'create-empty', name: trimmed });
    if ('invalid' in created) throw new Error('a built-in board did not validate');
    return reply.code(201).header('cache-control', 'no-store').send(await storeBoard(persistence, log, created, template ? `example ${template.id}` : 'empty'));
  });

  app.post('/api/boards/import', async (request, reply) => {
    if (workspaceRefused(deps, request, reply)) return reply;
    const file = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const created = await files.create({ kind: 'import', file });
    if ('invalid' in created) {
      const n = created.invalid.length;
      return sendProblem(reply, { type: INVALID_FILE, status: 400, title: 'Invalid board file', detail: `The file has ${n} error${n === 1 ? '' : 's'}; nothing was created.`, errors: created.invalid });
    }
    const how = created.migratedFrom === null ? 'import' : `import (migrated from v${created.migratedFrom})`;
    return reply.code(201).header('cache-control', 'no-store').send(await storeBoard(persistence, log, created, how));
  });
}
