import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import { resolveAdminToken } from './auth/adminToken';
import type { Authenticator, AuthResult } from './auth/authorize';
import { tokenAuthenticator } from './auth/authorize';
import { hashToken } from './auth/tokens';
import { BoardFileWorker } from './boardFiles/BoardFileWorker';
import type { ServerConfig } from './config';
import { DocWorker } from './docs/DocWorker';
import { BoardHistory } from './history/BoardHistory';
import { createHttpApp } from './http/app';
import { Metrics } from './metrics';
import { Connection } from './rooms/Connection';
import { CloseCode } from './rooms/Peer';
import type { Fanout } from './rooms/Fanout';
import { LocalFanout } from './rooms/Fanout';
import { RedisFanout } from './rooms/RedisFanout';
import { RoomManager } from './rooms/RoomManager';
import type { Persistence } from './storage/Persistence';
import { PgStore } from './storage/PgStore';
import { SqliteStore } from './storage/SqliteStore';

export interface CollabServer {
  readonly metrics: Metrics;
  readonly persistence: Persistence;
  readonly rooms: RoomManager;
  readonly history: BoardHistory;
  /** Resolves with the bound port (useful with PORT=0). */
  listen(): Promise<number>;
  /** Graceful stop: flush every update to disk, close sockets with 1001, close storage. */
  close(): Promise<void>;
}

export interface CollabServerOptions {
  persistence?: Persistence;
  fanout?: Fanout;
  /**
   * The auth seam (cf. hocuspocus's `onAuthenticate`). Default: board tokens plus the
   * workspace token (`STORMSCAPE_ADMIN_TOKEN`, or one generated into the data dir).
   */
  authenticator?: (persistence: Persistence) => Authenticator;
}

const KEEPALIVE_MS = 30_000;

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
}

function upgradePath(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return '';
  }
}

/** The default authenticator: board tokens and the workspace token (printed once when generated). */
function defaultAuthenticator(config: ServerConfig, log: Logger, persistence: Persistence): Authenticator {
  const admin = resolveAdminToken(config.adminToken, config.dataDir);
  if (admin.source === 'generated') {
    log.info({ adminToken: admin.token, file: admin.file }, 'generated the workspace token (shown once; also kept in the file, owner-only): paste it into the web app, or set STORMSCAPE_ADMIN_TOKEN');
  }
  return tokenAuthenticator(persistence, hashToken(admin.token));
}

/** Wires storage, rooms, the HTTP app (Fastify) and WebSocket upgrades (`ws`) onto one port. */
export function createCollabServer(config: ServerConfig, log: Logger, options: CollabServerOptions = {}): CollabServer {
  const metrics = new Metrics();
  // Several nodes share boards only through one PostgreSQL: a Redis without it would relay
  // between nodes that each keep their own SQLite file.
  if (config.redisUrl && !config.databaseUrl && !options.persistence) throw new Error('REDIS_URL needs DATABASE_URL: nodes relaying to each other must share one PostgreSQL');
  const persistence = options.persistence ?? (config.databaseUrl ? new PgStore(config.databaseUrl, log, metrics) : new SqliteStore(config.dataDir, log, metrics));
  const nodeId = persistence instanceof PgStore ? persistence.nodeId : `node-${process.pid}`;
  const fanout: Fanout = options.fanout ?? (config.redisUrl ? new RedisFanout(config.redisUrl, nodeId, metrics, log, { nodeTimeoutMs: config.nodeTimeoutMs }) : new LocalFanout());
  const auth = options.authenticator ? options.authenticator(persistence) : defaultAuthenticator(config, log, persistence);
  const docs = new DocWorker(log);
  docs.warmUp();
  const files = new BoardFileWorker(log);
  const rooms = new RoomManager({ config, metrics, log, persistence, docs, fanout });
  const history = new BoardHistory({ persistence, rooms, files, log }, { autoIntervalMs: config.historyIntervalMs, retentionMs: config.historyRetentionDays * 24 * 60 * 60 * 1000 });
  const connections = new Set<Connection>();
  let stopping = false;
  metrics.onScrape = () => {
    metrics.documentBytes = rooms.documentBytes;
  };

  const app = createHttpApp({
    persistence,
    rooms,
    auth,
    files,
    history,
    log,
    metrics,
    maxBodyBytes: config.maxBodyBytes,
    webDist: config.webDist,
    readiness: async () => {
      const ready = !stopping && (await persistence.checkWritable()) && !stopping;
      const redis = fanout.isReady ? (fanout.isReady() ? 'ok' : 'unreachable') : undefined;
      // Without Redis a node still serves its own clients: degraded, not out of the balancer
      // (a Redis outage would otherwise take every node out at once).
      const status = !ready ? (stopping ? 'stopping' : 'storage not writable') : redis === 'unreachable' ? 'degraded' : 'ready';
      return { ready, status, redis };
    },
  });
  const server = app.server;

  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes, perMessageDeflate: false });
  server.on('upgrade', (req, socket, head) => {
    socket.on('error', (err) => log.debug({ err: err.message }, 'upgrade socket error'));
    const match = /^\/ws\/([^/]+)$/.exec(upgradePath(req.url));
    if (!match) return refuseUpgrade(socket, 404, 'Not Found');
    if (stopping) return refuseUpgrade(socket, 503, 'Service Unavailable');
    let boardId = '';
    try {
      boardId = decodeURIComponent(match[1]!);
    } catch {
      // invalid escapes: the authenticator refuses the empty id as not found
    }
    void upgradeAfterAuth(req, socket, head, boardId);
  });

  /**
   * The board lookup is awaited, not blocking: other rooms keep flowing while storage answers
   * (a reconnect wave after a node died made every join on PostgreSQL hold the loop for a round
   * trip). Nothing a client sends is lost meanwhile: it cannot send before the 101, and bytes
   * that came with the request (`head`) or after it wait in the paused socket for `ws`.
   */
  async function upgradeAfterAuth(req: IncomingMessage, socket: Duplex, head: Buffer, boardId: string): Promise<void> {
    let result: AuthResult | null = null;
    try {
      result = await auth.board(req, boardId);
    } catch (err) {
      // Storage unreachable (PostgreSQL down): as on a full disk, the client retries later.
      log.warn({ err, boardId: boardId.slice(0, 64) }, 'socket refused: storage failing');
    }
    // Shutdown began while the lookup ran: this connection would miss the rooms' closing.
    if (stopping) return refuseUpgrade(socket, 503, 'Service Unavailable');
    // Refusals complete the upgrade and then close with a 44xx code: browsers cannot see an HTTP
    // status on a failed upgrade, and the stock client stops retrying on 4400–4499.
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (!result) {
        ws.close(CloseCode.storageFailed, 'storage failing; reconnect later');
        return;
      }
      if (!result.ok) {
        metrics.reject('auth');
        log.debug({ boardId: boardId.slice(0, 64), code: result.closeCode }, 'socket refused');
        ws.close(result.closeCode, result.reason);
        return;
      }
      const connection = new Connection(ws, socket, result.boardId, result.role, { config, metrics, log, rooms });
      connections.add(connection);
      ws.on('close', () => connections.delete(connection));
    });
  }

  const keepalive = setInterval(() => {
    for (const c of connections) c.ping();
  }, KEEPALIVE_MS);
  keepalive.unref();

  return {
    metrics,
    persistence,
    rooms,
    history,
    async listen() {
      // On PostgreSQL: its schema first (a node that cannot reach it fails its start).
      if (persistence instanceof PgStore) await persistence.ready;
      await app.listen({ port: config.port, host: config.host });
      // After binding, so its boot does not delay `listening`; the first import does not pay for it.
      files.warmUp();
      history.start();
      return (server.address() as AddressInfo).port;
    },
    async close() {
      if (stopping) return;
      stopping = true;
      clearInterval(keepalive);
      await history.stop();
      // Stop accepting; requests still arriving get 503 while the rooms are flushed.
      const httpClosed = app.close();
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
      await httpClosed;
      await Promise.all([docs.close(), files.close(), fanout instanceof RedisFanout ? fanout.close() : undefined]);
      await persistence.close();
      metrics.stop();
      unstored += persistence.unsettledCount();
      // Never report a clean stop while something received is not on disk.
      if (unstored > 0) throw new Error(`${unstored} document update(s) received were not stored; their clients were told to resend (close ${CloseCode.storageFailed})`);
    },
  };
}
