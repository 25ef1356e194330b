import { describe, expect, it } from 'vitest';
import { boardToSvg } from './boardToSvg';
import { escapeXml, wrapText } from './xml';

const sticky = (id: string, text: string, x = 0) => ({ id, kind: 'event' as const, text, description: '', position: { x, y: 0 }, size: { width: 160, height: 100 }, laneId: null });

describe('boardToSvg', () => {
  it('keeps hostile text as text', () => {
    const svg = boardToSvg({ stickies: [sticky('a', '<script>alert(1)</script> & "x"')], links: [], contexts: [], swimlanes: [] }, '<b>board</b>');
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('&amp;');
  });

  it('draws links between the stickies it contains, with the relation', () => {
    const svg = boardToSvg(
      { stickies: [sticky('a', 'One'), sticky('b', 'Two', 400)], links: [{ id: 'l', kind: 'precedes', from: 'a', to: 'b', label: '' }], contexts: [], swimlanes: [] },
      'b',
    );
    expect(svg).toContain('marker-end="url(#arrow)"');
    expect(svg).toContain('>precedes<');
    expect(svg.startsWith('<?xml')).toBe(true);
  });
});

describe('xml helpers', () => {
  it('escapes and strips characters XML cannot hold', () => expect(escapeXml('a\u0000<b>&\'"')).toBe('a&lt;b&gt;&amp;&apos;&quot;'));
  it('wraps words and cuts long ones', () => {
    expect(wrapText('one two three', 5 * 0.55 * 10, 10, 5)).toEqual(['one', 'two', 'three']);
    expect(wrapText('abcdefghij', 5 * 0.55 * 10, 10, 5)).toEqual(['abcde', 'fghij']);
    expect(wrapText('a b c d e f', 1 * 0.55 * 10, 10, 2)).toHaveLength(2);
  });
});
