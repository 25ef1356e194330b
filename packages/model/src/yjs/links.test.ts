import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docToBoard } from './docToBoard';
import { addLink, checkLink, deleteLink, deleteLinks, updateLink } from './links';
import { addSticky } from './stickies';

const at = { x: 0, y: 0 };

function setup() {
  const doc = new Y.Doc();
  const actor = addSticky(doc, { kind: 'actor', position: at });
  const cmd = addSticky(doc, { kind: 'command', position: at });
  const evt = addSticky(doc, { kind: 'event', position: at });
  return { doc, actor, cmd, evt };
}

describe('addLink', () => {
  it('infers the kind from the two ends and stores the link', () => {
    const { doc, actor, cmd } = setup();
    const r = addLink(doc, actor, cmd, { label: 'decides' }, 'me');
    expect(r).toEqual({ ok: true, id: expect.any(String), kind: 'issues' });
    expect(docToBoard(doc).links).toEqual([{ id: r.ok ? r.id : '', kind: 'issues', from: actor, to: cmd, label: 'decides' }]);
  });

  it('refuses what the grammar forbids, with the reason, and writes nothing', () => {
    const { doc, actor, evt } = setup();
    let transactionsWithChanges = 0;
    doc.on('update', () => transactionsWithChanges++);
    const r = addLink(doc, evt, actor);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/cannot connect to an actor/);
    expect(transactionsWithChanges).toBe(0);
  });

  it('refuses missing ends, self-links and duplicates', () => {
    const { doc, actor, cmd } = setup();
    expect(addLink(doc, actor, 'gone')).toEqual({ ok: false, reason: 'That sticky no longer exists.' });
    const note = addSticky(doc, { kind: 'note', position: at });
    expect(addLink(doc, note, note)).toEqual({ ok: false, reason: 'A sticky cannot connect to itself.' });
    expect(addLink(doc, actor, cmd).ok).toBe(true);
    expect(addLink(doc, actor, cmd)).toEqual({ ok: false, reason: 'These stickies are already connected.' });
    expect(docToBoard(doc).links).toHaveLength(1);
  });

  it('checkLink answers without writing', () => {
    const { doc, actor, cmd } = setup();
    expect(checkLink(doc, actor, cmd)).toEqual({ ok: true, id: '', kind: 'issues' });
    expect(docToBoard(doc).links).toEqual([]);
  });
});

describe('updateLink / deleteLinks', () => {
  it('relabels and deletes links', () => {
    const { doc, actor, cmd, evt } = setup();
    const a = addLink(doc, actor, cmd);
    const note = addSticky(doc, { kind: 'note', position: at });
    const b = addLink(doc, note, evt);
    if (!a.ok || !b.ok) throw new Error('links refused');
    updateLink(doc, a.id, { label: 'places' });
    expect(docToBoard(doc).links.find((l) => l.id === a.id)?.label).toBe('places');
    updateLink(doc, 'gone', { label: 'x' });
    deleteLinks(doc, [a.id, 'gone']);
    expect(docToBoard(doc).links.map((l) => l.id)).toEqual([b.id]);
    deleteLink(doc, b.id);
    expect(docToBoard(doc).links).toEqual([]);
  });
});
