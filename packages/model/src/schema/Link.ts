import { z } from 'zod';
import { freeText } from './text';
import { Id } from './ids';

/** Relations of the grammar (reference §3). */
export const LINK_KINDS = [
  'issues', // actor / UI / policy -> command
  'observes', // actor -> read model
  'invokedOn', // command -> aggregate / external system
  'produces', // aggregate / external system -> event
  'activates', // event -> policy
  'updates', // event -> read model
  'informs', // read model -> policy / actor
  'annotates', // hotspot / opportunity / note -> anything
  'precedes', // event -> event (big-picture timeline; E2 warns at design level)
] as const;
export const LinkKind = z.enum(LINK_KINDS);
export type LinkKind = z.infer<typeof LinkKind>;

/** A directed, typed connection between two stickies. */
export const Link = z.object({
  id: Id,
  kind: LinkKind,
  from: Id,
  to: Id,
  label: freeText('label'),
});
export type Link = z.infer<typeof Link>;
