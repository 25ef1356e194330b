import { useState } from 'react';
import { useRuntime } from '../board/BoardRuntime';
import { boardHref } from '../app/router';

function LinkField({ label, href }: { label: string; href: string }) {
  const [copied, setCopied] = useState(false);
  const url = new URL(href, window.location.origin).toString();
  return (
    <div className="share-row">
      <label>
        {label}
        <input readOnly value={url} onFocus={(e) => e.target.select()} />
      </label>
      <button
        type="button"
        aria-label={`Copy ${label.toLowerCase()}`}
        onClick={() =>
          navigator.clipboard
            ?.writeText(url)
            .then(() => setCopied(true))
            .catch(() => setCopied(false))
        }
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}

/** Links to hand out: edit (editors only) and view-only (when its token is known). */
export function ShareMenu() {
  const { boardId, token, viewToken, readOnly } = useRuntime();
  return (
    <div className="share-menu" role="group" aria-label="Share">
      {!readOnly && <LinkField label="Edit link" href={boardHref(boardId, token, { viewToken })} />}
      {(readOnly || viewToken) && <LinkField label="View-only link" href={boardHref(boardId, readOnly ? token : viewToken!, { viewOnly: true })} />}
      {!readOnly && !viewToken && <p className="muted">The view-only link is known only where the board was created.</p>}
    </div>
  );
}
