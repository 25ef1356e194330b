import { describe, expect, it } from 'vitest';
import { besides, freeSpot, keepInside, panToReveal } from './geometry';

const view = { x: 0, y: 0, width: 1000, height: 600 };

describe('keepInside', () => {
  it('leaves a rect that is inside where it is', () => {
    expect(keepInside({ x: 100, y: 100, width: 160, height: 100 }, view, 8)).toEqual({ x: 100, y: 100 });
  });
  it('moves a rect crossing the top edge down just enough', () => {
    expect(keepInside({ x: 100, y: -33, width: 160, height: 100 }, view, 8)).toEqual({ x: 100, y: 8 });
  });
  it('moves a rect crossing the bottom-right corner back inside', () => {
    expect(keepInside({ x: 950, y: 560, width: 160, height: 100 }, view)).toEqual({ x: 840, y: 500 });
  });
  it('keeps the top-left of a rect larger than the view in view', () => {
    expect(keepInside({ x: -50, y: -50, width: 2000, height: 100 }, view)).toEqual({ x: 0, y: 0 });
  });
});

describe('panToReveal', () => {
  it('is zero for a visible rect', () => {
    expect(panToReveal({ x: 10, y: 10, width: 100, height: 100 }, view)).toEqual({ x: 0, y: 0 });
  });
  it('is the small distance to bring an off-screen rect in, not a jump to centre it', () => {
    expect(panToReveal({ x: 100, y: 580, width: 160, height: 100 }, view)).toEqual({ x: 0, y: 80 });
  });
});

describe('freeSpot', () => {
  it('keeps a free place', () => {
    expect(freeSpot({ x: 0, y: 0, width: 100, height: 50 }, [{ x: 200, y: 0, width: 100, height: 50 }])).toEqual({ x: 0, y: 0 });
  });
  it('steps below stickies already there', () => {
    const others = [
      { x: 0, y: 0, width: 100, height: 50 },
      { x: 10, y: 70, width: 100, height: 50 },
    ];
    expect(freeSpot({ x: 0, y: 0, width: 100, height: 50 }, others)).toEqual({ x: 0, y: 140 });
  });
});

describe('besides', () => {
  it('places the next sticky right of the first, middles aligned', () => {
    expect(besides({ x: 0, y: 0, width: 160, height: 100 }, { width: 100, height: 60 }, [])).toEqual({ x: 200, y: 20 });
  });
  it('goes below when the place on the right is taken', () => {
    const taken = [{ x: 200, y: 20, width: 100, height: 60 }];
    expect(besides({ x: 0, y: 0, width: 160, height: 100 }, { width: 100, height: 60 }, taken)).toEqual({ x: 200, y: 100 });
  });
});
