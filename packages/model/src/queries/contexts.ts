import type { ServiceTarget } from '../schema/BoundedContext';
import type { Sticky } from '../schema/Sticky';
import type { BoardOrIndex } from './boardIndex';
import { asIndex } from './boardIndex';

/**
 * The bounded context a sticky belongs to (explicit membership, not geometry), or null.
 * A sticky listed in several contexts (lint rule S2 reports it) belongs to the first
 * one in board order, so every derivation agrees on a single answer. Given a plain board,
 * this builds an index first (O(board)); pass `indexBoard(board)` for repeated calls.
 */
export function contextOfSticky(source: BoardOrIndex, stickyId: string): string | null {
  return asIndex(source).contextIdsBySticky.get(stickyId)?.[0] ?? null;
}

/** Every context a sticky is an explicit member of, in board order. */
export function contextsOfSticky(source: BoardOrIndex, stickyId: string): readonly string[] {
  return asIndex(source).contextIdsBySticky.get(stickyId) ?? [];
}

/** The existing stickies that are members of a context, in membership order. */
export function membersOfContext(source: BoardOrIndex, contextId: string): readonly Sticky[] {
  return asIndex(source).membersByContext.get(contextId) ?? [];
}

/** Display name of a context: its name, or a placeholder when left blank. */
export function contextName(source: BoardOrIndex, contextId: string): string {
  const name = asIndex(source).contextById.get(contextId)?.name.trim();
  return name ? name : 'Unnamed context';
}

/**
 * The service target a context is generated as: the team's decision on the board, else
 * `fallback` (the generate command's default target). Undefined for an unknown context.
 */
export function serviceTargetOf(source: BoardOrIndex, contextId: string, fallback: ServiceTarget): ServiceTarget | undefined {
  const context = asIndex(source).contextById.get(contextId);
  return context ? (context.target ?? fallback) : undefined;
}
