import { GRAMMAR, isAllowedLink } from '../grammar';
import type { Board } from '../schema/Board';
import { isReservedId } from '../schema/ids';
import { isDanglingLane, membershipOwners, RECORD_TYPES, relationshipBreaches, sliceEventBreaches } from '../invariants/index';
import type { RecordType } from '../invariants/index';
import { LINK_KINDS } from '../schema/Link';
import type { LinkKind } from '../schema/Link';
import { STICKY_KINDS } from '../schema/notation';
import type { StickyKind } from '../schema/notation';
import type { BoardFileError, PathSegment } from './BoardFileError';
import { ErrorList, formatPath, preview } from './BoardFileError';

type Obj = Record<string, unknown>;
type RecordKind = RecordType;

const asObj = (v: unknown): Obj | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const asList = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
const asStr = (o: Obj | undefined, key: string): string | undefined => {
  const v = o?.[key];
  return typeof v === 'string' ? v : undefined;
};
const stickyKinds: ReadonlySet<string> = new Set(STICKY_KINDS);
const linkKinds: ReadonlySet<string> = new Set(LINK_KINDS);

/** In the order record types claim ids, so a duplicate is reported where the repair drops it. */
const COLLECTIONS: readonly (readonly [RecordKind, readonly string[]])[] = RECORD_TYPES.map(({ type, path }) => [type, path] as const);

const q = (id: string) => JSON.stringify(preview(id));
const ruleFor = (kind: LinkKind) => GRAMMAR.find((r) => r.kind === kind);
const sideText = (side: readonly StickyKind[] | 'any') => (side === 'any' ? 'any sticky' : side.join(' or '));

/**
 * Cross-record checks zod cannot express. Works on any value (typed or not), skipping
 * what has the wrong shape, so a file with type errors still gets its dangling ids
 * reported in the same pass. Linear in the size of the board.
 */
export function collectIntegrityErrors(boardValue: unknown, errors: ErrorList, prefix: readonly PathSegment[]): void {
  const board = asObj(boardValue);
  if (!board) return;
  const at = (...rest: PathSegment[]) => [...prefix, ...rest];
  /** id → the record that first defined it. */
  const owners = new Map<string, { kind: RecordKind; keys: readonly string[]; index: number }>();
  /** Kinds of later records reusing an id, so a duplicate is reported once, not at every reference. */
  const reusedAs = new Map<string, Set<RecordKind>>();
  const stickyKind = new Map<string, StickyKind | null>();
  const ownerPath = (owner: { keys: readonly string[]; index: number }) => formatPath(at(...owner.keys, owner.index));

  for (const [kind, keys] of COLLECTIONS) {
    const container = keys.length === 2 ? asObj(board[keys[0] as string]) : board;
    const items = asList(container?.[keys[keys.length - 1] as string]);
    for (let i = 0; i < items.length; i++) {
      const record = asObj(items[i]);
      const id = asStr(record, 'id');
      if (id === undefined) continue;
      if (isReservedId(id)) errors.add(at(...keys, i, 'id'), `the id ${q(id)} is reserved`, 'an id that is not a built-in object property name');
      const first = owners.get(id);
      if (first) {
        reusedAs.set(id, (reusedAs.get(id) ?? new Set()).add(kind));
        errors.add(at(...keys, i, 'id'), `duplicate id ${q(id)}: already used by the ${first.kind} at ${ownerPath(first)}`, 'ids unique across the whole board');
        continue;
      }
      owners.set(id, { kind, keys, index: i });
      if (kind === 'sticky') {
        const k = asStr(record, 'kind');
        stickyKind.set(id, k !== undefined && stickyKinds.has(k) ? (k as StickyKind) : null);
      }
    }
  }

  /** Whether `id` names a record of kind `want` (a duplicate id is reported once, at the duplicate). */
  const isOf = (id: string, want: RecordKind): boolean => owners.get(id)?.kind === want || reusedAs.get(id)?.has(want) === true;
  /** Checks that `id` names a record of kind `want`; reports and returns false if not. */
  const ref = (path: () => PathSegment[], id: string, want: RecordKind, what: string): boolean => {
    const owner = owners.get(id);
    if (isOf(id, want)) return true;
    if (!owner) errors.add(path(), `${what} ${q(id)} does not exist`, `the id of a ${want} on this board`);
    else errors.add(path(), `${what} ${q(id)} is a ${owner.kind}, not a ${want}`, `the id of a ${want} on this board`);
    return false;
  };

  /** Checks that `id` names a sticky of kind `want` (an outcome's event, a mapping's command, …). */
  const stickyRef = (path: () => PathSegment[], id: unknown, want: StickyKind, what: string): void => {
    if (typeof id !== 'string' || !ref(path, id, 'sticky', what)) return;
    const kind = stickyKind.get(id);
    if (kind && kind !== want) errors.add(path(), `sticky ${q(id)} is ${an(KIND_NAMES[kind])}, not ${an(KIND_NAMES[want])}`, `the id of ${an(KIND_NAMES[want])} sticky`);
  };

  asList(board.stickies).forEach((item, i) => {
    const sticky = asObj(item);
    const laneId = asStr(sticky, 'laneId');
    // invariants/lanes.ts; `ref` says why the id names no lane.
    if (laneId !== undefined && isDanglingLane(laneId, (id) => isOf(id, 'swimlane'))) ref(() => at('stickies', i, 'laneId'), laneId, 'swimlane', 'swimlane');
    collectDecisionRefs(sticky, (keys, id, want, what) => stickyRef(() => at('stickies', i, ...keys), id, want, what));
  });

  asList(board.links).forEach((item, i) => {
    const link = asObj(item);
    const from = asStr(link, 'from');
    const to = asStr(link, 'to');
    const okFrom = from !== undefined && ref(() => at('links', i, 'from'), from, 'sticky', 'sticky');
    const okTo = to !== undefined && ref(() => at('links', i, 'to'), to, 'sticky', 'sticky');
    if (!okFrom || !okTo) return;
    if (from === to) {
      errors.add(at('links', i), `link connects sticky ${q(from)} to itself`, 'two different stickies');
      return;
    }
    const kind = asStr(link, 'kind');
    const fromKind = stickyKind.get(from);
    const toKind = stickyKind.get(to);
    if (kind === undefined || !linkKinds.has(kind) || !fromKind || !toKind) return;
    if (!isAllowedLink(kind as LinkKind, fromKind, toKind)) {
      const rule = ruleFor(kind as LinkKind);
      const expected = rule ? `"${kind}" goes from ${sideText(rule.from)} to ${sideText(rule.to)}` : undefined;
      errors.add(at('links', i, 'kind'), `a "${kind}" link cannot go from a ${fromKind} to a ${toKind}`, expected);
    }
  });

  // A sticky in at most one context: every claim but the owner's (the smallest context id,
  // invariants/membership.ts) is reported, which is exactly what the repair drops.
  const claims = asList(board.contexts).flatMap((item, index) => {
    const context = asObj(item);
    const id = asStr(context, 'id');
    return id === undefined ? [] : [{ id, index, memberIds: asList(context?.memberIds).filter((m): m is string => typeof m === 'string') }];
  });
  const memberOwners = membershipOwners(claims, (id) => stickyKind.has(id));
  const indexOf = new Map<string, number>();
  for (const claim of claims) if (!indexOf.has(claim.id)) indexOf.set(claim.id, claim.index);
  asList(board.contexts).forEach((item, c) => {
    const contextId = asStr(asObj(item), 'id');
    const seen = new Set<string>();
    asList(asObj(item)?.memberIds).forEach((member, m) => {
      if (typeof member !== 'string') return;
      const path = () => at('contexts', c, 'memberIds', m);
      if (!ref(path, member, 'sticky', 'member')) return;
      if (seen.has(member)) return errors.add(path(), `sticky ${q(member)} is listed twice`, 'each member once');
      seen.add(member);
      const owner = memberOwners.get(member);
      const ownerIndex = owner === undefined ? undefined : indexOf.get(owner);
      if (owner !== contextId && ownerIndex !== undefined && ownerIndex !== c) {
        errors.add(path(), `sticky ${q(member)} is already a member of the context at ${formatPath(at('contexts', ownerIndex))}`, 'a sticky in at most one bounded context (the one with the smallest id keeps it)');
      }
    });
  });

  // invariants/relationships.ts: each missing end (`ref` says why), or one context at both ends.
  asList(board.relationships).forEach((item, r) => {
    const rel = asObj(item);
    const upstreamId = asStr(rel, 'upstreamId');
    const downstreamId = asStr(rel, 'downstreamId');
    const isContext = (id: string) => isOf(id, 'context');
    const ends = { upstreamId: upstreamId ?? '', downstreamId: downstreamId ?? '' };
    for (const breach of relationshipBreaches(ends, isContext)) {
      if (breach === 'sameContext') errors.add(at('relationships', r), `relationship connects context ${q(ends.upstreamId)} to itself`, 'two different contexts');
      else if (asStr(rel, breach) !== undefined) ref(() => at('relationships', r, breach), ends[breach], 'context', 'context');
    }
  });

  // invariants/slices.ts: each entry the repair drops; `ref` says why an id names no sticky.
  asList(board.slices).forEach((item, s) => {
    const eventIds = asList(asObj(item)?.eventIds);
    const strings = eventIds.flatMap((id, e) => (typeof id === 'string' ? [{ id, e }] : []));
    const kindOf = (id: string) => (isOf(id, 'sticky') ? (stickyKind.get(id) ?? null) : undefined);
    for (const { index, eventId, breach } of sliceEventBreaches(strings.map((x) => x.id), kindOf)) {
      const path = () => at('slices', s, 'eventIds', strings[index]?.e ?? index);
      if (breach === 'missing') ref(path, eventId, 'sticky', 'event');
      else if (breach === 'notEvent') errors.add(path(), `sticky ${q(eventId)} is a ${stickyKind.get(eventId)}, not an event`, 'the id of an event sticky');
      else errors.add(path(), `event ${q(eventId)} appears twice in this slice`, 'each event once per slice');
    }
  });

  asList(asObj(board.snap)?.manualEntries).forEach((item, n) => {
    const contextId = asStr(asObj(item), 'contextId');
    if (contextId !== undefined) ref(() => at('snap', 'manualEntries', n, 'contextId'), contextId, 'context', 'context');
  });
}

const KIND_NAMES: Readonly<Record<StickyKind, string>> = {
  event: 'event', command: 'command', actor: 'actor', aggregate: 'aggregate', policy: 'policy', readModel: 'read model',
  externalSystem: 'external system', hotspot: 'hotspot', ui: 'UI', opportunity: 'opportunity', note: 'note',
};

const an = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

type StickyRefCheck = (keys: PathSegment[], id: unknown, want: StickyKind, what: string) => void;

/** The sticky references of a sticky's design decisions (outcomes, lifecycle, mappings, schedule). */
function collectDecisionRefs(sticky: Obj | undefined, check: StickyRefCheck): void {
  asList(sticky?.outcomes).forEach((o, j) => check(['outcomes', j, 'eventId'], asObj(o)?.eventId, 'event', 'outcome event'));
  if (sticky?.creatingCommandId !== undefined) check(['creatingCommandId'], sticky.creatingCommandId, 'command', 'creating command');
  const lifecycle = asObj(sticky?.lifecycle);
  asList(lifecycle?.acceptedIn).forEach((a, j) => check(['lifecycle', 'acceptedIn', j, 'commandId'], asObj(a)?.commandId, 'command', 'command'));
  asList(lifecycle?.transitions).forEach((t, j) => check(['lifecycle', 'transitions', j, 'eventId'], asObj(t)?.eventId, 'event', 'event'));
  asList(sticky?.mappings).forEach((m, j) => {
    const mapping = asObj(m);
    check(['mappings', j, 'commandId'], mapping?.commandId, 'command', 'mapped command');
    asList(mapping?.fields).forEach((f, k) => {
      const source = asObj(asObj(f)?.source);
      if (source?.kind === 'readModel') check(['mappings', j, 'fields', k, 'source', 'readModelId'], source.readModelId, 'readModel', 'read model');
    });
  });
  const schedule = asObj(sticky?.schedule);
  if (schedule?.kind === 'after') check(['schedule', 'eventId'], schedule.eventId, 'event', 'event');
}

/**
 * Cross-record integrity of a board: ids unique across all records (and not reserved
 * words like `__proto__`), no dangling references (link ends, context members, slice
 * events, relationship ends, swimlanes, SNAP-E entries, the stickies that outcomes,
 * creating commands, lifecycles, policy mappings and schedules name), links that follow the grammar,
 * a sticky in at most one context. Paths are relative to the board (`$.links[2].to`).
 * Returns [] for a sound board.
 */
export function checkBoardIntegrity(board: Board): BoardFileError[] {
  const errors = new ErrorList();
  collectIntegrityErrors(board, errors, []);
  return errors.result();
}
