import { createServer, type Server } from 'node:http';
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { getExample } from '@stormscape/model/examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProject } from '../src/index';
import { scratchDir, writeFiles } from './files';

// insurance-claims: Claims Intake calls Policy Administration's
// POST /insurance-policies/{insurancePolicyId}/verify-coverage, but the board's Verify Coverage
// request has no insurancePolicyId. The generated client must never call another resource's
// URL (`/insurance-policies//verify-coverage`); a real HTTP server records what arrives.
const dir = scratchDir('outbound-path-insurance-claims');

interface Outbound {
  verifyCoverage(request: object): Promise<void>;
}
type OutboundClass = new (env: Record<string, string>, log: (message: string) => void) => Outbound;

describe('a callee path parameter the request does not carry (TypeScript client)', () => {
  const received: string[] = [];
  let server: Server;
  let outbound: Outbound;
  let request: object;

  beforeAll(async () => {
    const board = getExample('insurance-claims')?.board;
    if (!board) throw new Error('missing example insurance-claims');
    writeFiles(dir, generateProject(board, { contexts: ['Claims Intake'] }));
    server = createServer((req, res) => {
      received.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { HttpOutbound } = (await import(join(dir, 'claims-intake/src/generated/outbound.ts'))) as { HttpOutbound: OutboundClass };
    outbound = new HttpOutbound({ POLICY_ADMINISTRATION_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }, () => undefined);
    request = { policyNumber: 'HM-2024-001234', claimId: 'c-1', lossDate: '2026-01-02', peril: 'flood' };
  }, 120_000);

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('is refused with 501 naming the parameter, and nothing is sent', async () => {
    await expect(outbound.verifyCoverage(request)).rejects.toMatchObject({ status: 501, message: expect.stringContaining('{insurancePolicyId}') });
    expect(received).toEqual([]);
  });

  it('once supplied, fills the path (encoded)', async () => {
    await outbound.verifyCoverage({ ...request, insurancePolicyId: 'pol 7' });
    expect(received).toEqual(['POST /insurance-policies/pol%207/verify-coverage']);
  });
});

// food-delivery: Ordering's policy "Take payment for every placed order" calls Payments'
// POST /payments through the generated client. A real HTTP server plays Payments.
const policyDir = scratchDir('outbound-refusal-food-delivery');

type Reaction = (ctx: { log(message: string): void; outbound: object }, event: object, open: object) => Promise<void>;

describe("a policy's call refused by another service (TypeScript client)", () => {
  let answer = 409;
  let calls = 0;
  let server: Server;
  let reaction: Reaction;
  let outbound: object;
  const logged: string[] = [];
  const open = { submitPayment: { paymentMethodToken: () => 'tok_visa' } };
  const event = { name: 'OrderPlaced', payload: { orderId: 'o-1', total: { amount: 2500, currency: 'EUR' } } };

  beforeAll(async () => {
    const board = getExample('food-delivery')?.board;
    if (!board) throw new Error('missing example food-delivery');
    writeFiles(policyDir, generateProject(board, { contexts: ['Ordering'] }));
    server = createServer((req, res) => {
      calls++;
      req.resume();
      res.writeHead(answer, { 'content-type': 'application/problem+json' }).end(JSON.stringify({ title: 'refused', status: answer, detail: 'card blocked' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { HttpOutbound } = (await import(join(policyDir, 'ordering/src/generated/outbound.ts'))) as { HttpOutbound: OutboundClass };
    outbound = new HttpOutbound({ PAYMENTS_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }, (m) => logged.push(m));
    reaction = ((await import(join(policyDir, 'ordering/src/generated/defaults/policies.ts'))) as { takePaymentForEveryPlacedOrder: Reaction }).takePaymentForEveryPlacedOrder;
  }, 120_000);

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    rmSync(policyDir, { recursive: true, force: true });
  });

  it('a 409 is logged and ends the reaction (not retried, not dead-lettered), as a local refusal', async () => {
    await expect(reaction({ log: (m) => logged.push(m), outbound }, event, open)).resolves.toBeUndefined();
    expect(calls).toBe(1);
    expect(logged.some((m) => m.startsWith('refused:') && m.includes('card blocked'))).toBe(true);
  });

  it('a failing callee still fails the reaction (so the event is retried, then dead-lettered)', async () => {
    answer = 500;
    await expect(reaction({ log: (m) => logged.push(m), outbound }, event, open)).rejects.toMatchObject({ status: 503 });
  });
});
