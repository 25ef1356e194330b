import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { getExample } from '@stormscape/model/examples';
import { startPostgres, type TestPostgres } from '@stormscape/testinfra';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProject } from '../src/index';
import { scratchDir, writeFiles } from './files';

// Concurrent commands on one aggregate in a generated service (food-delivery's Delivery):
// each command reads the Shift, checks its lifecycle and saves. Without optimistic locking
// on what the transaction read, two concurrent "close" both see Open and both close (two
// ShiftClosed). The lifecycle must hold: exactly one closes, the others are refused.
const dir = scratchDir('concurrent-commands');
const HANG_GUARD_MS = 120_000;
const SHIFTS = 6;
const CLOSES_PER_SHIFT = 3;

interface BusMessage {
  readonly name: string;
  readonly payload: unknown;
}
interface Service {
  readonly bus: { tap(handler: (message: BusMessage) => Promise<void> | void): () => void };
  readonly storage: {
    pending(): Promise<number>;
    repository<T>(table: string, keyOf: (item: T) => string): { get(key: string): Promise<T | undefined>; save(item: T): Promise<number> };
    transaction<R>(work: () => Promise<R>, options?: { rerunsOnConflict?: number }): Promise<R>;
  };
  readonly repositories: { shift: { get(id: string): Promise<{ state: string } | undefined> } };
  readonly commands: {
    openShift(input: { body: { courierId: string; zone: string } }): Promise<{ shiftId: string }>;
    closeShift(input: { shiftId: string; body: Record<string, never> }): Promise<unknown>;
  };
}
interface Running {
  readonly url: string;
  readonly service: Service;
  stop(): Promise<void>;
}

let passed = 0;
afterAll(() => {
  if (passed === 4) rmSync(dir, { recursive: true, force: true });
});

beforeAll(() => {
  const example = getExample('food-delivery');
  if (!example) throw new Error('missing example food-delivery');
  writeFiles(dir, generateProject(example.board, { contexts: ['Delivery'] }));
});

async function start(env: Record<string, string>): Promise<Running> {
  const module = (await import(join(dir, 'delivery', 'src/generated/runtime/start.ts'))) as { startService: (env: Record<string, string>) => Promise<Running> };
  return module.startService({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SHUTDOWN_DRAIN_MS: '2000', ...env });
}

/** Every event the service publishes, by name and shift. */
function record(service: Service): BusMessage[] {
  const seen: BusMessage[] = [];
  service.bus.tap((message) => void seen.push(message));
  return seen;
}
const shiftOf = (message: BusMessage) => (message.payload as { shiftId?: string }).shiftId;
const count = (seen: readonly BusMessage[], name: string, shiftId: string) => seen.filter((m) => m.name === name && shiftOf(m) === shiftId).length;

/** Polls `check` until true (hang guard only: no timing is asserted). */
async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + HANG_GUARD_MS;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`hang guard: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function post(base: string, path: string, body: unknown): Promise<{ status: number; body: { shiftId?: string } }> {
  const response = await fetch(new URL(path, base), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { shiftId?: string } };
}

interface Counter {
  readonly id: string;
  readonly hits: number;
}
const WRITERS = 5;
const RERUNS = WRITERS - 1; // each writer can lose at most once to each other writer

/**
 * What every consumer (a projection step, a policy's command) does in its transaction: read a
 * row, change it, save it. Run concurrently on one row, every change must survive: the lost
 * race re-runs on the winner's row. The rows live in a read-model table (any jsonb state fits).
 */
async function concurrentIncrements(storage: Service['storage'], id: string): Promise<number | undefined> {
  const counters = storage.repository<Counter>('rm_available_couriers', (row) => row.id);
  await Promise.all(
    Array.from({ length: WRITERS }, () =>
      storage.transaction(async () => {
        const row = await counters.get(id);
        await counters.save({ id, hits: (row?.hits ?? 0) + 1 });
      }, { rerunsOnConflict: RERUNS }),
    ),
  );
  return (await counters.get(id))?.hits;
}

const opening = (n: number) => ({ body: { courierId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, zone: `zone-${n}` } });

describe('concurrent commands on one aggregate (food-delivery Delivery: Close Shift)', () => {
  it('in memory: of concurrent closes of one shift exactly one closes, the others are refused by the lifecycle', async () => {
    const running = await start({});
    try {
      const seen = record(running.service);
      const shifts = await Promise.all(Array.from({ length: SHIFTS }, (_, n) => running.service.commands.openShift(opening(n))));
      // Started together, the commands interleave at every await: each reads Open before any saves.
      const outcomes = await Promise.allSettled(
        shifts.flatMap((shift) => Array.from({ length: CLOSES_PER_SHIFT }, () => running.service.commands.closeShift({ shiftId: shift.shiftId, body: {} }))),
      );
      for (const [i, shift] of shifts.entries()) {
        const mine = outcomes.slice(i * CLOSES_PER_SHIFT, (i + 1) * CLOSES_PER_SHIFT);
        expect(mine.filter((o) => o.status === 'fulfilled'), shift.shiftId).toHaveLength(1);
        for (const o of mine) if (o.status === 'rejected') expect(String(o.reason)).toMatch(/CloseShift refused: .*while the Shift is Closed/);
        expect(count(seen, 'ShiftClosed', shift.shiftId), shift.shiftId).toBe(1);
        expect(count(seen, 'ShiftClosingRefused', shift.shiftId), shift.shiftId).toBe(CLOSES_PER_SHIFT - 1);
        expect((await running.service.repositories.shift.get(shift.shiftId))?.state).toBe('Closed');
      }
      passed += 1;
    } finally {
      await running.stop();
    }
  }, 300_000);

  it('in memory: concurrent read-modify-writes of one row (a row created by the first) all survive', async () => {
    const running = await start({});
    try {
      expect(await concurrentIncrements(running.service.storage, 'counter-memory')).toBe(WRITERS);
      passed += 1;
    } finally {
      await running.stop();
    }
  }, 300_000);

  describe('on PostgreSQL, over HTTP', () => {
    let pg: TestPostgres;
    let running: Running;

    beforeAll(async () => {
      pg = await startPostgres();
      running = await start({ DATABASE_URL: await pg.createDatabase('delivery') });
    }, 300_000);
    afterAll(async () => {
      await running?.stop();
      await pg?.stop();
    }, 120_000);

    /** Opens `n` shifts, then sends every close at once; returns each shift's answers and the events. */
    async function race() {
      const seen = record(running.service);
      const opened = await Promise.all(Array.from({ length: SHIFTS }, (_, n) => post(running.url, '/shifts', opening(n).body)));
      for (const o of opened) expect(o.status).toBe(201);
      const answers = await Promise.all(
        opened.map((o) => Promise.all(Array.from({ length: CLOSES_PER_SHIFT }, () => post(running.url, `/shifts/${o.body.shiftId}/close`, {})))),
      );
      // The outbox relay publishes after commit: wait until it handed everything over.
      await until('the outbox is empty', async () => (await running.service.storage.pending()) === 0);
      return opened.map((o, i) => ({ shiftId: o.body.shiftId as string, statuses: (answers[i] ?? []).map((a) => a.status), seen }));
    }

    it('without If-Match: exactly one close per shift; the others re-run on the closed shift and are refused (409, ShiftClosingRefused)', async () => {
      for (const { shiftId, statuses, seen } of await race()) {
        expect(statuses.filter((s) => s === 200), shiftId).toHaveLength(1);
        expect(statuses.filter((s) => s === 409), shiftId).toHaveLength(CLOSES_PER_SHIFT - 1);
        expect(count(seen, 'ShiftClosed', shiftId), shiftId).toBe(1);
        expect(count(seen, 'ShiftClosingRefused', shiftId), shiftId).toBe(CLOSES_PER_SHIFT - 1);
        expect((await running.service.repositories.shift.get(shiftId))?.state).toBe('Closed');
      }
      passed += 1;
    }, 300_000);

    it('concurrent read-modify-writes of one row (a row created by the first) all survive', async () => {
      expect(await concurrentIncrements(running.service.storage, 'counter-postgres')).toBe(WRITERS);
      passed += 1;
    }, 300_000);
  });
});
