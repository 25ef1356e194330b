import { inferLinkKind } from '../grammar';
import type { Board } from '../schema/Board';
import type { BoundedContextCanvas } from '../schema/BoundedContext';
import type { ContextPattern, RelationshipKind } from '../schema/ContextRelationship';
import type { FieldSource, OutcomeKind, Schedule } from '../schema/Decisions';
import type { Field, FieldType } from '../schema/Field';
import type { Link } from '../schema/Link';
import type { SlicePath } from '../schema/ThinSlice';
import type { SnapSection } from '../schema/SnapOverrides';
import type { Sticky } from '../schema/Sticky';
import type { PolicyMode, StickyKind } from '../schema/notation';
import { KIND_STYLES } from '../schema/notation';
import { emptyBoard } from '../emptyBoard';
import { indexBoard } from '../queries/boardIndex';
import { eventsOfReadModel } from '../queries/flow';
import { fieldsOfUpdatingEvent } from '../queries/readModelKey';
import { layoutBoard } from './layout';
import type { Placement } from './layout';

/**
 * Field shorthand: `'orderId: uuid'`, `'note?: text'` (optional), `'itemIds: uuid[]'` (list).
 * Written as object keys (`{ 'orderId: uuid': 'The order' }`) whose values are descriptions.
 */
export type FieldKey = `${string}: ${FieldType}` | `${string}: ${FieldType}[]`;
export type FieldSpec = Readonly<Partial<Record<FieldKey, string>>>;

/** A handle on a sticky created by the builder; the kind parameter keeps flows grammatical. */
export interface Ref<K extends StickyKind = StickyKind> {
  readonly id: string;
  readonly kind: K;
  readonly text: string;
}

/** A handle on a swimlane. */
export interface LaneRef {
  readonly id: string;
}

interface StickyOptions {
  /** Column inside the context, counted from its left edge. */
  readonly at: number;
  /** Rows to shift from the kind's default row (e.g. 1 to stack a second read model). */
  readonly dy?: number;
  /** Lane; defaults to the context's lane. */
  readonly lane?: LaneRef;
  readonly description?: string;
  /** Slug for the id when the text makes a poor one. */
  readonly slug?: string;
  /** Code name people chose (reference §7), when the derived one does not fit the fields. */
  readonly codeName?: string;
}

interface FieldOptions extends StickyOptions {
  readonly fields: FieldSpec;
}

interface WideOptions extends StickyOptions {
  /** Columns the sticky spans (aggregates and external systems sit under their commands). */
  readonly span?: number;
}

const KIND_SLUG: Readonly<Record<StickyKind, string>> = {
  event: 'evt',
  command: 'cmd',
  actor: 'act',
  aggregate: 'agg',
  policy: 'pol',
  readModel: 'rm',
  externalSystem: 'ext',
  hotspot: 'hot',
  ui: 'ui',
  opportunity: 'opp',
  note: 'note',
};

/** Lower-case, dash-separated, id-safe form of a name. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function parseFields(spec: FieldSpec): Field[] {
  return Object.entries(spec).map(([key, description]) => {
    const match = /^([A-Za-z][A-Za-z0-9]*)(\?)?: ([a-z-]+)(\[\])?$/.exec(key);
    if (!match?.[1] || !match[3]) throw new Error(`bad field shorthand "${key}"`);
    return {
      name: match[1],
      type: match[3] as FieldType,
      list: match[4] !== undefined,
      required: match[2] === undefined,
      description: description ?? '',
    };
  });
}

/** Stickies and placement of one bounded context; created by `BoardBuilder.context`. */
export class ContextBuilder {
  readonly memberIds: string[] = [];

  constructor(
    private readonly board: BoardBuilder,
    readonly id: string,
    readonly name: string,
    readonly colour: string,
    readonly lane: LaneRef,
    readonly canvas: BoundedContextCanvas,
    /** Layout hint: start right of this many columns of another context. */
    readonly after?: { readonly context: ContextBuilder; readonly cols: number },
  ) {}

  event(text: string, o: FieldOptions & { pivotal?: boolean; timed?: boolean; public?: boolean }): Ref<'event'> {
    const extra: Partial<Sticky> = { fields: parseFields(o.fields) };
    if (o.pivotal) extra.pivotal = true;
    if (o.timed) extra.timed = true;
    if (o.public) extra.public = true;
    return this.add('event', text, o, extra);
  }
  command(text: string, o: FieldOptions): Ref<'command'> {
    return this.add('command', text, o, { fields: parseFields(o.fields) });
  }
  aggregate(text: string, o: FieldOptions & WideOptions): Ref<'aggregate'> {
    return this.add('aggregate', text, o, { fields: parseFields(o.fields) });
  }
  readModel(text: string, o: FieldOptions): Ref<'readModel'> {
    return this.add('readModel', text, o, { fields: parseFields(o.fields) });
  }
  policy(text: string, o: StickyOptions & { mode?: PolicyMode }): Ref<'policy'> {
    return this.add('policy', text, o, { policyMode: o.mode ?? 'automated' });
  }
  actor(text: string, o: StickyOptions): Ref<'actor'> {
    return this.add('actor', text, o, {});
  }
  ui(text: string, o: StickyOptions): Ref<'ui'> {
    return this.add('ui', text, o, {});
  }
  external(text: string, o: WideOptions): Ref<'externalSystem'> {
    return this.add('externalSystem', text, o, {});
  }
  note(text: string, o: StickyOptions): Ref<'note'> {
    return this.add('note', text, o, {});
  }

  /** A hotspot annotating `targets`; `resolved` records the answer found in the workshop. */
  hotspot(text: string, targets: readonly Ref[], o: StickyOptions & { resolved?: boolean }): Ref<'hotspot'> {
    const ref = this.add('hotspot', text, o, { resolved: o.resolved ?? false });
    for (const target of targets) this.board.link(ref, target);
    return ref;
  }

  /** An opportunity (the good counterpart of a hotspot) annotating `targets`. */
  opportunity(text: string, targets: readonly Ref[], o: StickyOptions): Ref<'opportunity'> {
    const ref = this.add('opportunity', text, o, {});
    for (const target of targets) this.board.link(ref, target);
    return ref;
  }

  private add<K extends StickyKind>(kind: K, text: string, o: StickyOptions & { span?: number }, extra: Partial<Sticky>): Ref<K> {
    const id = this.board.stickyId(kind, o.slug ?? slugify(text), this.id);
    const placement: Placement = {
      contextId: this.id,
      laneId: (o.lane ?? this.lane).id,
      col: o.at,
      dy: o.dy ?? 0,
      span: o.span ?? 1,
    };
    const { width, height } = KIND_STYLES[kind].defaultSize;
    const sticky: Sticky = {
      id,
      kind,
      text,
      description: o.description ?? '',
      position: { x: 0, y: 0 },
      size: { width, height },
      laneId: placement.laneId,
      ...(o.codeName === undefined ? {} : { codeName: o.codeName }),
      ...extra,
    };
    this.board.addSticky(sticky, placement);
    this.memberIds.push(id);
    return { id, kind, text };
  }
}

type Trigger = Ref<'actor' | 'ui' | 'policy'>;

/**
 * A small DSL for writing example boards: stickies are placed on a grid per context and
 * lane, links get their kind from the grammar, ids are derived from names
 * (`fd-evt-order-placed`) so they stay stable and readable across edits.
 */
export class BoardBuilder {
  private readonly stickies: { sticky: Sticky; placement: Placement }[] = [];
  private readonly links: Link[] = [];
  private readonly contexts: ContextBuilder[] = [];
  private readonly ids = new Set<string>();
  private readonly board: Board;
  /** Read model id → its key field, resolved per updating event in `build`. */
  private readonly rowKeys = new Map<string, string>();

  constructor(
    readonly prefix: string,
    name: string,
  ) {
    this.board = emptyBoard(name);
  }

  /** Reserves `prefix-part-slug`, adding `-2`, `-3`… only for genuine repeats. */
  private claim(part: string, slug: string): string {
    const base = `${this.prefix}-${part}-${slug}`;
    if (base.length > 64) throw new Error(`id too long: ${base}`);
    if (!this.ids.has(base)) {
      this.ids.add(base);
      return base;
    }
    for (let n = 2; ; n++) {
      const id = `${base}-${n}`;
      if (!this.ids.has(id)) {
        this.ids.add(id);
        return id;
      }
    }
  }

  /** Sticky id; a name reused in another context (an actor, say) gets the context's slug. */
  stickyId(kind: StickyKind, slug: string, contextId: string): string {
    const base = `${this.prefix}-${KIND_SLUG[kind]}-${slug}`;
    if (!this.ids.has(base)) return this.claim(KIND_SLUG[kind], slug);
    const contextSlug = contextId.slice(`${this.prefix}-ctx-`.length);
    return this.claim(KIND_SLUG[kind], `${slug}-${contextSlug}`);
  }

  addSticky(sticky: Sticky, placement: Placement): void {
    this.stickies.push({ sticky, placement });
  }

  goal(text: string, keyResults: readonly string[], slug?: string): void {
    this.board.goals.push({ id: this.claim('goal', slug ?? slugify(text).slice(0, 40)), kind: 'goal', text, keyResults: [...keyResults] });
  }

  nonGoal(text: string, keyResults: readonly string[], slug?: string): void {
    this.board.goals.push({ id: this.claim('nongoal', slug ?? slugify(text).slice(0, 40)), kind: 'nonGoal', text, keyResults: [...keyResults] });
  }

  lane(name: string): LaneRef {
    const id = this.claim('lane', slugify(name));
    // y and height are filled in by the layout.
    this.board.swimlanes.push({ id, name, y: 0, height: 1 });
    return { id };
  }

  /**
   * A bounded context whose stickies go in `lane` by default. It is laid out right of earlier
   * contexts sharing its lanes and, with `after`, right of that many columns of another
   * context (where the events it reacts to happen).
   */
  context(
    name: string,
    colour: string,
    lane: LaneRef,
    canvas: BoundedContextCanvas,
    after?: { readonly context: ContextBuilder; readonly cols: number },
  ): ContextBuilder {
    const ctx = new ContextBuilder(this, this.claim('ctx', slugify(name)), name, colour, lane, canvas, after);
    this.contexts.push(ctx);
    return ctx;
  }

  /** A link whose kind the grammar infers from the two ends; throws if the grammar forbids it. */
  link(from: Ref, to: Ref, label = ''): void {
    const inferred = inferLinkKind(from.kind, to.kind);
    if (!inferred.ok) throw new Error(`${from.id} -> ${to.id}: ${inferred.reason}`);
    if (this.links.some((l) => l.from === from.id && l.to === to.id && l.kind === inferred.kind)) return;
    const short = (id: string) => id.slice(this.prefix.length + 1, this.prefix.length + 1 + 27).replace(/-$/, '');
    const id = this.claim('l', `${short(from.id)}--${short(to.id)}`);
    this.links.push({ id, kind: inferred.kind, from: from.id, to: to.id, label });
  }

  /**
   * The design-level sentence: trigger(s) issue a command, invoked on a target that
   * produces event(s). The events are recorded as the command's success outcomes, and
   * `rejection` as what it produces when refused.
   */
  flow(
    triggers: Trigger | readonly Trigger[],
    command: Ref<'command'>,
    target: Ref<'aggregate' | 'externalSystem'>,
    events: Ref<'event'> | readonly Ref<'event'>[],
    rejection?: Ref<'event'>,
  ): void {
    for (const t of Array.isArray(triggers) ? (triggers as readonly Trigger[]) : [triggers as Trigger]) this.link(t, command);
    this.link(command, target);
    const list = Array.isArray(events) ? (events as readonly Ref<'event'>[]) : [events as Ref<'event'>];
    for (const e of [...list, ...(rejection ? [rejection] : [])]) this.link(target, e);
    this.outcomes(command, { success: list, rejection: rejection ? [rejection] : [] });
  }

  /** Records the events a command may produce: on success, and when it is refused. */
  outcomes(command: Ref<'command'>, o: { success?: readonly Ref<'event'>[]; rejection?: readonly Ref<'event'>[] }): void {
    const sticky = this.sticky(command);
    const add = (events: readonly Ref<'event'>[] | undefined, kind: OutcomeKind) => {
      for (const e of events ?? []) if (!sticky.outcomes?.some((x) => x.eventId === e.id)) sticky.outcomes = [...(sticky.outcomes ?? []), { eventId: e.id, kind }];
    };
    add(o.success, 'success');
    add(o.rejection, 'rejection');
  }

  /**
   * The Aggregate Design Canvas decisions of an aggregate: its creating command, states,
   * the states each command is accepted in, the state each success event leads to, and
   * the invariants it enforces.
   */
  design(
    aggregate: Ref<'aggregate'>,
    d: {
      creates?: Ref<'command'>;
      states?: readonly string[];
      acceptedIn?: readonly (readonly [Ref<'command'>, readonly string[]])[];
      leadsTo?: readonly (readonly [Ref<'event'>, string])[];
      invariants?: readonly string[];
    },
  ): void {
    const sticky = this.sticky(aggregate);
    if (d.creates) sticky.creatingCommandId = d.creates.id;
    if (d.states || d.acceptedIn || d.leadsTo || d.invariants) {
      sticky.lifecycle = {
        states: [...(d.states ?? [])],
        acceptedIn: (d.acceptedIn ?? []).map(([c, states]) => ({ commandId: c.id, states: [...states] })),
        transitions: (d.leadsTo ?? []).map(([e, state]) => ({ eventId: e.id, state })),
        invariants: [...(d.invariants ?? [])],
      };
    }
  }

  /** How a policy fills fields of a command it issues (fields not given default by name). */
  mapping(policy: Ref<'policy'>, command: Ref<'command'>, fields: Readonly<Record<string, FieldSource>>): void {
    const sticky = this.sticky(policy);
    const entry = { commandId: command.id, fields: Object.entries(fields).map(([field, source]) => ({ field, source })) };
    sticky.mappings = [...(sticky.mappings ?? []).filter((m) => m.commandId !== command.id), entry];
  }

  /** When a timed event happens. */
  schedule(event: Ref<'event'>, schedule: Schedule): void {
    this.sticky(event).schedule = schedule;
  }

  private sticky(ref: Ref): Sticky {
    const found = this.stickies.find((s) => s.sticky.id === ref.id);
    if (!found) throw new Error(`unknown sticky ${ref.id}`);
    return found.sticky;
  }

  /** An event that activates a policy (in this or another context). */
  reacts(event: Ref<'event'>, policy: Ref<'policy'>): void {
    this.link(event, policy);
  }

  /** Events that update a read model. */
  feeds(events: readonly Ref<'event'>[], readModel: Ref<'readModel'>): void {
    for (const e of events) this.link(e, readModel);
  }

  /**
   * A read model's row key: `keyField` names a row, and each event feeding it finds its row
   * by its own field of that name (required, single). Events without one stay open (R2):
   * the example says which rows its events cannot find rather than guessing.
   */
  rowKey(readModel: Ref<'readModel'>, keyField: string): void {
    this.rowKeys.set(readModel.id, keyField);
  }

  relationship(
    kind: RelationshipKind,
    upstream: ContextBuilder,
    downstream: ContextBuilder,
    patterns: { up?: readonly ContextPattern[]; down?: readonly ContextPattern[] },
    description: string,
  ): void {
    this.board.relationships.push({
      id: this.claim('rel', `${upstream.id.slice(this.prefix.length + 5)}--${downstream.id.slice(this.prefix.length + 5)}`),
      kind,
      upstreamId: upstream.id,
      downstreamId: downstream.id,
      upstreamPatterns: [...(patterns.up ?? [])],
      downstreamPatterns: [...(patterns.down ?? [])],
      description,
    });
  }

  slice(name: string, path: SlicePath, colour: string, events: readonly Ref<'event'>[]): void {
    this.board.slices.push({ id: this.claim('slice', slugify(name)), name, colour, path, eventIds: events.map((e) => e.id) });
  }

  /** A SNAP-E entry written by hand in the workshop (kept apart from derived entries). */
  snapEntry(ctx: ContextBuilder, section: SnapSection, text: string): void {
    const n = this.board.snap.manualEntries.filter((e) => e.contextId === ctx.id).length + 1;
    this.board.snap.manualEntries.push({ id: this.claim('snap', `${ctx.id.slice(this.prefix.length + 5)}-${n}`), contextId: ctx.id, section, text });
  }

  /**
   * A note on a Boris node, as people write them while drawing the notional architecture.
   * Derived node ids are `svc:<contextId>` and `topic:<eventId>` (see `deriveBoris`).
   */
  borisNote(node: ContextBuilder | Ref<'event'>, text: string): void {
    const nodeId = node instanceof ContextBuilder ? `svc:${node.id}` : `topic:${node.id}`;
    this.board.boris.notes[nodeId] = text;
  }

  /**
   * A derived sync call (policy or UI in `from` issuing `command` on `to`) the team made
   * asynchronous on Boris (id format as in `deriveBoris`).
   */
  borisAsyncCall(from: ContextBuilder, to: ContextBuilder | Ref<'externalSystem'>, command: Ref<'command'>): void {
    const target = to instanceof ContextBuilder ? `svc:${to.id}` : `ext:${to.id}`;
    this.board.boris.edgeModes = { ...this.board.boris.edgeModes, [`edge:sync:svc:${from.id}:${target}:${command.id}`]: 'async' };
  }

  /** An edge a person drew on Boris between two services (or a service and an external system). */
  borisEdge(from: ContextBuilder, to: ContextBuilder | Ref<'externalSystem'>, mode: 'sync' | 'async', label: string): void {
    const target = to instanceof ContextBuilder ? `svc:${to.id}` : `ext:${to.id}`;
    const slug = (id: string) => id.slice(this.prefix.length + 5);
    const id = this.claim('boris', `${slug(from.id)}--${to instanceof ContextBuilder ? slug(to.id) : slugify(to.text)}`);
    this.board.boris.addedEdges.push({ id, from: `svc:${from.id}`, to: target, mode, label });
  }

  /** A derived SNAP-E entry the team dismissed (id format as in `deriveSnap`). */
  snapDismiss(ctx: ContextBuilder, section: SnapSection, source: Ref): void {
    this.board.snap.dismissedIds.push(`snap:${ctx.id}:${section}:${source.id}`);
  }

  /** Lays the board out and returns it. */
  build(): Board {
    const layout = layoutBoard(
      this.stickies.map((s) => ({ id: s.sticky.id, kind: s.sticky.kind, size: s.sticky.size, placement: s.placement })),
      this.contexts.map((c) => (c.after ? { id: c.id, after: { contextId: c.after.context.id, cols: c.after.cols } } : { id: c.id })),
      this.board.swimlanes.map((l) => l.id),
    );
    const placed = this.stickies.map(({ sticky }) => {
      const box = layout.stickies.get(sticky.id);
      if (!box) throw new Error(`no layout for ${sticky.id}`);
      return { ...sticky, position: box.position, size: box.size };
    });
    const index = indexBoard({ ...this.board, stickies: placed, links: [...this.links] });
    const stickies = placed.map((sticky) => {
      const keyField = this.rowKeys.get(sticky.id);
      if (keyField === undefined) return sticky;
      if (!sticky.fields?.some((f) => f.name === keyField)) throw new Error(`${sticky.id} has no field ${keyField}`);
      const events = eventsOfReadModel(index, sticky.id).flatMap((event) =>
        fieldsOfUpdatingEvent(index, event.id).some((f) => f.name === keyField && f.required && !f.list)
          ? [{ eventId: event.id, row: { kind: 'find' as const, parts: [{ keyField, source: { kind: 'eventField' as const, field: keyField } }] } }]
          : [],
      );
      return { ...sticky, rowKey: { fields: [keyField], events } };
    });
    return {
      ...this.board,
      stickies,
      links: [...this.links],
      swimlanes: this.board.swimlanes.map((l) => ({ ...l, ...layout.lanes.get(l.id) })),
      contexts: this.contexts.map((c) => {
        const frame = layout.frames.get(c.id);
        if (!frame) throw new Error(`context ${c.id} has no members`);
        return { id: c.id, name: c.name, colour: c.colour, ...frame, memberIds: [...c.memberIds], canvas: c.canvas };
      }),
    };
  }
}
