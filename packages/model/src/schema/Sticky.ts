import { z } from 'zod';
import { freeText } from './text';
import { CodeName } from './CodeName';
import { Lifecycle, Outcomes, PolicyMappings, ReadModelKey, Schedule } from './Decisions';
import { Field } from './Field';
import { Id, Point, Size } from './ids';
import { KINDS_WITH_FIELDS, PolicyMode, STICKY_KINDS, StickyKind } from './notation';

/**
 * The kinds each optional, kind-specific sticky property is allowed on (the code name on
 * every kind). The schema refuses the others; the Yjs readers drop them and the
 * mutation helpers remove them when a sticky changes kind.
 */
export const STICKY_PROPERTY_KINDS = {
  pivotal: ['event'],
  timed: ['event'],
  public: ['event'],
  policyMode: ['policy'],
  resolved: ['hotspot'],
  fields: KINDS_WITH_FIELDS,
  codeName: STICKY_KINDS,
  outcomes: ['command'],
  creatingCommandId: ['aggregate'],
  lifecycle: ['aggregate'],
  mappings: ['policy'],
  schedule: ['event'],
  rowKey: ['readModel'],
} as const satisfies Record<string, readonly StickyKind[]>;
export type StickyPropertyKey = keyof typeof STICKY_PROPERTY_KINDS;
/** Every optional, kind-specific sticky property, in a fixed order. */
export const STICKY_PROPERTY_KEYS = Object.keys(STICKY_PROPERTY_KINDS) as readonly StickyPropertyKey[];

/** Whether a sticky of `kind` may carry the optional property `key`. */
export function allowsProperty(kind: StickyKind, key: StickyPropertyKey): boolean {
  return (STICKY_PROPERTY_KINDS[key] as readonly StickyKind[]).includes(kind);
}

/**
 * One sticky note of any kind. Kind-specific properties are optional and only
 * allowed on their kind, so a file cannot say a command is "pivotal".
 */
export const Sticky = z
  .object({
    id: Id,
    kind: StickyKind,
    text: freeText('stickyText'),
    /** ASCII identifier for generated code; derived from `text` when absent (`codeNameOf`). */
    codeName: CodeName.optional(),
    description: freeText('description'),
    position: Point,
    size: Size,
    /** Swimlane the sticky sits in, if any. */
    laneId: Id.nullable(),
    /** event: a pivotal event (candidate context boundary). */
    pivotal: z.boolean().optional(),
    /** event: raised by time, needs no command. */
    timed: z.boolean().optional(),
    /** event: published for other contexts even if nobody on the board consumes it. */
    public: z.boolean().optional(),
    /** policy: manual (an actor decides) or automated. */
    policyMode: PolicyMode.optional(),
    /** hotspot: the question has been answered. */
    resolved: z.boolean().optional(),
    /** command, event, aggregate, read model: data fields. */
    fields: z.array(Field).optional(),
    /** command: the events it may produce, each a success or a rejection (reference §7). */
    outcomes: Outcomes.optional(),
    /** aggregate: the command that brings it into existence (POST on the collection). */
    creatingCommandId: Id.optional(),
    /** aggregate: states, accepted-in states per command, resulting state per event, invariants. */
    lifecycle: Lifecycle.optional(),
    /** policy: how each command it issues gets its field values. */
    mappings: PolicyMappings.optional(),
    /** event: when a timed event happens. */
    schedule: Schedule.optional(),
    /** read model: its row key and how each updating event finds its row. */
    rowKey: ReadModelKey.optional(),
  })
  .superRefine((sticky, ctx) => {
    for (const key of STICKY_PROPERTY_KEYS) {
      if (sticky[key] !== undefined && !allowsProperty(sticky.kind, key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `"${key}" is only allowed on ${STICKY_PROPERTY_KINDS[key].join(', ')} stickies, not on a ${sticky.kind}`,
        });
      }
    }
    const outcomeIds = new Set<string>();
    sticky.outcomes?.forEach((outcome, i) => {
      if (outcomeIds.has(outcome.eventId)) ctx.addIssue({ code: 'custom', path: ['outcomes', i, 'eventId'], message: 'each event once per command' });
      outcomeIds.add(outcome.eventId);
    });
  });
export type Sticky = z.infer<typeof Sticky>;
