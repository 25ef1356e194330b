import { lazy, Suspense, useEffect, useMemo } from 'react';
import { registerServiceWorker } from '../collab/serviceWorker/register';
import { HomePage } from '../home/HomePage';
import { parseRoute, useLocationHref } from './router';

// The canvas (React Flow, Yjs) is only loaded when a board is opened.
const BoardPage = lazy(() => import('../board/BoardPage').then((m) => ({ default: m.BoardPage })));

export function App() {
  const href = useLocationHref();
  // The offline app shell (production builds only): a reload with no network still opens boards.
  useEffect(registerServiceWorker, []);
  const route = useMemo(() => parseRoute(window.location), [href]);
  if (route.name === 'home') return <HomePage />;
  return (
    <Suspense fallback={<p className="loading" role="status">Loading board…</p>}>
      <BoardPage key={`${route.boardId}:${route.token ?? ''}`} route={route} />
    </Suspense>
  );
}
