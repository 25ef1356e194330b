import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { remainingMs } from '../workshop/timer';
import {
  FACILITATION_KEYS,
  clearVotes,
  dotsLeft,
  hideWrittenInSilence,
  isHiddenFrom,
  observeFacilitation,
  pauseSharedTimer,
  placeDot,
  readFacilitation,
  readVotes,
  removeDot,
  resetSharedTimer,
  revealAll,
  setDotsPerParticipant,
  setFacilitator,
  setFollowMe,
  setFollowViewport,
  setPhase,
  setVoteTarget,
  startSharedTimer,
  startSilentWriting,
} from './facilitation';

/** Two docs wired together like two clients of one room (updates delivered at once). */
function connectedPair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(b, u, 'remote'));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(a, u, 'remote'));
  return [a, b];
}

/** Two docs edited apart, then merged (offline edits / concurrent transactions). */
function merge(a: Y.Doc, b: Y.Doc): void {
  const ua = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const ub = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, ua);
  Y.applyUpdate(a, ub);
}

const plain = (doc: Y.Doc) => {
  const s = readFacilitation(doc);
  return { ...s, hidden: [...s.hidden.entries()].sort() };
};

describe('facilitation in the Y.Doc', () => {
  it('has defaults on a fresh doc', () => {
    const s = readFacilitation(new Y.Doc());
    expect(s.phase).toBe('goals');
    expect(s.facilitatorId).toBeNull();
    expect(s.votes).toEqual([]);
    expect(s.silentWriting).toBe(false);
  });

  it('shares phase, facilitator and timer between two clients', () => {
    const [a, b] = connectedPair();
    setFacilitator(a, 'ann', undefined, 'Ann');
    setPhase(a, 'boris');
    startSharedTimer(a, 1_000);
    const sb = readFacilitation(b);
    expect(sb.phase).toBe('boris');
    expect(sb.facilitatorId).toBe('ann');
    expect(sb.facilitatorName).toBe('Ann');
    expect(remainingMs(sb.timer, 61_000)).toBe(sb.timer.durationMs - 60_000);
    pauseSharedTimer(b, 31_000);
    expect(remainingMs(readFacilitation(a).timer, 999_999)).toBe(sb.timer.durationMs - 30_000);
    resetSharedTimer(a, 5 * 60_000);
    expect(readFacilitation(b).timer).toEqual({ durationMs: 300_000, startedAt: null, elapsedMs: 0 });
    expect(plain(a)).toEqual(plain(b));
  });

  it('a new facilitator keeps their step, and a take-over ends the previous leader’s follow-me', () => {
    const [a, b] = connectedPair();
    setFacilitator(a, 'ann', undefined, 'Ann', 'bigPicture');
    expect(readFacilitation(b).phase).toBe('bigPicture');
    setFollowMe(a, 'ann');
    setFacilitator(b, 'bob', undefined, 'Bob', 'boris');
    const s = readFacilitation(a);
    expect(s).toMatchObject({ facilitatorId: 'bob', facilitatorName: 'Bob', phase: 'boris' });
    expect(s.followMe.active).toBe(false);
    // Without a phase (or when giving the role up) the step stays where it is.
    setFollowMe(b, 'bob');
    setFacilitator(b, 'bob', undefined, 'Bob');
    expect(readFacilitation(a)).toMatchObject({ phase: 'boris', followMe: { active: true, leaderId: 'bob' } });
    setFacilitator(b, null);
    expect(readFacilitation(a).phase).toBe('boris');
  });

  it('shares what the dot vote is on, defaulting to hotspots and ignoring junk', () => {
    const [a, b] = connectedPair();
    expect(readFacilitation(b).voteTarget).toBe('hotspot');
    setVoteTarget(a, 'event');
    expect(readFacilitation(b).voteTarget).toBe('event');
    b.getMap(FACILITATION_KEYS.state).set('voteTarget', 'everything');
    expect(readFacilitation(a).voteTarget).toBe('hotspot');
    expect(() => setVoteTarget(a, 'x' as 'event')).toThrow();
  });

  it('counts both participants’ dots and enforces the allowance', () => {
    const [a, b] = connectedPair();
    setDotsPerParticipant(a, 2);
    expect(placeDot(a, 'ann', 'h1')).toBe(true);
    expect(placeDot(b, 'bob', 'h1')).toBe(true);
    expect(placeDot(b, 'bob', 'h2')).toBe(true);
    expect(placeDot(b, 'bob', 'h3')).toBe(false);
    expect(dotsLeft(a, 'bob')).toBe(0);
    expect(dotsLeft(b, 'ann')).toBe(1);
    expect(readVotes(a)).toEqual(readVotes(b));
    expect(readVotes(a)).toHaveLength(3);
    expect(removeDot(a, 'bob', 'h2')).toBe(true);
    expect(removeDot(a, 'bob', 'h2')).toBe(false);
    expect(placeDot(b, 'bob', 'h1')).toBe(true);
    expect(readVotes(b).filter((v) => v.targetId === 'h1')).toHaveLength(3);
    setDotsPerParticipant(b, 1);
    expect(readVotes(a)).toHaveLength(2); // slots beyond the allowance stop counting
    clearVotes(b);
    expect(readVotes(a)).toEqual([]);
  });

  it('never exceeds the allowance when one participant votes from two offline tabs', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    setDotsPerParticipant(a, 2);
    merge(a, b);
    placeDot(a, 'ann', 'x');
    placeDot(a, 'ann', 'y');
    placeDot(b, 'ann', 'z');
    placeDot(b, 'ann', 'w');
    merge(a, b);
    expect(readVotes(a)).toHaveLength(2);
    expect(readVotes(a)).toEqual(readVotes(b));
  });

  it('follows the leader’s viewport only while follow-me is on for them', () => {
    const [a, b] = connectedPair();
    expect(setFollowViewport(a, 'ann', { x: 1, y: 2, zoom: 1 })).toBe(false);
    setFollowMe(a, 'ann');
    expect(setFollowViewport(a, 'ann', { x: 10, y: 20, zoom: 1.5 })).toBe(true);
    expect(setFollowViewport(b, 'bob', { x: 0, y: 0, zoom: 1 })).toBe(false);
    expect(readFacilitation(b).followMe).toEqual({ active: true, leaderId: 'ann', viewport: { x: 10, y: 20, zoom: 1.5 } });
    expect(setFollowViewport(a, 'ann', { x: 0, y: 0, zoom: 0 })).toBe(false);
    setFollowMe(b, null);
    expect(readFacilitation(a).followMe.active).toBe(false);
  });

  it('hides stickies written in silence from others until reveal', () => {
    const [a, b] = connectedPair();
    expect(hideWrittenInSilence(a, 's0', 'ann')).toBe(false);
    startSilentWriting(a);
    expect(hideWrittenInSilence(b, 's1', 'bob')).toBe(true);
    expect(hideWrittenInSilence(a, 's2', 'ann')).toBe(true);
    expect(isHiddenFrom(a, 's1', 'ann')).toBe(true);
    expect(isHiddenFrom(a, 's1', 'bob')).toBe(false);
    expect(isHiddenFrom(b, 's2', 'bob')).toBe(true);
    expect(isHiddenFrom(b, 's0', 'bob')).toBe(false);
    expect(plain(a)).toEqual(plain(b));
    revealAll(a);
    expect(isHiddenFrom(b, 's2', 'bob')).toBe(false);
    expect(readFacilitation(b).silentWriting).toBe(false);
    expect(readFacilitation(b).hidden.size).toBe(0);
  });

  it('converges after concurrent edits and ignores junk written by a peer', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    setPhase(a, 'snap');
    setPhase(b, 'boris');
    startSilentWriting(b);
    hideWrittenInSilence(b, 's1', 'bob');
    placeDot(a, 'ann', 'h1');
    merge(a, b);
    expect(plain(a)).toEqual(plain(b));
    a.getMap(FACILITATION_KEYS.state).set('phase', 'nonsense');
    a.getMap(FACILITATION_KEYS.state).set('timer', { durationMs: -1 });
    a.getMap(FACILITATION_KEYS.votes).set('mallory#0', { participantId: 'eve', targetId: 'h1' });
    a.getMap(FACILITATION_KEYS.votes).set('eve#99', { participantId: 'eve', targetId: 'h1' });
    const s = readFacilitation(a);
    expect(s.phase).toBe('goals');
    expect(s.timer.durationMs).toBeGreaterThan(0);
    expect(s.votes).toEqual([{ participantId: 'ann', targetId: 'h1' }]);
  });

  it('notifies observers and stops after unsubscribe', () => {
    const [a, b] = connectedPair();
    let calls = 0;
    const off = observeFacilitation(b, () => calls++);
    setPhase(a, 'design');
    placeDot(a, 'ann', 'x');
    expect(calls).toBe(2);
    off();
    setPhase(a, 'goals');
    expect(calls).toBe(2);
  });
});
