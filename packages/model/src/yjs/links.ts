import type * as Y from 'yjs';
import { inferLinkKind } from '../grammar';
import { clipText, TEXT_LIMITS } from '../schema/text';
import type { LinkKind } from '../schema/Link';
import { boardMaps, stickyMap } from './layout';
import { assertNewId, newId } from './newId';
import { readLink, readSticky } from './read';
import { putPlain, transact } from './write';

/** Outcome of {@link addLink} / {@link checkLink}; `reason` is a sentence for the user. */
export type LinkResult = { ok: true; id: string; kind: LinkKind } | { ok: false; reason: string };

/**
 * Whether a link from `from` to `to` may be drawn now, and of which kind, without
 * writing anything (for live feedback while the user drags a connection). The returned
 * `id` is empty.
 */
export function checkLink(doc: Y.Doc, from: string, to: string): LinkResult {
  const a = readSticky(stickyMap(doc, from), from);
  const b = readSticky(stickyMap(doc, to), to);
  if (!a || !b) return { ok: false, reason: 'That sticky no longer exists.' };
  if (from === to) return { ok: false, reason: 'A sticky cannot connect to itself.' };
  const inferred = inferLinkKind(a.kind, b.kind);
  if (!inferred.ok) return inferred;
  for (const [id, value] of boardMaps(doc).links.entries()) {
    const link = readLink(id, value);
    if (link && link.from === from && link.to === to) return { ok: false, reason: 'These stickies are already connected.' };
  }
  return { ok: true, id: '', kind: inferred.kind };
}

/**
 * Connects two stickies with the link kind the grammar infers from their kinds. Writes
 * nothing and returns `{ ok: false, reason }` when the grammar forbids it, an end is
 * missing, it would connect a sticky to itself or the same link already exists. The
 * label is clipped to `TEXT_LIMITS.label`.
 */
export function addLink(
  doc: Y.Doc,
  from: string,
  to: string,
  options: { label?: string; id?: string } = {},
  origin?: unknown,
): LinkResult {
  const id = options.id === undefined ? newId() : assertNewId(options.id);
  return transact(doc, origin, (): LinkResult => {
    const check = checkLink(doc, from, to);
    if (!check.ok) return check;
    putPlain(boardMaps(doc).links, { id, kind: check.kind, from, to, label: clipText(options.label ?? '', TEXT_LIMITS.label) });
    return { ok: true, id, kind: check.kind };
  });
}

/** Sets a link's label (clipped to `TEXT_LIMITS.label`); does nothing if the link is gone. */
export function updateLink(doc: Y.Doc, id: string, patch: { label: string }, origin?: unknown): void {
  transact(doc, origin, () => {
    const links = boardMaps(doc).links;
    const link = readLink(id, links.get(id));
    if (link) putPlain(links, { ...link, label: clipText(patch.label, TEXT_LIMITS.label) });
  });
}

/** Deletes links by id (unknown ids are ignored). */
export function deleteLinks(doc: Y.Doc, ids: readonly string[], origin?: unknown): void {
  transact(doc, origin, () => {
    const links = boardMaps(doc).links;
    for (const id of ids) links.delete(id);
  });
}

/** Deletes one link; same as `deleteLinks(doc, [id], origin)`. */
export function deleteLink(doc: Y.Doc, id: string, origin?: unknown): void {
  deleteLinks(doc, [id], origin);
}
