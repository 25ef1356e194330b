import { lazy, Suspense, useMemo } from 'react';
import { HomePage } from '../home/HomePage';
import { parseRoute, useLocationHref } from './router';

// The canvas (React Flow, Yjs) is only loaded when a board is opened.
const BoardPage = lazy(() => import('../board/BoardPage').then((m) => ({ default: m.BoardPage })));

export function App() {
  const href = useLocationHref();
  const route = useMemo(() => parseRoute(window.location), [href]);
  if (route.name === 'home') return <HomePage />;
  return (
    <Suspense fallback={<p className="loading" role="status">Loading board…</p>}>
      <BoardPage key={`${route.boardId}:${route.token ?? ''}`} route={route} />
    </Suspense>
  );
}
