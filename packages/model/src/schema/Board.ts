import { z } from 'zod';
import { freeText } from './text';
import { BorisOverrides } from './BorisOverrides';
import { BoundedContext } from './BoundedContext';
import { ContextRelationship } from './ContextRelationship';
import { Goal } from './Goal';
import { Link } from './Link';
import { SnapOverrides } from './SnapOverrides';
import { Sticky } from './Sticky';
import { Swimlane } from './Swimlane';
import { ThinSlice } from './ThinSlice';

/**
 * The whole board. Shape only: cross-record integrity (unique ids, no dangling
 * references, links that follow the grammar) is checked by `checkBoardIntegrity`.
 */
export const Board = z.object({
  name: freeText('name'),
  goals: z.array(Goal),
  stickies: z.array(Sticky),
  links: z.array(Link),
  contexts: z.array(BoundedContext),
  relationships: z.array(ContextRelationship),
  swimlanes: z.array(Swimlane),
  slices: z.array(ThinSlice),
  boris: BorisOverrides,
  snap: SnapOverrides,
});
export type Board = z.infer<typeof Board>;
