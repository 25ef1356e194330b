import { describe, expect, it } from 'vitest';
import { compareLanes, compareTimeline, laneAt } from './timeline';

const at = (id: string, x: number, y: number) => ({ id, position: { x, y } });
const ids = (list: readonly { id: string }[]) => list.map((s) => s.id);

describe('timeline order', () => {
  it('reads left to right, then top to bottom, then by id', () => {
    const stickies = [at('c', 300, 0), at('b', 100, 200), at('a', 100, 0), at('d', -50, 900)];
    expect(ids([...stickies].sort(compareTimeline))).toEqual(['d', 'a', 'b', 'c']);
  });

  it('breaks a tie in place by id, so every replica lists the same order whatever order records arrived in', () => {
    const tied = [at('b', 10, 10), at('c', 10, 10), at('a', 10, 10)];
    expect(ids([...tied].sort(compareTimeline))).toEqual(['a', 'b', 'c']);
    expect(ids([...tied].reverse().sort(compareTimeline))).toEqual(['a', 'b', 'c']);
  });

  it('crosses lanes: an upper lane first at the same x, but a lower lane sticky further left comes earlier', () => {
    // Lane 1 is y 0–200, lane 2 is y 200–400.
    const stickies = [at('lane2-late', 500, 250), at('lane1-late', 500, 50), at('lane2-early', 100, 250), at('lane1-mid', 300, 50)];
    expect(ids([...stickies].sort(compareTimeline))).toEqual(['lane2-early', 'lane1-mid', 'lane1-late', 'lane2-late']);
  });

  it('puts stickies with no finite place after every placed one, by id, and stays a consistent order', () => {
    const stickies = [at('nan', Number.NaN, 0), at('inf', Number.POSITIVE_INFINITY, 0), at('ok', 1e9, 0), at('ninf', Number.NEGATIVE_INFINITY, 0), at('y-nan', 5, Number.NaN), at('low', 5, 0)];
    const sorted = ids([...stickies].sort(compareTimeline));
    expect(sorted).toEqual(['low', 'y-nan', 'ok', 'inf', 'nan', 'ninf']);
    for (const a of stickies) {
      expect(compareTimeline(a, a)).toBe(0);
      for (const b of stickies) expect(Math.sign(compareTimeline(a, b)) + Math.sign(compareTimeline(b, a))).toBe(0);
    }
  });
});

describe('lane order', () => {
  const lanes = [
    { id: 'b', y: 200, height: 200 },
    { id: 'a', y: 0, height: 200 },
    { id: 'overlap', y: 150, height: 100 },
    { id: 'a2', y: 0, height: 50 },
  ];
  it('stacks lanes top to bottom, ties by id', () => {
    expect(ids([...lanes].sort(compareLanes))).toEqual(['a', 'a2', 'overlap', 'b']);
  });
  it('puts a point in the top lane holding it, edges included, and nowhere outside every lane', () => {
    expect(laneAt(lanes, 10)?.id).toBe('a');
    expect(laneAt(lanes, 175)?.id).toBe('a');
    expect(laneAt(lanes, 210)?.id).toBe('overlap');
    expect(laneAt(lanes, 400)?.id).toBe('b');
    expect(laneAt(lanes, 401)).toBeUndefined();
    expect(laneAt(lanes, Number.NaN)).toBeUndefined();
    expect(laneAt([...lanes].reverse(), 210)?.id).toBe('overlap');
  });
});
