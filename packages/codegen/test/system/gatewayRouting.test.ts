import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { getExample } from '@stormscape/model/examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProject } from '../../src/index';
import { scratchDir, writeFiles } from '../files';

// The generated gateway in front of the generated services (food-delivery, embedded defaults,
// all on port 0 in this process): every operation of every openapi.yaml, called through the
// gateway, must arrive at its own service on its own route. Proof of arrival is the service's
// own /metrics (http_request_duration_seconds by method and route), not the status code: a
// 404 for an unknown id is a fine answer from a service, but only the right service counts it.
const dir = scratchDir('gateway-routing');

interface Route {
  readonly method: string;
  readonly url: string;
  readonly operationId: string;
}
interface Upstream {
  readonly slug: string;
  readonly urlEnv: string;
  readonly routes: readonly Route[];
}
interface RunningService {
  readonly url: string;
  stop(): Promise<void>;
}
interface Gateway {
  listen(o: { port: number; host: string }): Promise<string>;
  close(): Promise<void>;
}

const services = new Map<string, RunningService>();
let upstreams: readonly Upstream[] = [];
let gateway: Gateway | undefined;
let base = '';
let passed = false;

beforeAll(async () => {
  const board = getExample('food-delivery')?.board;
  if (!board) throw new Error('missing example food-delivery');
  writeFiles(dir, generateProject(board));
  upstreams = ((await import(join(dir, 'gateway/src/generated/routes.ts'))) as { UPSTREAMS: readonly Upstream[] }).UPSTREAMS;
  // The env the gateway gets as `npm start` / test:system give it (scripts/system.json), not as it reads it.
  const system = JSON.parse(readFileSync(join(dir, 'scripts/system.json'), 'utf8')) as { services: { slug: string; urlEnv: string }[] };
  const env: Record<string, string> = {};
  for (const u of upstreams) {
    const { startService } = (await import(join(dir, u.slug, 'src/generated/runtime/start.ts'))) as { startService(env: Record<string, string>): Promise<RunningService> };
    const running = await startService({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', SHUTDOWN_DRAIN_MS: '500' });
    services.set(u.slug, running);
    env[system.services.find((s) => s.slug === u.slug)?.urlEnv ?? 'missing'] = running.url;
  }
  const { buildGateway } = (await import(join(dir, 'gateway/src/buildGateway.ts'))) as { buildGateway(o: object): Promise<Gateway> };
  const { resolveUpstreams } = (await import(join(dir, 'gateway/src/upstream.ts'))) as { resolveUpstreams(u: readonly Upstream[], env: object): object[] };
  gateway = await buildGateway({ upstreams: resolveUpstreams(upstreams, env) });
  base = await gateway.listen({ port: 0, host: '127.0.0.1' });
}, 300_000);

afterAll(async () => {
  await gateway?.close();
  await Promise.all([...services.values()].map((s) => s.stop()));
  if (passed) rmSync(dir, { recursive: true, force: true });
});

/** Counted requests per "METHOD route" in a service's Prometheus text. */
function countedRoutes(metrics: string): Set<string> {
  const seen = new Set<string>();
  for (const line of metrics.split('\n')) {
    if (!line.startsWith('http_request_duration_seconds_count{')) continue;
    const method = /method="([^"]+)"/.exec(line)?.[1];
    const route = /route="([^"]+)"/.exec(line)?.[1];
    if (method && route && !line.endsWith(' 0')) seen.add(`${method} ${route}`);
  }
  return seen;
}

describe('the generated gateway in front of the generated services', () => {
  it('routes every OpenAPI operation of food-delivery to its own service and route', async () => {
    const expected = new Map<string, string[]>();
    let calls = 0;
    for (const u of upstreams) {
      expect(u.routes.length, u.slug).toBeGreaterThan(1);
      for (const route of u.routes) {
        const path = route.url.replace(/:([^/]+)/g, (_m, name: string) => `${name}-1`);
        const withBody = !['GET', 'HEAD', 'DELETE'].includes(route.method);
        const response = await fetch(`${base}/${u.slug}${path}`, { method: route.method, ...(withBody ? { headers: { 'content-type': 'application/json' }, body: '{}' } : {}) });
        const text = await response.text();
        // The gateway's own failures: 404 "No public operation", 502/503/504 problems naming the "upstream".
        expect(text, `${route.method} /${u.slug}${path}`).not.toContain('No public operation');
        expect(response.status >= 502 && text.includes('"upstream"'), `${route.method} /${u.slug}${path}: ${text}`).toBe(false);
        expected.set(u.slug, [...(expected.get(u.slug) ?? []), `${route.method} ${route.url}`]);
        calls += 1;
      }
    }
    expect(calls).toBeGreaterThan(20);
    for (const u of upstreams) {
      const counted = countedRoutes(await (await fetch(`${services.get(u.slug)?.url}/metrics`)).text());
      for (const key of expected.get(u.slug) ?? []) expect(counted.has(key), `${u.slug} received ${key} (counted: ${[...counted].join(', ')})`).toBe(true);
      // Nothing meant for another service arrived here.
      const own = new Set([...(expected.get(u.slug) ?? []), 'GET /metrics']);
      expect([...counted].filter((key) => !own.has(key)), u.slug).toEqual([]);
    }
    passed = true;
  }, 300_000);
});
