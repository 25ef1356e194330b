import { describe, expect, it } from 'vitest';
import { align, boundsOf, distribute } from './geometry';

const rects = [
  { id: 'a', x: 0, y: 10, width: 100, height: 50 },
  { id: 'b', x: 300, y: 40, width: 60, height: 100 },
  { id: 'c', x: 120, y: 0, width: 40, height: 20 },
];

describe('geometry', () => {
  it('bounds', () => expect(boundsOf(rects)).toEqual({ x: 0, y: 0, width: 360, height: 140 }));

  it('aligns edges and centres', () => {
    expect(align(rects, 'left').map((m) => m.position.x)).toEqual([0, 0, 0]);
    expect(align(rects, 'right').map((m) => m.position.x + rects.find((r) => r.id === m.id)!.width)).toEqual([360, 360, 360]);
    expect(align(rects, 'top').map((m) => m.position.y)).toEqual([0, 0, 0]);
    expect(align(rects, 'middle').map((m) => m.position.y + rects.find((r) => r.id === m.id)!.height / 2)).toEqual([70, 70, 70]);
  });

  it('distributes with equal gaps, keeping the outermost in place', () => {
    const moves = distribute(rects, 'horizontal');
    const byId = new Map(moves.map((m) => [m.id, m.position.x]));
    expect(byId.get('a')).toBe(0);
    expect(byId.get('b')).toBe(300);
    // gap = (360 - 200) / 2 = 80: c starts at 100 + 80
    expect(byId.get('c')).toBe(180);
    expect(distribute(rects.slice(0, 2), 'vertical')).toEqual([]);
  });
});
