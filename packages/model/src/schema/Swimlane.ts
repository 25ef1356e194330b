import { z } from 'zod';
import { freeText } from './text';
import { Id } from './ids';

/** A horizontal band across the board, per actor or department. */
export const Swimlane = z.object({
  id: Id,
  name: freeText('name'),
  y: z.number().finite(),
  height: z.number().finite().positive(),
});
export type Swimlane = z.infer<typeof Swimlane>;
