import { TEXT_LIMITS } from '@stormscape/model';
import { useState } from 'react';
import { createBoard } from '../api/boardsApi';
import { rememberTokens } from '../api/tokens';
import { boardHref, navigate } from '../app/router';
import { useExamples } from './examples';

/** New board: blank or from an example; opens it on success. */
export function CreateBoardForm() {
  const examples = useExamples();
  const [name, setName] = useState('');
  const [example, setExample] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const fallback = examples.find((e) => e.id === example)?.name ?? 'Untitled board';
      const created = await createBoard(name.trim() || fallback, example || undefined);
      rememberTokens(created.id, { editToken: created.editToken, viewToken: created.viewToken });
      navigate(boardHref(created.id, created.editToken, { viewToken: created.viewToken }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="create-title">
      <h2 id="create-title">New board</h2>
      <label>
        Name
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Untitled board" maxLength={TEXT_LIMITS.name} />
      </label>
      <label>
        Start from
        <select value={example} onChange={(e) => setExample(e.target.value)}>
          <option value="">A blank board</option>
          {examples.map((choice) => (
            <option key={choice.id} value={choice.id}>
              Example: {choice.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary" disabled={busy}>
        Create board
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
