import type { Board, Field, FieldType, LinkKind, Sticky, StickyKind } from '@stormscape/model';
import { KIND_STYLES, emptyBoard, indexBoard, inferLinkKind, suggestCreatingCommand, suggestOutcomes } from '@stormscape/model';

/** Field shorthand: "name: type", "name?: type" (optional), "name: type[]" (list). */
export function fields(...specs: string[]): Field[] {
  return specs.map((spec) => {
    const match = /^(.+?)(\?)?: ([a-z-]+)(\[\])?$/.exec(spec);
    if (!match?.[1] || !match[3]) throw new Error(`bad field "${spec}"`);
    return { name: match[1], type: match[3] as FieldType, list: match[4] !== undefined, required: match[2] === undefined, description: '' };
  });
}

/**
 * A tiny board builder for codegen tests (the model's examples cover realistic boards).
 * Reading `board` records the design decisions nobody recorded yet (command outcomes,
 * creating commands) as the model suggests them, as a person accepting the pre-filled
 * suggestions would; a test that wants none sets `outcomes: []` on the sticky.
 */
export class FixtureBuilder {
  private readonly raw: Board;
  private n = 0;
  private col = 0;

  constructor(name: string) {
    this.raw = emptyBoard(name);
  }

  get board(): Board {
    const index = indexBoard(this.raw);
    for (const sticky of this.raw.stickies) {
      if (sticky.kind === 'command' && sticky.outcomes === undefined) {
        const outcomes = suggestOutcomes(index, sticky.id);
        if (outcomes.length > 0) sticky.outcomes = outcomes;
      }
      if (sticky.kind === 'aggregate' && sticky.creatingCommandId === undefined) {
        const creating = suggestCreatingCommand(index, sticky.id);
        if (creating !== undefined) sticky.creatingCommandId = creating;
      }
    }
    return this.raw;
  }

  context(name: string, id?: string): string {
    const contextId = id ?? `ctx${this.raw.contexts.length + 1}`;
    this.raw.contexts.push({
      id: contextId, name, colour: '#336699', position: { x: 0, y: 0 }, size: { width: 100, height: 100 }, memberIds: [],
      canvas: { purpose: `The ${name} context.`, classification: { domain: null, businessModel: [], evolution: null }, domainRoles: [], inbound: [], outbound: [], ubiquitousLanguage: [], businessDecisions: [], assumptions: [], verificationMetrics: [], openQuestions: [] },
    });
    return contextId;
  }

  /** Adds a sticky to a context (or none when contextId is null); `at` is its timeline column. */
  sticky(kind: StickyKind, text: string, contextId: string | null, extra: Partial<Sticky> & { at?: number } = {}): string {
    const id = `s${++this.n}`;
    const { at, ...rest } = extra;
    const x = (at ?? this.col++) * 200;
    this.raw.stickies.push({ id, kind, text, description: '', position: { x, y: 0 }, size: KIND_STYLES[kind].defaultSize, laneId: null, ...rest });
    if (contextId) this.raw.contexts.find((c) => c.id === contextId)?.memberIds.push(id);
    return id;
  }

  link(from: string, to: string): void {
    const a = this.raw.stickies.find((s) => s.id === from);
    const b = this.raw.stickies.find((s) => s.id === to);
    if (!a || !b) throw new Error('no such sticky');
    const inferred = inferLinkKind(a.kind, b.kind);
    if (!inferred.ok) throw new Error(inferred.reason);
    const kind: LinkKind = inferred.kind;
    this.raw.links.push({ id: `l${this.raw.links.length + 1}`, kind, from, to, label: '' });
  }

  /** trigger → command → target → events. */
  flow(trigger: string | null, command: string, target: string, events: string[]): void {
    if (trigger) this.link(trigger, command);
    this.link(command, target);
    for (const e of events) this.link(target, e);
  }
}

/**
 * A small two-context shop: Sales places and cancels orders; Shipping ships them when
 * an order is placed (a policy on a foreign event) and keeps a read model.
 */
export function shopBoard(): Board {
  const b = new FixtureBuilder('Shop');
  const sales = b.context('Sales');
  const shipping = b.context('Shipping');
  const customer = b.sticky('actor', 'Customer', sales);
  const order = b.sticky('aggregate', 'Order', sales, { fields: fields('orderId: uuid', 'customerEmail: email', 'lines: string[]', 'total: money', 'status: string') });
  const place = b.sticky('command', 'Place Order', sales, { at: 1, fields: fields('customerEmail: email', 'lines: string[]', 'total: money') });
  const placed = b.sticky('event', 'Order Placed', sales, { at: 1, fields: fields('orderId: uuid', 'customerEmail: email', 'total: money') });
  const cancel = b.sticky('command', 'Cancel Order', sales, { at: 2, fields: fields('orderId: uuid', 'reason?: text') });
  const cancelled = b.sticky('event', 'Order Cancelled', sales, { at: 2, fields: fields('reason?: text') });
  b.flow(customer, place, order, [placed]);
  b.flow(customer, cancel, order, [cancelled]);
  const orders = b.sticky('readModel', 'Order Summary', sales, { at: 3, fields: fields('customerEmail?: email', 'total?: money', 'cancelled?: boolean') });
  b.link(placed, orders);
  b.link(cancelled, orders);
  b.sticky('hotspot', 'Can a shipped order be cancelled?', sales, { at: 2 });

  const shipOnPlace = b.sticky('policy', 'Ship placed orders', shipping, { at: 4, policyMode: 'automated' });
  b.link(placed, shipOnPlace);
  const shipment = b.sticky('aggregate', 'Shipment', shipping, { at: 5, fields: fields('shipmentId: uuid', 'orderId: uuid', 'trackingCode?: string') });
  const create = b.sticky('command', 'Create Shipment', shipping, { at: 5, fields: fields('orderId: uuid') });
  const created = b.sticky('event', 'Shipment Created', shipping, { at: 5, fields: fields('orderId: uuid') });
  b.flow(shipOnPlace, create, shipment, [created]);
  const dispatch = b.sticky('command', 'Dispatch Shipment', shipping, { at: 6, fields: fields('trackingCode: string') });
  const dispatched = b.sticky('event', 'Shipment Dispatched', shipping, { at: 6, public: true, fields: fields('trackingCode: string', 'dispatchedOn: date') });
  b.flow(null, dispatch, shipment, [dispatched]);
  const carrier = b.sticky('externalSystem', 'Carrier', shipping, { at: 7 });
  const book = b.sticky('command', 'Book Pickup', shipping, { at: 7, fields: fields('shipmentId: uuid') });
  const pickupBooked = b.sticky('event', 'Pickup Booked', shipping, { at: 8, fields: fields('shipmentId: uuid', 'pickupAt: date-time') });
  const bookOnDispatch = b.sticky('policy', 'Book a pickup for dispatched shipments', shipping, { at: 7 });
  b.link(dispatched, bookOnDispatch);
  b.flow(bookOnDispatch, book, carrier, [pickupBooked]);
  const board = b.sticky('readModel', 'Shipping Board', shipping, { at: 8, fields: fields('orderId?: uuid', 'pickupAt?: date-time') });
  b.link(created, board);
  b.link(pickupBooked, board);
  b.link(placed, board);
  b.sticky('event', 'Daily Cutoff Reached', shipping, { at: 9, timed: true, fields: fields('day: date') });
  return b.board;
}
