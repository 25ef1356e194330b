import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Board } from '@stormscape/model';
import { lintBoard, parseBoardFile } from '@stormscape/model';
import { startKafka, startPostgres, type TestKafka, type TestPostgres } from '@stormscape/testinfra';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProject, planProject } from '../src/index';
import { PACKAGE_DIR, scratchDir, writeFiles } from './files';
import { readAll } from './runtime/kafkaProbe';
import { typecheck } from './runGenerated';
import { supply } from './supplyOpenValues';

// A board no example covers, written outside the team (test/boards/clinic.storm.json, as
// written: the model's lint finds no error in it): a dental clinic with Korean names, a
// lifecycle (its `status` fields are filled from it), a policy whose amount is unmapped (the
// one value the test supplies) and a reminder due one day after a booking.
// Its generated Booking (two replicas sharing one database) and Billing run on a real
// PostgreSQL and Kafka; the services' clock is the test's, so timers fire when it moves.
const dir = scratchDir('clinic-board');
const cronDir = scratchDir('clinic-board-cron');
const HANG_GUARD_MS = 120_000;
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const board: Board = (() => {
  const parsed = parseBoardFile(readFileSync(join(PACKAGE_DIR, 'test/boards/clinic.storm.json'), 'utf8'));
  if (!parsed.ok) throw new Error(`clinic.storm.json: ${JSON.stringify(parsed.errors)}`);
  return parsed.board;
})();

/**
 * The agenda's next 18:00 UTC at least ten minutes after `now`: a test that starts seconds
 * before 18:00 (on its shifted clock) would otherwise see the run fire before its first
 * check that nothing has fired yet.
 */
function nextClosingAfter(now: Date): Date {
  const closing = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 18));
  if (closing.getTime() <= now.getTime() + 10 * 60_000) closing.setUTCDate(closing.getUTCDate() + 1);
  return closing;
}

/** The clinic plus a timed event on a cron schedule: the agenda closes every day at 18:00 UTC. */
function withClosingTime(clinic: Board): Board {
  const closed = {
    id: 'agenda-closed', kind: 'event', text: 'Agenda Closed', description: '', position: { x: 1980, y: 400 }, size: { width: 160, height: 100 }, laneId: null, timed: true,
    fields: [{ name: 'closedAt', type: 'date-time', required: true, list: false, description: '' }],
    schedule: { kind: 'cron', expression: '0 18 * * *' },
  } as unknown as Board['stickies'][number];
  return {
    ...clinic,
    stickies: [...clinic.stickies, closed],
    contexts: clinic.contexts.map((c) => (c.id === 'ctx-booking' ? { ...c, memberIds: [...c.memberIds, 'agenda-closed'] } : c)),
  };
}

interface Running {
  readonly url: string;
  readonly service: { scheduler: { tick(): Promise<number> }; storage: { pending(): Promise<number> } };
  stop(): Promise<void>;
}
type Start = (env: Record<string, string | undefined>, overrides?: { clock?: () => Date; schedulerPollMs?: number }) => Promise<Running>;
const startOf = async (context: string, root = dir): Promise<Start> => ((await import(join(root, context, 'src/generated/runtime/start.ts'))) as { startService: Start }).startService;

/** Polls `check` until it returns a value (hang guard only: no timing is asserted). */
async function eventually<T>(what: string, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + HANG_GUARD_MS;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`hang guard: ${what} did not happen`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function call(base: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown>; contentType: string | null }> {
  const response = await fetch(new URL(path, base), { method, ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }) });
  const text = await response.text();
  return { status: response.status, body: (text === '' ? {} : JSON.parse(text)) as Record<string, unknown>, contentType: response.headers.get('content-type') };
}

describe('a board that is not an example: the dental clinic', () => {
  let postgres: TestPostgres;
  let kafka: TestKafka;
  let bookingDb: string;
  let billingDb: string;
  const started: Running[] = [];
  // The services' clock: real time plus what the test moved it by.
  let offsetMs = 0;
  const clock = () => new Date(Date.now() + offsetMs);
  let startBooking: () => Promise<Running>;
  let booking: Running;
  let bookingReplica: Running;
  let billing: Running;
  const sql = async <R extends pg.QueryResultRow>(url: string, text: string, params: unknown[] = []): Promise<R[]> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<R>(text, params)).rows;
    } finally {
      await client.end();
    }
  };
  const book = async (running: Running) => {
    const booked = await call(running.url, 'POST', '/appointments', { patientId: crypto.randomUUID(), dentistId: crypto.randomUUID(), slotStart: '2027-03-02T09:30:00Z' });
    expect(booked.status).toBe(201);
    return booked.body.appointmentId as string;
  };
  const reminders = (appointmentId: string) => sql<{ payload: { appointmentId: string; occurredAt: string } }>(bookingDb, "SELECT payload FROM outbox WHERE name = 'ReminderDue' AND payload->>'appointmentId' = $1", [appointmentId]);

  beforeAll(async () => {
    const files = generateProject(board);
    // The open values, before a developer supplies them: TODOs in the hand-written files.
    expect(files.get('billing/src/handlers/policies/billEveryCompletedAppointment.ts')).toMatch(/TODO\(stormscape\): map [^\n]*amount/);
    // `status` is the Appointment's lifecycle state: filled from the lifecycle, never a TODO.
    expect(files.get('booking/src/handlers/appointment/bookAppointment.ts')).not.toMatch(/TODO\(stormscape\)/);
    // Only the genuinely open values are supplied: the amount, nowhere on the board.
    supply(files, 'billing/src/handlers/policies/billEveryCompletedAppointment.ts', { amount: "({ amount: 6000, currency: 'KRW' })" });
    writeFiles(dir, files);
    writeFiles(cronDir, generateProject(withClosingTime(board), { contexts: ['ctx-booking'] }));
    [postgres, kafka] = await Promise.all([startPostgres(), startKafka()]);
    [bookingDb, billingDb] = await Promise.all([postgres.createDatabase('booking'), postgres.createDatabase('billing')]);
    const env = (database: string) => ({
      DATABASE_URL: database,
      KAFKA_BROKERS: kafka.brokers.join(','),
      KAFKA_PARTITIONS: '1',
      PORT: '0',
      HOST: '127.0.0.1',
      SHUTDOWN_DRAIN_MS: '2000',
      LOG_LEVEL: 'warn',
    });
    // Pollers an hour apart: the tests tick the schedulers themselves after moving the clock.
    const start = await startOf('booking');
    startBooking = async () => {
      const running = await start(env(bookingDb), { clock, schedulerPollMs: 3_600_000 });
      started.push(running);
      return running;
    };
    booking = await startBooking();
    bookingReplica = await startBooking();
    billing = await (await startOf('billing'))(env(billingDb), { clock });
    started.push(billing);
  }, 400_000);

  afterAll(async () => {
    for (const s of started.reverse()) await s.stop().catch(() => undefined);
    await Promise.all([postgres?.close(), kafka?.close()]);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('generate warns about the unmapped amount and the services compile', () => {
    const warnings = planProject(board).warnings;
    expect(warnings.some((w) => /Billing.*Bill every completed appointment.*amount is not mapped/.test(w))).toBe(true);
    expect(warnings.some((w) => /timed event/.test(w))).toBe(false);
    expect(warnings.some((w) => /status/.test(w))).toBe(false);
    // Lint agrees: the late cancellation plays as written; the visit to invoice stops only at the amount.
    const undrivable = lintBoard(board, { level: 'design' }).filter((f) => f.ruleId === 'T1');
    expect(undrivable.map((f) => f.message)).toEqual([
      'Thin slice "Visit to invoice" cannot be driven end to end: Policy "Bill every completed appointment" leaves "amount" of "Issue Invoice" unmapped: map it from "Appointment Completed 🦷", a constant or a read model.',
    ]);
    // A cancellation of an appointment the agenda never saw leaves its dentist open: a TODO, warned.
    expect(warnings.some((w) => /DentistAgenda\.dentistId is not mapped \(a new row needs it and AppointmentCancelled/.test(w))).toBe(true);
    const checked = typecheck(dir, ['booking/src/**/*.ts', 'booking/test/**/*.ts', 'billing/src/**/*.ts', 'billing/test/**/*.ts']);
    expect(checked.output).toBe('');
  }, 300_000);

  it('lifecycle, PostgreSQL and Kafka: a completed visit is billed once by Billing; cancelling it then is refused (409)', async () => {
    const appointmentId = await book(booking);
    const completed = await call(booking.url, 'POST', `/appointments/${appointmentId}/complete`, {});
    expect(completed.status).toBe(200);
    const invoices = await eventually('Billing issues the invoice', async () => {
      const rows = await sql<{ state: { appointmentId: string; amount: unknown } }>(billingDb, "SELECT state FROM agg_invoice WHERE state->>'appointmentId' = $1", [appointmentId]);
      return rows.length > 0 ? rows : undefined;
    });
    expect(invoices).toHaveLength(1);
    expect(invoices[0]?.state.amount).toEqual({ amount: 6000, currency: 'KRW' });
    expect(await sql(billingDb, 'SELECT event_id FROM inbox')).not.toHaveLength(0);
    // The agenda's `status` is taken from the events: the state each moves the appointment to.
    await eventually('the agenda shows the visit completed', async () => {
      const rows = (await call(booking.url, 'GET', '/dentist-agendas')).body as unknown as { appointmentId: string; status: string }[];
      return rows.find((r) => r.appointmentId === appointmentId && r.status === 'Completed');
    });
    const [appointment] = await sql<{ state: { state: string; status: string } }>(bookingDb, 'SELECT state FROM agg_appointment WHERE id = $1', [appointmentId]);
    expect(appointment?.state.status).toBe('Completed');

    const cancel = await call(booking.url, 'POST', `/appointments/${appointmentId}/cancel`, { reason: '늦었어요' });
    expect(cancel.status).toBe(409);
    expect(cancel.contentType).toMatch(/application\/problem\+json/);
    const stored = await sql<{ state: { state: string } }>(bookingDb, 'SELECT state FROM agg_appointment WHERE id = $1', [appointmentId]);
    expect(stored[0]?.state.state).toBe('Completed');
    await eventually('the outbox is sent', async () => ((await booking.service.storage.pending()) === 0 ? true : undefined));
    const refused = (await readAll(kafka.brokers, 'booking.appointments.cancellation-refused')).filter((m) => JSON.parse(m.value).appointmentId === appointmentId);
    expect(refused).toHaveLength(1);
  }, 300_000);

  it('the reminder is due a day after the booking and fires once across two replicas, reaching Kafka once', async () => {
    const appointmentId = await book(booking);
    const [timer] = await sql<{ due_at: Date }>(bookingDb, "SELECT due_at FROM timers WHERE event->'payload'->>'appointmentId' = $1", [appointmentId]);
    const [bookedEvent] = await sql<{ payload: { occurredAt: string } }>(bookingDb, "SELECT payload FROM outbox WHERE name = 'AppointmentBooked' AND payload->>'appointmentId' = $1", [appointmentId]);
    expect(timer?.due_at.getTime()).toBe(Date.parse(bookedEvent?.payload.occurredAt ?? '') + DAY_MS);

    await Promise.all([booking.service.scheduler.tick(), bookingReplica.service.scheduler.tick()]);
    expect(await reminders(appointmentId)).toHaveLength(0);
    offsetMs += DAY_MS + 60_000;
    const fired = await Promise.all([booking.service.scheduler.tick(), bookingReplica.service.scheduler.tick(), booking.service.scheduler.tick(), bookingReplica.service.scheduler.tick()]);
    expect(fired.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    const raised = await reminders(appointmentId);
    expect(raised).toHaveLength(1);
    expect(raised[0]?.payload.occurredAt).toBe(timer?.due_at.toISOString());

    await eventually('both outboxes are sent', async () => ((await booking.service.storage.pending()) === 0 ? true : undefined));
    const onKafka = (await readAll(kafka.brokers, 'booking.reminder-due')).filter((m) => JSON.parse(m.value).appointmentId === appointmentId);
    expect(onKafka).toHaveLength(1);
  }, 300_000);

  it('a timer survives a restart: scheduled before, fired by the instance started after', async () => {
    const appointmentId = await book(bookingReplica);
    await bookingReplica.stop();
    await booking.stop();
    const restarted = await startBooking();
    await restarted.service.scheduler.tick();
    expect(await reminders(appointmentId)).toHaveLength(0);
    offsetMs += DAY_MS + 60_000;
    await restarted.service.scheduler.tick();
    expect(await reminders(appointmentId)).toHaveLength(1);
  }, 300_000);

  it('a cron schedule fires at its moment, once, with two replicas recording the occurrence', async () => {
    const database = await postgres.createDatabase('agenda');
    const start = await startOf('booking', cronDir);
    // The next 18:00 UTC after the replicas start, and the clock just past it.
    const now = clock();
    const closing = nextClosingAfter(now);
    const env = { DATABASE_URL: database, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
    const replicas = [await start(env, { clock, schedulerPollMs: 3_600_000 }), await start(env, { clock, schedulerPollMs: 3_600_000 })];
    started.push(...replicas);
    const closings = () => sql<{ payload: { closedAt: string; occurredAt: string } }>(database, "SELECT payload FROM outbox WHERE name = 'AgendaClosed'");
    await Promise.all(replicas.map((r) => r.service.scheduler.tick()));
    expect(await closings()).toHaveLength(0);
    offsetMs += closing.getTime() - now.getTime() + 1_000;
    await Promise.all([...replicas, ...replicas].map((r) => r.service.scheduler.tick()));
    const raised = await closings();
    expect(raised).toHaveLength(1);
    expect(raised[0]?.payload.closedAt).toBe(closing.toISOString());
    expect(raised[0]?.payload.occurredAt).toBe(closing.toISOString());
  }, 300_000);
  it('a cron run missed while no replica was up fires once at the next start; fired timers are pruned after the retention', async () => {
    const database = await postgres.createDatabase('agenda_missed');
    const start = await startOf('booking', cronDir);
    const env = { DATABASE_URL: database, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SCHEDULER_RETENTION_MS: String(HOUR_MS) };
    const startOne = async () => {
      const running = await start(env, { clock, schedulerPollMs: 3_600_000 });
      started.push(running);
      return running;
    };
    const closings = async () => (await sql<{ payload: { closedAt: string } }>(database, "SELECT payload FROM outbox WHERE name = 'AgendaClosed'")).map((r) => r.payload.closedAt).sort();
    const now = clock();
    const closing = nextClosingAfter(now);

    // A first deployment records nothing before its first occurrence: no catch-up.
    const first = await startOne();
    await first.service.scheduler.tick();
    expect(await closings()).toEqual([]);
    offsetMs += closing.getTime() - now.getTime() + 1_000;
    await book(first);
    await first.service.scheduler.tick();
    expect(await closings()).toEqual([closing.toISOString()]);
    await first.stop();

    // Two days and an hour with no replica: two runs missed, the latest fires once at the next start.
    offsetMs += 2 * DAY_MS + HOUR_MS;
    const second = await startOne();
    const third = await startOne();
    await Promise.all([second.service.scheduler.tick(), third.service.scheduler.tick()]);
    const latestMissed = new Date(closing.getTime() + 2 * DAY_MS).toISOString();
    expect(await closings()).toEqual([closing.toISOString(), latestMissed]);

    // Fired rows older than the retention (an hour) are deleted: the first run, two days ago, at
    // once; the booking's reminder, fired just now, an hour later. The latest run stays, as the
    // record of the schedule's last run.
    const ids = async () => (await sql<{ id: string }>(database, 'SELECT id FROM timers ORDER BY id')).map((r) => r.id);
    expect(await ids()).toEqual([expect.stringMatching(/^after:ReminderDue:/), `cron:AgendaClosed:${latestMissed}`]);
    offsetMs += HOUR_MS + 61_000;
    await second.service.scheduler.tick();
    expect(await ids()).toEqual([`cron:AgendaClosed:${latestMissed}`]);
  }, 300_000);
});
