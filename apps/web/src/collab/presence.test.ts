import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createPresence } from './presence';

const user = (name: string, colour: string) => ({ name, colour, viewOnly: false });
const awarenesses: Awareness[] = [];
const awareness = () => {
  const a = new Awareness(new Y.Doc());
  awarenesses.push(a);
  return a;
};
afterEach(() => awarenesses.splice(0).forEach((a) => a.destroy()));

describe('presence store (what re-renders 2,000 stickies when it changes)', () => {
  it('does not publish our own cursor moves: nobody draws them', () => {
    const presence = createPresence(awareness(), user('Ada', '#e91e63'));
    let published = 0;
    presence.store.subscribe(() => published++);
    presence.setCursor({ x: 10, y: 20 });
    expect(published).toBe(0);
    expect(presence.store.getState().peers[0]?.cursor).toBeNull();
    presence.destroy();
  });

  it("publishes another participant's cursor and our own selection", () => {
    const mine = awareness();
    const theirs = awareness();
    const presence = createPresence(mine, user('Ada', '#e91e63'));
    theirs.setLocalState({ user: user('Bo', '#3f51b5'), cursor: { x: 5, y: 6 }, selection: ['s1'] });
    applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'remote');
    const bo = presence.store.getState().peers.find((p) => p.user.name === 'Bo');
    expect(bo?.cursor).toEqual({ x: 5, y: 6 });
    expect(presence.store.getState().selectedBy).toEqual({ s1: ['#3f51b5'] });
    let published = 0;
    presence.store.subscribe(() => published++);
    presence.setSelection(['s2']);
    expect(published).toBe(1);
    presence.destroy();
  });
});
