import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodeName } from '../schema/CodeName';
import { codeNameNeedsReview, codeNameOf, deriveCodeName, sameNameKey } from './codeName';
import { codeWords } from './codeWords';

const sticky = (text: string, codeName?: string) => ({ kind: 'command', text, ...(codeName === undefined ? {} : { codeName }) });
const range = (from: number, to: number) => fc.integer({ min: from, max: to }).map((cp) => String.fromCodePoint(cp));
/** Names as people write them in one script: words of 1–6 characters, separated by spaces. */
const namesIn = (char: fc.Arbitrary<string>) =>
  fc.array(fc.array(char, { minLength: 1, maxLength: 6 }).map((cs) => cs.join('')), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));

const korean = namesIn(range(0xac00, 0xd7a3));
const japanese = namesIn(fc.oneof(range(0x3041, 0x3093), range(0x30a1, 0x30f3), fc.constantFrom(...'注文受付済在庫引当顧客配送予約請求書')));
const emoji = namesIn(fc.constantFrom('🚀', '📦', '✅', '❤', '👍', '🛒', '💳', '🎉', '⭐', '🔥'));

describe('codeNameOf: derived code names for non-Latin display text', () => {
  it.each([
    ['Korean', korean],
    ['Japanese', japanese],
    ['emoji', emoji],
  ])('%s names give valid, meaningful, deterministic identifiers', (_, names) => {
    fc.assert(
      fc.property(names, (text) => {
        const name = codeNameOf(sticky(text));
        expect(CodeName.safeParse(name).success).toBe(true);
        // Meaningful: built from the text's own transliterated words, not a placeholder.
        const fromText = codeWords(text);
        expect(fromText.length).toBeGreaterThan(0);
        expect(name.toLowerCase().startsWith(fromText[0] as string)).toBe(true);
        expect(codeNameOf(sticky(text))).toBe(name);
        expect(codeNameOf(sticky(`  ${text}\n`))).toBe(name);
      }),
      { numRuns: 300 },
    );
  });

  it('different Korean names get different code names', () => {
    fc.assert(fc.property(korean, korean, (a, b) => sameNameKey(a) === sameNameKey(b) || codeNameOf(sticky(a)) !== codeNameOf(sticky(b))));
  });

  it('names the seeds\u2019 stickies readably', () => {
    expect(codeNameOf(sticky('예약 생성'))).toBe('yeyakSaengseong');
    expect(codeNameOf(sticky('주문 접수됨'))).toBe('jumunJeopsudoem');
    expect(codeNameOf(sticky('注文受付'))).toBe('zhuWenShouFu');
    expect(codeNameOf(sticky('🚀 Launch'))).toBe('rocketLaunch');
    expect(codeNameOf({ name: 'Réservations' })).toBe('reservations');
  });

  it('a code name people set wins over the text', () => {
    expect(codeNameOf(sticky('예약 생성', 'createReservation'))).toBe('createReservation');
    expect(codeNameNeedsReview(sticky('예약 생성', 'createReservation'))).toBe(false);
  });

  it('starts with the role when the text gives no words or starts with a digit', () => {
    expect(deriveCodeName('', 'readModel')).toBe('readModel');
    expect(deriveCodeName('\u0915\u093e', 'event')).toBe('event');
    expect(deriveCodeName('3D Print', 'command')).toBe('command3DPrint');
  });

  it('asks for review only when derivation had to guess', () => {
    expect(codeNameNeedsReview(sticky('Place Order'))).toBe(false);
    expect(codeNameNeedsReview(sticky('Café Ordered'))).toBe(false);
    expect(codeNameNeedsReview(sticky('예약 생성'))).toBe(true);
    expect(codeNameNeedsReview(sticky('🚀'))).toBe(true);
    expect(codeNameNeedsReview(sticky('!!!'))).toBe(true);
  });
});

describe('sameNameKey', () => {
  it('treats case, spacing and camelCase alike', () => {
    expect(sameNameKey('Place  Order')).toBe(sameNameKey('placeOrder'));
    expect(sameNameKey('Place Order')).not.toBe(sameNameKey('Place Orders'));
  });

  it('compares text no table covers as text', () => {
    expect(sameNameKey('\u0915\u093e')).not.toBe(sameNameKey('\u0916'));
  });
});
