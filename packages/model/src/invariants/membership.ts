import { compareIds } from '../schema/ids';

// Invariant: a sticky belongs to at most one bounded context. Concurrent joins on two
// replicas can leave a sticky claimed by several; the context with the smallest id
// (code-unit order) keeps it. The file check reports the other claims, and docToBoard
// and the web store drop exactly those, so every reader shows the same membership.

interface Claims {
  readonly id: string;
  readonly memberIds: readonly string[];
}

/**
 * The context each sticky belongs to: sticky id → id of the context that keeps it (the
 * smallest id among the contexts claiming it). Members for which `isSticky` is false
 * (deleted, or not a sticky) belong nowhere.
 */
export function membershipOwners(contexts: Iterable<Claims>, isSticky: (id: string) => boolean): Map<string, string> {
  const owners = new Map<string, string>();
  for (const context of contexts) {
    for (const member of context.memberIds) {
      if (!isSticky(member)) continue;
      const current = owners.get(member);
      if (current === undefined || compareIds(context.id, current) < 0) owners.set(member, context.id);
    }
  }
  return owners;
}

/**
 * The repair: each context with the members it keeps (stickies it owns, each once, in
 * their order). Returns new objects only for contexts that lose a member.
 */
export function withOwnedMembers<T extends Claims>(contexts: readonly T[], isSticky: (id: string) => boolean): T[] {
  const owners = membershipOwners(contexts, isSticky);
  return contexts.map((context) => {
    const seen = new Set<string>();
    const kept = context.memberIds.filter((id) => owners.get(id) === context.id && !seen.has(id) && (seen.add(id), true));
    return kept.length === context.memberIds.length ? context : { ...context, memberIds: kept };
  });
}
