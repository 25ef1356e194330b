import { inferLinkKind, isAllowedLink } from '../grammar';
import type { Link } from '../schema/Link';
import type { StickyKind } from '../schema/notation';

/**
 * Invariant: a link connects two different existing stickies, with a kind the grammar
 * allows between their kinds (the file check reports each breach at the link). The
 * repair, for what concurrent edits leave behind: a link whose end is gone, or that
 * connects a sticky to itself, is dropped; after a concurrent kind change its kind is
 * re-inferred from the grammar, or the link is dropped when no kind fits. Returns
 * `link` itself when it is sound.
 */
export function repairLink(link: Link, kindOf: (id: string) => StickyKind | undefined): Link | null {
  const from = kindOf(link.from);
  const to = kindOf(link.to);
  if (!from || !to || link.from === link.to) return null;
  if (isAllowedLink(link.kind, from, to)) return link;
  const inferred = inferLinkKind(from, to);
  return inferred.ok ? { ...link, kind: inferred.kind } : null;
}
