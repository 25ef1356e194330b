import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { boardAccess } from '../api/boardsApi';
import { getTokens, rememberTokens } from '../api/tokens';
import type { Route } from '../app/router';
import { Canvas } from '../canvas/Canvas';
import { savedUserName } from '../collab';
import { NamePrompt } from '../panels/NamePrompt';
import { Palette } from '../panels/Palette';
import { Toasts } from '../panels/Toasts';
import { Toolbar } from '../panels/Toolbar';
import { WorkshopLayer } from '../workshop/WorkshopLayer';
import { BoardHeader } from './BoardHeader';
import type { BoardRuntime } from './BoardRuntime';
import { RuntimeContext } from './BoardRuntime';
import { createRuntime } from './createRuntime';
import { SidePanel } from './SidePanel';

type BoardRoute = Extract<Route, { name: 'board' }>;

interface Access {
  readOnly: boolean;
  viewToken: string | null;
}

/** Works out what the link's token may do (server first, the link's own hint otherwise). */
async function resolveAccess(route: BoardRoute, token: string): Promise<Access> {
  const known = getTokens(route.boardId);
  const answer = await boardAccess(route.boardId, token);
  const readOnly = answer.role ? answer.role === 'view' : route.viewOnly || (known.viewToken === token && known.editToken !== token);
  const viewToken = readOnly ? token : (answer.viewToken ?? route.viewToken ?? known.viewToken ?? null);
  rememberTokens(route.boardId, readOnly ? { viewToken: token } : { editToken: token, viewToken: viewToken ?? undefined });
  return { readOnly, viewToken };
}

/** One board, opened by link: canvas, palette, panels, presence. */
export function BoardPage({ route }: { route: BoardRoute }) {
  const token = route.token;
  const [access, setAccess] = useState<Access | null>(null);
  const [runtime, setRuntime] = useState<(BoardRuntime & { destroy(): void }) | null>(null);

  useEffect(() => {
    if (!token) return;
    let live = true;
    void resolveAccess(route, token).then((a) => live && setAccess(a));
    return () => {
      live = false;
    };
  }, [route, token]);

  useEffect(() => {
    if (!access || !token) return;
    const rt = createRuntime({ boardId: route.boardId, token, viewToken: access.viewToken, readOnly: access.readOnly, userName: savedUserName() ?? 'Guest' });
    setRuntime(rt);
    return () => {
      rt.destroy();
      setRuntime(null);
    };
  }, [access, route.boardId, token]);

  if (!token) {
    return (
      <p role="alert" className="error page-error">
        This board link has no token. Ask for an edit or view-only link.
      </p>
    );
  }
  if (!runtime) return <p className="loading" role="status">Opening board…</p>;
  return <BoardView runtime={runtime} />;
}

/** The board screen for a ready runtime (also rendered by the performance bench). */
export function BoardView({ runtime }: { runtime: BoardRuntime }) {
  return (
    <RuntimeContext.Provider value={runtime}>
      <ReactFlowProvider>
        <div className={`board-page${runtime.readOnly ? ' read-only' : ''}`}>
          <BoardHeader />
          <WorkshopLayer />
          <div className="board-body">
            {!runtime.readOnly && <Palette />}
            <main className="board-main" aria-label="Board">
              <Toolbar />
              <Canvas />
            </main>
            <SidePanel />
          </div>
          <Toasts />
          <NamePrompt onName={(name) => runtime.session.presence.setName(name)} />
        </div>
      </ReactFlowProvider>
    </RuntimeContext.Provider>
  );
}
