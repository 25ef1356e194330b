import { z } from 'zod';
import { freeText } from './text';
import { Field } from './Field';
import { Id } from './ids';
import { isCronExpression, isIsoDuration } from './schedule';

// Design decisions a board holds explicitly (reference §7) instead of guessing them from
// sticky positions or verb forms. They sit on the sticky they belong to (see `Sticky`).

/** Whether an outcome is what happens when the command succeeds or when it is refused. */
export const OUTCOME_KINDS = ['success', 'rejection'] as const;
export const OutcomeKind = z.enum(OUTCOME_KINDS);
export type OutcomeKind = z.infer<typeof OutcomeKind>;

/** One event a command may produce ("Payment Authorised": success, "Payment Declined": rejection). */
export const Outcome = z.object({ eventId: Id, kind: OutcomeKind });
export type Outcome = z.infer<typeof Outcome>;

/** A command's outcomes: at most 200. */
export const Outcomes = z.array(Outcome).max(200);

/** A lifecycle state name, e.g. "Draft" or "Submitted". */
export const StateName = freeText('name', { length: 1, message: 'a state needs a name' });

/**
 * The state-transition part of the ddd-crew Aggregate Design Canvas, on an aggregate
 * sticky: its states, per command the states it is accepted in (a command not listed is
 * accepted in every state), per success event the state it leads to, and the invariants
 * the aggregate enforces (as text).
 */
export const Lifecycle = z
  .object({
    states: z.array(StateName).max(100),
    acceptedIn: z.array(z.object({ commandId: Id, states: z.array(StateName).max(100) })).max(500),
    transitions: z.array(z.object({ eventId: Id, state: StateName })).max(500),
    invariants: z.array(freeText('paragraph', { length: 1, message: 'an invariant needs text' })).max(100),
  })
  .superRefine((lifecycle, ctx) => {
    const states = new Set(lifecycle.states);
    if (states.size !== lifecycle.states.length) ctx.addIssue({ code: 'custom', path: ['states'], message: 'each state once' });
    const unknown = (state: string, path: (string | number)[]) => {
      if (!states.has(state)) ctx.addIssue({ code: 'custom', path, message: `"${state}" is not one of the aggregate's states` });
    };
    lifecycle.acceptedIn.forEach((entry, i) => entry.states.forEach((s, j) => unknown(s, ['acceptedIn', i, 'states', j])));
    lifecycle.transitions.forEach((t, i) => unknown(t.state, ['transitions', i, 'state']));
  });
export type Lifecycle = z.infer<typeof Lifecycle>;

/** An aggregate lifecycle with nothing decided yet. */
export function emptyLifecycle(): Lifecycle {
  return { states: [], acceptedIn: [], transitions: [], invariants: [] };
}

/**
 * Where a policy takes the value of one field of the command it issues: a field of the
 * triggering event, a constant, a field of a read model it looks up, or explicitly
 * nothing yet ("unmapped": lint reports it, generated code leaves a TODO).
 */
export const FieldSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('eventField'), field: Field.shape.name }),
  z.object({ kind: z.literal('constant'), value: freeText('paragraph') }),
  z.object({ kind: z.literal('readModel'), readModelId: Id, field: Field.shape.name }),
  z.object({ kind: z.literal('unmapped') }),
]);
export type FieldSource = z.infer<typeof FieldSource>;

/** How one policy fills the fields of one command it issues (fields not listed default by name). */
export const PolicyMapping = z.object({
  commandId: Id,
  fields: z.array(z.object({ field: Field.shape.name, source: FieldSource })).max(200),
});
export type PolicyMapping = z.infer<typeof PolicyMapping>;

/** A policy's mappings, one per issued command: at most 100. */
export const PolicyMappings = z.array(PolicyMapping).max(100);

/**
 * When a timed event happens: a five-field cron expression ("0 2 * * *"), or an ISO 8601
 * duration after another event ("P14D" after "Book Lent").
 */
export const Schedule = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('cron'),
    expression: z.string().max(200).refine(isCronExpression, 'a cron expression of five fields, e.g. "0 2 * * *"'),
  }),
  z.object({
    kind: z.literal('after'),
    duration: z.string().max(100).refine(isIsoDuration, 'an ISO 8601 duration, e.g. "P14D" or "PT2H"'),
    eventId: Id,
  }),
]);
export type Schedule = z.infer<typeof Schedule>;

/**
 * Where an updating event carries one key field of a read-model row: one of its own
 * fields, or the id of the aggregate that produced it (lean events carry only that).
 */
export const KeySource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('eventField'), field: Field.shape.name }),
  z.object({ kind: z.literal('aggregateId') }),
]);
export type KeySource = z.infer<typeof KeySource>;

/**
 * How one updating event finds the row it changes: by its values for the key fields
 * (`find`: the row with that key, created when there is none yet), or it always starts a
 * new row with a fresh key (`creates`: a log of entries).
 */
export const RowLookup = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('find'), parts: z.array(z.object({ keyField: Field.shape.name, source: KeySource })).max(10) }),
  z.object({ kind: z.literal('creates') }),
]);
export type RowLookup = z.infer<typeof RowLookup>;

/**
 * A read model's row key (reference §7), on the read-model sticky: the field(s) naming a
 * row, and per updating event how the row is found. An event not listed, or a key field
 * a `find` does not cover, is open: lint R2 reports it and generated code leaves a TODO.
 */
export const ReadModelKey = z
  .object({
    fields: z.array(Field.shape.name).max(10),
    events: z.array(z.object({ eventId: Id, row: RowLookup })).max(500),
  })
  .superRefine((key, ctx) => {
    if (new Set(key.fields).size !== key.fields.length) ctx.addIssue({ code: 'custom', path: ['fields'], message: 'each key field once' });
    const events = new Set<string>();
    key.events.forEach((e, i) => {
      if (events.has(e.eventId)) ctx.addIssue({ code: 'custom', path: ['events', i, 'eventId'], message: 'each event once' });
      events.add(e.eventId);
    });
  });
export type ReadModelKey = z.infer<typeof ReadModelKey>;
