import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { requestUrl, sendText } from './respond';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

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

/**
 * Serves the built single-page app: real files when they exist (hashed assets cached
 * forever), `index.html` for every other path so client-side routes survive a reload.
 */
export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'method not allowed');
    return;
  }
  const index = path.join(root, 'index.html');
  if (!existsSync(index)) {
    sendText(res, 503, NOT_BUILT(root), 'text/html; charset=utf-8');
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(requestUrl(req)?.pathname ?? '\0');
  } catch {
    sendText(res, 400, 'bad path');
    return;
  }
  // Resolve inside root only: "..", encoded slashes and NUL bytes cannot escape it.
  const file = path.resolve(root, `.${path.posix.normalize(`/${pathname}`)}`);
  const inside = file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
  let target = index;
  if (inside && !pathname.includes('\0')) {
    try {
      if (statSync(file).isFile()) target = file;
    } catch {
      // not a file: SPA fallback below
    }
  }
  if (target === index && path.extname(pathname) !== '' && path.extname(pathname) !== '.html') {
    sendText(res, 404, 'not found');
    return;
  }
  const stat = statSync(target);
  const immutable = target !== index && pathname.startsWith('/assets/');
  res.writeHead(200, {
    'content-type': TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream',
    'content-length': stat.size,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(target)
    .on('error', () => res.destroy())
    .pipe(res);
}
