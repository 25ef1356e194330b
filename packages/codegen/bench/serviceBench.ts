// `npm run bench:services -w @stormscape/codegen` (also part of `npm run bench`): food-delivery's
// generated Ordering service (with Kitchen consuming its events) on a real PostgreSQL and a real
// Apache Kafka (@stormscape/testinfra), against baselines with the same workload in the same run:
// commands/s and p50/p99 latency at concurrency 50 for a creating command (Place Order) and a
// follow-up (Confirm Order), and the publish-to-consume lag Ordering → Kitchen. Prints tables;
// asserts nothing. Knobs: BENCH_SECONDS (15), BENCH_CONNECTIONS (50), BENCH_LAG_EVENTS (200),
// BENCH_LAG_RATE (10 events/s), BENCH_VARIANTS (kafka,postgres,embedded,plain).
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { getExample } from '@stormscape/model/examples';
import { startKafka, startPostgres, type TestKafka, type TestPostgres } from '@stormscape/testinfra';
import { parse } from 'yaml';
import { generateProject } from '../src/index';
import { scratchDir, writeFiles } from '../test/files';
import { startHost } from './services/hostProcess';
import { caughtUp, databaseNow, lagSince, type LagResult } from './services/lag';
import { supplyOpenValues } from './services/openValues';
import { creates, followUps, type Command, type PhaseResult } from './services/load';
import { VARIANTS, type Variant } from './services/variants';

const knob = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SECONDS = knob('BENCH_SECONDS', 15);
const CONNECTIONS = knob('BENCH_CONNECTIONS', 50);
const LAG_EVENTS = knob('BENCH_LAG_EVENTS', 200);
const LAG_RATE = knob('BENCH_LAG_RATE', 10);
const WARMUP_SECONDS = 3;
const LAG_CONNECTIONS = 10;
const CONSUMER = 'policy.'; // Kitchen's policy that opens a ticket for every confirmed order
const selected = (process.env.BENCH_VARIANTS ?? VARIANTS.map((v) => v.variant).join(',')).split(',') as Variant[];

interface Row {
  readonly label: string;
  readonly create: PhaseResult;
  readonly confirm: PhaseResult;
  readonly lag?: LagResult;
  readonly load: readonly [number, number];
  readonly complaints: readonly string[];
}

const dir = scratchDir('bench-services');
const example = getExample('food-delivery');
if (!example) throw new Error('missing example food-delivery');
writeFiles(dir, new Map([...supplyOpenValues(generateProject(example.board))].filter(([path]) => path.startsWith('ordering/') || path.startsWith('kitchen/'))));
const api: unknown = parse(readFileSync(join(dir, 'ordering/openapi.yaml'), 'utf8'));
const at = (value: unknown, ...path: string[]): unknown => path.reduce<unknown>((v, key) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined), value);
const requestExample = (path: string): unknown => at(api, 'paths', path, 'post', 'requestBody', 'content', 'application/json', 'example');
const PLACE: Command = { path: () => '/orders', body: requestExample('/orders') };
const CONFIRM: Command = { path: (id) => `/orders/${id}/confirm`, body: requestExample('/orders/{orderId}/confirm') };

let pg: TestPostgres | undefined;
let kafka: TestKafka | undefined;
const rows: Row[] = [];
try {
  [pg, kafka] = await Promise.all([startPostgres(), selected.includes('kafka') ? startKafka() : Promise.resolve(undefined)]);
  for (const { variant, label, database, lag } of VARIANTS.filter((v) => selected.includes(v.variant))) {
    process.stderr.write(`[service bench] ${label}…\n`);
    const load0 = os.loadavg()[0] ?? 0;
    const dbs = database ? { ordering: await pg.createDatabase(`ordering_${variant}`), kitchen: await pg.createDatabase(`kitchen_${variant}`) } : undefined;
    const host = await startHost(dir, variant, {
      ...(dbs ? { ORDERING_DATABASE_URL: dbs.ordering, KITCHEN_DATABASE_URL: dbs.kitchen } : {}),
      ...(kafka ? { KAFKA_BROKERS: kafka.brokers.join(',') } : {}),
    });
    try {
      const url = host.urls.ordering ?? '';
      await creates(url, PLACE, 'orderId', CONNECTIONS, WARMUP_SECONDS);
      const created = await creates(url, PLACE, 'orderId', CONNECTIONS, SECONDS);
      let lagResult: LagResult | undefined;
      if (lag && dbs) {
        // Lag at a steady rate below capacity, once the relay has published the creates' backlog.
        await caughtUp(dbs.ordering, dbs.kitchen, 'OrderConfirmed', CONSUMER);
        const since = await databaseNow(dbs.ordering);
        await followUps(url, CONFIRM, created.ids.splice(0, LAG_EVENTS), LAG_CONNECTIONS, LAG_RATE);
        lagResult = await lagSince(dbs.ordering, dbs.kitchen, 'OrderConfirmed', CONSUMER, since);
      }
      const confirm = await followUps(url, CONFIRM, created.ids, CONNECTIONS);
      rows.push({ label, create: created.result, confirm, ...(lagResult ? { lag: lagResult } : {}), load: [load0, os.loadavg()[0] ?? 0], complaints: host.complaints() });
    } finally {
      await host.stop();
    }
  }
} finally {
  await Promise.all([pg?.close(), kafka?.close()]);
  rmSync(dir, { recursive: true, force: true });
}

const plain = rows.find((r) => r.label.startsWith('plain'));
const inProcess = rows.find((r) => r.lag && !r.label.includes('Kafka'));
const n = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const ratio = (value: number, base: number | undefined) => (base ? `${n(value / base, 2)}×` : '');
const table = (head: string[], body: string[][]) => {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  for (const line of [head, widths.map((w) => '-'.repeat(w)), ...body]) console.log(line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '));
};

console.log(`\nService bench: food-delivery Ordering (+ Kitchen consuming), concurrency ${CONNECTIONS}, ${SECONDS} s of Place Order then one Confirm Order per order; ${os.availableParallelism()} cores, Node ${process.version}`);
table(
  ['variant', 'place/s', 'p50 ms', 'p99 ms', 'vs plain', 'confirm/s', 'p50 ms', 'p99 ms', 'vs plain', 'failed', 'load avg'],
  rows.map((r) => [
    r.label,
    n(r.create.perSecond),
    n(r.create.p50Ms),
    n(r.create.p99Ms),
    ratio(r.create.perSecond, plain?.create.perSecond),
    n(r.confirm.perSecond),
    n(r.confirm.p50Ms),
    n(r.confirm.p99Ms),
    ratio(r.confirm.perSecond, plain?.confirm.perSecond),
    String(r.create.failed + r.confirm.failed),
    `${n(r.load[0], 1)}→${n(r.load[1], 1)}`,
  ]),
);
console.log(`\nPublish-to-consume lag, Ordering's outbox row → Kitchen's inbox row (OrderConfirmed → policy), ${LAG_EVENTS} events at ${LAG_RATE}/s`);
table(
  ['variant', 'events', 'p50 ms', 'p99 ms', 'max ms', 'p99 vs in-process', 'in outbox p50', 'p99', 'span s'],
  rows.flatMap((r) =>
    r.lag ? [[r.label, String(r.lag.events), n(r.lag.p50Ms, 1), n(r.lag.p99Ms, 1), n(r.lag.maxMs, 1), ratio(r.lag.p99Ms, inProcess?.lag?.p99Ms), n(r.lag.relayP50Ms, 1), n(r.lag.relayP99Ms, 1), n(r.lag.spanSeconds, 1)]] : [],
  ),
);
for (const r of rows.filter((row) => row.complaints.length > 0)) {
  console.log(`\n${r.label}: the services logged ${r.complaints.length} error(s), first ones:\n  ${r.complaints.slice(0, 3).join('\n  ')}`);
}
console.log('(load generator in this process, services in a child process, PostgreSQL and Kafka on the same machine: figures are relative, compare rows of one run)');
