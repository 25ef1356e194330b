import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServerStartError } from './process/ManagedProcess';
import { startRedis, type TestRedis } from './redis';

async function withClient<T>(url: string, use: (client: Redis) => Promise<T>): Promise<T> {
  // No retries: a refused connection must fail the call, not retry forever.
  const client = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  // ioredis rejects `connect` with "Connection is closed."; the socket's error says why.
  let cause: Error | undefined;
  client.on('error', (err: Error) => (cause = err));
  await client.connect().catch((err: unknown) => {
    throw cause ?? err;
  });
  try {
    return await use(client);
  } finally {
    client.disconnect();
  }
}

describe('startRedis', () => {
  let server: TestRedis;
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('runs a real Redis on 127.0.0.1: PING, SET, GET', async () => {
    expect(server.url).toMatch(/^redis:\/\/127\.0\.0\.1:\d+$/);
    await withClient(server.url, async (client) => {
      expect(await client.ping()).toBe('PONG');
      await client.set('board', 'container-shipping');
      expect(await client.get('board')).toBe('container-shipping');
    });
  });

  it('restarts on the same URL, empty (no persistence)', async () => {
    await withClient(server.url, (client) => client.set('survives', 'no'));
    await server.stop();
    await expect(withClient(server.url, (client) => client.ping())).rejects.toThrow(/ECONNREFUSED/);
    await server.start();
    await server.restart();
    await withClient(server.url, async (client) => {
      expect(await client.get('survives')).toBeNull();
      expect(await client.ping()).toBe('PONG');
    });
  });

  it('says why it could not start, quoting the server log', async () => {
    const failure = await startRedis({ settings: { 'no-such-directive': 'yes' } }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ServerStartError);
    expect((failure as Error).message).toMatch(/^Redis exited with code 1 before it was ready/);
    expect((failure as Error).message).toContain('no-such-directive');
  });
});
