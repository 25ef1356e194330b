import type { FieldSource, OutcomeKind } from '../schema/Decisions';
import type { Field } from '../schema/Field';
import type { Sticky } from '../schema/Sticky';
import type { BoardIndex } from './boardIndex';
import { commandsIssuedBy, commandsOfAggregate, eventsOfPolicy } from './flow';

// One query per design decision (reference §7). Everything that needs a decision (SNAP-E
// stories, thin slices, Boris, lint, codegen) asks here; none of them guesses.

/** One event a command may produce, and whether it is its success or its rejection. */
export interface CommandOutcome {
  readonly event: Sticky;
  readonly kind: OutcomeKind;
}

/**
 * The events a command may produce, as recorded on the board (in the order recorded),
 * optionally only those of one kind. Outcomes naming a sticky that is gone or not an
 * event are skipped.
 */
export function eventsOfCommand(index: BoardIndex, commandId: string, kind?: OutcomeKind): CommandOutcome[] {
  const command = index.stickyById.get(commandId);
  if (command?.kind !== 'command') return [];
  const out: CommandOutcome[] = [];
  for (const outcome of command.outcomes ?? []) {
    const event = index.stickyById.get(outcome.eventId);
    if (event?.kind === 'event' && (kind === undefined || outcome.kind === kind)) out.push({ event, kind: outcome.kind });
  }
  return out;
}

const commandsByEvent = new WeakMap<BoardIndex, Map<string, Sticky[]>>();

/** The commands that record `eventId` as one of their outcomes (usually one), in board order. */
export function commandsOfEvent(index: BoardIndex, eventId: string): Sticky[] {
  let byEvent = commandsByEvent.get(index);
  if (!byEvent) {
    byEvent = new Map();
    for (const command of index.stickyById.values()) {
      if (command.kind !== 'command') continue;
      for (const { event } of eventsOfCommand(index, command.id)) byEvent.set(event.id, [...(byEvent.get(event.id) ?? []), command]);
    }
    commandsByEvent.set(index, byEvent);
  }
  return byEvent.get(eventId) ?? [];
}

/** The command recorded as bringing an aggregate into existence, if any. */
export function creatingCommand(index: BoardIndex, aggregateId: string): Sticky | undefined {
  const aggregate = index.stickyById.get(aggregateId);
  const id = aggregate?.kind === 'aggregate' ? aggregate.creatingCommandId : undefined;
  const command = id === undefined ? undefined : index.stickyById.get(id);
  return command?.kind === 'command' ? command : undefined;
}

/** One command of an aggregate's lifecycle. */
export interface LifecycleCommand {
  readonly command: Sticky;
  /** States it is accepted in; `null` = every state (nothing recorded). */
  readonly acceptedIn: readonly string[] | null;
  readonly outcomes: readonly CommandOutcome[];
}

/** The Aggregate Design Canvas state-transition view of one aggregate. */
export interface LifecycleView {
  readonly aggregate: Sticky;
  readonly states: readonly string[];
  readonly invariants: readonly string[];
  readonly creatingCommand: Sticky | undefined;
  /** Commands invoked on the aggregate, in board link order. */
  readonly commands: readonly LifecycleCommand[];
  /** Resulting state per success event (events without a recorded state are absent). */
  readonly resultingState: ReadonlyMap<string, string>;
}

/** The lifecycle of an aggregate (empty lists when nothing is recorded); undefined for other stickies. */
export function lifecycleOf(index: BoardIndex, aggregateId: string): LifecycleView | undefined {
  const aggregate = index.stickyById.get(aggregateId);
  if (aggregate?.kind !== 'aggregate') return undefined;
  const lifecycle = aggregate.lifecycle;
  const accepted = new Map((lifecycle?.acceptedIn ?? []).map((a) => [a.commandId, a.states] as const));
  const resultingState = new Map<string, string>();
  for (const t of lifecycle?.transitions ?? []) if (index.stickyById.get(t.eventId)?.kind === 'event') resultingState.set(t.eventId, t.state);
  return {
    aggregate,
    states: lifecycle?.states ?? [],
    invariants: lifecycle?.invariants ?? [],
    creatingCommand: creatingCommand(index, aggregateId),
    commands: commandsOfAggregate(index, aggregateId).map((command) => ({
      command,
      acceptedIn: accepted.get(command.id) ?? null,
      outcomes: eventsOfCommand(index, command.id),
    })),
    resultingState,
  };
}

/**
 * How one field of an issued command gets its value: `explicit` (recorded), `byName`
 * (default: a triggering event's field with the same name), `unmapped` (nothing, or
 * recorded as unmapped) or `stale` (recorded, but the field it names is gone).
 */
export type MappingOrigin = 'explicit' | 'byName' | 'unmapped' | 'stale';

export interface MappedField {
  readonly field: Field;
  readonly source: FieldSource;
  readonly origin: MappingOrigin;
}

/** How a policy fills the fields of one command it issues. */
export interface PolicyCommandMapping {
  readonly policy: Sticky;
  readonly command: Sticky;
  /** The events that activate the policy. */
  readonly triggers: readonly Sticky[];
  readonly fields: readonly MappedField[];
  /** Required command fields with no value (`unmapped` or `stale`). */
  readonly unmappedRequired: readonly Field[];
}

/** Key under which two field names match by default: "order id", "orderId" and "order_id" agree. */
export const fieldNameKey = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function fieldOf(sticky: Sticky | undefined, name: string): Field | undefined {
  return sticky?.fields?.find((f) => f.name === name);
}

function resolve(index: BoardIndex, triggers: readonly Sticky[], field: Field, recorded: FieldSource | undefined): MappedField {
  if (recorded === undefined) {
    const key = fieldNameKey(field.name);
    for (const event of triggers) {
      const match = event.fields?.find((f) => fieldNameKey(f.name) === key);
      if (match) return { field, source: { kind: 'eventField', field: match.name }, origin: 'byName' };
    }
    return { field, source: { kind: 'unmapped' }, origin: 'unmapped' };
  }
  if (recorded.kind === 'unmapped') return { field, source: recorded, origin: 'unmapped' };
  if (recorded.kind === 'eventField' && !triggers.some((e) => fieldOf(e, recorded.field))) return { field, source: recorded, origin: 'stale' };
  if (recorded.kind === 'readModel') {
    const readModel = index.stickyById.get(recorded.readModelId);
    if (readModel?.kind !== 'readModel' || !fieldOf(readModel, recorded.field)) return { field, source: recorded, origin: 'stale' };
  }
  return { field, source: recorded, origin: 'explicit' };
}

/**
 * For each command a policy issues: where each of the command's fields comes from. A
 * recorded source wins; otherwise a field of a triggering event with a matching name
 * (see `fieldNameKey`); otherwise the field is unmapped, which lint reports and
 * generated code leaves as a visible TODO.
 */
export function policyMapping(index: BoardIndex, policyId: string): PolicyCommandMapping[] {
  const policy = index.stickyById.get(policyId);
  if (policy?.kind !== 'policy') return [];
  const triggers = eventsOfPolicy(index, policyId);
  return commandsIssuedBy(index, policyId).map((command) => {
    const recorded = policy.mappings?.find((m) => m.commandId === command.id);
    const fields = (command.fields ?? []).map((field) =>
      resolve(index, triggers, field, recorded?.fields.find((f) => f.field === field.name)?.source),
    );
    const unmappedRequired = fields.filter((f) => f.field.required && (f.origin === 'unmapped' || f.origin === 'stale')).map((f) => f.field);
    return { policy, command, triggers, fields, unmappedRequired };
  });
}

/** Name keys (see `fieldNameKey`) of a field that holds a lifecycle state. */
const LIFECYCLE_STATE_KEYS: ReadonlySet<string> = new Set(['state', 'status', 'lifecyclestate']);

/**
 * Whether a field of an aggregate, event or read model holds its aggregate's lifecycle
 * state: a single text field named "status", "state" or "lifecycle state" (any casing or
 * separators). Such a field is filled with the state an event moves the aggregate to
 * (`stateAfterEvent`), never left open when the lifecycle records that state.
 */
export function isLifecycleStateField(field: Pick<Field, 'name' | 'type' | 'list'>): boolean {
  return !field.list && (field.type === 'string' || field.type === 'text') && LIFECYCLE_STATE_KEYS.has(fieldNameKey(field.name));
}

const statesByEvent = new WeakMap<BoardIndex, Map<string, string>>();

/**
 * The lifecycle state a success event moves its aggregate to, as the aggregate's
 * lifecycle records it (the first aggregate in board order that does, among its states);
 * undefined when no lifecycle records one (the state stays as it is).
 */
export function stateAfterEvent(index: BoardIndex, eventId: string): string | undefined {
  let byEvent = statesByEvent.get(index);
  if (!byEvent) {
    byEvent = new Map();
    for (const aggregate of index.stickyById.values()) {
      if (aggregate.kind !== 'aggregate' || !aggregate.lifecycle) continue;
      const lifecycle = lifecycleOf(index, aggregate.id);
      for (const [event, state] of lifecycle?.resultingState ?? []) if (lifecycle?.states.includes(state) && !byEvent.has(event)) byEvent.set(event, state);
    }
    statesByEvent.set(index, byEvent);
  }
  return byEvent.get(eventId);
}

/** The value the lifecycle gives `field` when `eventId` happens (see `isLifecycleStateField`), if any. */
export function lifecycleStateFor(index: BoardIndex, eventId: string, field: Pick<Field, 'name' | 'type' | 'list'>): string | undefined {
  return isLifecycleStateField(field) ? stateAfterEvent(index, eventId) : undefined;
}
