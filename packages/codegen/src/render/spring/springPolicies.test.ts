import type { Board } from '@stormscape/model';
import { EXAMPLES } from '@stormscape/model/examples';
import { arbitraryBoard } from '@stormscape/model/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../plan/buildPlan';
import { policyBody, policyOpen } from '../view/policyCode';
import { policiesView } from './springPolicies';

/** Checks every policy of `board`; returns how many open values it compared. */
function compare(board: Board): number {
  const plan = buildPlan(board);
  let compared = 0;
  for (const ctx of plan.contexts) {
    const spring = policiesView(ctx);
    for (const policy of ctx.policies) {
      const open = policyOpen(policy);
      policyBody(policy, open);
      // Local commands and commands of other services of the board (their typed clients) compare; external systems have no client.
      const local = new Set(policy.issues.flatMap((i) => (i.kind === 'local' ? [i.command.camel] : i.kind === 'outbound' && i.outbound.target.kind === 'context' ? [i.outbound.camel] : [])));
      const expected = open.values.filter((v) => v.group !== null && local.has(v.group)).map((v) => `${v.what}: ${v.why}`).sort();
      const found = spring.policyOpens.find((o) => o.pascal === policy.pascal);
      // Spring only: a callee's path parameter the request does not carry (the TypeScript target refuses that call with 501).
      const todos = [...(found?.todo ?? '').matchAll(/TODO\(stormscape\): map (.*?) \((.*)\)\.$/gm)].map((m) => `${m[1]}: ${m[2]}`).filter((t) => !/: the path of .* needs it and /.test(t)).sort();
      expect(todos, `${ctx.name} / ${policy.pascal}`).toEqual(expected);
      compared += expected.length;
    }
  }
  return compared;
}

describe('Spring policies', () => {
  it('leave open exactly what the TypeScript target leaves open for local commands (same values, same reasons), each a TODO in the hand-written policy', () => {
    let compared = 0;
    for (const example of EXAMPLES) compared += compare(example.board);
    expect(compared).toBeGreaterThan(0);
  });

  it('leave open exactly what the TypeScript target does for any valid board', () => {
    fc.assert(fc.property(arbitraryBoard(), (board) => void compare(board)), { numRuns: 60 });
  });

  it('issue a local command through its handler with the fields the board maps from the event', () => {
    const example = EXAMPLES.find((e) => e.id === 'food-delivery');
    if (!example) throw new Error('no food-delivery example');
    const ordering = buildPlan(example.board).contexts.find((c) => c.slug === 'ordering');
    const reaction = ordering && policiesView(ordering).policyReactions.find((r) => r.method === 'rejectOrderWhenPaymentIsDeclinedOnPaymentDeclined');
    expect(reaction?.body).toContain('rejectOrderCommand.handle(Values.text(event.get("orderId"), null), Values.as(Values.map(\n          "reason", event.get("declineCode")), RejectOrderRequest.class));');
    expect(reaction?.body).toContain('catch (RefusedException refused)');
  });

  it("call another service's command through its typed client with the mapped fields; a refusal (409) is logged", () => {
    const example = EXAMPLES.find((e) => e.id === 'food-delivery');
    if (!example) throw new Error('no food-delivery example');
    const ordering = buildPlan(example.board).contexts.find((c) => c.slug === 'ordering');
    const view = ordering && policiesView(ordering);
    const reaction = view?.policyReactions.find((r) => r.method === 'takePaymentForEveryPlacedOrderOnOrderPlaced');
    expect(reaction?.body).toContain('paymentsClient.submitPayment(Values.as(Values.map(\n          "orderId", event.get("orderId"),\n          "amount", event.get("total"),\n          "paymentMethodToken", open.submitPaymentPaymentMethodToken(event)), PaymentsClient.SubmitPaymentRequest.class));');
    expect(reaction?.body).toContain('catch (CalleeRefusedException refused)');
    expect(view?.policyClients).toEqual([{ type: 'PaymentsClient', field: 'paymentsClient' }]);
  });

  it("fill a callee's path parameter the request does not carry from the event's same-named field, else leave it open", () => {
    const example = EXAMPLES.find((e) => e.id === 'insurance-claims');
    if (!example) throw new Error('no insurance-claims example');
    const intake = buildPlan(example.board).contexts.find((c) => c.slug === 'claims-intake');
    const view = intake && policiesView(intake);
    const reaction = view?.policyReactions.find((r) => r.body.includes('.verifyCoverage('));
    expect(reaction?.body).toMatch(/policyAdministrationClient\.verifyCoverage\((Values\.text\(event\.get\("insurancePolicyId"\), null\)|open\.verifyCoverageInsurancePolicyId\(event\)), Values\.as\(/);
  });
});
