import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { boardAccess } from '../api/boardsApi';
import { getTokens, rememberTokens } from '../api/tokens';
import type { Route } from '../app/router';
import { Canvas } from '../canvas/Canvas';
import { savedUserName } from '../collab';
import { NamePrompt } from '../panels/NamePrompt';
import { Palette } from '../panels/Palette';
import { ShortcutsOverlay } from '../panels/ShortcutsOverlay';
import { Toasts } from '../panels/Toasts';
import { Toolbar } from '../panels/Toolbar';
import { WorkshopLayer } from '../workshop/WorkshopLayer';
import { BoardGone } from './BoardGone';
import { BoardHeader } from './BoardHeader';
import type { BoardRuntime } from './BoardRuntime';
import { RuntimeContext } from './BoardRuntime';
import { createRuntime } from './createRuntime';
import { SidePanel } from './SidePanel';

type BoardRoute = Extract<Route, { name: 'board' }>;

interface Access {
  readOnly: boolean;
  viewToken: string | null;
  missing: boolean;
}

/** Works out what the link's token may do (server first, the link's own hint otherwise). */
async function resolveAccess(route: BoardRoute, token: string): Promise<Access> {
  const known = getTokens(route.boardId);
  const answer = await boardAccess(route.boardId, token);
  if (answer.missing) return { readOnly: true, viewToken: null, missing: true };
  const readOnly = answer.role ? answer.role === 'view' : route.viewOnly || (known.viewToken === token && known.editToken !== token);
  const viewToken = readOnly ? token : (answer.viewToken ?? route.viewToken ?? known.viewToken ?? null);
  rememberTokens(route.boardId, readOnly ? { viewToken: token } : { editToken: token, viewToken: viewToken ?? undefined });
  return { readOnly, viewToken, missing: false };
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
    if (!access || access.missing || !token) return;
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
  if (access?.missing) return <BoardGone boardId={route.boardId} reason="missing" />;
  if (!runtime) return <p className="loading" role="status">Opening board…</p>;
  return <BoardGoneWatch runtime={runtime} />;
}

/** The board, until the server says it is gone (deleted while open). */
function BoardGoneWatch({ runtime }: { runtime: BoardRuntime }) {
  const gone = useStore(runtime.session.state, (s) => s.gone);
  if (gone) return <BoardGone boardId={runtime.boardId} reason={gone} />;
  return <BoardView runtime={runtime} />;
}

/** The board screen for a ready runtime. */
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
          <ShortcutsOverlay />
          <NamePrompt onName={(name) => runtime.session.presence.setName(name)} />
        </div>
      </ReactFlowProvider>
    </RuntimeContext.Provider>
  );
}
