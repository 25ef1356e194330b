import type { StickyKind } from '../schema/notation';
import { KIND_STYLES } from '../schema/notation';
import type { Sticky } from '../schema/Sticky';
import type { BoardIndex } from '../queries/boardIndex';
import { contextName } from '../queries/contexts';
import { oneLine, quoted } from '../queries/names';
import { codeNameNeedsReview, codeNameOf, sameNameKey } from '../naming/codeName';
import { looksImperative, looksPastTense } from '../english/tense';
import type { RawFinding } from './types';

/** N1: events in past tense, commands imperative (heuristic). */
export function namingRules(index: BoardIndex): RawFinding[] {
  const out: RawFinding[] = [];
  for (const sticky of index.board.stickies) {
    if (!oneLine(sticky.text)) continue;
    if (sticky.kind === 'event' && !looksPastTense(sticky.text)) {
      out.push({
        ruleId: 'N1',
        message: `Event ${quoted(sticky)} does not read as something that happened: name it in the past tense, like "Order Placed".`,
        ids: [sticky.id],
      });
    } else if (sticky.kind === 'command' && !looksImperative(sticky.text)) {
      out.push({
        ruleId: 'N1',
        message: `Command ${quoted(sticky)} does not read as an instruction: name it as an imperative, like "Place Order".`,
        ids: [sticky.id],
      });
    }
  }
  return out;
}

/**
 * Kinds whose names must be unique in a context (they become operations, messages and
 * read endpoints). Aggregates are left out: design-level boards repeat the aggregate
 * sticky between each command and event on purpose; actors, external systems, UIs and
 * annotations are repeated freely too.
 */
const UNIQUE_KINDS: readonly StickyKind[] = ['event', 'command', 'policy', 'readModel'];

/** A2: two stickies of the same kind with the same name in one context. */
export function duplicateNameRule(index: BoardIndex): RawFinding[] {
  const out: RawFinding[] = [];
  for (const [contextId, members] of index.membersByContext) {
    const groups = new Map<string, Sticky[]>();
    for (const sticky of members) {
      const name = oneLine(sticky.text) && sameNameKey(sticky.text);
      if (!name || !UNIQUE_KINDS.includes(sticky.kind)) continue;
      const key = `${sticky.kind}\u0000${name}`;
      const group = groups.get(key);
      if (group) group.push(sticky);
      else groups.set(key, [sticky]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const first = group[0] as Sticky;
      const label = KIND_STYLES[first.kind].label.toLowerCase();
      out.push({
        ruleId: 'A2',
        message: `${group.length} ${label}s are named ${quoted(first)} in ${contextName(index, contextId)}: merge them into one sticky or rename one.`,
        ids: [...group.map((s) => s.id), contextId],
      });
    }
  }
  return out;
}

/** Kinds whose code names reach generated contracts and code. */
const CODE_KINDS: readonly StickyKind[] = ['event', 'command', 'aggregate', 'policy', 'readModel', 'externalSystem'];

/**
 * N2: a code name derived from text in another script or from emoji (transliterated, so a
 * person may prefer a translation), or from text with no usable words.
 */
export function codeNameRule(index: BoardIndex): RawFinding[] {
  const out: RawFinding[] = [];
  for (const sticky of index.board.stickies) {
    if (!CODE_KINDS.includes(sticky.kind) || !oneLine(sticky.text) || !codeNameNeedsReview(sticky)) continue;
    out.push({
      ruleId: 'N2',
      message: `${KIND_STYLES[sticky.kind].label} ${quoted(sticky)} is named \`${codeNameOf(sticky)}\` in generated code (derived from its text): set a code name if you want another.`,
      ids: [sticky.id],
    });
  }
  for (const context of index.board.contexts) {
    if (!oneLine(context.name) || !codeNameNeedsReview(context)) continue;
    out.push({
      ruleId: 'N2',
      message: `Context "${oneLine(context.name)}" is named \`${codeNameOf(context)}\` in generated code (derived from its name): set a code name if you want another.`,
      ids: [context.id],
    });
  }
  return out;
}

/**
 * N3: two bounded contexts with the same name (the same code words, as codegen sees them). Each context
 * becomes a service named after it, and people pick contexts by name (Generate, the
 * context map), so two of one name are ambiguous.
 */
export function duplicateContextNameRule(index: BoardIndex): RawFinding[] {
  const groups = new Map<string, string[]>();
  for (const context of index.board.contexts) {
    const key = sameNameKey(context.name);
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(context.id);
    else groups.set(key, [context.id]);
  }
  const out: RawFinding[] = [];
  for (const ids of groups.values()) {
    if (ids.length < 2) continue;
    out.push({
      ruleId: 'N3',
      message: `${ids.length} bounded contexts are named "${contextName(index, ids[0] as string)}": rename all but one so each service has its own name.`,
      ids,
    });
  }
  return out;
}
