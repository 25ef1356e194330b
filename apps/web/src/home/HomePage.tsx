import { useCallback, useEffect, useState } from 'react';
import type { BoardSummary } from '../api/boardsApi';
import { isWorkspaceRefusal, listBoards } from '../api/boardsApi';
import { getWorkspaceToken } from '../api/workspaceToken';
import { BoardList } from './BoardList';
import { CreateBoardForm } from './CreateBoardForm';
import { ImportBoard } from './ImportBoard';
import { OpenByLink } from './OpenByLink';
import { WorkspaceTokenForm } from './WorkspaceTokenForm';

type Access = 'unknown' | 'missing' | 'refused' | 'granted';

/** Boards home: list, create, import (with the workspace token), open by link (without). */
export function HomePage() {
  const [boards, setBoards] = useState<BoardSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [access, setAccess] = useState<Access>(() => (getWorkspaceToken() ? 'unknown' : 'missing'));
  const refresh = useCallback(() => {
    if (!getWorkspaceToken()) return setAccess('missing');
    listBoards()
      .then((list) => {
        setBoards(list);
        setError(null);
        setAccess('granted');
      })
      .catch((e: unknown) => {
        if (isWorkspaceRefusal(e)) return setAccess('refused');
        setError(e instanceof Error ? e.message : String(e));
      });
  }, []);
  useEffect(() => {
    document.title = 'Stormscape';
    refresh();
  }, [refresh]);

  const locked = access === 'missing' || access === 'refused';
  return (
    <div className="home">
      <header className="home-header">
        <h1>Stormscape</h1>
        <p className="muted">Event Storming together, all the way to code.</p>
      </header>
      <main className="home-main">
        {locked ? (
          <WorkspaceTokenForm refused={access === 'refused'} onSaved={refresh} />
        ) : (
          <section className="card boards" aria-labelledby="boards-title">
            <h2 id="boards-title">Boards</h2>
            {error && (
              <p role="alert" className="error">
                Could not load the boards: {error}
              </p>
            )}
            {boards === null && !error ? <p role="status">Loading…</p> : <BoardList boards={boards ?? []} onChanged={refresh} />}
          </section>
        )}
        <div className="home-side">
          {!locked && <CreateBoardForm />}
          {!locked && <ImportBoard onImported={refresh} />}
          <OpenByLink />
        </div>
      </main>
    </div>
  );
}
