/** Several of our servers on one board store: one PostgreSQL and one Redis for the bench (testinfra). */
import { startPostgres, startRedis, type TestPostgres, type TestRedis } from '@stormscape/testinfra';
import type { ServerHandle } from './servers';
import { startServer } from './servers';

export interface Backing {
  postgres: TestPostgres;
  redis: TestRedis;
  close(): Promise<void>;
}

/** PostgreSQL and Redis from Debian's packages, on free ports in temp dirs, for the bench's nodes. */
export async function startBacking(): Promise<Backing> {
  const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  return {
    postgres,
    redis,
    async close() {
      await Promise.allSettled([postgres.close(), redis.close()]);
    },
  };
}

let databases = 0;

/**
 * `count` of our servers on a fresh database of `backing` and its Redis (`DATABASE_URL`,
 * `REDIS_URL`), each in its own process; the first alone applies the schema. Resolves once
 * every node is subscribed to Redis (`/readyz` 200), so no early message is lost.
 */
export async function startNodes(backing: Backing, count: number, nodeArgs: string[] = []): Promise<ServerHandle[]> {
  const databaseUrl = await backing.postgres.createDatabase(`bench_${process.pid}_${databases++}`);
  const env = { DATABASE_URL: databaseUrl, REDIS_URL: backing.redis.url };
  const nodes = [await startServer('ours', env, nodeArgs)];
  try {
    nodes.push(...(await Promise.all(Array.from({ length: count - 1 }, () => startServer('ours', env, nodeArgs)))));
    await Promise.all(nodes.map((n) => n.ready()));
  } catch (err) {
    await stopNodes(nodes);
    throw err;
  }
  return nodes;
}

export async function stopNodes(nodes: ServerHandle[]): Promise<void> {
  await Promise.all(nodes.map((n) => n.stop()));
}
