import { useState } from 'react';
import { rememberWorkspaceToken } from '../api/workspaceToken';

interface Props {
  /** The server refused the token this browser had. */
  refused: boolean;
  onSaved: () => void;
}

/** Asks once for the workspace token; boards on this server are private without it. */
export function WorkspaceTokenForm({ refused, onSaved }: Props) {
  const [token, setToken] = useState('');
  const save = (event: React.FormEvent) => {
    event.preventDefault();
    if (token.trim() === '') return;
    rememberWorkspaceToken(token);
    setToken('');
    onSaved();
  };
  return (
    <form className="card" onSubmit={save} aria-labelledby="workspace-token-title">
      <h2 id="workspace-token-title">Workspace token</h2>
      <p className="muted">
        Boards on this server are private. Paste the workspace token to list, create and import boards: the server prints it
        once when it first starts and keeps it in <code>admin-token</code> in its data directory (or it is the value of{' '}
        <code>STORMSCAPE_ADMIN_TOKEN</code>). This browser remembers it. Board links work without it.
      </p>
      {refused && (
        <p role="alert" className="error">
          The server did not accept that workspace token.
        </p>
      )}
      <label>
        Workspace token
        <input type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} />
      </label>
      <button type="submit" className="primary">
        Save token
      </button>
    </form>
  );
}
