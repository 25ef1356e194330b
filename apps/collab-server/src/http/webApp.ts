import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from './problem';

const NOT_BUILT = (dir: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Stormscape: web app not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto">
<h1>The web app is not built yet</h1>
<p>The collab server is running (REST under <code>/api</code>, rooms at <code>/ws/&lt;boardId&gt;</code>),
but there is no built web app in <code>${dir.replace(/[<>&]/g, '')}</code>.</p>
<p>Run <code>npm start</code> at the repository root (it builds the web app first), or
<code>npm run build -w @stormscape/web</code>, or point <code>WEB_DIST</code> at a built app.</p>
</body></html>
`;

const isApi = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

/**
 * The built single-page app through @fastify/static: real files when they exist (hashed
 * `/assets/*` cached forever), `index.html` for every other path so client-side routes
 * survive a reload. Unknown `/api/*` paths get a problem+json 404.
 */
export function registerWebApp(app: FastifyInstance, webDist: string): void {
  const root = path.resolve(webDist);
  const assets = `${path.sep}assets${path.sep}`;
  void app.register(fastifyStatic, {
    root,
    wildcard: true,
    cacheControl: false,
    setHeaders(res, file) {
      res.setHeader('cache-control', file.startsWith(root + assets) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const pathname = request.url.split('?')[0]!;
    if (isApi(pathname)) return sendProblem(reply, { status: 404, title: 'Not found' });
    if (request.method !== 'GET' && request.method !== 'HEAD') return reply.code(405).header('allow', 'GET, HEAD').type('text/plain; charset=utf-8').send('method not allowed');
    if (!existsSync(path.join(root, 'index.html'))) return reply.code(503).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(NOT_BUILT(root));
    const ext = path.extname(pathname);
    if (ext !== '' && ext !== '.html') return reply.code(404).type('text/plain; charset=utf-8').send('not found');
    return reply.sendFile('index.html');
  });
}
