import { describe, expect, it } from 'vitest';
import { getExample } from '../examples/index';
import { indexBoard } from '../queries/boardIndex';
import type { Board } from '../schema/Board';
import type { Sticky } from '../schema/Sticky';
import { sliceDrivability } from './drivability';

const foodDelivery = (): Board => (getExample('food-delivery') as { board: Board }).board;
const byText = (board: Board, kind: Sticky['kind'], text: string) => board.stickies.find((s) => s.kind === kind && s.text === text) as Sticky;
const sliceId = (board: Board, name: string) => (board.slices.find((s) => s.name === name) as { id: string }).id;
const reasons = (board: Board, name: string) => sliceDrivability(board, sliceId(board, name))?.problems.map((p) => p.message) ?? [];

describe('sliceDrivability', () => {
  it('drives food-delivery\'s shift slices: two commands a courier issues, then a lifecycle refusal', () => {
    const board = foodDelivery();
    const happy = sliceDrivability(board, sliceId(board, 'Courier rides a shift'));
    expect(happy?.problems).toEqual([]);
    expect(happy?.drivable).toBe(true);
    expect(happy?.steps.map((s) => [s.event.text, s.cause === 'timer' ? null : s.command.text, s.cause, s.cause === 'timer' ? null : s.creates, s.outcome])).toEqual([
      ['Shift Opened', 'Open Shift', 'drive', true, 'success'],
      ['Shift Closed', 'Close Shift', 'drive', false, 'success'],
    ]);
    expect(happy?.readModels.map((r) => [r.readModel.text, r.key.name, r.events.map((e) => e.text)])).toEqual([
      ['Available Couriers', 'courierId', ['Shift Opened', 'Shift Closed']],
    ]);
    const unhappy = sliceDrivability(board, sliceId(board, 'Closing a closed shift'));
    expect(unhappy?.drivable).toBe(true);
    expect(unhappy?.steps.at(-1)).toMatchObject({ outcome: 'rejection', refusedIn: 'Closed', cause: 'drive' });
  });

  it('says why the checkout slice cannot run: open fields, an open policy mapping, an external system, a key the event lacks', () => {
    const found = reasons(foodDelivery(), 'Card declined at checkout');
    expect(found).toContain('Nothing fills the required field "customerId" of "Order" when "Place Order" runs: add it to the command, or map it.');
    expect(found).toContain('Policy "Take payment for every placed order" leaves "paymentMethodToken" of "Submit Payment" unmapped: map it from "Order Placed", a constant or a read model.');
    expect(found).toContain('"Card Declined" is the outcome of "Authorise Card", invoked on the external system "Payment Provider": the generated system cannot make it happen.');
    expect(found).toContain('"Order Rejected" does not find its row of read model "Order History" by its key "customerId" (how it finds its row is not recorded): record how, adding the field if the event lacks it.');
  });

  it('needs a person to start the slice, on the command that creates the aggregate', () => {
    const board = foodDelivery();
    const slice = board.slices.find((s) => s.name === 'Courier rides a shift');
    if (slice) slice.eventIds = [byText(board, 'event', 'Shift Closed').id];
    expect(reasons(board, 'Courier rides a shift')).toEqual([
      '"Close Shift" acts on an existing "Courier Shift", but no earlier event of the slice creates one: start with "Open Shift"\'s event.',
    ]);
    const open = byText(board, 'command', 'Open Shift');
    board.links = board.links.filter((l) => !(l.kind === 'issues' && l.to === open.id));
    if (slice) slice.eventIds = [byText(board, 'event', 'Shift Opened').id];
    expect(reasons(board, 'Courier rides a shift')).toEqual([
      '"Shift Opened" cannot happen: its command "Open Shift" is issued by no actor or UI, so nothing can start the slice.',
    ]);
  });

  it('fills a field named for the lifecycle state from the lifecycle, on the aggregate, the event and a read model row', () => {
    const status = { name: 'status', type: 'string' as const, list: false, required: true, description: '' };
    // Each on its own: otherwise the event carries the aggregate's, the row the event's.
    for (const [kind, text] of [['aggregate', 'Courier Shift'], ['event', 'Shift Opened'], ['readModel', 'Available Couriers']] as const) {
      const one = foodDelivery();
      const sticky = byText(one, kind, text);
      sticky.fields = [...(sticky.fields ?? []), status];
      expect(reasons(one, 'Courier rides a shift')).toEqual([]);
    }
    const board = foodDelivery();
    // Another name is a value nobody fills.
    const shift = byText(board, 'aggregate', 'Courier Shift');
    shift.fields = [...(shift.fields ?? []), { ...status, name: 'statusNote' }];
    expect(reasons(board, 'Courier rides a shift')).toEqual(['Nothing fills the required field "statusNote" of "Courier Shift" when "Open Shift" runs: add it to the command, or map it.']);
  });

  it('says each reason once', () => {
    const board = foodDelivery();
    const slice = board.slices.find((s) => s.name === 'Closing a closed shift');
    if (slice) slice.eventIds = slice.eventIds.slice(1);
    expect(reasons(board, 'Closing a closed shift')).toEqual([
      '"Close Shift" acts on an existing "Courier Shift", but no earlier event of the slice creates one: start with "Open Shift"\'s event.',
    ]);
  });

  it('plays a rejection only where the lifecycle refuses the command', () => {
    const board = foodDelivery();
    const shift = byText(board, 'aggregate', 'Courier Shift');
    if (shift.lifecycle) shift.lifecycle.acceptedIn = [];
    expect(reasons(board, 'Closing a closed shift')).toEqual([
      'Nothing makes "Close Shift" refuse, so "Shift Closing Refused" cannot happen by default: "Close Shift" is accepted while it is "Closed". Record the states it is accepted in.',
    ]);
  });

  it('needs a key on every read model the slice updates, and a new row filled by the event', () => {
    const board = foodDelivery();
    const couriers = byText(board, 'readModel', 'Available Couriers');
    couriers.fields = (couriers.fields ?? []).filter((f) => !f.name.endsWith('Id'));
    expect(reasons(board, 'Courier rides a shift')[0]).toMatch(/^Read model "Available Couriers" has no key field/);
    couriers.fields = [{ name: 'courierId', type: 'uuid', list: false, required: true, description: '' }, { name: 'rating', type: 'integer', list: false, required: true, description: '' }];
    expect(reasons(board, 'Courier rides a shift')).toEqual([
      'A new row of read model "Available Couriers" needs "rating", which "Shift Opened" does not carry: add it to the event, or make it optional.',
    ]);
  });

  it('needs an async Boris edge for an event crossing contexts to a policy', () => {
    const board = foodDelivery();
    const index = indexBoard(board);
    expect(index.board.slices.length).toBeGreaterThan(0);
    board.boris.hiddenEdgeIds = ['edge:async:svc:fd-ctx-payments:topic:fd-evt-payment-declined'];
    expect(reasons(board, 'Card declined at checkout')).toContain(
      '"Payment Declined" goes from Payments to policy "Reject order when payment is declined" in Ordering, but Boris shows no async edge for it.',
    );
  });

  /** food-delivery with a timed event in "Courier rides a shift", between its two events, in the given context. */
  const withTimer = (scheduleOf: (board: Board) => Sticky['schedule'], contextName = 'Delivery') => {
    const board = foodDelivery();
    const opened = byText(board, 'event', 'Shift Opened');
    const schedule = scheduleOf(board);
    const reminder: Sticky = { ...opened, id: 'test-shift-reminder', text: 'Shift Reminder Due', timed: true, fields: [{ name: 'shiftId', type: 'uuid', list: false, required: true, description: '' }], ...(schedule ? { schedule } : {}) };
    board.stickies.push(reminder);
    board.contexts.find((c) => c.name === contextName)?.memberIds.push(reminder.id);
    const slice = board.slices.find((s) => s.name === 'Courier rides a shift');
    if (slice) slice.eventIds = [opened.id, reminder.id, byText(board, 'event', 'Shift Closed').id];
    return board;
  };
  const after = (text: string) => (board: Board): Sticky['schedule'] => ({ kind: 'after', duration: 'PT8H', eventId: byText(board, 'event', text).id });

  it('waits for a timed event due a duration after an earlier event of the slice, raised by that event\'s service', () => {
    const board = withTimer(after('Shift Opened'));
    const result = sliceDrivability(board, sliceId(board, 'Courier rides a shift'));
    expect(result?.problems).toEqual([]);
    expect(result?.drivable).toBe(true);
    expect(result?.steps.map((s) => [s.event.text, s.cause])).toEqual([
      ['Shift Opened', 'drive'],
      ['Shift Reminder Due', 'timer'],
      ['Shift Closed', 'drive'],
    ]);
    expect(result?.steps[1]).toMatchObject({ cause: 'timer', outcome: 'success', duration: 'PT8H', after: { text: 'Shift Opened' }, contextId: board.contexts.find((c) => c.name === 'Delivery')?.id });
  });

  it('says why a timed event cannot be played: on a cron schedule, no schedule, a trigger not earlier in the slice, another service', () => {
    expect(reasons(withTimer(() => ({ kind: 'cron', expression: '0 2 * * *' })), 'Courier rides a shift')).toEqual([
      '"Shift Reminder Due" happens on the cron schedule "0 2 * * *", at wall-clock moments nothing in the slice starts or brings forward, so a test cannot wait for it: only a timed event due a duration after an earlier event of the slice can be played.',
    ]);
    expect(reasons(withTimer(() => undefined), 'Courier rides a shift')).toEqual([
      '"Shift Reminder Due" is a timed event with no schedule: record when it happens (a duration after an earlier event of the slice).',
    ]);
    const later = withTimer(after('Shift Closed'));
    expect(reasons(later, 'Courier rides a shift')).toEqual([
      '"Shift Reminder Due" is due PT8H after "Shift Closed", which is not an earlier event of the slice: put it before "Shift Reminder Due".',
    ]);
    const elsewhere = withTimer(after('Shift Opened'), 'Kitchen');
    expect(reasons(elsewhere, 'Courier rides a shift')).toEqual([
      '"Shift Reminder Due" (Kitchen) is due after "Shift Opened", which Delivery publishes: a service raises timers only after its own events, so put it in that context.',
    ]);
  });

  it('is null for an unknown slice and reports an empty one', () => {
    const board = foodDelivery();
    expect(sliceDrivability(board, 'nope')).toBeNull();
    board.slices.push({ id: 'empty', name: 'Empty', colour: '#000000', path: 'happy', eventIds: [] });
    expect(sliceDrivability(board, 'empty')?.problems.map((p) => p.message)).toEqual(['Thin slice "Empty" has no events.']);
  });
});
