import { describe, expect, it } from 'vitest';
import { mdInline, mdOr } from './markdown';

describe('mdInline', () => {
  it('escapes markdown and html so hostile text stays literal', () => {
    expect(mdInline('# Boom <script>alert(1)</script>')).toBe('\\# Boom &lt;script>alert(1)&lt;/script>');
    expect(mdInline('**bold** _it_ `code` [link](http://x) ![img](y) a|b ~~s~~')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\[link\\](http://x) !\\[img\\](y) a\\|b \\~\\~s\\~\\~',
    );
    expect(mdInline('&amp; \\')).toBe('&amp;amp; \\\\');
  });
  it('keeps text on one line and out of block syntax', () => {
    expect(mdInline('a\n\n# b\n- c')).toBe('a \\# b - c');
    expect(mdInline('- item')).toBe('\\- item');
    expect(mdInline('1. first')).toBe('1\\. first');
    expect(mdInline('> quote')).toBe('\\> quote');
    expect(mdInline('=== x')).toBe('\\=== x');
    expect(mdInline('+ x')).toBe('\\+ x');
  });
  it('shows a placeholder for blank text', () => {
    expect(mdOr('  ', 'untitled')).toBe('_untitled_');
    expect(mdOr('x', 'untitled')).toBe('x');
  });
});
