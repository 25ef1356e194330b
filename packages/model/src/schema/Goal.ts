import { z } from 'zod';
import { freeText } from './text';
import { Id } from './ids';

export const GoalKind = z.enum(['goal', 'nonGoal']);
export type GoalKind = z.infer<typeof GoalKind>;

/** A goal or non-goal of the workshop, with measurable key results. */
export const Goal = z.object({
  id: Id,
  kind: GoalKind,
  text: freeText('paragraph'),
  keyResults: z.array(freeText('paragraph')),
});
export type Goal = z.infer<typeof Goal>;
