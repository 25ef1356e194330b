import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseBoardFile } from '../file/parse';
import { serialiseBoard } from '../file/serialise';
import { clipText, TEXT_LIMITS } from '../schema/text';
import { addContext, updateContext } from './contexts';
import { docToBoard } from './docToBoard';
import { boardMaps, STICKY_KEYS } from './layout';
import { addLink, updateLink } from './links';
import { addBorisEdge, addSnapEntry, setBorisNote } from './overrides';
import { addGoal, addRelationship, addSlice, addSwimlane, setBoardName, updateGoal } from './records';
import { addSticky, updateSticky } from './stickies';

// One rule for text longer than its limit (see TEXT_LIMITS): mutation helpers and
// readers clip it, a board file is refused with a clear error.

const over = (limit: number) => 'x'.repeat(limit + 7);
const frame = { position: { x: 0, y: 0 }, size: { width: 10, height: 10 } };

describe('text longer than its limit', () => {
  it('is clipped by every mutation helper (typed or pasted input)', () => {
    const doc = new Y.Doc();
    const L = TEXT_LIMITS;
    setBoardName(doc, over(L.name));
    const s = addSticky(doc, { id: 's', kind: 'command', position: { x: 0, y: 0 }, text: over(L.stickyText), description: over(L.description) });
    const e = addSticky(doc, { id: 'e', kind: 'event', position: { x: 0, y: 0 } });
    const g = addSticky(doc, { id: 'g', kind: 'aggregate', position: { x: 0, y: 0 } });
    updateSticky(doc, g, { text: over(L.stickyText), fields: [{ name: over(L.name), type: 'string', list: false, required: true, description: over(L.paragraph) }] });
    updateSticky(doc, g, { lifecycle: { states: [], acceptedIn: [], transitions: [], invariants: [over(L.paragraph)] } });
    const link = addLink(doc, s, g, { label: over(L.label) });
    expect(link.ok).toBe(true);
    const c1 = addContext(doc, { id: 'c1', name: over(L.name), ...frame, canvas: { purpose: over(L.note) } });
    const c2 = addContext(doc, { id: 'c2', name: 'B', ...frame });
    updateContext(doc, c2, { name: over(L.name), canvas: { domainRoles: [over(L.label)] } });
    const goal = addGoal(doc, { id: 'goal', text: over(L.paragraph), keyResults: [over(L.paragraph)] });
    addSwimlane(doc, { id: 'lane', name: over(L.name), y: 0, height: 100 });
    addSlice(doc, { id: 'slice', name: over(L.name), colour: '#123456', eventIds: [e] });
    addRelationship(doc, { id: 'rel', kind: 'partnership', upstreamId: c1, downstreamId: c2, description: over(L.paragraph) });
    addBorisEdge(doc, { id: 'edge', from: 'a', to: 'b', mode: 'sync', label: over(L.label) });
    setBorisNote(doc, 'node', over(L.note));
    addSnapEntry(doc, { id: 'snap', contextId: c1, section: 'risks', text: over(L.note) });

    const board = docToBoard(doc);
    expect(board.name).toHaveLength(L.name);
    const sticky = (id: string) => board.stickies.find((x) => x.id === id);
    expect(sticky(s)?.text).toHaveLength(L.stickyText);
    expect(sticky(s)?.description).toHaveLength(L.description);
    expect(sticky(g)?.text).toHaveLength(L.stickyText);
    expect(sticky(g)?.fields?.[0]?.name).toHaveLength(L.name);
    expect(sticky(g)?.fields?.[0]?.description).toHaveLength(L.paragraph);
    expect(sticky(g)?.lifecycle?.invariants[0]).toHaveLength(L.paragraph);
    expect(board.links[0]?.label).toHaveLength(L.label);
    expect(board.contexts.map((c) => c.name.length)).toEqual([L.name, L.name]);
    expect(board.contexts[0]?.canvas.purpose).toHaveLength(L.note);
    expect(board.contexts[1]?.canvas.domainRoles[0]).toHaveLength(L.label);
    expect(board.goals[0]?.text).toHaveLength(L.paragraph);
    expect(board.goals[0]?.keyResults[0]).toHaveLength(L.paragraph);
    expect(board.swimlanes[0]?.name).toHaveLength(L.name);
    expect(board.slices[0]?.name).toHaveLength(L.name);
    expect(board.relationships[0]?.description).toHaveLength(L.paragraph);
    expect(board.boris.addedEdges[0]?.label).toHaveLength(L.label);
    expect(board.boris.notes.node).toHaveLength(L.note);
    expect(board.snap.manualEntries[0]?.text).toHaveLength(L.note);

    updateGoal(doc, goal, { text: over(L.paragraph) });
    updateLink(doc, link.ok ? link.id : '', { label: over(L.label) });
    updateSticky(doc, s, { description: over(L.description) });
    const again = docToBoard(doc);
    expect(again.goals[0]?.text).toHaveLength(L.paragraph);
    expect(again.links[0]?.label).toHaveLength(L.label);
    expect(parseBoardFile(serialiseBoard(again)).ok).toBe(true);
  });

  it('from a peer is clipped on reading, and the record kept', () => {
    const doc = new Y.Doc();
    addSticky(doc, { id: 's', kind: 'event', position: { x: 0, y: 0 } });
    addSticky(doc, { id: 't', kind: 'policy', position: { x: 0, y: 0 } });
    addLink(doc, 's', 't', { id: 'l' });
    addGoal(doc, { id: 'goal', text: 'Ship' });
    // A peer (older, buggy or hostile) writes past the limits.
    const maps = boardMaps(doc);
    (maps.stickies.get('s') as Y.Map<unknown>).set(STICKY_KEYS.text, over(TEXT_LIMITS.stickyText));
    (maps.stickies.get('s') as Y.Map<unknown>).set(STICKY_KEYS.fields, [{ name: over(TEXT_LIMITS.name), type: 'string', list: false, required: false, description: '' }]);
    maps.links.set('l', { kind: 'activates', from: 's', to: 't', label: over(TEXT_LIMITS.label) });
    maps.goals.set('goal', { kind: 'goal', text: over(TEXT_LIMITS.paragraph), keyResults: [] });
    maps.borisNotes.set('n', over(TEXT_LIMITS.note));

    const board = docToBoard(doc);
    expect(board.stickies[0]?.text).toHaveLength(TEXT_LIMITS.stickyText);
    expect(board.stickies[0]?.fields?.[0]?.name).toHaveLength(TEXT_LIMITS.name);
    expect(board.links[0]?.label).toHaveLength(TEXT_LIMITS.label);
    expect(board.goals[0]?.text).toHaveLength(TEXT_LIMITS.paragraph);
    expect(board.boris.notes.n).toHaveLength(TEXT_LIMITS.note);
  });

  it('in a board file is refused with its path and both lengths', () => {
    const doc = new Y.Doc();
    addSticky(doc, { id: 's', kind: 'event', position: { x: 0, y: 0 } });
    const file = JSON.parse(serialiseBoard(docToBoard(doc))) as { board: { stickies: { text: string }[] } };
    (file.board.stickies[0] as { text: string }).text = over(TEXT_LIMITS.stickyText);
    const result = parseBoardFile(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => [e.path, e.message, e.expected])).toEqual([
        ['$.board.stickies[0].text', `text too long (${TEXT_LIMITS.stickyText + 7} characters)`, `at most ${TEXT_LIMITS.stickyText} characters`],
      ]);
    }
  });

  it('is never cut between the halves of a surrogate pair', () => {
    expect(clipText('ab😀', 3)).toBe('ab');
    expect(clipText('ab😀', 4)).toBe('ab😀');
    expect(clipText('abc', 5)).toBe('abc');
  });
});
