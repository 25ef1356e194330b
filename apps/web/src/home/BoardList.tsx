import { useState } from 'react';
import type { BoardSummary } from '../api/boardsApi';
import { deleteBoard, renameBoard } from '../api/boardsApi';
import { forgetTokens, getTokens } from '../api/tokens';
import { boardHref, navigate } from '../app/router';
import { ConfirmDialog } from '../ui/ConfirmDialog';

interface Props {
  boards: BoardSummary[];
  onChanged: () => void;
}

const formatDate = (value: BoardSummary['updatedAt']) =>
  value === null || value === undefined ? '' : new Date(value).toLocaleString();

/** Every board on the server; the ones this browser holds a token for can be opened. */
export function BoardList({ boards, onChanged }: Props) {
  const [deleting, setDeleting] = useState<BoardSummary | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const confirmDelete = async () => {
    if (!deleting) return;
    const target = deleting;
    setDeleting(null);
    const token = getTokens(target.id).editToken;
    if (!token) return setError(`No edit link for "${target.name}" in this browser.`);
    try {
      await deleteBoard(target.id, token);
      forgetTokens(target.id);
      onChanged();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const rename = async (board: BoardSummary, name: string) => {
    setRenaming(null);
    const token = getTokens(board.id).editToken;
    if (!token || !name.trim() || name === board.name) return;
    // The server writes the name into the board's document: header, tab title and exports follow.
    const ok = await renameBoard(board.id, name.trim(), token);
    if (!ok) setError(`Could not rename "${board.name}" (is the server reachable?).`);
    onChanged();
  };

  if (boards.length === 0) return <p className="muted">No boards yet.</p>;
  return (
    <>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <ul className="board-list" aria-label="Boards">
        {boards.map((board) => {
          const tokens = getTokens(board.id);
          const token = tokens.editToken ?? tokens.viewToken;
          return (
            <li key={board.id} className="board-row" data-board-id={board.id}>
              {renaming === board.id ? (
                <input
                  aria-label={`New name for ${board.name}`}
                  defaultValue={board.name}
                  autoFocus
                  onBlur={(e) => void rename(board, e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') void rename(board, e.currentTarget.value);
                    if (e.key === 'Escape') setRenaming(null);
                  }}
                />
              ) : token ? (
                <a
                  href={boardHref(board.id, token, { viewOnly: !tokens.editToken, viewToken: tokens.viewToken ?? null })}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(e.currentTarget.getAttribute('href') ?? '/');
                  }}
                >
                  {board.name || 'Untitled board'}
                </a>
              ) : (
                <span title="Open it with its link">{board.name || 'Untitled board'}</span>
              )}
              <span className="muted">{formatDate(board.updatedAt)}</span>
              <span className="row-actions">
                {token && (
                  <a className="button-link" href={`/api/boards/${encodeURIComponent(board.id)}/export?token=${encodeURIComponent(token)}`} download aria-label={`Export ${board.name}`}>
                    Export
                  </a>
                )}
                <button type="button" disabled={!tokens.editToken} onClick={() => setRenaming(board.id)} aria-label={`Rename ${board.name}`}>
                  Rename
                </button>
                <button type="button" disabled={!tokens.editToken} onClick={() => setDeleting(board)} aria-label={`Delete ${board.name}`}>
                  Delete
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete board?"
        message={`"${deleting?.name ?? ''}" will be deleted for everyone. This cannot be undone.`}
        confirmLabel="Delete board"
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
}
