import type { Sticky } from '@stormscape/model';
import { describe, expect, it } from 'vitest';
import { measuredLines, stickyClipping } from './stickyClipping';
import { stickyTextFit, stickyTextLines } from './stickyTextFit';

const sticky = (over: Partial<Sticky>) => ({ id: 's1', kind: 'event', text: 'Order Placed', position: { x: 0, y: 0 }, size: { width: 160, height: 100 }, ...over }) as unknown as Sticky;
/** A font whose every glyph is `em` wide (real fonts: about 0.5em on average). */
const glyphs = (em: number) => (text: string, px: number) => text.length * em * px;
const clipping = (s: Sticky, label: string, width = 160, height = 100, em = 0.55) => stickyClipping(s, label, width, stickyTextFit(s, width, height), glyphs(em));

describe('stickyClipping (which sticky parts get overflow: hidden)', () => {
  it('clips nothing on a sticky whose label, text and badges have room to spare', () => {
    expect(clipping(sticky({ pivotal: true }), 'Domain event')).toEqual({ label: false, text: false, badges: false });
  });

  it('clips text that does not fit its room (the long policy name of defect 7 in a wide font)', () => {
    const name = 'Whenever a patient cancels less than a day before the appointment, charge the late cancellation fee';
    // The font shrinks until the estimate fits: clipped only if the real glyphs are wider.
    expect(clipping(sticky({ kind: 'policy', text: name, policyMode: 'automated' } as Partial<Sticky>), 'Policy', 160, 100, 0.5).text).toBe(false);
    expect(clipping(sticky({ kind: 'policy', text: name, policyMode: 'automated' } as Partial<Sticky>), 'Policy', 160, 100, 0.75).text).toBe(true);
    expect(clipping(sticky({ text: 'x'.repeat(400) }), 'Domain event').text).toBe(true);
  });

  it('clips whatever the export truncates (text too long even at the smallest size)', () => {
    let truncated = 0;
    for (const words of [10, 20, 40, 80]) {
      const s = sticky({ text: Array.from({ length: words }, (_, i) => `word${i}`).join(' ') });
      const fit = stickyTextFit(s, 120, 80);
      if (!stickyTextLines(s.text, fit).at(-1)!.endsWith('…')) continue;
      truncated++;
      expect(stickyClipping(s, 'Domain event', 120, fit, glyphs(0.5)).text).toBe(true);
    }
    expect(truncated).toBeGreaterThan(0);
  });

  it('wraps measured words as CSS does: whole when they fit, broken anywhere when longer than a line', () => {
    expect(measuredLines('Order Placed', 10, 100, glyphs(1))).toBe(2);
    expect(measuredLines('Order Placed', 10, 200, glyphs(1))).toBe(1);
    expect(measuredLines('a\nb', 10, 200, glyphs(1))).toBe(2);
    expect(measuredLines('x'.repeat(25), 10, 100, glyphs(1))).toBe(3);
    expect(measuredLines('ab ' + 'x'.repeat(25), 10, 100, glyphs(1))).toBe(4);
  });

  it('clips text a wider font would push out of the box, and not the same text in a narrow font', () => {
    const s = sticky({ text: 'Order Registered' });
    expect(clipping(s, 'Domain event', 160, 100, 0.55).text).toBe(false);
    expect(clipping(s, 'Domain event', 160, 100, 1.2).text).toBe(true);
  });

  it('clips a label or a badge row too wide for a narrow sticky', () => {
    expect(clipping(sticky({ kind: 'aggregate' }), 'Aggregate · 12 fields', 80, 60).label).toBe(true);
    expect(clipping(sticky({ kind: 'policy', public: true, policyMode: 'manual' } as Partial<Sticky>), 'Policy', 90, 80).badges).toBe(true);
  });
});
