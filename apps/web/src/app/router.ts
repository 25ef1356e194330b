import { useSyncExternalStore } from 'react';

/** The two screens: the boards home and one board opened by link. */
export type Route =
  | { name: 'home' }
  | { name: 'board'; boardId: string; token: string | null; viewOnly: boolean; viewToken: string | null };

export function parseRoute(location: Pick<Location, 'pathname' | 'search'>): Route {
  const match = /^\/b\/([A-Za-z0-9_-]{1,64})\/?$/.exec(location.pathname);
  if (!match?.[1]) return { name: 'home' };
  const params = new URLSearchParams(location.search);
  return {
    name: 'board',
    boardId: match[1],
    token: params.get('token'),
    viewOnly: params.get('view') === '1',
    viewToken: params.get('vt'),
  };
}

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

/** Client-side navigation without a router dependency (two routes only). */
export function navigate(href: string): void {
  window.history.pushState(null, '', href);
  notify();
}

export function useLocationHref(): string {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => window.location.pathname + window.location.search,
  );
}

/** Path of a board link; the view token, if known, rides along on edit links only. */
export function boardHref(boardId: string, token: string, opts: { viewOnly?: boolean; viewToken?: string | null } = {}): string {
  const params = new URLSearchParams({ token });
  if (opts.viewOnly) params.set('view', '1');
  else if (opts.viewToken) params.set('vt', opts.viewToken);
  return `/b/${encodeURIComponent(boardId)}?${params.toString()}`;
}
