import { useState } from 'react';
import { navigate, parseRoute } from '../app/router';

/** Paste a board link (edit or view-only) to open it. */
export function OpenByLink() {
  const [link, setLink] = useState('');
  const [error, setError] = useState<string | null>(null);
  const open = (event: React.FormEvent) => {
    event.preventDefault();
    try {
      const url = new URL(link.trim(), window.location.origin);
      const route = parseRoute(url);
      if (route.name !== 'board' || !route.token) throw new Error('not a board link');
      navigate(url.pathname + url.search);
    } catch {
      setError('That is not a Stormscape board link (it looks like …/b/<id>?token=…).');
    }
  };
  return (
    <form className="card" onSubmit={open} aria-labelledby="open-title">
      <h2 id="open-title">Open by link</h2>
      <label>
        Board link
        <input value={link} onChange={(e) => setLink(e.target.value)} placeholder="https://…/b/…?token=…" />
      </label>
      <button type="submit">Open</button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
