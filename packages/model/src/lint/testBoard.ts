// Test helper: a tiny builder for hand-made boards in lint and derivation tests.
import { emptyBoard } from '../emptyBoard';
import { inferLinkKind } from '../grammar';
import type { Board } from '../schema/Board';
import { emptyCanvas } from '../schema/BoundedContext';
import type { ContextPattern, RelationshipKind } from '../schema/ContextRelationship';
import type { OutcomeKind } from '../schema/Decisions';
import type { LinkKind } from '../schema/Link';
import type { StickyKind } from '../schema/notation';
import { KIND_STYLES } from '../schema/notation';
import type { Sticky } from '../schema/Sticky';

type StickyExtras = Partial<
  Pick<Sticky, 'pivotal' | 'timed' | 'public' | 'policyMode' | 'resolved' | 'fields' | 'outcomes' | 'creatingCommandId' | 'lifecycle' | 'mappings' | 'schedule' | 'rowKey' | 'codeName'>
> & {
  /** Context id(s) the sticky is a member of (contexts are created on first use). */
  ctx?: string | string[];
};

/** Fluent builder of small valid boards for tests. */
export class BoardBuilder {
  readonly board: Board = emptyBoard('test');
  private x = 0;

  /** Adds (or renames) a bounded context. */
  context(id: string, name = id): this {
    const existing = this.board.contexts.find((c) => c.id === id);
    if (existing) {
      existing.name = name;
      return this;
    }
    this.board.contexts.push({
      id,
      name,
      colour: '#CCCCCC',
      position: { x: 0, y: 0 },
      size: { width: 100, height: 100 },
      memberIds: [],
      canvas: emptyCanvas(),
    });
    return this;
  }

  /** Adds a sticky of any kind. */
  add(kind: StickyKind, id: string, text: string, extras: StickyExtras = {}): this {
    const { ctx, ...flags } = extras;
    this.board.stickies.push({
      id,
      kind,
      text,
      description: '',
      position: { x: (this.x += 300), y: 0 },
      size: { ...KIND_STYLES[kind].defaultSize },
      laneId: null,
      ...flags,
    });
    for (const contextId of ctx === undefined ? [] : Array.isArray(ctx) ? ctx : [ctx]) {
      if (!this.board.contexts.some((c) => c.id === contextId)) this.context(contextId);
      this.board.contexts.find((c) => c.id === contextId)?.memberIds.push(id);
    }
    return this;
  }

  /** Links two stickies; the kind is inferred from the grammar unless given. */
  link(from: string, to: string, kind?: LinkKind): this {
    const fromSticky = this.board.stickies.find((s) => s.id === from);
    const toSticky = this.board.stickies.find((s) => s.id === to);
    if (!fromSticky || !toSticky) throw new Error(`link ${from} -> ${to}: unknown sticky`);
    let linkKind = kind;
    if (!linkKind) {
      const inferred = inferLinkKind(fromSticky.kind, toSticky.kind);
      if (!inferred.ok) throw new Error(inferred.reason);
      linkKind = inferred.kind;
    }
    this.board.links.push({ id: `l_${from}_${to}`, kind: linkKind, from, to, label: '' });
    return this;
  }

  /** Links each id to the next: `chain('a', 'c', 'g', 'e')`. */
  chain(...ids: string[]): this {
    for (let i = 1; i < ids.length; i++) this.link(ids[i - 1] as string, ids[i] as string);
    return this;
  }

  /** Records that `commandId` may produce `eventId` (a success unless told otherwise). */
  outcome(commandId: string, eventId: string, kind: OutcomeKind = 'success'): this {
    const command = this.board.stickies.find((s) => s.id === commandId);
    if (!command) throw new Error(`outcome of ${commandId}: unknown sticky`);
    command.outcomes = [...(command.outcomes ?? []), { eventId, kind }];
    return this;
  }

  /** Adds a thin slice over the given events. */
  slice(id: string, eventIds: string[]): this {
    this.board.slices.push({ id, name: id, colour: '#FF0000', path: 'happy', eventIds });
    return this;
  }

  /** Adds a context-map relationship. */
  relationship(
    id: string,
    kind: RelationshipKind,
    upstreamId: string,
    downstreamId: string,
    upstreamPatterns: ContextPattern[] = [],
    downstreamPatterns: ContextPattern[] = [],
  ): this {
    this.board.relationships.push({ id, kind, upstreamId, downstreamId, upstreamPatterns, downstreamPatterns, description: '' });
    return this;
  }

  /** The board built so far (the same object: later calls keep changing it). */
  build(): Board {
    return this.board;
  }
}

/** A new, empty board builder. */
export function testBoard(): BoardBuilder {
  return new BoardBuilder();
}

/**
 * A small, clean design-level board: Customer places an order in Ordering; a policy in
 * Kitchen reacts to "Order Placed" and starts cooking. lintBoard finds nothing on it.
 */
export function orderingBoard(): BoardBuilder {
  return testBoard()
    .context('ordering', 'Ordering')
    .context('kitchen', 'Kitchen')
    .add('actor', 'customer', 'Customer')
    .add('command', 'placeOrder', 'Place Order', { ctx: 'ordering' })
    .add('aggregate', 'order', 'Order', { ctx: 'ordering' })
    .add('event', 'orderPlaced', 'Order Placed', { ctx: 'ordering' })
    .add('readModel', 'orderStatus', 'Order Status', {
      ctx: 'ordering',
      fields: [{ name: 'orderId', type: 'uuid', list: false, required: true, description: '' }],
      rowKey: { fields: ['orderId'], events: [{ eventId: 'orderPlaced', row: { kind: 'find', parts: [{ keyField: 'orderId', source: { kind: 'aggregateId' } }] } }] },
    })
    .add('policy', 'cookWhenOrdered', 'Cook When Ordered', { ctx: 'kitchen', policyMode: 'automated' })
    .add('command', 'startCooking', 'Start Cooking', { ctx: 'kitchen' })
    .add('aggregate', 'ticket', 'Ticket', { ctx: 'kitchen' })
    .add('event', 'cookingStarted', 'Cooking Started', { ctx: 'kitchen' })
    .chain('customer', 'placeOrder', 'order', 'orderPlaced', 'cookWhenOrdered', 'startCooking', 'ticket', 'cookingStarted')
    .chain('orderPlaced', 'orderStatus')
    .link('customer', 'orderStatus')
    .outcome('placeOrder', 'orderPlaced')
    .outcome('startCooking', 'cookingStarted');
}
