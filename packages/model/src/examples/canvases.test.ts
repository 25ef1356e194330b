import { describe, expect, it } from 'vitest';
import type { BoundedContext, Communication } from '../schema/BoundedContext';
import type { StickyKind } from '../schema/notation';
import { EXAMPLES } from './index';

// The canvases are written by hand; these checks keep them in step with the storm.

const KIND_OF: Readonly<Record<Communication['messageKind'], StickyKind>> = { command: 'command', event: 'event', query: 'readModel' };
/** "Pay Fine (at the circulation desk)" names "Pay Fine"; lists are comma-separated. */
const messageNames = (m: Communication) => m.message.replace(/\s*\(.*\)$/, '').split(', ');
const lists = (context: BoundedContext, direction: 'inbound' | 'outbound', kind: Communication['messageKind'], name: string) =>
  context.canvas[direction].some((m) => m.messageKind === kind && messageNames(m).includes(name));

describe.each(EXAMPLES.map((e) => [e.id, e.board] as const))('%s canvases', (_id, board) => {
  const byId = new Map(board.stickies.map((s) => [s.id, s]));
  const contextOf = new Map(board.contexts.flatMap((c) => c.memberIds.map((m) => [m, c] as const)));

  it('name collaborators and messages that exist on the board', () => {
    const collaborators = new Set([
      ...board.contexts.map((c) => c.name),
      ...board.stickies.filter((s) => s.kind === 'actor' || s.kind === 'externalSystem').map((s) => s.text),
    ]);
    const unknown: string[] = [];
    for (const c of board.contexts) {
      for (const m of [...c.canvas.inbound, ...c.canvas.outbound]) {
        for (const who of m.collaborator.split(', ')) if (!collaborators.has(who)) unknown.push(`${c.name}: collaborator ${who}`);
        for (const name of messageNames(m)) {
          if (!board.stickies.some((s) => s.text === name && s.kind === KIND_OF[m.messageKind])) unknown.push(`${c.name}: ${m.messageKind} ${name}`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });

  it('list every event and command that crosses a context boundary on both sides', () => {
    const missing: string[] = [];
    for (const link of board.links) {
      const from = byId.get(link.from);
      const to = byId.get(link.to);
      const source = contextOf.get(link.from);
      const target = contextOf.get(link.to);
      if (!from || !to || !source || !target || source === target) continue;
      const [kind, name] = link.kind === 'issues' ? (['command', to.text] as const) : (['event', from.text] as const);
      if (link.kind !== 'issues' && link.kind !== 'activates' && link.kind !== 'updates') continue;
      if (!lists(source, 'outbound', kind, name)) missing.push(`${source.name} outbound ${kind} ${name}`);
      if (!lists(target, 'inbound', kind, name)) missing.push(`${target.name} inbound ${kind} ${name}`);
    }
    expect(missing).toEqual([]);
  });
});
