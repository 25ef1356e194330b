import { ANY_ASCII_RANGES, HANGUL } from './transliterationRanges';
import { ANY_ASCII_PACKED, ENTRY_SEPARATOR, HANGUL_RR } from './transliterationTables.generated';

// Tables are unpacked on first use: most boards are ASCII and never need them.
let unpacked: { entries: string[][]; joins: string[][] } | null = null;
function tables(): { entries: string[][]; joins: string[][] } {
  unpacked ??= {
    entries: ANY_ASCII_PACKED.map((packed) => packed.split(ENTRY_SEPARATOR)),
    joins: HANGUL_RR.joins.map((row) => row.split(',')),
  };
  return unpacked;
}

/** any-ascii's transliteration of one code point outside ASCII, or null when not covered. */
function tableEntry(codePoint: number): string | null {
  for (let i = 0; i < ANY_ASCII_RANGES.length; i++) {
    const [start, end] = ANY_ASCII_RANGES[i] as readonly [number, number];
    if (codePoint >= start && codePoint <= end) return tables().entries[i]?.[codePoint - start] ?? null;
  }
  return null;
}

const isSyllable = (codePoint: number) => codePoint >= HANGUL.base && codePoint <= HANGUL.last;

/** Revised Romanization of a run of Hangul syllables (sound changes across syllables included). */
function romaniseHangul(run: readonly number[]): string {
  const { joins } = tables();
  let out = '';
  let previousFinal = 0;
  for (const codePoint of run) {
    const index = codePoint - HANGUL.base;
    const initial = Math.floor(index / (HANGUL.medials * HANGUL.finals));
    const medial = Math.floor((index % (HANGUL.medials * HANGUL.finals)) / HANGUL.finals);
    out += (joins[previousFinal]?.[initial] ?? '') + HANGUL_RR.medials[medial];
    previousFinal = index % HANGUL.finals;
  }
  return out + HANGUL_RR.finals[previousFinal];
}

/**
 * `text` in ASCII for deriving code names: ASCII stays, Hangul is romanised by the Revised
 * Romanization ("주문 접수됨" → "jumun jeopsudoem"), other scripts and emoji follow
 * any-ascii ("注文" → "ZhuWen", "🚀" → ":rocket:", "é" → "e"); a code point neither covers
 * becomes a space, so it separates words as ASCII punctuation does ("Hold’s" → "Hold s"). Deterministic and pure. The tables are generated from `@romanize/korean`
 * and `any-ascii` (see scripts/generateTransliteration.ts) and tested against them.
 */
export function toAscii(text: string): string {
  // eslint-disable-next-line no-control-regex -- the fast path is exactly "only ASCII"
  if (/^[\u0000-\u007f]*$/.test(text)) return text;
  let out = '';
  let run: number[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0) as number;
    if (isSyllable(codePoint)) {
      run.push(codePoint);
      continue;
    }
    if (run.length > 0) {
      out += romaniseHangul(run);
      run = [];
    }
    out += codePoint <= 0x7f ? char : (tableEntry(codePoint) ?? ' ');
  }
  return run.length > 0 ? out + romaniseHangul(run) : out;
}
