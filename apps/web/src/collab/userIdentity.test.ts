import { describe, expect, it } from 'vitest';
import { pickColour, PRESENCE_COLOURS } from './userIdentity';

describe('pickColour', () => {
  const [a, b, c] = PRESENCE_COLOURS as [string, string, string];

  it('keeps the colour this person had when nobody here has it', () => {
    expect(pickColour(b, new Set([a]), 0)).toBe(b);
  });
  it('moves to the first free colour from the seed when the old one is taken', () => {
    expect(pickColour(b, new Set([b, c]), 1)).toBe(PRESENCE_COLOURS[3]);
    expect(pickColour(null, new Set([a]), 0)).toBe(b);
  });
  it('ignores a remembered value that is not one of the colours', () => {
    expect(pickColour('javascript:alert(1)', new Set(), 2)).toBe(c);
  });
  it('gives distinct colours to as many people as there are colours', () => {
    const taken = new Set<string>();
    for (let i = 0; i < PRESENCE_COLOURS.length; i++) taken.add(pickColour(null, taken, 7));
    expect(taken.size).toBe(PRESENCE_COLOURS.length);
  });
});
