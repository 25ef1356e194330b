import * as Y from 'yjs';
import type { StickyPropertyKey } from '../schema/Sticky';
import { STICKY_PROPERTY_KEYS } from '../schema/Sticky';

/**
 * Version of the Y.Doc layout below, stored in the `board` map as `layoutVersion`.
 * Independent of the file format version: it changes only when the shape of the
 * shared document changes (see README.md in this folder), always with a named doc
 * migration (`docMigrations.ts`, whose test checks the two agree).
 */
export const YJS_LAYOUT_VERSION = 5;

/** Names of the top-level shared types. Every one of them is a Y.Map. */
export const YKEYS = {
  /** Board meta: `name` (string), `layoutVersion` (number). */
  board: 'board',
  /** sticky id → Y.Map (see {@link STICKY_KEYS}). */
  stickies: 'stickies',
  /** link id → plain `{ kind, from, to, label }`. */
  links: 'links',
  /** context id → Y.Map (see {@link CONTEXT_KEYS}). */
  contexts: 'contexts',
  /** goal id → plain `{ kind, text, keyResults }`. */
  goals: 'goals',
  /** swimlane id → plain `{ name, y, height }`. */
  swimlanes: 'swimlanes',
  /** slice id → plain `{ name, colour, path, eventIds }`. */
  slices: 'slices',
  /** relationship id → plain `{ kind, upstreamId, downstreamId, upstreamPatterns, downstreamPatterns, description }`. */
  relationships: 'relationships',
  /** derived Boris node id → `{ x, y }`. */
  borisNodePositions: 'borisNodePositions',
  /** derived Boris edge id → `true`. */
  borisHiddenEdges: 'borisHiddenEdges',
  /** added edge id → plain `{ from, to, mode, label }`. */
  borisAddedEdges: 'borisAddedEdges',
  /** derived or added node/edge id → note text. */
  borisNotes: 'borisNotes',
  /** derived Boris edge id → `'sync' | 'async'` the team switched it to. */
  borisEdgeModes: 'borisEdgeModes',
  /** manual SNAP-E entry id → plain `{ contextId, section, text }`. */
  snapManual: 'snapManual',
  /** dismissed derived SNAP-E entry id → `true`. */
  snapDismissed: 'snapDismissed',
} as const;
export type YKey = keyof typeof YKEYS;

/** Keys of the `board` meta map. */
export const BOARD_KEYS = { name: 'name', layoutVersion: 'layoutVersion' } as const;

/** Keys of the Y.Map of one sticky. Position and size are each ONE key (cheap drags). */
export const STICKY_KEYS = {
  kind: 'kind',
  text: 'text',
  description: 'description',
  /** `{ x, y }` written as one value. */
  pos: 'pos',
  /** `{ width, height }` written as one value. */
  size: 'size',
  /** swimlane id or null. */
  laneId: 'laneId',
  pivotal: 'pivotal',
  timed: 'timed',
  public: 'public',
  policyMode: 'policyMode',
  resolved: 'resolved',
  /** JSON array of fields, replaced as a whole. */
  fields: 'fields',
  /** ASCII identifier for generated code (any kind; absent = derived from the text). */
  codeName: 'codeName',
  /** command: JSON array of `{ eventId, kind }`, replaced as a whole (layout 2). */
  outcomes: 'outcomes',
  /** aggregate: id of its creating command (layout 2). */
  creatingCommandId: 'creatingCommandId',
  /** aggregate: JSON lifecycle `{ states, acceptedIn, transitions, invariants }`, replaced as a whole (layout 2). */
  lifecycle: 'lifecycle',
  /** policy: JSON array of field mappings per issued command, replaced as a whole (layout 2). */
  mappings: 'mappings',
  /** event: JSON schedule of a timed event (layout 2). */
  schedule: 'schedule',
  /** read model: JSON row key `{ fields, events }`, replaced as a whole (layout 4). */
  rowKey: 'rowKey',
} as const;

/**
 * Optional, kind-specific sticky properties (absent key = not set), each stored under
 * its schema property name; which kinds allow which is `STICKY_PROPERTY_KINDS`.
 */
export const STICKY_FLAG_KEYS: readonly StickyPropertyKey[] = STICKY_PROPERTY_KEYS;
export type StickyFlagKey = StickyPropertyKey;

/** Keys of the Y.Map of one bounded context. */
export const CONTEXT_KEYS = {
  name: 'name',
  /** ASCII identifier for generated code (absent = derived from the name). */
  codeName: 'codeName',
  colour: 'colour',
  pos: 'pos',
  size: 'size',
  /** Y.Map stickyId → true, so concurrent membership changes merge. */
  members: 'members',
  /** Y.Map canvas field name → JSON value, so concurrent edits of different fields merge. */
  canvas: 'canvas',
  /** `{ x, y }` of its node on the context map, one value; absent = laid out automatically (layout 3). */
  mapPos: 'mapPos',
  /** `'typescript' | 'spring'`: the service target decided for it; absent = undecided (layout 5). */
  target: 'target',
} as const;

/** Typed accessors for every top-level map of a board document. */
export interface BoardMaps {
  board: Y.Map<unknown>;
  stickies: Y.Map<unknown>;
  links: Y.Map<unknown>;
  contexts: Y.Map<unknown>;
  goals: Y.Map<unknown>;
  swimlanes: Y.Map<unknown>;
  slices: Y.Map<unknown>;
  relationships: Y.Map<unknown>;
  borisNodePositions: Y.Map<unknown>;
  borisHiddenEdges: Y.Map<unknown>;
  borisAddedEdges: Y.Map<unknown>;
  borisNotes: Y.Map<unknown>;
  borisEdgeModes: Y.Map<unknown>;
  snapManual: Y.Map<unknown>;
  snapDismissed: Y.Map<unknown>;
}

/**
 * The top-level maps of `doc`, for reading and for `observeDeep`. Values are typed
 * `unknown` on purpose: a peer may have written anything, so read them through the
 * `read*` helpers, which validate.
 */
export function boardMaps(doc: Y.Doc): BoardMaps {
  return {
    board: doc.getMap(YKEYS.board),
    stickies: doc.getMap(YKEYS.stickies),
    links: doc.getMap(YKEYS.links),
    contexts: doc.getMap(YKEYS.contexts),
    goals: doc.getMap(YKEYS.goals),
    swimlanes: doc.getMap(YKEYS.swimlanes),
    slices: doc.getMap(YKEYS.slices),
    relationships: doc.getMap(YKEYS.relationships),
    borisNodePositions: doc.getMap(YKEYS.borisNodePositions),
    borisHiddenEdges: doc.getMap(YKEYS.borisHiddenEdges),
    borisAddedEdges: doc.getMap(YKEYS.borisAddedEdges),
    borisNotes: doc.getMap(YKEYS.borisNotes),
    borisEdgeModes: doc.getMap(YKEYS.borisEdgeModes),
    snapManual: doc.getMap(YKEYS.snapManual),
    snapDismissed: doc.getMap(YKEYS.snapDismissed),
  };
}

/** The Y.Map of one sticky, or undefined if absent (or not a Y.Map). */
export function stickyMap(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  const value = doc.getMap(YKEYS.stickies).get(id);
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : undefined;
}

/** The Y.Map of one bounded context, or undefined if absent (or not a Y.Map). */
export function contextMap(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  const value = doc.getMap(YKEYS.contexts).get(id);
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : undefined;
}

/** The `members` Y.Map of a stored context value, or undefined if it has none. */
export function contextMembers(context: unknown): Y.Map<unknown> | undefined {
  const members = context instanceof Y.Map ? (context as Y.Map<unknown>).get(CONTEXT_KEYS.members) : undefined;
  return members instanceof Y.Map ? (members as Y.Map<unknown>) : undefined;
}

/** The layout version a document was written with (0 when unknown). */
export function readLayoutVersion(doc: Y.Doc): number {
  const v = doc.getMap(YKEYS.board).get(BOARD_KEYS.layoutVersion);
  return typeof v === 'number' && Number.isInteger(v) ? v : 0;
}
