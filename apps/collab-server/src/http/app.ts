import Fastify from 'fastify';
import type { FastifyError, FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { BoardFilesBusyError } from '../boardFiles/BoardFileWorker';
import type { Metrics } from '../metrics';
import { StorageUnavailableError } from '../storage/Persistence';
import { boardRoutes } from './boardRoutes';
import type { ApiDeps } from './deps';
import { historyRoutes } from './historyRoutes';
import { sendProblem } from './problem';
import { registerSecurity } from './security';
import { registerWebApp } from './webApp';
import { workspaceRoutes } from './workspaceRoutes';

export interface HttpAppOptions extends ApiDeps {
  metrics: Metrics;
  log: Logger;
  maxBodyBytes: number;
  webDist: string;
  /**
   * False while shutting down or when storage cannot be written (`/readyz` 503). `redis` is
   * reported with `REDIS_URL`: while it is unreachable the node stays ready (status
   * `degraded`) since it still serves its own clients.
   */
  readiness(): Promise<{ ready: boolean; status: string; redis?: 'ok' | 'unreachable' }>;
}

/**
 * The HTTP side of the server on Fastify: REST under `/api`, health and Prometheus metrics,
 * the built web app. WebSocket upgrades are not Fastify's: `server.ts` attaches `ws` to
 * `app.server`. Plugins finish registering in `app.ready()` / `app.listen()`.
 */
export function createHttpApp(options: HttpAppOptions): FastifyInstance {
  const app = Fastify({
    logger: false,
    bodyLimit: options.maxBodyBytes,
    // Node's own default: a request (body included) must arrive within 5 minutes.
    requestTimeout: 300_000,
    return503OnClosing: true,
  });

  // Bodies are read as bytes whatever their type: imports go to the board-file thread
  // untouched, small JSON bodies are parsed by the route (so errors are problem+json).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof BoardFilesBusyError) return sendProblem(reply, { status: 503, title: 'Busy', detail: 'Too many imports and exports are running; try again shortly.' }, { 'retry-after': '2' });
    // PostgreSQL down or not answering: like a full disk for sockets (4507), try again later here.
    if (error instanceof StorageUnavailableError) {
      options.log.warn({ err: error.message, method: request.method, url: request.url.slice(0, 200) }, 'request refused: storage unavailable');
      return sendProblem(reply, { status: 503, title: 'Storage unavailable', detail: 'The board storage cannot be reached right now; try again shortly.' }, { 'retry-after': '5' });
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendProblem(reply, { status: 413, title: 'Body too large', detail: `At most ${options.maxBodyBytes} bytes.` });
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return sendProblem(reply, { status, title: 'Bad request', detail: error.message });
    options.log.error({ err: error, method: request.method, url: request.url.slice(0, 200) }, 'request failed');
    return sendProblem(reply, { status: 500, title: 'Internal server error' });
  });

  registerSecurity(app);

  app.get('/healthz', async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const { ready, status, redis } = await options.readiness();
    return reply.code(ready ? 200 : 503).header('cache-control', 'no-store').send(redis ? { status, redis } : { status });
  });
  app.get('/metrics', async (_request, reply) => {
    const { contentType, text } = await options.metrics.render();
    return reply.header('cache-control', 'no-store').type(contentType).send(text);
  });

  workspaceRoutes(app, options);
  boardRoutes(app, options);
  historyRoutes(app, options);
  registerWebApp(app, options.webDist);
  return app;
}
