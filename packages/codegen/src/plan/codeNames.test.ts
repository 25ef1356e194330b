import { describe, expect, it } from 'vitest';
import { FixtureBuilder, fields } from '../../test/fixtureBoard';
import { buildPlan } from './buildPlan';

/** A reservation context written in Korean, as the seeds' users write boards. */
function koreanBoard(codeNames: { command?: string; context?: string } = {}) {
  const b = new FixtureBuilder('예약');
  const ctx = b.context('예약 관리');
  if (codeNames.context) (b.board.contexts[0] as { codeName?: string }).codeName = codeNames.context;
  const agg = b.sticky('aggregate', '예약', ctx, { fields: fields('고객 이름: string') });
  const command = b.sticky('command', '예약 생성', ctx, { fields: fields('고객 이름: string', '인원: integer'), ...(codeNames.command ? { codeName: codeNames.command } : {}) });
  const event = b.sticky('event', '예약 생성됨', ctx, { fields: fields('인원: integer') });
  b.link(command, agg);
  b.link(agg, event);
  return b.board;
}

describe('code names in generation', () => {
  it('names Korean stickies and fields by Revised Romanization, not by placeholders', () => {
    const plan = buildPlan(koreanBoard());
    const [ctx] = plan.contexts;
    const [agg] = ctx?.aggregates ?? [];
    expect(ctx?.slug).toBe('yeyak-gwalli');
    expect(agg?.pascal).toBe('Yeyak');
    expect(agg?.commands[0]?.http).toMatchObject({ method: 'post', path: '/yeyaks', operationId: 'yeyakSaengseong' });
    expect(agg?.commands[0]?.fields.map((f) => f.prop)).toEqual(['gogaekIreum', 'inwon']);
    expect(ctx?.published.map((e) => [e.pascal, e.channel])).toEqual([['YeyakSaengseongdoem', 'yeyak-gwalli.yeyaks.yeyak-saengseongdoem']]);
  });

  it('uses the code name people set instead of the text', () => {
    const plan = buildPlan(koreanBoard({ command: 'createReservation', context: 'reservations' }));
    const [ctx] = plan.contexts;
    expect(ctx?.slug).toBe('reservations');
    const command = ctx?.aggregates[0]?.commands[0];
    expect(command?.camel).toBe('createReservation');
    expect(command?.name).toBe('예약 생성');
  });

  it('puts the role word before reserved words and warns, instead of changing names silently', () => {
    const b = new FixtureBuilder('Reserved');
    const ctx = b.context('Tools');
    const agg = b.sticky('aggregate', 'Promise', ctx, { fields: fields('constructor: string') });
    const command = b.sticky('command', 'Delete', ctx, { fields: fields('constructor: string', 'type: string') });
    b.link(command, agg);
    const plan = buildPlan(b.board);
    const [promise] = plan.contexts[0]?.aggregates ?? [];
    expect(promise?.pascal).toBe('AggregatePromise');
    expect(promise?.fields.map((f) => f.prop)).toEqual(['fieldConstructor']);
    expect(promise?.commands[0]?.camel).toBe('commandDelete');
    // Reserved words in TypeScript are fine as JSON properties; only inherited members are not.
    expect(promise?.commands[0]?.fields.map((f) => f.prop)).toEqual(['fieldConstructor', 'type']);
    expect(plan.warnings.filter((w) => w.includes('reserved word'))).toEqual([
      '"Promise" is a reserved word in generated TypeScript, so it is named "AggregatePromise" in the contracts and code; set a code name to choose another.',
      '"constructor" is a reserved word in generated TypeScript, so it is named "fieldConstructor" in the contracts and code; set a code name to choose another.',
      '"Delete" is a reserved word in generated TypeScript, so it is named "CommandDelete" in the contracts and code; set a code name to choose another.',
    ]);
  });
});

describe('event names that meet in one service', () => {
  it('are qualified by their owning context, not numbered', () => {
    const b = new FixtureBuilder('Meet');
    for (const name of ['Sales', 'Kitchen']) {
      const ctx = b.context(name);
      b.flow(null, b.sticky('command', 'Place Order', ctx), b.sticky('aggregate', 'Order', ctx), [b.sticky('event', 'Order Placed', ctx)]);
    }
    const plan = buildPlan(b.board);
    expect(plan.contexts.flatMap((c) => c.published.map((e) => e.pascal))).toEqual(['OrderPlaced', 'OrderPlaced']);
    // A third context hearing both: both names get their owner in front, everywhere.
    const audit = b.context('Audit');
    const events = b.board.stickies.filter((s) => s.kind === 'event').map((s) => s.id);
    for (const event of events) b.link(event, b.sticky('readModel', `Log ${event}`, audit));
    const meeting = buildPlan(b.board);
    expect(meeting.contexts.find((c) => c.name === 'Audit')?.subscribed.map((e) => e.pascal)).toEqual(['SalesOrderPlaced', 'KitchenOrderPlaced']);
  });
});
