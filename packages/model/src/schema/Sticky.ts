import { z } from 'zod';
import { CodeName } from './CodeName';
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
  });
export type Sticky = z.infer<typeof Sticky>;
