import { parseBoardFile } from '@stormscape/model';
import { useCallback, useEffect, useState } from 'react';
import type { BoardVersion } from '../api/historyApi';
import { deleteVersion, listVersions, previewVersion, restoreVersion, saveVersion } from '../api/historyApi';
import { usePresence, useRuntime } from '../board/BoardRuntime';
import { ConfirmDialog } from '../ui/ConfirmDialog';

const title = (v: BoardVersion) => v.name ?? `Automatic, ${new Date(v.createdAt).toLocaleString()}`;

/**
 * "35 changes (Alice 20, Bob 15)": the people the server credited; sessions it could not
 * (older history) by the name their presence shows now, when still here.
 */
function WhoChanged({ version }: { version: BoardVersion }) {
  const peers = usePresence((s) => s.peers);
  const total = version.changes.reduce((sum, c) => sum + c.inserted, 0);
  const people = version.people.map((p) => `${p.name} ${p.inserted}`);
  const present = version.changes.flatMap((c) => {
    const peer = c.name === null ? peers.find((p) => p.clientId === c.clientId) : undefined;
    return peer ? [`${peer.user.name} ${c.inserted}`] : [];
  });
  const named = [...people, ...present];
  return (
    <span className="muted">
      {total} changes{named.length > 0 ? ` (${named.join(', ')})` : ''}
    </span>
  );
}

/** A version's stickies, read-only. */
function Preview({ version, text }: { version: BoardVersion; text: string }) {
  const parsed = parseBoardFile(text);
  const label = `Preview of ${title(version)}`;
  if (!parsed.ok) return <p role="alert">This version cannot be shown.</p>;
  const texts = parsed.board.stickies.map((s) => s.text).sort((a, b) => a.localeCompare(b));
  return (
    <section className="history-preview" role="region" aria-label={label}>
      <h3>{label}</h3>
      <ul>
        {texts.map((t, i) => (
          <li key={i}>{t}</li>
        ))}
      </ul>
    </section>
  );
}

/** Board history: named and automatic versions, save, read-only preview, restore and delete (edit link only). */
export function HistoryMenu() {
  const { boardId, token, readOnly } = useRuntime();
  const [versions, setVersions] = useState<BoardVersion[]>([]);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ version: BoardVersion; text: string } | null>(null);
  const [confirming, setConfirming] = useState<BoardVersion | null>(null);
  const [deleting, setDeleting] = useState<BoardVersion | null>(null);
  const refresh = useCallback(() => {
    listVersions(boardId, token).then(setVersions, (e: Error) => setError(e.message));
  }, [boardId, token]);
  useEffect(refresh, [refresh]);

  const save = () => {
    const clean = name.trim();
    if (!clean) return;
    saveVersion(boardId, token, clean).then(() => {
      setName('');
      setError(null);
      refresh();
    }, (e: Error) => setError(e.message));
  };
  const restore = (version: BoardVersion) => {
    setConfirming(null);
    restoreVersion(boardId, token, version.id).then(refresh, (e: Error) => setError(e.message));
  };

  const remove = (version: BoardVersion) => {
    setDeleting(null);
    if (preview?.version.id === version.id) setPreview(null);
    deleteVersion(boardId, token, version.id).then(refresh, (e: Error) => setError(e.message));
  };

  return (
    <div className="history-menu" role="group" aria-label="History">
      {!readOnly && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <label>
            Version name
            <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} placeholder="after big picture" />
          </label>
          <button type="submit">Save version</button>
        </form>
      )}
      {error && <p role="alert">{error}</p>}
      {versions.length === 0 ? (
        <p className="muted">No versions yet.</p>
      ) : (
        <ul aria-label="Versions">
          {versions.map((v) => (
            <li key={v.id}>
              <strong>{title(v)}</strong> <time dateTime={v.createdAt}>{new Date(v.createdAt).toLocaleTimeString()}</time> <WhoChanged version={v} />
              <button type="button" onClick={() => void previewVersion(boardId, token, v.id).then((text) => setPreview({ version: v, text }), (e: Error) => setError(e.message))}>
                Preview
              </button>
              {!readOnly && (
                <button type="button" onClick={() => setConfirming(v)}>
                  Restore
                </button>
              )}
              {!readOnly && v.kind === 'named' && (
                <button type="button" onClick={() => setDeleting(v)}>
                  Delete
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {preview && <Preview version={preview.version} text={preview.text} />}
      <ConfirmDialog
        open={confirming !== null}
        title="Restore this version?"
        message={`The board goes back to "${confirming ? title(confirming) : ''}" for everyone, as one new change. The current board is saved as a version first.`}
        confirmLabel="Restore"
        onConfirm={() => confirming && restore(confirming)}
        onCancel={() => setConfirming(null)}
      />
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this version?"
        message={`"${deleting ? title(deleting) : ''}" is removed from the history for everyone. The board itself does not change.`}
        confirmLabel="Delete"
        onConfirm={() => deleting && remove(deleting)}
        onCancel={() => setDeleting(null)}
      />
    </div>
  );
}
