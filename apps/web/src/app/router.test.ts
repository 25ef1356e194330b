import { describe, expect, it } from 'vitest';
import { boardHref, parseRoute } from './router';

describe('router', () => {
  it('parses board links with their token and view-only flag', () => {
    expect(parseRoute({ pathname: '/b/abc_1', search: '?token=t&view=1' })).toEqual({ name: 'board', boardId: 'abc_1', token: 't', viewOnly: true, viewToken: null });
    expect(parseRoute({ pathname: '/', search: '' })).toEqual({ name: 'home' });
    expect(parseRoute({ pathname: '/b/../etc', search: '' })).toEqual({ name: 'home' });
  });

  it('builds links that parse back', () => {
    const href = boardHref('abc', 'edit', { viewToken: 'view' });
    const url = new URL(href, 'http://x');
    expect(parseRoute(url)).toMatchObject({ boardId: 'abc', token: 'edit', viewToken: 'view', viewOnly: false });
    expect(parseRoute(new URL(boardHref('abc', 'view', { viewOnly: true }), 'http://x'))).toMatchObject({ token: 'view', viewOnly: true });
  });
});
