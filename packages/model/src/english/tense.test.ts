import { describe, expect, it } from 'vitest';
import { isPastTenseWord, looksImperative, looksPastTense } from './tense';

describe('looksPastTense', () => {
  it.each(['Order Placed', 'Invoice Sent', 'Book Lent', 'Payment Made', 'Order Was Placed', 'Customer Signed Up', 'Fee Paid', 'Parcel Rebuilt', 'Card Re-issued', 'Loan Overdrawn'])(
    'accepts %s',
    (name) => expect(looksPastTense(name)).toBe(true),
  );
  it.each(['Place Order', 'Order Ready', 'Speed Limit', 'Need Feed', 'Payment'])('rejects %s', (name) =>
    expect(looksPastTense(name)).toBe(false),
  );
  it('treats an empty name as fine (nothing to judge)', () => expect(looksPastTense('  ')).toBe(true));
});

describe('looksImperative', () => {
  it.each(['Place Order', 'Put Book On Hold', 'Set Delivery Address', 'Mark Order As Paid', 'Bring Back Book', 'Process Payment', 'Read Meter', 'Pay Fine', 'Return Borrowed Book'])(
    'accepts %s',
    (name) => expect(looksImperative(name)).toBe(true),
  );
  it.each(['Order Placed', 'Placed Order', 'Placing Order', 'Places Order', 'Invoice Sent'])('rejects %s', (name) =>
    expect(looksImperative(name)).toBe(false),
  );
});

describe('isPastTenseWord', () => {
  it('knows regular, irregular and prefixed forms', () => {
    expect(['placed', 'sent', 'withdrawn', 'repaid', 'resold'].every(isPastTenseWord)).toBe(true);
    expect(['need', 'speed', 'order', 'red'].some(isPastTenseWord)).toBe(false);
  });
});
