import { pluralWords } from '../english/plural';
import { codeNameOf, sameNameKey } from '../naming/codeName';
import { codeWords, kebabWords } from '../naming/codeWords';
import type { Sticky } from '../schema/Sticky';
import type { BoardIndex } from './boardIndex';
import { contextOfSticky } from './contexts';
import { producersOfEvent } from './flow';
import { compareIds } from '../schema/ids';

// Where an event travels: the one answer AsyncAPI documents, generated publishers and
// subscribers, and anything else naming a channel use. Channel addresses are contract
// names (reference §7): nothing here counts over the whole board, so adding an unrelated
// sticky or context never renames one, and moving a sticky changes nothing.

const MAX_WORDS = 8;
const MAX_LENGTH = 60;
/** Lower-case names unsafe as file names on some platform (slugs become folders). */
const RESERVED_FILE_NAMES = new Set(['con', 'prn', 'aux', 'nul', 'com1', 'com2', 'com3', 'com4', 'lpt1', 'lpt2', 'lpt3']);

/**
 * A kebab-case contract slug of `text`: its code words (at most 8, 60 characters),
 * `fallback`'s words when it has none, never starting with a digit, never a device name.
 */
export function contractSlug(text: string, fallback: string): string {
  let ws = codeWords(text);
  if (ws.length === 0) ws = codeWords(fallback);
  if (ws.length === 0) ws = ['item'];
  if (/^[0-9]/.test(ws[0] ?? '')) ws = [...codeWords(fallback).slice(0, 1), ...ws];
  if (/^[0-9]/.test(ws[0] ?? '')) ws = ['n', ...ws];
  const slug = kebabWords(ws.slice(0, MAX_WORDS)).slice(0, MAX_LENGTH).replace(/-+$/, '');
  return RESERVED_FILE_NAMES.has(slug) ? `${slug}-x` : slug;
}

const byId = (a: { id: string }, b: { id: string }) => compareIds(a.id, b.id);
const slugCache = new WeakMap<BoardIndex, ReadonlyMap<string, string>>();

/**
 * The service slug of every context (its folder, and the first part of its channel
 * addresses): its code name in kebab-case. Contexts sharing a code name (lint N3 warns)
 * are each qualified by their id, never numbered in board order.
 */
export function contextSlugs(index: BoardIndex): ReadonlyMap<string, string> {
  const cached = slugCache.get(index);
  if (cached) return cached;
  const contexts = [...index.contextById.values()];
  const base = new Map(contexts.map((c) => [c.id, contractSlug(codeNameOf(c), 'service')]));
  const count = new Map<string, number>();
  for (const slug of base.values()) count.set(slug, (count.get(slug) ?? 0) + 1);
  const taken = new Set<string>();
  const out = new Map<string, string>();
  for (const context of contexts.sort(byId)) {
    const slug = base.get(context.id) as string;
    const wanted = (count.get(slug) ?? 0) > 1 ? contractSlug(`${slug} ${context.id}`, 'service') : slug;
    let name = wanted;
    for (let n = 2; taken.has(name); n++) name = `${wanted}-${n}`;
    taken.add(name);
    out.set(context.id, name);
  }
  slugCache.set(index, out);
  return out;
}

/** REST collection and channel segment of an aggregate: its code name, plural, kebab-case ("orders"). */
export function collectionSlug(aggregate: Sticky): string {
  return contractSlug(kebabWords(pluralWords(codeWords(codeNameOf(aggregate)))), 'items');
}

/** Where an event comes from, as far as its contracts are concerned. */
export type EventOrigin =
  | { readonly kind: 'aggregate'; readonly aggregate: Sticky; readonly contextId: string }
  | { readonly kind: 'external'; readonly external: Sticky }
  | { readonly kind: 'timed' }
  | { readonly kind: 'none' };

/**
 * The producer an event's contracts belong to: the first aggregate producing it that sits
 * in a context (its service publishes it), else the first external system producing it,
 * else "timed" (raised by time) or "none" (not modelled yet).
 */
export function originOfEvent(index: BoardIndex, eventId: string): EventOrigin {
  const producers = producersOfEvent(index, eventId);
  for (const p of producers) {
    const contextId = p.kind === 'aggregate' ? contextOfSticky(index, p.id) : null;
    if (contextId !== null) return { kind: 'aggregate', aggregate: p, contextId };
  }
  const external = producers.find((p) => p.kind === 'externalSystem');
  if (external) return { kind: 'external', external };
  return index.stickyById.get(eventId)?.timed ? { kind: 'timed' } : { kind: 'none' };
}

interface EventTables {
  /** Copy id → the produced event it stands for. */
  readonly original: ReadonlyMap<string, Sticky>;
  /** Produced event id → its copies, in board order. */
  readonly copies: ReadonlyMap<string, readonly string[]>;
  readonly channel: ReadonlyMap<string, string>;
}
const tableCache = new WeakMap<BoardIndex, EventTables>();

function baseAddress(index: BoardIndex, event: Sticky): string {
  const origin = originOfEvent(index, event.id);
  const name = contractSlug(codeNameOf(event), 'event');
  if (origin.kind === 'aggregate') return `${contextSlugs(index).get(origin.contextId) ?? 'service'}.${collectionSlug(origin.aggregate)}.${name}`;
  if (origin.kind === 'external') return `${contractSlug(codeNameOf(origin.external), 'external')}.${name}`;
  const contextId = contextOfSticky(index, event.id);
  return `${(contextId !== null ? contextSlugs(index).get(contextId) : undefined) ?? 'events'}.${name}`;
}

function tables(index: BoardIndex): EventTables {
  const cached = tableCache.get(index);
  if (cached) return cached;
  const events = [...index.stickyById.values()].filter((s) => s.kind === 'event');
  // An unproduced, untimed event named like a produced one is a copy of it: people repeat
  // an event sticky next to the policies of other contexts.
  const produced = new Map<string, Sticky>();
  for (const event of events) {
    const kind = originOfEvent(index, event.id).kind;
    const key = sameNameKey(event.text);
    if (key && (kind === 'aggregate' || kind === 'external') && !produced.has(key)) produced.set(key, event);
  }
  const original = new Map<string, Sticky>();
  const copies = new Map<string, string[]>();
  for (const event of events) {
    if (originOfEvent(index, event.id).kind !== 'none') continue;
    const of = produced.get(sameNameKey(event.text));
    if (!of) continue;
    original.set(event.id, of);
    copies.set(of.id, [...(copies.get(of.id) ?? []), event.id]);
  }
  // Two events wanting one address (same name, same producer) are both qualified by their id.
  const wanted = new Map<string, string>();
  const users = new Map<string, number>();
  for (const event of events) {
    if (original.has(event.id)) continue;
    const address = baseAddress(index, event);
    wanted.set(event.id, address);
    users.set(address, (users.get(address) ?? 0) + 1);
  }
  const channel = new Map<string, string>();
  for (const [id, address] of wanted) channel.set(id, (users.get(address) ?? 0) > 1 ? `${address}-${contractSlug(id, 'event')}` : address);
  for (const [copy, of] of original) channel.set(copy, channel.get(of.id) as string);
  const out = { original, copies, channel };
  tableCache.set(index, out);
  return out;
}

/** The event an event sticky stands for: the produced event it copies, else itself (undefined for non-events). */
export function originalOfEvent(index: BoardIndex, eventId: string): Sticky | undefined {
  const event = index.stickyById.get(eventId);
  if (event?.kind !== 'event') return undefined;
  return tables(index).original.get(eventId) ?? event;
}

/** Copies of a produced event (unproduced event stickies with its name), in board order. */
export function copiesOfEvent(index: BoardIndex, eventId: string): readonly string[] {
  return tables(index).copies.get(eventId) ?? [];
}

/**
 * The channel address of an event, shared by its publisher and every subscriber:
 * `<context slug>.<aggregate collection>.<event>` for an event an aggregate produces
 * (`ordering.orders.order-placed`), `<external system>.<event>` for one an external
 * system produces, `<context slug>.<event>` otherwise (`events.<event>` outside every
 * context). A copy of an event has the original's channel; two events that would share
 * an address get their id appended. Undefined for stickies that are not events.
 */
export function channelOf(index: BoardIndex, eventId: string): string | undefined {
  return tables(index).channel.get(eventId);
}
