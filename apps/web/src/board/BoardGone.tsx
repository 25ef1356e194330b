import { useEffect } from 'react';
import { forgetTokens } from '../api/tokens';

/**
 * What a link to a board that does not exist (or no longer does) opens: a plain page
 * saying so, never an empty editable board whose work would go nowhere. The browser's
 * remembered tokens and offline copy of that board are dropped.
 */
export function BoardGone({ boardId, reason }: { boardId: string; reason: 'missing' | 'deleted' }) {
  useEffect(() => {
    forgetTokens(boardId);
    try {
      indexedDB.deleteDatabase(`stormscape:${boardId}`);
    } catch {
      // no IndexedDB (private mode): nothing kept, nothing to drop
    }
  }, [boardId]);
  return (
    <main className="page-error board-gone" aria-labelledby="gone-title">
      <h1 id="gone-title">{reason === 'deleted' ? 'This board was deleted' : 'Board not found'}</h1>
      <p role="alert">
        {reason === 'deleted'
          ? 'Someone deleted this board while it was open. Nothing more can be saved to it.'
          : 'There is no board at this link: it was deleted, or the link is incomplete. Check the link with whoever shared it.'}
      </p>
      <p>
        <a className="button-link" href="/">
          Go to your boards
        </a>
      </p>
    </main>
  );
}
