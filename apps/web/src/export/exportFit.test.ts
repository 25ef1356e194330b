import type { Link, Sticky } from '@stormscape/model';
import { describe, expect, it } from 'vitest';
import { stickyTextFit } from '../canvas/nodes/stickyTextFit';
import { boardToSvg } from './boardToSvg';

const sticky = (id: string, kind: Sticky['kind'], text: string, x: number, y: number, extra: Partial<Sticky> = {}): Sticky => ({
  id,
  kind,
  text,
  description: '',
  position: { x, y },
  size: kind === 'hotspot' ? { width: 140, height: 100 } : { width: 160, height: 100 },
  laneId: null,
  ...extra,
});
const link = (id: string, from: string, to: string, label = ''): Link => ({ id, kind: 'precedes', from, to, label });

function viewBox(svg: string) {
  const [x, y, w, h] = /viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number) as [number, number, number, number];
  return { minX: x, minY: y, maxX: x + w, maxY: y + h };
}

describe('SVG/PNG export bounds', () => {
  it('holds every link curve, even one that bends back or out past the stickies', () => {
    // A backward link (right to left) and a near-vertical one: curves leave the stickies' box.
    const svg = boardToSvg(
      { stickies: [sticky('a', 'event', 'A', 600, 0), sticky('b', 'event', 'B', 0, 0), sticky('c', 'event', 'C', 0, 400)], links: [link('ab', 'a', 'b'), link('cb', 'c', 'b'), link('ca', 'c', 'a')], contexts: [], swimlanes: [] },
      'b',
    );
    const box = viewBox(svg);
    const paths = [...svg.matchAll(/<path[^>]* d="(M[^"]+)"[^>]*marker-end/g)].map((m) => m[1]!);
    expect(paths).toHaveLength(3);
    for (const d of paths) {
      const n = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
      // A cubic Bézier stays inside the hull of its four points; sample it densely.
      for (let i = 0; i <= 100; i++) {
        const t = i / 100;
        const u = 1 - t;
        const px = u ** 3 * n[0]! + 3 * u * u * t * n[2]! + 3 * u * t * t * n[4]! + t ** 3 * n[6]!;
        const py = u ** 3 * n[1]! + 3 * u * u * t * n[3]! + 3 * u * t * t * n[5]! + t ** 3 * n[7]!;
        expect(px).toBeGreaterThanOrEqual(box.minX);
        expect(px).toBeLessThanOrEqual(box.maxX);
        expect(py).toBeGreaterThanOrEqual(box.minY);
        expect(py).toBeLessThanOrEqual(box.maxY);
      }
    }
  });

  it('holds a long link label at the board edge', () => {
    const label = 'only after the practice confirmed the insurance claim by phone';
    const svg = boardToSvg({ stickies: [sticky('a', 'event', 'A', 0, 0), sticky('b', 'event', 'B', 0, 300)], links: [link('ab', 'a', 'b', label)], contexts: [], swimlanes: [] }, 'b');
    const box = viewBox(svg);
    const m = /<text[^>]*x="([-\d.]+)"[^>]*>[^<]*only after/.exec(svg);
    expect(m).not.toBeNull();
    const x = Number(m![1]);
    const half = ((`precedes: ${label}`.length * 10 * 0.6) / 2);
    expect(x - half).toBeGreaterThanOrEqual(box.minX);
    expect(x + half).toBeLessThanOrEqual(box.maxX);
  });
});

describe('SVG/PNG export text', () => {
  const textOf = (svg: string, kind: string) => {
    const group = new RegExp(`<g class="sticky" data-kind="${kind}">(.*?)</g>`).exec(svg)![1]!;
    const text = /<text[^>]*font-size="([\d.]+)"[^>]*>((?:<tspan[^>]*>[^<]*<\/tspan>)+)<\/text>/.exec(group)!;
    return { fontSize: Number(text[1]), lines: [...text[2]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!) };
  };

  it('draws a hotspot whole, at the size the canvas uses, when the canvas fits it', () => {
    const hot = sticky('h', 'hotspot', 'Who pays for a cancellation?', 0, 0);
    const fit = stickyTextFit(hot, 140, 100);
    const { fontSize, lines } = textOf(boardToSvg({ stickies: [hot], links: [], contexts: [], swimlanes: [] }, 'b'), 'hotspot');
    expect(fontSize).toBe(fit.fontSize);
    // Every character is drawn (a word longer than the line breaks anywhere, as on the canvas).
    expect(lines.join('').replace(/\s/g, '')).toBe(hot.text.replace(/\s/g, ''));
    // Every line fits the diamond's text room at the estimated glyph width.
    for (const line of lines) expect(line.length * fontSize * 0.6).toBeLessThanOrEqual(fit.roomWidth);
  });

  it('leaves room for the badges and the kind label, like the canvas', () => {
    const policy = sticky('p', 'policy', 'Whenever a patient cancels less than a day before the appointment, charge the late fee', 0, 0, { policyMode: 'automated' });
    const fit = stickyTextFit(policy, 160, 100);
    const svg = boardToSvg({ stickies: [policy], links: [], contexts: [], swimlanes: [] }, 'b');
    const { fontSize, lines } = textOf(svg, 'policy');
    expect(fontSize).toBe(fit.fontSize);
    expect(lines.join(' ')).toBe(policy.text);
    expect(svg).toContain('⚙ automated');
    const ys = [...svg.matchAll(/<tspan[^>]*y="([\d.]+)"/g)].map((m) => Number(m[1]));
    // Last baseline above the badge row (bottom padding 6 + row 16), first below the label.
    expect(Math.max(...ys)).toBeLessThanOrEqual(100 - 6 - 16);
    expect(Math.min(...ys) - fontSize).toBeGreaterThanOrEqual(13);
  });
});
