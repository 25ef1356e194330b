import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getExample } from '@stormscape/model/examples';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProject } from '../src/index';
import { scratchDir, writeFiles } from './files';
import { supply } from './supplyOpenValues';

// Sync calls between two real generated services of library-lending over HTTP on port 0:
// Lending calls Reservations' Place Hold (a sync edge on the board). The circulation desk's
// rule is people's code, so the test writes it as a person would: Lending's Open Loan
// handler places the hold first. Reservations is stopped (the circuit opens, Lending answers
// 503 problem+json without calling) and started again on the same port (the circuit closes).
const dir = scratchDir('sync-library-lending');
const HANG_GUARD_MS = 60_000;
const BREAK_AFTER = 2;

type Doc = { readonly [key: string]: unknown };
function at(value: unknown, ...path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, key) => (typeof v === 'object' && v !== null ? (v as Record<string | number, unknown>)[key] : undefined), value);
}
const spec = (context: string): Doc => parse(readFileSync(join(dir, context, 'openapi.yaml'), 'utf8')) as Doc;
const example = (doc: Doc, path: string): Doc => structuredClone(at(doc, 'paths', path, 'post', 'requestBody', 'content', 'application/json', 'example') as Doc);

interface Caller {
  readonly circuit: string;
}
interface Running {
  readonly url: string;
  readonly service: { outbound: { callers?: Map<string, Caller> }; http: { inject(o: { method: string; url: string; payload?: object }): Promise<{ statusCode: number; headers: Record<string, unknown>; json(): Doc }> } };
  stop(): Promise<void>;
}
type Start = (env: Record<string, string | undefined>) => Promise<Running>;
const startOf = async (context: string): Promise<Start> => ((await import(join(dir, context, 'src/generated/runtime/start.ts'))) as { startService: Start }).startService;

async function post(base: string, path: string, body: unknown): Promise<{ status: number; contentType: string | null; body: Doc }> {
  const response = await fetch(new URL(path, base), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type'), body: (text === '' ? {} : JSON.parse(text)) as Doc };
}
async function count(base: string, path: string): Promise<number> {
  return ((await (await fetch(new URL(path, base))).json()) as unknown[]).length;
}

const QUIET = { HOST: '127.0.0.1', LOG_LEVEL: 'error', SHUTDOWN_DRAIN_MS: '500' };
let reservations: Running | undefined;
let lending: Running | undefined;
let startReservations: Start;
let reservationsPort = '0';

beforeAll(async () => {
  const board = getExample('library-lending')?.board;
  if (!board) throw new Error('missing example library-lending');
  const files = generateProject(board, { contexts: ['Lending', 'Reservations'] });
  // The values the board leaves open on this path, supplied as a developer would.
  supply(files, 'lending/src/handlers/loan/openLoan.ts', { dueOn: "'2026-01-31'", renewals: '0' });
  writeFiles(dir, files);
  // People's code at the circulation desk: a loan starts by placing the member's hold.
  const hold = example(spec('reservations'), '/holds');
  const openLoan = join(dir, 'lending/src/handlers/loan/openLoan.ts');
  const handler = readFileSync(openLoan, 'utf8');
  const call = "export const handler: CommandHandlers['openLoan'] = (ctx, input) => defaults.openLoan(";
  if (!handler.includes(call)) throw new Error('openLoan.ts is not the generated default any more');
  writeFileSync(openLoan, handler.replace(call, `export const handler: CommandHandlers['openLoan'] = async (ctx, input) => {\n  await ctx.outbound.placeHold(${JSON.stringify(hold)});\n  return defaults.openLoan(`).replace(/\}\);\s*$/, '});\n};\n'));
  startReservations = await startOf('reservations');
  reservations = await startReservations({ ...QUIET, PORT: '0' });
  reservationsPort = new URL(reservations.url).port;
  lending = await (await startOf('lending'))({
    ...QUIET,
    PORT: '0',
    RESERVATIONS_URL: reservations.url,
    CIRCUIT_BREAK_AFTER: String(BREAK_AFTER),
    // The open circuit must outlast the gap to the test's next request (whose "not called"
    // answer is asserted); on a loaded machine two requests can be more than 200 ms apart.
    CIRCUIT_HALF_OPEN_AFTER_MS: '2000',
  });
}, 120_000);

afterAll(async () => {
  await lending?.stop().catch(() => undefined);
  await reservations?.stop().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

describe('sync calls between generated services (Lending → Reservations: Place Hold)', () => {
  it('a stopped callee opens the circuit and the caller answers 503 problem+json without calling; it closes again when the callee is back', async () => {
    if (!lending || !reservations) throw new Error('not started');
    const loan = example(spec('lending'), '/loans');
    const circuit = () => lending?.service.outbound.callers?.get('RESERVATIONS_URL')?.circuit;

    // Callee up: the call goes through, the hold exists in Reservations, the loan in Lending.
    expect((await post(lending.url, '/loans', loan)).status).toBe(201);
    expect(await count(reservations.url, '/holds')).toBe(1);
    expect(circuit()).toBe('closed');
    const loansBefore = await count(lending.url, '/loans');

    // Callee stopped: each failed call is a 503 problem+json; after BREAK_AFTER the circuit is open.
    await reservations.stop();
    reservations = undefined;
    for (let i = 0; i < BREAK_AFTER; i++) {
      const failed = await post(lending.url, '/loans', loan);
      expect(failed.status).toBe(503);
      expect(failed.contentType).toMatch(/^application\/problem\+json/);
      expect(failed.body).toMatchObject({ status: 503, title: 'Service Unavailable' });
    }
    expect(circuit()).toBe('open');
    const fast = await post(lending.url, '/loans', loan);
    expect(fast.status).toBe(503);
    expect(fast.contentType).toMatch(/^application\/problem\+json/);
    expect(String(fast.body.detail)).toMatch(/circuit open\): not called/);
    // A refused call changes nothing in the caller (its transaction rolled back).
    expect(await count(lending.url, '/loans')).toBe(loansBefore);

    // Callee back on the same address: after the half-open wait one trial call goes through
    // and closes the circuit (polled; the wait is not asserted).
    reservations = await startReservations({ ...QUIET, PORT: reservationsPort });
    const deadline = Date.now() + HANG_GUARD_MS;
    let status = 0;
    while (status !== 201) {
      if (Date.now() > deadline) throw new Error('hang guard: the circuit never closed');
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = (await post(lending.url, '/loans', loan)).status;
      if (status !== 201) expect(status).toBe(503);
    }
    expect(circuit()).toBe('closed');
    expect(await count(reservations.url, '/holds')).toBe(1);
    expect(await count(lending.url, '/loans')).toBe(loansBefore + 1);
  }, 120_000);

  it('without RESERVATIONS_URL the call is an in-process stub answering 503 problem+json, logged at start and on each call', async () => {
    const lines: string[] = [];
    const { buildService } = (await import(join(dir, 'lending/src/generated/service.ts'))) as { buildService(o: object): Promise<Running['service'] & { close(): Promise<void> }> };
    const alone = await buildService({ env: {}, log: (line: string) => lines.push(line) });
    try {
      expect(lines.some((l) => /RESERVATIONS_URL is not set: calls to Reservations answer 503 \(in-process stub\)/.test(l))).toBe(true);
      const reply = await alone.http.inject({ method: 'POST', url: '/loans', payload: example(spec('lending'), '/loans') });
      expect(reply.statusCode).toBe(503);
      expect(String(reply.headers['content-type'])).toMatch(/^application\/problem\+json/);
      expect(reply.json()).toMatchObject({ status: 503, detail: 'Reservations is not configured: set RESERVATIONS_URL.' });
      expect(lines.some((l) => /outbound placeHold: RESERVATIONS_URL is not set, answering 503/.test(l))).toBe(true);
    } finally {
      await alone.close();
    }
  });
});
