import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Everything the server can be tuned with. `configFromEnv` documents the env names. */
export interface ServerConfig {
  port: number;
  host: string;
  /** Directory holding `stormscape.db` (SQLite, WAL). */
  dataDir: string;
  /** Built web app to serve; missing directory → `/` explains how to build it. */
  webDist: string;
  logLevel: string;
  /** A board's room is unloaded this long after its last client left (after persisting). */
  evictAfterMs: number;
  /** Largest WebSocket message accepted; bigger ones close the socket with 1009. */
  maxMessageBytes: number;
  /** Token bucket per connection: sustained messages per second and burst size. */
  rateMessagesPerSec: number;
  rateMessagesBurst: number;
  /** Token bucket per connection: sustained bytes per second and burst size. */
  rateBytesPerSec: number;
  rateBytesBurst: number;
  /** Awareness (cursors) is coalesced per room and sent at most this often. */
  awarenessIntervalMs: number;
  /** Above this many buffered bytes a connection stops receiving awareness. */
  slowConsumerSoftBytes: number;
  /** Above this many buffered bytes a connection is closed (4503) to resync later. */
  slowConsumerHardBytes: number;
  /** Compact a room's in-memory tail (and the stored log) past this many updates or bytes. */
  compactAfterUpdates: number;
  compactAfterBytes: number;
  /** Largest REST body (board import). */
  maxBodyBytes: number;
  /** Awareness client ids one connection may introduce (removed ones count until it leaves). */
  maxAwarenessClientsPerConnection: number;
  /** Largest presence state (JSON bytes); larger ones are dropped. */
  maxAwarenessStateBytes: number;
  /** A departed client's presence removal is remembered this long (stale echoes cannot revive it). */
  awarenessTombstoneMs: number;
  /** Workspace token (list/create/import boards); empty: generated into the data dir. */
  adminToken: string;
  /** PostgreSQL connection URL; empty: embedded SQLite in `dataDir` (one node). */
  databaseUrl: string;
  /** Redis URL for cross-node fan-out; empty: this node relays only to its own clients. */
  redisUrl: string;
  /** With Redis: another node not heard from for this long is taken as gone, and its presence entries are removed. */
  nodeTimeoutMs: number;
  /** Board history: automatic versions of edited boards this often (0: never). */
  historyIntervalMs: number;
  /** Board history: automatic versions are kept this many days (named ones until deleted). */
  historyRetentionDays: number;
}

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const DEFAULT_CONFIG: ServerConfig = {
  port: 8080,
  host: '127.0.0.1',
  dataDir: './data',
  webDist: path.resolve(packageDir, '../web/dist'),
  logLevel: 'info',
  evictAfterMs: 15_000,
  maxMessageBytes: 8 * 1024 * 1024,
  rateMessagesPerSec: 300,
  rateMessagesBurst: 1_000,
  rateBytesPerSec: 4 * 1024 * 1024,
  rateBytesBurst: 32 * 1024 * 1024,
  awarenessIntervalMs: 50,
  slowConsumerSoftBytes: 1024 * 1024,
  slowConsumerHardBytes: 16 * 1024 * 1024,
  compactAfterUpdates: 500,
  compactAfterBytes: 512 * 1024,
  maxBodyBytes: 16 * 1024 * 1024,
  maxAwarenessClientsPerConnection: 8,
  maxAwarenessStateBytes: 64 * 1024,
  awarenessTombstoneMs: 30_000,
  adminToken: '',
  databaseUrl: '',
  redisUrl: '',
  nodeTimeoutMs: 10_000,
  historyIntervalMs: 60 * 60 * 1000,
  historyRetentionDays: 30,
};

export const ENV_NAMES: Record<keyof ServerConfig, string> = {
  port: 'PORT',
  host: 'HOST',
  dataDir: 'DATA_DIR',
  webDist: 'WEB_DIST',
  logLevel: 'LOG_LEVEL',
  evictAfterMs: 'EVICT_AFTER_MS',
  maxMessageBytes: 'MAX_MESSAGE_BYTES',
  rateMessagesPerSec: 'RATE_MESSAGES_PER_SEC',
  rateMessagesBurst: 'RATE_MESSAGES_BURST',
  rateBytesPerSec: 'RATE_BYTES_PER_SEC',
  rateBytesBurst: 'RATE_BYTES_BURST',
  awarenessIntervalMs: 'AWARENESS_INTERVAL_MS',
  slowConsumerSoftBytes: 'SLOW_CONSUMER_SOFT_BYTES',
  slowConsumerHardBytes: 'SLOW_CONSUMER_HARD_BYTES',
  compactAfterUpdates: 'COMPACT_AFTER_UPDATES',
  compactAfterBytes: 'COMPACT_AFTER_BYTES',
  maxBodyBytes: 'MAX_BODY_BYTES',
  maxAwarenessClientsPerConnection: 'MAX_AWARENESS_CLIENTS_PER_CONNECTION',
  maxAwarenessStateBytes: 'MAX_AWARENESS_STATE_BYTES',
  awarenessTombstoneMs: 'AWARENESS_TOMBSTONE_MS',
  adminToken: 'STORMSCAPE_ADMIN_TOKEN',
  databaseUrl: 'DATABASE_URL',
  redisUrl: 'REDIS_URL',
  nodeTimeoutMs: 'NODE_TIMEOUT_MS',
  historyIntervalMs: 'HISTORY_INTERVAL_MS',
  historyRetentionDays: 'HISTORY_RETENTION_DAYS',
};

/** URL schemes each connection setting takes; anything else is refused at start with the variable's name. */
const URL_SCHEMES: Partial<Record<keyof ServerConfig, string[]>> = {
  databaseUrl: ['postgres:', 'postgresql:'],
  redisUrl: ['redis:', 'rediss:'],
};

function checkUrl(name: string, raw: string, schemes: string[]): void {
  let scheme: string | null = null;
  try {
    scheme = new URL(raw).protocol;
  } catch {
    // not a URL at all
  }
  if (scheme === null || !schemes.includes(scheme)) {
    throw new Error(`${name} must be a URL starting ${schemes.map((s) => `${s}//`).join(' or ')}, got "${raw.replace(/\/\/[^@/]*@/, '//…@')}"`);
  }
}

/** Reads the config from environment variables (names in README.md); bad numbers and URLs throw. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const config: ServerConfig = { ...DEFAULT_CONFIG };
  for (const key of Object.keys(ENV_NAMES) as (keyof ServerConfig)[]) {
    const raw = env[ENV_NAMES[key]];
    if (raw === undefined || raw === '') continue;
    const fallback = DEFAULT_CONFIG[key];
    if (typeof fallback === 'number') {
      const value = Number(raw);
      if (!Number.isFinite(value) || value < 0) throw new Error(`${ENV_NAMES[key]} must be a non-negative number, got "${raw}"`);
      (config as unknown as Record<string, number>)[key] = value;
    } else {
      const schemes = URL_SCHEMES[key];
      if (schemes) checkUrl(ENV_NAMES[key], raw, schemes);
      (config as unknown as Record<string, string>)[key] = raw;
    }
  }
  return config;
}
