import { z } from 'zod';
import { CodeName } from './CodeName';
import { Lifecycle, Outcome, PolicyMapping, Schedule } from './Decisions';
import { Field } from './Field';
import { Id, Point, Size } from './ids';
import { KINDS_WITH_FIELDS, PolicyMode, StickyKind } from './notation';

/**
 * One sticky note of any kind. Kind-specific properties are optional and only
 * allowed on their kind, so a file cannot say a command is "pivotal".
 */
export const Sticky = z
  .object({
    id: Id,
    kind: StickyKind,
    text: z.string().max(500),
    /** ASCII identifier for generated code; derived from `text` when absent (`codeNameOf`). */
    codeName: CodeName.optional(),
    description: z.string().max(10_000),
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
    outcomes: z.array(Outcome).max(200).optional(),
    /** aggregate: the command that brings it into existence (POST on the collection). */
    creatingCommandId: Id.optional(),
    /** aggregate: states, accepted-in states per command, resulting state per event, invariants. */
    lifecycle: Lifecycle.optional(),
    /** policy: how each command it issues gets its field values. */
    mappings: z.array(PolicyMapping).max(100).optional(),
    /** event: when a timed event happens. */
    schedule: Schedule.optional(),
  })
  .superRefine((sticky, ctx) => {
    const only = (key: keyof typeof sticky, kinds: readonly StickyKind[]) => {
      if (sticky[key] !== undefined && !kinds.includes(sticky.kind)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `"${key}" is only allowed on ${kinds.join(', ')} stickies, not on a ${sticky.kind}`,
        });
      }
    };
    only('pivotal', ['event']);
    only('timed', ['event']);
    only('public', ['event']);
    only('policyMode', ['policy']);
    only('resolved', ['hotspot']);
    only('fields', KINDS_WITH_FIELDS);
    only('outcomes', ['command']);
    only('creatingCommandId', ['aggregate']);
    only('lifecycle', ['aggregate']);
    only('mappings', ['policy']);
    only('schedule', ['event']);
    const outcomeIds = new Set<string>();
    sticky.outcomes?.forEach((outcome, i) => {
      if (outcomeIds.has(outcome.eventId)) ctx.addIssue({ code: 'custom', path: ['outcomes', i, 'eventId'], message: 'each event once per command' });
      outcomeIds.add(outcome.eventId);
    });
  });
export type Sticky = z.infer<typeof Sticky>;
