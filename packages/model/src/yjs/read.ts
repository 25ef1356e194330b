import * as Y from 'yjs';
import type { z } from 'zod';
import type { BoundedContextCanvas } from '../schema/BoundedContext';
import { BoundedContext, BoundedContextCanvas as CanvasSchema, DEFAULT_CONTEXT_COLOUR, emptyCanvas, ServiceTarget } from '../schema/BoundedContext';
import { BorisAddedEdge } from '../schema/BorisOverrides';
import { ContextRelationship } from '../schema/ContextRelationship';
import type { Field } from '../schema/Field';
import { FIELD_TYPES } from '../schema/Field';
import { Goal } from '../schema/Goal';
import { CodeName } from '../schema/CodeName';
import { Colour, compareIds, Id, isId } from '../schema/ids';
import type { Link, LinkKind } from '../schema/Link';
import { LINK_KINDS } from '../schema/Link';
import type { StickyKind } from '../schema/notation';
import { Lifecycle, Outcomes, PolicyMappings, ReadModelKey, Schedule } from '../schema/Decisions';
import { KIND_STYLES, PolicyMode, STICKY_KINDS } from '../schema/notation';
import { SnapManualEntry } from '../schema/SnapOverrides';
import type { Sticky } from '../schema/Sticky';
import { allowsProperty } from '../schema/Sticky';
import { Swimlane } from '../schema/Swimlane';
import { clipText, clipTexts, TEXT_LIMITS } from '../schema/text';
import { ThinSlice } from '../schema/ThinSlice';
import { CONTEXT_KEYS, STICKY_KEYS } from './layout';

// Readers turn one stored record into a valid schema object, or null when the record
// cannot be used. They never throw: values may come from any peer. Cross-record
// references (link ends, members, lanes) are repaired by docToBoard, not here. Text
// longer than its limit is clipped, not refused (see TEXT_LIMITS), so the record is kept.

// Hot paths (stickies, links: thousands per board) are checked by hand rather than with
// zod, which is several times slower per record; the tests hold every result to the schema.
const STICKY_KIND_SET: ReadonlySet<unknown> = new Set(STICKY_KINDS);
const LINK_KIND_SET: ReadonlySet<unknown> = new Set(LINK_KINDS);
const FIELD_TYPE_SET: ReadonlySet<unknown> = new Set(FIELD_TYPES);

const asPoint = (value: unknown): { x: number; y: number } | null => {
  if (typeof value !== 'object' || value === null) return null;
  const { x, y } = value as { x?: unknown; y?: unknown };
  return typeof x === 'number' && Number.isFinite(x) && typeof y === 'number' && Number.isFinite(y) ? { x, y } : null;
};

const asSize = (value: unknown): { width: number; height: number } | null => {
  if (typeof value !== 'object' || value === null) return null;
  const { width, height } = value as { width?: unknown; height?: unknown };
  return typeof width === 'number' && Number.isFinite(width) && width > 0 && typeof height === 'number' && Number.isFinite(height) && height > 0
    ? { width, height }
    : null;
};

/** The valid entries of a stored fields list, copied; null if it is not a list. */
function readFields(value: unknown): Field[] | null {
  if (!Array.isArray(value)) return null;
  const fields: Field[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { name, type, list, required, description } = item as Record<string, unknown>;
    if (typeof name === 'string' && name.length > 0 && FIELD_TYPE_SET.has(type) && typeof list === 'boolean' && typeof required === 'boolean' && typeof description === 'string') {
      fields.push({ name: clipText(name, TEXT_LIMITS.name), type: type as Field['type'], list, required, description: clipText(description, TEXT_LIMITS.paragraph) });
    }
  }
  return fields;
}

const asText = (value: unknown, max: number): string => (typeof value === 'string' ? clipText(value, max) : '');

/** The key a nested Y type is stored under in its parent map. */
const keyOf = (type: Y.Map<unknown>): string | null => type._item?.parentSub ?? null;

/**
 * Reads one sticky from its Y.Map. `id` defaults to the key the map is stored under.
 * Unusable optional values (a flag not allowed on the kind, a bad size) are dropped or
 * defaulted, so a concurrent kind change never loses the sticky; a sticky without a
 * valid id, kind or position is unusable and yields null.
 */
export function readSticky(ymap: unknown, id?: string): Sticky | null {
  if (!(ymap instanceof Y.Map)) return null;
  const m = ymap as Y.Map<unknown>;
  const key = id ?? keyOf(m);
  if (!isId(key)) return null;
  const kind = m.get(STICKY_KEYS.kind);
  if (!STICKY_KIND_SET.has(kind)) return null;
  const k = kind as StickyKind;
  const position = asPoint(m.get(STICKY_KEYS.pos));
  if (!position) return null;
  const laneId = m.get(STICKY_KEYS.laneId);
  const sticky: Sticky = {
    id: key,
    kind: k,
    text: asText(m.get(STICKY_KEYS.text), TEXT_LIMITS.stickyText),
    description: asText(m.get(STICKY_KEYS.description), TEXT_LIMITS.description),
    position,
    size: asSize(m.get(STICKY_KEYS.size)) ?? { ...KIND_STYLES[k].defaultSize },
    laneId: isId(laneId) ? laneId : null,
  };
  for (const flag of ['pivotal', 'timed', 'public', 'resolved'] as const) {
    const v = allowsProperty(k, flag) ? m.get(flag) : undefined;
    if (typeof v === 'boolean') sticky[flag] = v;
  }
  if (allowsProperty(k, 'policyMode')) {
    const mode = PolicyMode.safeParse(m.get(STICKY_KEYS.policyMode));
    if (mode.success) sticky.policyMode = mode.data;
  }
  const codeName = m.get(STICKY_KEYS.codeName);
  if (codeName !== undefined && CodeName.safeParse(codeName).success) sticky.codeName = codeName as string;
  if (allowsProperty(k, 'fields') && m.has(STICKY_KEYS.fields)) {
    const fields = readFields(m.get(STICKY_KEYS.fields));
    if (fields) sticky.fields = fields;
  }
  readDecisions(m, sticky);
  return sticky;
}

/**
 * Reads the design decisions a sticky of this kind may hold (layout 2). Rare and small,
 * so zod checks them; an unusable value is dropped as a whole, and an outcome list that
 * names an event twice keeps the first.
 */
function readDecisions(m: Y.Map<unknown>, sticky: Sticky): void {
  const take = <T>(key: string, schema: z.ZodType<T>): T | undefined => {
    if (!m.has(key)) return undefined;
    const r = schema.safeParse(clipTexts(schema, m.get(key)));
    return r.success ? r.data : undefined;
  };
  if (allowsProperty(sticky.kind, 'outcomes')) {
    const outcomes = take(STICKY_KEYS.outcomes, Outcomes);
    if (outcomes) {
      const seen = new Set<string>();
      sticky.outcomes = outcomes.filter((o) => !seen.has(o.eventId) && (seen.add(o.eventId), true));
    }
  }
  if (allowsProperty(sticky.kind, 'creatingCommandId')) {
    const creating = take(STICKY_KEYS.creatingCommandId, Id);
    if (creating !== undefined) sticky.creatingCommandId = creating;
  }
  if (allowsProperty(sticky.kind, 'lifecycle')) {
    const lifecycle = take(STICKY_KEYS.lifecycle, Lifecycle);
    if (lifecycle) sticky.lifecycle = lifecycle;
  }
  if (allowsProperty(sticky.kind, 'mappings')) {
    const mappings = take(STICKY_KEYS.mappings, PolicyMappings);
    if (mappings) sticky.mappings = mappings;
  }
  if (allowsProperty(sticky.kind, 'schedule')) {
    const schedule = take(STICKY_KEYS.schedule, Schedule);
    if (schedule) sticky.schedule = schedule;
  }
  if (allowsProperty(sticky.kind, 'rowKey')) {
    const rowKey = take(STICKY_KEYS.rowKey, ReadModelKey);
    if (rowKey) sticky.rowKey = rowKey;
  }
}

/** Parses a plain stored value with `schema` (texts clipped) after putting the map key back as `id`. */
function readPlain<T>(schema: z.ZodType<T>, id: string, value: unknown): T | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !isId(id)) return null;
  const r = schema.safeParse(clipTexts(schema, { ...(value as Record<string, unknown>), id }));
  return r.success ? r.data : null;
}

/** Reads one link (plain value `{ kind, from, to, label }` stored under `id`). */
export function readLink(id: string, value: unknown): Link | null {
  if (typeof value !== 'object' || value === null || !isId(id)) return null;
  const { kind, from, to, label } = value as Record<string, unknown>;
  if (!LINK_KIND_SET.has(kind) || !isId(from) || !isId(to) || typeof label !== 'string') return null;
  return { id, kind: kind as LinkKind, from, to, label: clipText(label, TEXT_LIMITS.label) };
}
/** Reads one goal (plain value stored under `id`). */
export const readGoal = (id: string, value: unknown): Goal | null => readPlain(Goal, id, value);
/** Reads one swimlane (plain value stored under `id`). */
export const readSwimlane = (id: string, value: unknown): Swimlane | null => readPlain(Swimlane, id, value);
/** Reads one thin slice (plain value stored under `id`). */
export const readSlice = (id: string, value: unknown): ThinSlice | null => readPlain(ThinSlice, id, value);
/** Reads one context-map relationship (plain value stored under `id`). */
export const readRelationship = (id: string, value: unknown): ContextRelationship | null =>
  readPlain(ContextRelationship, id, value);
/** Reads one hand-added Boris edge (plain value stored under `id`). */
export const readBorisEdge = (id: string, value: unknown): BorisAddedEdge | null => readPlain(BorisAddedEdge, id, value);
/** Reads one manual SNAP-E entry (plain value stored under `id`). */
export const readSnapEntry = (id: string, value: unknown): SnapManualEntry | null =>
  readPlain(SnapManualEntry, id, value);

const CANVAS_KEYS = Object.keys(CanvasSchema.shape) as (keyof BoundedContextCanvas)[];

/** Reads the canvas Y.Map field by field; a missing or invalid field gets its empty value. */
export function readCanvas(value: unknown): BoundedContextCanvas {
  const canvas = emptyCanvas();
  if (!(value instanceof Y.Map)) return canvas;
  const m = value as Y.Map<unknown>;
  const out = canvas as Record<keyof BoundedContextCanvas, unknown>;
  for (const key of CANVAS_KEYS) {
    if (!m.has(key)) continue;
    const schema = CanvasSchema.shape[key];
    const r = schema.safeParse(clipTexts(schema, m.get(key)));
    if (r.success) out[key] = r.data;
  }
  return canvas;
}

/** Member sticky ids of a context's `members` Y.Map (entries whose value is `true`), sorted. */
export function readMembers(value: unknown): string[] {
  if (!(value instanceof Y.Map)) return [];
  const ids: string[] = [];
  for (const [id, v] of (value as Y.Map<unknown>).entries()) if (v === true && isId(id)) ids.push(id);
  return ids.sort(compareIds);
}

/**
 * Reads one bounded context from its Y.Map. `id` defaults to the key it is stored under.
 * Members are returned as stored (sorted); docToBoard drops those that are not stickies.
 */
export function readContext(ymap: unknown, id?: string): BoundedContext | null {
  if (!(ymap instanceof Y.Map)) return null;
  const m = ymap as Y.Map<unknown>;
  const key = id ?? keyOf(m);
  if (!isId(key)) return null;
  const position = asPoint(m.get(CONTEXT_KEYS.pos));
  const size = asSize(m.get(CONTEXT_KEYS.size));
  if (!position || !size) return null;
  const colour = m.get(CONTEXT_KEYS.colour);
  const context: BoundedContext = {
    id: key,
    name: asText(m.get(CONTEXT_KEYS.name), TEXT_LIMITS.name),
    colour: Colour.safeParse(colour).success ? (colour as string) : DEFAULT_CONTEXT_COLOUR,
    position,
    size,
    memberIds: readMembers(m.get(CONTEXT_KEYS.members)),
    canvas: readCanvas(m.get(CONTEXT_KEYS.canvas)),
  };
  const codeName = m.get(CONTEXT_KEYS.codeName);
  if (codeName !== undefined && CodeName.safeParse(codeName).success) context.codeName = codeName as string;
  // An unusable map position is dropped (the map lays the context out), the context kept.
  const mapPosition = asPoint(m.get(CONTEXT_KEYS.mapPos));
  if (mapPosition) context.mapPosition = mapPosition;
  // An unknown target (written by newer code) reads as undecided.
  const target = ServiceTarget.safeParse(m.get(CONTEXT_KEYS.target));
  if (target.success) context.target = target.data;
  return BoundedContext.safeParse(context).success ? context : null;
}

/** Reads a `{ x, y }` value (Boris node position); null if unusable. */
export const readPoint = asPoint;

/** Code-unit order, the canonical order of ids in every output list (declared in the schema). */
export { compareIds };
