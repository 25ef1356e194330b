import { deriveBoris } from '../derive/deriveBoris';
import { deriveSnapSheets } from '../derive/deriveSnap';
import type { Board } from '../schema/Board';
import type { ContextRelationship } from '../schema/ContextRelationship';
import type { SnapSection } from '../schema/SnapOverrides';
import { SNAP_SECTIONS } from '../schema/SnapOverrides';
import type { Sticky } from '../schema/Sticky';
import { mdInline, mdList, mdOr } from './markdown';
import { canvasMarkdown } from './summaryCanvas';
import type { DotVote } from './votes';
import { rankVotes } from './votes';

/** Section titles of a SNAP-E sheet, in sheet order. */
export const SNAP_SECTION_TITLES: Readonly<Record<SnapSection, string>> = {
  apis: 'APIs',
  data: 'Data',
  publishes: 'Publishes',
  subscribes: 'Subscribes',
  externalSystems: 'External systems',
  uis: 'UIs',
  stories: 'Stories',
  risks: 'Risks',
};

const KIND_TITLES: Readonly<Record<ContextRelationship['kind'], string>> = {
  upstreamDownstream: 'upstream/downstream',
  customerSupplier: 'customer/supplier',
  sharedKernel: 'shared kernel',
  partnership: 'partnership',
  separateWays: 'separate ways',
};

export interface WorkshopSummaryOptions {
  /** Dot votes to count on hotspots (from the live facilitation state). */
  readonly votes?: readonly DotVote[];
}

function goalsSection(board: Board): string[] {
  const out = ['', '## Goals'];
  for (const kind of ['goal', 'nonGoal'] as const) {
    const goals = board.goals.filter((g) => g.kind === kind);
    out.push('', kind === 'goal' ? '### Goals' : '### Non-goals', '');
    if (goals.length === 0) out.push('_None recorded._');
    for (const g of goals) {
      out.push(`- ${mdOr(g.text, 'untitled')}`);
      out.push(...mdList(g.keyResults.filter((k) => k.trim() !== '').map((k) => `Key result: ${mdInline(k)}`), 1));
    }
  }
  return out;
}

function contextsSection(board: Board, contextName: (id: string) => string): string[] {
  const out = ['', '## Bounded contexts'];
  if (board.contexts.length === 0) out.push('', '_No bounded contexts yet._');
  for (const c of board.contexts) {
    out.push('', `### ${contextName(c.id)}`);
    const canvas = canvasMarkdown(c.canvas);
    out.push(...(canvas.length > 0 ? canvas : ['', '_Canvas not filled in._']));
  }
  if (board.relationships.length > 0) {
    out.push('', '### Context map', '');
    for (const r of board.relationships) {
      const sides = [
        r.upstreamPatterns.length > 0 ? `upstream ${r.upstreamPatterns.join(', ')}` : null,
        r.downstreamPatterns.length > 0 ? `downstream ${r.downstreamPatterns.join(', ')}` : null,
      ].filter((s): s is string => s !== null);
      const arrow = r.kind === 'upstreamDownstream' || r.kind === 'customerSupplier' ? '→' : '↔';
      let line = `- ${contextName(r.upstreamId)} ${arrow} ${contextName(r.downstreamId)}: ${KIND_TITLES[r.kind]}`;
      if (sides.length > 0) line += ` (${sides.join('; ')})`;
      if (r.description.trim() !== '') line += ` — ${mdInline(r.description)}`;
      out.push(line);
    }
  }
  return out;
}

function slicesSection(board: Board, byId: ReadonlyMap<string, Sticky>, contextOf: (id: string) => string | null): string[] {
  const out = ['', '## Thin slices'];
  if (board.slices.length === 0) out.push('', '_No thin slices yet._');
  for (const s of board.slices) {
    out.push('', `### ${mdOr(s.name, 'Unnamed slice')} (${s.path === 'happy' ? 'happy path' : 'unhappy path'})`, '');
    const events = s.eventIds.map((id) => byId.get(id)).filter((e): e is Sticky => e !== undefined);
    if (events.length === 0) out.push('_No events picked._');
    events.forEach((e, i) => {
      const ctx = contextOf(e.id);
      out.push(`${i + 1}. ${mdOr(e.text, 'unnamed event')}${ctx ? ` (${ctx})` : ''}`);
    });
  }
  return out;
}

function borisSection(board: Board): string[] {
  const out = ['', '## Boris'];
  const views: Array<{ title: string; sliceId?: string }> = [
    { title: 'Whole board' },
    ...board.slices.map((s) => ({ title: `Slice: ${mdOr(s.name, 'Unnamed slice')}`, sliceId: s.id })),
  ];
  for (const view of views) {
    const diagram = deriveBoris(board, view.sliceId === undefined ? {} : { sliceId: view.sliceId });
    const label = new Map(diagram.nodes.map((n) => [n.id, n.kind === 'topic' ? `topic ${mdInline(n.label)}` : mdInline(n.label)]));
    const edges = diagram.edges.filter((e) => !e.hidden);
    out.push('', `### ${view.title}`, '');
    if (edges.length === 0) out.push('_No edges._');
    for (const e of edges) {
      let line = `- ${label.get(e.from) ?? mdInline(e.from)} → ${label.get(e.to) ?? mdInline(e.to)} (${e.mode}`;
      line += e.label.trim() !== '' ? `: ${mdInline(e.label)})` : ')';
      if (!e.derived) line += ' _added by hand_';
      if (e.note && e.note.trim() !== '') line += ` — note: ${mdInline(e.note)}`;
      out.push(line);
    }
    const notes = diagram.nodes.filter((n) => n.note && n.note.trim() !== '');
    for (const n of notes) out.push(`- Note on ${label.get(n.id) ?? ''}: ${mdInline(n.note ?? '')}`);
  }
  return out;
}

function snapSection(board: Board): string[] {
  const out = ['', '## SNAP-E sheets'];
  const sheets = deriveSnapSheets(board);
  if (sheets.length === 0) out.push('', '_No services yet._');
  for (const sheet of sheets) {
    out.push('', `### ${mdOr(sheet.contextName, 'Unnamed context')}`);
    for (const section of SNAP_SECTIONS) {
      const entries = sheet.sections[section].filter((e) => !e.dismissed);
      out.push('', `#### ${SNAP_SECTION_TITLES[section]}`, '');
      if (entries.length === 0) out.push('_Nothing yet._');
      for (const e of entries) out.push(`- ${mdOr(e.text, 'empty')}${e.derived ? '' : ' _(manual)_'}`);
    }
  }
  return out;
}

function hotspotsSection(board: Board, votes: readonly DotVote[], contextOf: (id: string) => string | null): string[] {
  const open = board.stickies.filter((s) => s.kind === 'hotspot' && s.resolved !== true);
  const byId = new Map(open.map((h) => [h.id, h]));
  const ranked = rankVotes(votes, { order: open.map((h) => h.id), validIds: new Set(byId.keys()), includeZero: true });
  const out = ['', '## Open hotspots', ''];
  if (ranked.length === 0) out.push('_No open hotspots._');
  for (const r of ranked) {
    const h = byId.get(r.targetId);
    if (!h) continue;
    const ctx = contextOf(h.id);
    out.push(`- **${r.rank}.** ${mdOr(h.text, 'unnamed hotspot')} — ${r.count} ${r.count === 1 ? 'vote' : 'votes'}${ctx ? ` (${ctx})` : ''}`);
  }
  return out;
}

/**
 * A Markdown record of the workshop: goals and non-goals with key results, every
 * bounded context with its canvas and the context map, thin slices with their events in
 * order, Boris edges (whole board and per slice, hidden edges left out, added edges and
 * notes marked), each SNAP-E sheet (dismissed entries left out, manual ones marked), and
 * the open hotspots ranked by dot votes. Every piece of board text is escaped, so
 * nothing a participant typed can inject Markdown or HTML.
 */
export function exportWorkshopSummary(board: Board, options: WorkshopSummaryOptions = {}): string {
  const byId = new Map(board.stickies.map((s) => [s.id, s]));
  const contextIdOf = new Map<string, string>();
  for (const c of board.contexts) for (const id of c.memberIds) if (!contextIdOf.has(id)) contextIdOf.set(id, c.id);
  const names = new Map(board.contexts.map((c) => [c.id, mdOr(c.name, 'Unnamed context')]));
  const contextName = (id: string) => names.get(id) ?? '_unknown context_';
  const contextOf = (stickyId: string) => {
    const id = contextIdOf.get(stickyId);
    return id === undefined ? null : contextName(id);
  };
  const lines = [
    `# Workshop summary: ${mdOr(board.name, 'Untitled board')}`,
    ...goalsSection(board),
    ...contextsSection(board, contextName),
    ...slicesSection(board, byId, contextOf),
    ...borisSection(board),
    ...snapSection(board),
    ...hotspotsSection(board, options.votes ?? [], contextOf),
  ];
  return `${lines.join('\n')}\n`;
}
