import { describe, expect, it } from 'vitest';
import { FixtureBuilder, fields } from '../../test/fixtureBoard';
import { commandCode } from '../render/view/commandCode';
import { buildPlan } from './buildPlan';

/**
 * Container shipping, as written outside the examples: "Reserve Vessel Space" succeeds
 * ("Vessel Space Reserved") or is refused ("Vessel Space Refused"). The rejection sits
 * right next to the command, the success far away: nothing positional may matter.
 */
function shipping(recorded: boolean) {
  const b = new FixtureBuilder('Shipping');
  const ctx = b.context('Bookings');
  const booking = b.sticky('aggregate', 'Booking', ctx, { at: 0, fields: fields('voyageId: string', 'teu: integer') });
  const open = b.sticky('command', 'Open Booking', ctx, { at: 9, fields: fields('voyageId: string') });
  const opened = b.sticky('event', 'Booking Opened', ctx, { at: 9, fields: fields('voyageId: string') });
  const reserve = b.sticky('command', 'Reserve Vessel Space', ctx, { at: 1, fields: fields('teu: integer') });
  const refused = b.sticky('event', 'Vessel Space Refused', ctx, { at: 1, fields: fields('reason: string') });
  const reserved = b.sticky('event', 'Vessel Space Reserved', ctx, { at: 20, fields: fields('teu: integer') });
  b.flow(null, open, booking, [opened]);
  b.flow(null, reserve, booking, [refused, reserved]);
  const board = b.board;
  const set = (id: string, patch: object) => Object.assign(board.stickies.find((s) => s.id === id) as object, patch);
  if (recorded) {
    set(reserve, { outcomes: [{ eventId: reserved, kind: 'success' }, { eventId: refused, kind: 'rejection' }] });
    set(open, { outcomes: [{ eventId: opened, kind: 'success' }] });
    set(booking, { creatingCommandId: open });
  }
  return { board, ids: { open, reserve } };
}

describe('explicit decisions drive generation', () => {
  it('publishes one outcome per call: the success when accepted, the rejection only when refused', () => {
    const { board } = shipping(true);
    const [agg] = buildPlan(board).contexts[0]?.aggregates ?? [];
    const reserve = agg?.commands.find((c) => c.camel === 'reserveVesselSpace');
    if (!reserve) throw new Error('no reserveVesselSpace');
    expect(reserve.success.map((e) => e.pascal)).toEqual(['VesselSpaceReserved']);
    expect(reserve.rejections.map((e) => e.pascal)).toEqual(['VesselSpaceRefused']);
    expect(commandCode(reserve).body).toContain('events.vesselSpaceReserved(');
    expect(commandCode(reserve).body).not.toContain('events.vesselSpaceRefused(');
    expect(commandCode(reserve).refusal).toContain('events.vesselSpaceRefused(');
    expect(commandCode(reserve).refusal).not.toContain('events.vesselSpaceReserved(');
  });

  it('maps the recorded creating command to POST on the collection, whatever its verb or position', () => {
    const { board } = shipping(true);
    const [agg] = buildPlan(board).contexts[0]?.aggregates ?? [];
    expect(agg?.commands.map((c) => `${c.camel} ${c.http.method} ${c.http.path}`)).toEqual([
      'openBooking post /bookings',
      'reserveVesselSpace post /bookings/{bookingId}/reserve-vessel-space',
    ]);
  });

  it('guesses nothing when nothing is recorded, and says so', () => {
    const { board } = shipping(false);
    for (const s of board.stickies) if (s.kind === 'command') s.outcomes = [];
    const plan = buildPlan(board);
    const [agg] = plan.contexts[0]?.aggregates ?? [];
    expect(agg?.commands.flatMap((c) => c.events)).toEqual([]);
    expect(plan.warnings.filter((w) => w.includes('records no outcome'))).toHaveLength(2);
  });

  it('warns when a command records two successes, and publishes the first only', () => {
    const { board, ids } = shipping(true);
    const reserve = board.stickies.find((s) => s.id === ids.reserve);
    if (!reserve?.outcomes) throw new Error('no outcomes');
    reserve.outcomes = reserve.outcomes.map((o) => ({ ...o, kind: 'success' as const }));
    const plan = buildPlan(board);
    const command = plan.contexts[0]?.aggregates[0]?.commands.find((c) => c.id === ids.reserve);
    expect(command?.success.map((e) => e.pascal)).toEqual(['VesselSpaceReserved', 'VesselSpaceRefused']);
    expect(commandCode(command as never).body.match(/ctx\.publish/g)).toHaveLength(1);
    expect(plan.warnings.some((w) => w.includes('records 2 success events'))).toBe(true);
  });
});
