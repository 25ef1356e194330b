import { describe, expect, it } from 'vitest';
import { pluralWord, pluralWords } from './plural';
import { stem } from './stem';

describe('pluralize', () => {
  it('makes collection names', () => {
    expect(['order', 'policy', 'address', 'bus', 'person', 'status', 'day', 'hero', 'photo'].map(pluralWord)).toEqual([
      'orders', 'policies', 'addresses', 'buses', 'people', 'statuses', 'days', 'heroes', 'photos',
    ]);
    expect(pluralWord('claims')).toBe('claims');
    expect(pluralWords(['book', 'copy'])).toEqual(['book', 'copies']);
    expect(pluralWord('constructor')).toBe('constructors');
    expect(pluralWord('__proto__')).toBe('__proto__s');
  });
});

describe('stem', () => {
  it('matches a command\u2019s word with its event\u2019s', () => {
    expect(stem('cancel')).toBe(stem('cancelled'));
    expect(stem('authorised').startsWith(stem('authorisation'))).toBe(true);
    expect(stem('ship')).toBe(stem('shipping'));
  });
});
