import { describe, expect, it } from 'vitest';
import type { Board } from '../schema/Board';
import { generateLargeBoard } from '../testing/generateLargeBoard';
import { checkBoardIntegrity } from './integrity';
import { parseBoardValue } from './parse';

const board = (): Board => generateLargeBoard({ stickies: 80, links: 60, contexts: 3, seed: 11 });
const idOf = (b: Board, kind: string, n = 0): string => {
  const sticky = b.stickies.filter((s) => s.kind === kind)[n];
  if (!sticky) throw new Error(`no ${kind} #${n}`);
  return sticky.id;
};
const first = <T>(items: readonly T[]): T => {
  if (!items[0]) throw new Error('empty');
  return items[0];
};

describe('checkBoardIntegrity', () => {
  it('accepts a sound board', () => {
    expect(checkBoardIntegrity(board())).toEqual([]);
  });

  it('reports ids used twice, across record kinds, at the record the repair drops (RECORD_TYPES order)', () => {
    const b = board();
    first(b.links).id = b.stickies[2]?.id ?? '';
    first(b.goals).id = 'ctx-2';
    expect(checkBoardIntegrity(b)).toEqual([
      { path: '$.goals[0].id', message: 'duplicate id "ctx-2": already used by the context at $.contexts[1]', expected: 'ids unique across the whole board' },
      { path: '$.links[0].id', message: `duplicate id "${b.stickies[2]?.id}": already used by the sticky at $.stickies[2]`, expected: 'ids unique across the whole board' },
    ]);
  });

  it('reports reserved ids that would break plain-object lookups', () => {
    const b = board();
    first(b.goals).id = '__proto__';
    first(b.swimlanes).id = 'constructor';
    for (const s of b.stickies) if (s.laneId === 'lane-1') s.laneId = 'constructor';
    const paths = checkBoardIntegrity(b).map((e) => [e.path, e.message]);
    expect(paths).toEqual([
      ['$.swimlanes[0].id', 'the id "constructor" is reserved'],
      ['$.goals[0].id', 'the id "__proto__" is reserved'],
    ]);
  });

  it('reports dangling and mistyped link ends, self links and links the grammar forbids', () => {
    const b = board();
    const [l0, l1, l2, l3] = b.links;
    if (!l0 || !l1 || !l2 || !l3) throw new Error('too few links');
    l0.from = 'ghost';
    l1.to = 'ctx-1';
    l2.to = l2.from;
    Object.assign(l3, { kind: 'produces', from: idOf(b, 'command'), to: idOf(b, 'event') });
    expect(checkBoardIntegrity(b)).toEqual([
      { path: '$.links[0].from', message: 'sticky "ghost" does not exist', expected: 'the id of a sticky on this board' },
      { path: '$.links[1].to', message: 'sticky "ctx-1" is a context, not a sticky', expected: 'the id of a sticky on this board' },
      { path: '$.links[2]', message: `link connects sticky "${l2.from}" to itself`, expected: 'two different stickies' },
      { path: '$.links[3].kind', message: 'a "produces" link cannot go from a command to a event', expected: '"produces" goes from aggregate or externalSystem to event' },
    ]);
  });

  it('reports bad memberships: unknown sticky, listed twice, in two contexts', () => {
    const b = board();
    const [c0, c1] = b.contexts;
    if (!c0 || !c1) throw new Error('too few contexts');
    const taken = first(c0.memberIds);
    c1.memberIds.push('ghost', taken, first(c1.memberIds));
    const n = c1.memberIds.length;
    expect(checkBoardIntegrity(b).map((e) => [e.path, e.message])).toEqual([
      [`$.contexts[1].memberIds[${n - 3}]`, 'member "ghost" does not exist'],
      [`$.contexts[1].memberIds[${n - 2}]`, `sticky "${taken}" is already a member of the context at $.contexts[0]`],
      [`$.contexts[1].memberIds[${n - 1}]`, `sticky "${c1.memberIds[0]}" is listed twice`],
    ]);
  });

  it('reports slice entries that are missing, not events, or repeated', () => {
    const b = board();
    const slice = first(b.slices);
    slice.eventIds = [first(slice.eventIds), 'ghost', idOf(b, 'command'), first(slice.eventIds)];
    expect(checkBoardIntegrity(b).map((e) => [e.path, e.message])).toEqual([
      ['$.slices[0].eventIds[1]', 'event "ghost" does not exist'],
      ['$.slices[0].eventIds[2]', `sticky "${idOf(b, 'command')}" is a command, not an event`],
      ['$.slices[0].eventIds[3]', `event "${slice.eventIds[0]}" appears twice in this slice`],
    ]);
  });

  it('reports dangling relationships, swimlanes and SNAP-E entries, and self relationships', () => {
    const b = board();
    first(b.relationships).upstreamId = 'ghost';
    const second = b.relationships[1];
    if (!second) throw new Error('too few relationships');
    second.upstreamId = second.downstreamId;
    first(b.stickies).laneId = 'lane-9';
    first(b.snap.manualEntries).contextId = idOf(b, 'event');
    expect(checkBoardIntegrity(b).map((e) => [e.path, e.message])).toEqual([
      ['$.stickies[0].laneId', 'swimlane "lane-9" does not exist'],
      ['$.relationships[0].upstreamId', 'context "ghost" does not exist'],
      ['$.relationships[1]', `relationship connects context "${second.downstreamId}" to itself`],
      ['$.snap.manualEntries[0].contextId', `context "${idOf(b, 'event')}" is a sticky, not a context`],
    ]);
  });

  it('runs inside parseBoardValue with file paths, next to schema errors', () => {
    const b = board() as unknown as { stickies: { kind: unknown }[]; links: { to: string }[] };
    const sticky = b.stickies[5];
    const link = b.links[0];
    if (!sticky || !link) throw new Error('too small');
    sticky.kind = 42;
    link.to = 'ghost';
    const result = parseBoardValue({ format: 'stormscape.board', version: 3, board: b });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(['$.board.stickies[5].kind', '$.board.links[0].to']);
  });
});
