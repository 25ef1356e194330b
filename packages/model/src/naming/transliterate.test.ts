import korean from '@romanize/korean';
import anyAscii from 'any-ascii';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toAscii } from './transliterate';
import { ANY_ASCII_RANGES, HANGUL } from './transliterationRanges';

// The tables are generated from these two libraries; these tests hold them to the libraries.
const hangulSyllable = fc.integer({ min: HANGUL.base, max: HANGUL.last }).map((cp) => String.fromCodePoint(cp));

describe('toAscii: Hangul follows @romanize/korean (Revised Romanization)', () => {
  it('matches the library for every syllable on its own', () => {
    for (let cp = HANGUL.base; cp <= HANGUL.last; cp++) {
      const s = String.fromCodePoint(cp);
      if (toAscii(s) !== korean.romanize(s)) expect(toAscii(s)).toBe(korean.romanize(s));
    }
  });

  it('matches the library for every final before every initial (sound changes across syllables)', () => {
    for (let final = 0; final < HANGUL.finals; final++) {
      for (let initial = 0; initial < HANGUL.initials; initial++) {
        const s = String.fromCharCode(HANGUL.base + final, HANGUL.base + initial * HANGUL.medials * HANGUL.finals + 4 * HANGUL.finals);
        if (toAscii(s) !== korean.romanize(s)) expect(toAscii(s)).toBe(korean.romanize(s));
      }
    }
  });

  it('matches the library on random Hangul words and sentences', () => {
    const text = fc.array(fc.oneof({ weight: 6, arbitrary: hangulSyllable }, { weight: 1, arbitrary: fc.constantFrom(' ', '-', 'A', '1') }), { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, (s) => toAscii(s) === korean.romanize(s)), { numRuns: 2000 });
  });

  it('romanises the seeds\u2019 names as a Korean reader expects', () => {
    expect(toAscii('주문 접수됨')).toBe('jumun jeopsudoem');
    expect(toAscii('예약 생성')).toBe('yeyak saengseong');
    expect(toAscii('신라')).toBe('silla');
  });
});

describe('toAscii: other scripts follow any-ascii', () => {
  it('matches any-ascii for every code point of every covered range', () => {
    for (const [start, end] of ANY_ASCII_RANGES) {
      for (let cp = start; cp <= end; cp++) {
        const s = String.fromCodePoint(cp);
        if (toAscii(s) !== anyAscii(s)) expect({ cp: cp.toString(16), got: toAscii(s) }).toEqual({ cp: cp.toString(16), got: anyAscii(s) });
      }
    }
  });

  it('leaves ASCII alone and turns what no table covers into a word break', () => {
    expect(toAscii('Place Order!')).toBe('Place Order!');
    expect(toAscii('注文 🚀 Café')).toBe('ZhuWen :rocket: Cafe');
    expect(toAscii('a\u0915b')).toBe('a b'); // Devanagari is not covered
    expect(toAscii('Hold\u2019s')).toBe('Hold s');
  });
});
