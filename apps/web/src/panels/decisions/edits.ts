import type { FieldSource, KeySource, Lifecycle, Outcome, OutcomeKind, PolicyMapping, ReadModelKey, RowLookup } from '@stormscape/model';
import { CodeName, emptyLifecycle, Schedule, StateName } from '@stormscape/model';

// Pure edits of the design decisions a sticky holds (reference §7). The panels compute the
// next value here and write it whole through `actions.updateSticky`, so each edit is one
// undoable transaction and the model's schema has the last word.

/** `outcomes` with `eventId` set to `kind`, or removed (`null`); order of the others kept. */
export function withOutcome(outcomes: readonly Outcome[], eventId: string, kind: OutcomeKind | null): Outcome[] {
  const at = outcomes.findIndex((o) => o.eventId === eventId);
  if (kind === null) return outcomes.filter((o) => o.eventId !== eventId);
  if (at < 0) return [...outcomes, { eventId, kind }];
  return outcomes.map((o, i) => (i === at ? { eventId, kind } : o));
}

/** The suggested outcomes for events nobody decided yet, added after the recorded ones. */
export function withSuggestedOutcomes(recorded: readonly Outcome[], suggested: readonly Outcome[]): Outcome[] {
  const decided = new Set(recorded.map((o) => o.eventId));
  return [...recorded, ...suggested.filter((o) => !decided.has(o.eventId))];
}

/** Why `name` cannot be a (new or renamed) state of `lifecycle`, or null when it can. */
export function stateNameIssue(lifecycle: Lifecycle | undefined, name: string, renaming?: string): string | null {
  const parsed = StateName.safeParse(name.trim());
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'not a state name';
  if (name.trim() !== renaming && (lifecycle?.states ?? []).includes(name.trim())) return `there is already a state "${name.trim()}"`;
  return null;
}

const lifecycleOrEmpty = (lifecycle: Lifecycle | undefined): Lifecycle => lifecycle ?? emptyLifecycle();

/** `lifecycle` with one more state (trimmed). */
export function withState(lifecycle: Lifecycle | undefined, name: string): Lifecycle {
  const l = lifecycleOrEmpty(lifecycle);
  return { ...l, states: [...l.states, name.trim()] };
}

/** `lifecycle` with state `from` renamed to `to` everywhere it is used. */
export function withStateRenamed(lifecycle: Lifecycle, from: string, to: string): Lifecycle {
  const name = to.trim();
  const rename = (s: string) => (s === from ? name : s);
  return {
    ...lifecycle,
    states: lifecycle.states.map(rename),
    acceptedIn: lifecycle.acceptedIn.map((a) => ({ ...a, states: a.states.map(rename) })),
    transitions: lifecycle.transitions.map((t) => ({ ...t, state: rename(t.state) })),
  };
}

/**
 * `lifecycle` without state `name`: commands no longer list it (a command left with no
 * state is accepted in every state again) and events that led to it lead nowhere recorded.
 */
export function withoutState(lifecycle: Lifecycle, name: string): Lifecycle {
  return {
    ...lifecycle,
    states: lifecycle.states.filter((s) => s !== name),
    acceptedIn: lifecycle.acceptedIn.map((a) => ({ ...a, states: a.states.filter((s) => s !== name) })).filter((a) => a.states.length > 0),
    transitions: lifecycle.transitions.filter((t) => t.state !== name),
  };
}

/** `lifecycle` with `commandId` accepted only in `states` (none = every state, nothing recorded). */
export function withAcceptedIn(lifecycle: Lifecycle | undefined, commandId: string, states: readonly string[]): Lifecycle {
  const l = lifecycleOrEmpty(lifecycle);
  const others = l.acceptedIn.filter((a) => a.commandId !== commandId);
  // Keep the aggregate's state order, whatever order they were ticked in.
  const ordered = l.states.filter((s) => states.includes(s));
  const at = l.acceptedIn.findIndex((a) => a.commandId === commandId);
  if (ordered.length === 0) return { ...l, acceptedIn: others };
  const entry = { commandId, states: ordered };
  return { ...l, acceptedIn: at < 0 ? [...others, entry] : l.acceptedIn.map((a, i) => (i === at ? entry : a)) };
}

/** `lifecycle` with `eventId` leading to `state`, or to no recorded state (`null`). */
export function withTransition(lifecycle: Lifecycle | undefined, eventId: string, state: string | null): Lifecycle {
  const l = lifecycleOrEmpty(lifecycle);
  const at = l.transitions.findIndex((t) => t.eventId === eventId);
  if (state === null) return { ...l, transitions: l.transitions.filter((t) => t.eventId !== eventId) };
  if (at < 0) return { ...l, transitions: [...l.transitions, { eventId, state }] };
  return { ...l, transitions: l.transitions.map((t, i) => (i === at ? { eventId, state } : t)) };
}

/** `lifecycle` with its invariants replaced. */
export function withInvariants(lifecycle: Lifecycle | undefined, invariants: readonly string[]): Lifecycle {
  return { ...lifecycleOrEmpty(lifecycle), invariants: [...invariants] };
}

/** A policy's mappings with `field` of `commandId` recorded as coming from `source`. */
export function withFieldSource(mappings: readonly PolicyMapping[], commandId: string, field: string, source: FieldSource): PolicyMapping[] {
  const at = mappings.findIndex((m) => m.commandId === commandId);
  const current = at < 0 ? { commandId, fields: [] } : mappings[at]!;
  const fields = current.fields.some((f) => f.field === field)
    ? current.fields.map((f) => (f.field === field ? { field, source } : f))
    : [...current.fields, { field, source }];
  const next = { commandId, fields };
  return at < 0 ? [...mappings, next] : mappings.map((m, i) => (i === at ? next : m));
}

/** Why `text` is not a code name (the model's rule), or null when it is one or empty (= derive). */
export function codeNameIssue(text: string): string | null {
  if (text === '') return null;
  const parsed = CodeName.safeParse(text);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'not a code name');
}

/** A schedule as its editor holds it while someone types (not yet valid). */
export interface ScheduleDraft {
  kind: 'none' | 'cron' | 'after';
  expression: string;
  duration: string;
  eventId: string;
}

/** The draft a stored schedule starts the editor with. */
export function scheduleDraft(schedule: Schedule | undefined): ScheduleDraft {
  if (!schedule) return { kind: 'none', expression: '', duration: '', eventId: '' };
  if (schedule.kind === 'cron') return { kind: 'cron', expression: schedule.expression, duration: '', eventId: '' };
  return { kind: 'after', expression: '', duration: schedule.duration, eventId: schedule.eventId };
}

/**
 * The schedule a draft stands for, checked by the model's `Schedule` schema: `null` for
 * "no schedule", or the problems (readable, one per field) that keep it from being one.
 */
export function parseScheduleDraft(draft: ScheduleDraft): { ok: true; schedule: Schedule | null } | { ok: false; issues: string[] } {
  if (draft.kind === 'none') return { ok: true, schedule: null };
  const candidate =
    draft.kind === 'cron' ? { kind: 'cron', expression: draft.expression.trim() } : { kind: 'after', duration: draft.duration.trim(), eventId: draft.eventId };
  if (draft.kind === 'after' && draft.eventId === '') {
    const rest = Schedule.safeParse({ ...candidate, eventId: 'x' });
    return { ok: false, issues: ['choose the event it follows', ...(rest.success ? [] : rest.error.issues.map((i) => i.message))] };
  }
  const parsed = Schedule.safeParse(candidate);
  return parsed.success ? { ok: true, schedule: parsed.data } : { ok: false, issues: parsed.error.issues.map((i) => i.message) };
}

const keyOrEmpty = (rowKey: ReadModelKey | undefined): ReadModelKey => rowKey ?? { fields: [], events: [] };

/**
 * `rowKey` with `fields` as its key fields (in the read model's field order, given by the
 * caller): lookups lose the parts of fields no longer in the key, so nothing names a
 * field the key does not have.
 */
export function withKeyFields(rowKey: ReadModelKey | undefined, fields: readonly string[]): ReadModelKey {
  const k = keyOrEmpty(rowKey);
  const events = k.events.map((e) => (e.row.kind === 'find' ? { ...e, row: { ...e.row, parts: e.row.parts.filter((p) => fields.includes(p.keyField)) } } : e));
  return { fields: [...fields], events };
}

/** `rowKey` with how `eventId` finds its row set to `row`, or undecided (`null`). */
export function withRowLookup(rowKey: ReadModelKey | undefined, eventId: string, row: RowLookup | null): ReadModelKey {
  const k = keyOrEmpty(rowKey);
  const others = k.events.filter((e) => e.eventId !== eventId);
  if (row === null) return { ...k, events: others };
  const at = k.events.findIndex((e) => e.eventId === eventId);
  const entry = { eventId, row };
  return { ...k, events: at < 0 ? [...k.events, entry] : k.events.map((e, i) => (i === at ? entry : e)) };
}

/** `rowKey` with `eventId` finding key field `keyField` through `source` (other key fields kept). */
export function withKeyPart(rowKey: ReadModelKey | undefined, eventId: string, keyField: string, source: KeySource): ReadModelKey {
  const current = keyOrEmpty(rowKey).events.find((e) => e.eventId === eventId)?.row;
  const parts = current?.kind === 'find' ? current.parts.filter((p) => p.keyField !== keyField) : [];
  return withRowLookup(rowKey, eventId, { kind: 'find', parts: [...parts, { keyField, source }] });
}
