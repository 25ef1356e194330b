import type { Board } from '@stormscape/model';
import { EXAMPLES } from '@stormscape/model/examples';
import { arbitraryBoard } from '@stormscape/model/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isJavaIdent } from '../../naming/javaNames';
import { buildPlan } from '../../plan/buildPlan';
import { calleePathWarnings, outboundView, springCallees } from './springOutbound';

function foodDelivery(): Board {
  const example = EXAMPLES.find((e) => e.id === 'food-delivery');
  if (!example) throw new Error('no food-delivery example');
  return structuredClone(example.board);
}

/** Client classes and their methods are Java identifiers, unique (case-insensitively), never the runtime's CalleeClient. */
function checkNames(board: Board): void {
  for (const ctx of buildPlan(board).contexts) {
    const callees = springCallees(ctx);
    const classes = callees.map((c) => c.clientClass.toLowerCase());
    expect(new Set(classes).size, ctx.name).toBe(classes.length);
    for (const callee of callees) {
      expect(isJavaIdent(callee.clientClass) && isJavaIdent(callee.field), callee.clientClass).toBe(true);
      expect(callee.clientClass).not.toBe('CalleeClient');
      const methods = callee.calls.map((c) => c.method.toLowerCase());
      expect(new Set(methods).size, callee.clientClass).toBe(methods.length);
      for (const call of callee.calls) expect(isJavaIdent(call.method) && isJavaIdent(call.record), call.method).toBe(true);
    }
  }
}

describe('Spring callee clients', () => {
  it("give Ordering a PaymentsClient for Submit Payment (POST /payments), its base URL from PAYMENTS_URL as in the TypeScript target", () => {
    const plan = buildPlan(foodDelivery());
    const ordering = plan.contexts.find((c) => c.slug === 'ordering');
    if (!ordering) throw new Error('no ordering');
    const [payments, ...others] = outboundView(ordering, (id) => plan.contexts.find((c) => c.id === id)?.slug).callees;
    expect(others).toEqual([]);
    expect(payments?.clientClass).toBe('PaymentsClient');
    expect(payments?.env).toBe('PAYMENTS_URL');
    expect(payments?.calls.map((c) => [c.method, c.httpMethod, c.path, c.record, c.extraParams])).toEqual([['submitPayment', 'POST', '/payments', 'SubmitPaymentRequest', []]]);
    // Calls to external systems (Payments → Payment Provider) get no client.
    expect(springCallees(plan.contexts.find((c) => c.slug === 'payments') as never)).toEqual([]);
  });

  it("never name a client after the runtime's CalleeClient (a callee context named \"Callee\")", () => {
    const board = foodDelivery();
    board.contexts = board.contexts.map((c) => (c.name === 'Payments' ? { ...c, name: 'Callee' } : c));
    checkNames(board);
    const ordering = buildPlan(board).contexts.find((c) => c.slug === 'ordering');
    expect(springCallees(ordering as never).map((c) => c.clientClass)).toEqual(['CalleeClient2']);
  });

  it('name clients and methods as Java identifiers for any board', () => {
    fc.assert(fc.property(arbitraryBoard(), (board) => void checkNames(board)), { numRuns: 60 });
  });

  it("warn about a callee path parameter the request does not carry (insurance-claims' Verify Coverage)", () => {
    const example = EXAMPLES.find((e) => e.id === 'insurance-claims');
    const intake = example && buildPlan(example.board).contexts.find((c) => c.slug === 'claims-intake');
    if (!intake) throw new Error('no claims-intake');
    expect(calleePathWarnings(intake, 'b')).toEqual([
      'board "b", context "Claims Intake": the call "Verify Coverage" (POST /insurance-policies/{insurancePolicyId}/verify-coverage on Policy Administration) has no request field for {insurancePolicyId}: Spring services take it from the triggering event\'s field of that name, else it is a TODO(stormscape); TypeScript services refuse the call (501) until the request carries it.',
    ]);
  });
});
