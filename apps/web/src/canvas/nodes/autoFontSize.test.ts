import { describe, expect, it } from 'vitest';
import { autoFontSize, STICKY_BADGES_HEIGHT, STICKY_CHROME_HEIGHT, wrapLines, wrappedLines } from './autoFontSize';

describe('wrappedLines', () => {
  it('wraps whole words', () => {
    expect(wrappedLines('aaa bbb ccc', 7)).toBe(2);
    expect(wrappedLines('aaa bbb ccc', 11)).toBe(1);
  });
  it('breaks words longer than a line and counts line breaks', () => {
    expect(wrappedLines('x'.repeat(25), 10)).toBe(3);
    expect(wrappedLines('one\ntwo', 20)).toBe(2);
  });
});

describe('autoFontSize', () => {
  const longPolicy = 'Whenever a patient cancels less than a day before the appointment, charge the late fee';
  const fits = (text: string, width: number, room: number, size: number) => wrappedLines(text, Math.floor((width - 18) / (size * 0.6))) * size * 1.25 <= room;

  it('leaves room for the badge row when told about it', () => {
    const reserved = STICKY_CHROME_HEIGHT + STICKY_BADGES_HEIGHT;
    const withBadges = autoFontSize(longPolicy, 160, 100, reserved);
    expect(withBadges).toBeLessThan(autoFontSize(longPolicy, 160, 100));
    expect(fits(longPolicy, 160, 100 - reserved, withBadges)).toBe(true);
  });

  it('picks the largest size that fits, between 9 and 22 px', () => {
    expect(autoFontSize('Order placed', 160, 100)).toBe(22);
    expect(autoFontSize('x'.repeat(500), 160, 100)).toBe(9);
    const size = autoFontSize(longPolicy, 160, 100);
    expect(fits(longPolicy, 160, 74, size)).toBe(true);
    expect(fits(longPolicy, 160, 74, size + 1)).toBe(false);
  });
});

describe('wrapLines', () => {
  it('breaks where wrappedLines counts (the export draws what the canvas sized)', () => {
    const texts = ['aaa bbb ccc', 'x'.repeat(25), 'one\ntwo', 'Who pays for a cancellation?', 'ab cdefghijklmnop q', '', '  spaced   out  '];
    for (const text of texts)
      for (const perLine of [1, 3, 7, 10, 20]) {
        const lines = wrapLines(text, perLine);
        expect(lines.length).toBe(wrappedLines(text, perLine));
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(perLine);
      }
  });
});
