import type { Board } from '@stormscape/model';
import { getExample } from '@stormscape/model/examples';
import { describe, expect, it } from 'vitest';
import { policyBody, policyOpen } from '../render/view/policyCode';
import { buildOpenApi } from '../specs/openapi';
import { buildPlan } from './buildPlan';
import type { ContextPlan, ProjectPlan } from './types';

// What people decide on Boris and SNAP-E reaches the code (library-lending holds one of
// each: the derived Lending → Fines "Pay Fine" call, an added Lending → Reservations
// "Place Hold" call, the Reservations → SMS Gateway call switched to async, a dismissed
// query API).

function library(): Board {
  const example = getExample('library-lending');
  if (!example) throw new Error('missing library-lending');
  return structuredClone(example.board);
}

const context = (plan: ProjectPlan, name: string): ContextPlan => {
  const found = plan.contexts.find((c) => c.name === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
};
const calls = (plan: ProjectPlan, name: string) => context(plan, name).outbound.map((o) => `${o.camel} → ${o.target.kind === 'context' ? o.target.contextName : o.target.kind === 'external' ? o.target.name : 'none'}`);

describe('Boris decisions in generated code', () => {
  it('gives the caller a client for each visible sync edge, derived or drawn by hand', () => {
    expect(calls(buildPlan(library()), 'Lending')).toEqual(['payFine → Fines', 'placeHold → Reservations']);
  });

  it('generates no client for a call switched to async and leaves its policy a visible TODO', () => {
    const plan = buildPlan(library());
    const reservations = context(plan, 'Reservations');
    expect(calls(plan, 'Reservations')).toEqual([]);
    const notice = reservations.policies.find((p) => p.name === 'Tell the member the copy is waiting');
    expect(notice?.issues).toMatchObject([{ kind: 'dropped', why: 'async' }]);
    expect(policyBody(notice as never, policyOpen(notice as never))).toContain('// TODO: the call "Send Pickup Notice" is asynchronous on Boris');
    expect(plan.warnings.some((w) => w.includes('"Send Pickup Notice" is made asynchronous on Boris'))).toBe(true);
  });

  it('follows the overrides when they change: switched back, removed, hidden, or added by hand', () => {
    const board = library();
    board.boris.hiddenEdgeIds = ['edge:sync:svc:ll-ctx-lending:svc:ll-ctx-fines:ll-cmd-pay-fine'];
    board.boris.addedEdges = [{ id: 'queued', from: 'svc:ll-ctx-reservations', to: 'ext:ll-ext-sms-gateway', mode: 'async', label: 'Send Pickup Notice' }];
    board.boris.edgeModes = {};
    const plan = buildPlan(board);
    expect(calls(plan, 'Lending')).toEqual([]);
    expect(plan.warnings.some((w) => w.includes('"Pay Fine" is hidden on Boris'))).toBe(true);
    expect(calls(plan, 'Reservations')).toEqual(['sendPickupNotice → SMS Gateway']);
    expect(plan.warnings.some((w) => w.includes('does not act on added async edges'))).toBe(true);
  });

  it('warns about a hand-drawn sync edge whose label names no command, and generates nothing for it', () => {
    const board = library();
    board.boris.addedEdges = [{ id: 'mystery', from: 'svc:ll-ctx-lending', to: 'svc:ll-ctx-catalogue', mode: 'sync', label: 'Ask about shelves' }];
    const plan = buildPlan(board);
    expect(calls(plan, 'Lending')).toEqual(['payFine → Fines']);
    expect(plan.warnings.some((w) => w.includes('"Ask about shelves"') && w.includes('names no command'))).toBe(true);
  });
});

describe('SNAP-E decisions in generated code', () => {
  it('marks a dismissed API in the contract instead of dropping what depends on it', () => {
    const plan = buildPlan(library());
    const lending = context(plan, 'Lending');
    const doc = buildOpenApi(lending, plan.boardName) as { paths: Record<string, Record<string, Record<string, unknown>>> };
    expect(doc.paths['/titles-with-holds']?.get?.['x-stormscape-dismissed']).toBe(true);
    expect(doc.paths['/my-loans']?.get?.['x-stormscape-dismissed']).toBeUndefined();
    expect(plan.warnings.some((w) => w.includes('"Titles With Holds (query)" is dismissed'))).toBe(true);
    const restored = library();
    restored.snap.dismissedIds = [];
    expect(context(buildPlan(restored), 'Lending').readModels.some((r) => r.dismissed)).toBe(false);
  });

  it('puts hand-written risks in x-risks and warns that hand-written APIs are not generated', () => {
    const board = library();
    board.snap.manualEntries.push({ id: 'api-by-hand', contextId: 'll-ctx-lending', section: 'apis', text: 'Export loans as CSV' });
    const plan = buildPlan(board);
    expect(context(plan, 'Fines').risks.map((r) => r.text)).toContain('Fines are council income: every waiver must be auditable.');
    expect(context(plan, 'Lending').snapNotes).toEqual([{ section: 'apis', text: 'Export loans as CSV' }]);
    expect(plan.warnings.some((w) => w.includes('"Export loans as CSV" is not generated'))).toBe(true);
  });
});
