import { z } from 'zod';
import { freeText } from './text';
import { Colour, Id } from './ids';

export const SlicePath = z.enum(['happy', 'unhappy']);
export type SlicePath = z.infer<typeof SlicePath>;

/** One end-to-end flow, as an ordered list of event ids, designed first. */
export const ThinSlice = z.object({
  id: Id,
  name: freeText('name'),
  colour: Colour,
  path: SlicePath,
  eventIds: z.array(Id),
});
export type ThinSlice = z.infer<typeof ThinSlice>;
