import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import proxy from '@fastify/http-proxy';
import { getExample } from '@stormscape/model/examples';
import { startKafka, startPostgres, type TestKafka, type TestPostgres } from '@stormscape/testinfra';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProject } from '../../src/index';
import { scratchDir, writeFiles } from '../files';

// The generated slice tests of food-delivery (`slices/*.test.mjs`) played for real: the
// generated Catalogue, Ordering and Delivery services on PostgreSQL + Kafka, behind prefix
// proxies standing in for the gateway (`/<slug>/…`, @fastify/http-proxy), run with
// `node --test` as test:system runs them. All three slices — two happy ones (one across
// services: Catalogue's Menu Published projected by Ordering) and a lifecycle refusal —
// must pass; the same tests behind a proxy that drops the trace context must fail.
const dir = scratchDir('slices-food-delivery');

interface Running {
  readonly url: string;
  stop(): Promise<void>;
}

/** Runs `node --test` on the generated slice tests; resolves with its exit code and output (hang guard only). */
function runSliceTests(gatewayUrl: string, brokers: string, timeoutMs: number): Promise<{ code: number | null; output: string }> {
  const files = readdirSync(join(dir, 'slices')).filter((f) => f.endsWith('.test.mjs') && f !== 'smoke.test.mjs').map((f) => join('slices', f));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...files], {
      cwd: dir,
      env: { ...process.env, GATEWAY_URL: gatewayUrl, KAFKA_BROKERS: brokers, SLICE_TIMEOUT_MS: String(timeoutMs), NODE_OPTIONS: '' },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const guard = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(guard);
      resolve({ code, output });
    });
  });
}

/** Prefix proxies in front of the services: `/<slug>/…` → that service, as the generated gateway routes it. */
async function prefixProxy(upstreams: ReadonlyMap<string, string>, dropTrace: boolean): Promise<FastifyInstance> {
  const app = Fastify();
  for (const [slug, upstream] of upstreams) {
    await app.register(proxy, {
      upstream,
      prefix: `/${slug}`,
      rewritePrefix: '',
      ...(dropTrace ? { replyOptions: { rewriteRequestHeaders: (_req, headers) => Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'traceparent')) } } : {}),
    });
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  return app;
}

const address = (app: FastifyInstance) => {
  const a = app.server.address();
  if (!a || typeof a === 'string') throw new Error('no address');
  return `http://127.0.0.1:${a.port}`;
};

describe('generated slice tests on PostgreSQL + Kafka (food-delivery: Catalogue, Ordering, Delivery)', () => {
  let pg: TestPostgres;
  let kafka: TestKafka;
  const services = new Map<string, Running>();
  const upstreams = () => new Map([...services].map(([slug, s]) => [slug, s.url]));
  const gateways: FastifyInstance[] = [];

  beforeAll(async () => {
    const example = getExample('food-delivery');
    if (!example) throw new Error('missing example food-delivery');
    writeFiles(dir, generateProject(example.board));
    [pg, kafka] = await Promise.all([startPostgres(), startKafka()]);
    for (const slug of ['catalogue', 'ordering', 'delivery']) {
      const start = ((await import(join(dir, slug, 'src/generated/runtime/start.ts'))) as { startService: (env: Record<string, string>) => Promise<Running> }).startService;
      services.set(
        slug,
        await start({
          DATABASE_URL: await pg.createDatabase(slug),
          KAFKA_BROKERS: kafka.brokers.join(','),
          KAFKA_PARTITIONS: '1',
          PORT: '0',
          HOST: '127.0.0.1',
          SHUTDOWN_DRAIN_MS: '2000',
          LOG_LEVEL: 'error',
        }),
      );
    }
  }, 400_000);

  afterAll(async () => {
    for (const g of gateways) await g.close();
    for (const s of services.values()) await s.stop().catch(() => undefined);
    await Promise.all([pg?.close(), kafka?.close()]);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('plays food-delivery\'s slices through the gateway: events in order on Kafka, one trace, the read models (one in another service), the refusal', async () => {
    const gateway = await prefixProxy(upstreams(), false);
    gateways.push(gateway);
    const run = await runSliceTests(address(gateway), kafka.brokers.join(','), 60_000);
    expect(run.output).toMatch(/# pass 3\b/);
    expect(run.code, run.output).toBe(0);
  }, 400_000);

  it('fails when a hop drops the trace context', async () => {
    const gateway = await prefixProxy(upstreams(), true);
    gateways.push(gateway);
    // Short deadline: the event never comes with the test's trace, however long it waits.
    const run = await runSliceTests(address(gateway), kafka.brokers.join(','), 8_000);
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/ShiftOpened did not appear on delivery\.shifts\.shift-opened within 8000 ms with trace/);
  }, 400_000);
});
