import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import { authorize } from './auth/authorize';
import type { ServerConfig } from './config';
import { DocWorker } from './docs/DocWorker';
import { handleBoardsApi } from './http/boardsApi';
import { requestUrl, sendJson, sendProblem, sendText } from './http/respond';
import { serveStatic } from './http/staticFiles';
import { Metrics } from './metrics';
import { Connection } from './rooms/Connection';
import { CloseCode } from './rooms/Peer';
import type { Fanout } from './rooms/Fanout';
import { LocalFanout } from './rooms/Fanout';
import { RoomManager } from './rooms/RoomManager';
import type { Persistence } from './storage/Persistence';
import { SqliteStore } from './storage/SqliteStore';

export interface CollabServer {
  readonly metrics: Metrics;
  readonly persistence: Persistence;
  readonly rooms: RoomManager;
  /** Resolves with the bound port (useful with PORT=0). */
  listen(): Promise<number>;
  /** Graceful stop: flush every update to disk, close sockets with 1001, close storage. */
  close(): Promise<void>;
}

const KEEPALIVE_MS = 30_000;

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
}

/** Wires storage, rooms, REST, static files and WebSocket upgrades onto one HTTP server. */
export function createCollabServer(config: ServerConfig, log: Logger, options: { persistence?: Persistence; fanout?: Fanout } = {}): CollabServer {
  const metrics = new Metrics();
  const persistence = options.persistence ?? new SqliteStore(config.dataDir, log, metrics);
  const docs = new DocWorker(log);
  docs.warmUp();
  const rooms = new RoomManager({ config, metrics, log, persistence, docs, fanout: options.fanout ?? new LocalFanout() });
  const connections = new Set<Connection>();
  const webRoot = path.resolve(config.webDist);
  let stopping = false;

  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes, perMessageDeflate: false });

  const server = http.createServer((req, res) => {
    const url = requestUrl(req);
    if (!url) return sendText(res, 400, 'bad request target');
    const pathname = url.pathname;
    if (pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (pathname === '/readyz') {
      const ready = !stopping && persistence.checkWritable();
      return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : stopping ? 'stopping' : 'storage not writable' });
    }
    if (pathname === '/metrics') {
      // Benchmark hook: a full GC before reading the heap, only when started with --expose-gc.
      const gc = (globalThis as { gc?: () => void }).gc;
      if (url.searchParams.has('gc') && gc) gc();
      metrics.documentBytes = rooms.documentBytes;
      return sendText(res, 200, metrics.render(), 'text/plain; version=0.0.4; charset=utf-8');
    }
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      handleBoardsApi({ persistence, rooms, maxBodyBytes: config.maxBodyBytes, log }, req, res, pathname).catch((err: unknown) => {
        log.error({ err, method: req.method, pathname }, 'request failed');
        if (!res.headersSent) sendProblem(res, { status: 500, title: 'Internal server error' });
        else res.destroy();
      });
      return;
    }
    try {
      serveStatic(webRoot, req, res);
    } catch (err) {
      log.error({ err, pathname }, 'static file failed');
      if (!res.headersSent) sendText(res, 500, 'internal server error');
      else res.destroy();
    }
  });

  server.on('upgrade', (req, socket, head) => {
    socket.on('error', (err) => log.debug({ err: err.message }, 'upgrade socket error'));
    const match = /^\/ws\/([^/]+)$/.exec(requestUrl(req)?.pathname ?? '');
    if (!match) return refuseUpgrade(socket, 404, 'Not Found');
    if (stopping) return refuseUpgrade(socket, 503, 'Service Unavailable');
    let boardId = '';
    try {
      boardId = decodeURIComponent(match[1]!);
    } catch {
      // invalid escapes: authorize() refuses the empty id as not found
    }
    const auth = authorize(persistence, req, boardId);
    // Refusals complete the upgrade and close with a 44xx code: browsers cannot see an HTTP
    // status on a failed upgrade, and the stock client stops retrying on 4400–4499.
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (!auth.ok) {
        metrics.reject('auth');
        log.debug({ boardId: boardId.slice(0, 64), code: auth.closeCode }, 'socket refused');
        ws.close(auth.closeCode, auth.reason);
        return;
      }
      const connection = new Connection(ws, auth.boardId, auth.role, { config, metrics, log, rooms });
      connections.add(connection);
      ws.on('close', () => connections.delete(connection));
    });
  });

  const keepalive = setInterval(() => {
    for (const c of connections) c.ping();
  }, KEEPALIVE_MS);
  keepalive.unref();

  return {
    metrics,
    persistence,
    rooms,
    listen() {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    async close() {
      if (stopping) return;
      stopping = true;
      clearInterval(keepalive);
      server.close();
      await rooms.closeAll();
      // Connections whose room never loaded still hold the updates they received.
      let unstored = 0;
      for (const c of connections) {
        unstored += c.queuedDocumentMessages;
        if (c.queuedDocumentMessages > 0) c.close(CloseCode.storageFailed, 'server shutting down; your last changes were not stored: reconnect to resend');
        else c.close(CloseCode.goingAway, 'server shutting down');
      }
      // Give the close frames a moment to leave (bounded), then drop whatever is left.
      for (let waited = 0; connections.size > 0 && waited < 1000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      server.closeAllConnections();
      await docs.close();
      persistence.close();
      metrics.stop();
      unstored += persistence.unsettledCount();
      // Never report a clean stop while something received is not on disk.
      if (unstored > 0) throw new Error(`${unstored} document update(s) received were not stored; their clients were told to resend (close ${CloseCode.storageFailed})`);
    },
  };
}
