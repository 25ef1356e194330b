import { describe, expect, it } from 'vitest';
import { inferLinkKind, withArticle } from './grammar';

describe('grammar wording', () => {
  it('puts "a" or "an" before kind names', () => {
    expect(withArticle('actor')).toBe('an actor');
    expect(withArticle('event')).toBe('an event');
    expect(withArticle('domain event')).toBe('a domain event');
    expect(withArticle('UI')).toBe('a UI');
    expect(withArticle('Opportunity')).toBe('an Opportunity');
  });
  it('explains a refused link in plain English', () => {
    const refused = inferLinkKind('event', 'actor');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reason).toMatch(/^A domain event cannot connect to an actor; it can connect to: /);
    const ui = inferLinkKind('actor', 'ui');
    expect(!ui.ok && ui.reason).toContain('An actor cannot connect to a UI');
  });
});
