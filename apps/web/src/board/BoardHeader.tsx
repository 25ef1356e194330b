import { TEXT_LIMITS } from '@stormscape/model';
import { useEffect, useState } from 'react';
import { renameBoard } from '../api/boardsApi';
import { navigate } from '../app/router';
import { ConnectionIndicator } from '../panels/ConnectionIndicator';
import { ExportMenu } from '../panels/ExportMenu';
import { HistoryMenu } from '../panels/HistoryMenu';
import { PresenceList } from '../panels/PresenceList';
import { ShareMenu } from '../panels/ShareMenu';
import { useBoard, useRuntime } from './BoardRuntime';

/** Board name (renames for everyone), connection, who is here, share, export and history. */
export function BoardHeader() {
  const { actions, readOnly, boardId, token } = useRuntime();
  const name = useBoard((s) => s.name);
  const [draft, setDraft] = useState(name);
  useEffect(() => setDraft(name), [name]);
  useEffect(() => {
    document.title = `${name || 'Untitled board'} — Stormscape`;
  }, [name]);
  const commit = () => {
    const clean = draft.trim();
    if (clean && clean !== name) {
      actions.rename(clean);
      void renameBoard(boardId, clean, token);
    } else setDraft(name);
  };
  return (
    <header className="board-header">
      <a
        href="/"
        className="home-link"
        onClick={(e) => {
          e.preventDefault();
          navigate('/');
        }}
      >
        ← Boards
      </a>
      <h1 className="board-title">
        {readOnly ? (
          <span>{name || 'Untitled board'}</span>
        ) : (
          <input
            aria-label="Board name"
            value={draft}
            maxLength={TEXT_LIMITS.name}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.currentTarget.blur();
              if (e.key === 'Escape') setDraft(name);
            }}
          />
        )}
      </h1>
      {readOnly && <span className="badge">View only</span>}
      <ConnectionIndicator />
      <PresenceList />
      <details className="menu">
        <summary>Share</summary>
        <ShareMenu />
      </details>
      <details className="menu">
        <summary>Export</summary>
        <ExportMenu />
      </details>
      <details className="menu">
        <summary>History</summary>
        <HistoryMenu />
      </details>
    </header>
  );
}
