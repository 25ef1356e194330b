import { useCallback, useEffect, useState } from 'react';
import type { BoardSummary } from '../api/boardsApi';
import { listBoards } from '../api/boardsApi';
import { BoardList } from './BoardList';
import { CreateBoardForm } from './CreateBoardForm';
import { ImportBoard } from './ImportBoard';
import { OpenByLink } from './OpenByLink';

/** Boards home: list, create, import, open by link. */
export function HomePage() {
  const [boards, setBoards] = useState<BoardSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(() => {
    listBoards()
      .then((list) => {
        setBoards(list);
        setError(null);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  useEffect(() => {
    document.title = 'Stormscape';
    refresh();
  }, [refresh]);

  return (
    <div className="home">
      <header className="home-header">
        <h1>Stormscape</h1>
        <p className="muted">Event Storming together, all the way to code.</p>
      </header>
      <main className="home-main">
        <section className="card boards" aria-labelledby="boards-title">
          <h2 id="boards-title">Boards</h2>
          {error && (
            <p role="alert" className="error">
              Could not load the boards: {error}
            </p>
          )}
          {boards === null && !error ? <p role="status">Loading…</p> : <BoardList boards={boards ?? []} onChanged={refresh} />}
        </section>
        <div className="home-side">
          <CreateBoardForm />
          <ImportBoard onImported={refresh} />
          <OpenByLink />
        </div>
      </main>
    </div>
  );
}
