import { z } from 'zod';
import { Id } from './ids';

export const GoalKind = z.enum(['goal', 'nonGoal']);
export type GoalKind = z.infer<typeof GoalKind>;

/** A goal or non-goal of the workshop, with measurable key results. */
export const Goal = z.object({
  id: Id,
  kind: GoalKind,
  text: z.string().max(2000),
  keyResults: z.array(z.string().max(2000)),
});
export type Goal = z.infer<typeof Goal>;
