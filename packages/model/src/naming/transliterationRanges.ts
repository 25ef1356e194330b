/**
 * Which code points the generated transliteration tables cover (shared by the generator
 * and the lookup, so they cannot disagree). Hangul syllables are composed from jamo
 * arithmetically (Unicode's composition formula); the other ranges are looked up.
 */
export const HANGUL = { base: 0xac00, last: 0xd7a3, initials: 19, medials: 21, finals: 28 } as const;

/** Inclusive code-point ranges transliterated by table (from any-ascii). */
export const ANY_ASCII_RANGES: readonly (readonly [start: number, end: number])[] = [
  [0x00a0, 0x024f], // Latin-1 Supplement, Latin Extended-A and -B
  [0x0370, 0x052f], // Greek, Cyrillic
  [0x0590, 0x06ff], // Hebrew, Arabic
  [0x0e00, 0x0e7f], // Thai
  [0x1e00, 0x1fff], // Latin Extended Additional (Vietnamese), Greek Extended
  [0x2600, 0x27bf], // Miscellaneous Symbols, Dingbats (✅ ❤ ⚠ …)
  [0x2b00, 0x2bff], // Miscellaneous Symbols and Arrows (⭐)
  [0x3040, 0x30ff], // Hiragana, Katakana
  [0x3130, 0x318f], // Hangul Compatibility Jamo (ㅋ, ㅎ written alone)
  [0x4e00, 0x9fff], // CJK Unified Ideographs (kanji / hanzi: read in pinyin, see README)
  [0xff00, 0xffef], // Half- and full-width forms (ＡＢＣ１２３, ｶﾀｶﾅ)
  [0x1f300, 0x1faff], // Emoji (pictographs, emoticons, transport, supplemental symbols)
];
