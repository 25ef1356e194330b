import { useRef, useState } from 'react';
import { ApiError, importBoard } from '../api/boardsApi';
import type { ApiErrorItem } from '../api/boardsApi';
import { rememberTokens } from '../api/tokens';
import { boardHref, navigate } from '../app/router';
import { localParseErrors } from './localParse';

/**
 * Import a `*.storm.json` file. Every error the model reports is listed and nothing is
 * created: the file is checked here first and the server checks it again.
 */
export function ImportBoard({ onImported }: { onImported: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<ApiErrorItem[]>([]);
  const [summary, setSummary] = useState<string | null>(null);

  const onFile = async (file: File) => {
    setErrors([]);
    setSummary(null);
    const text = await file.text();
    const local = localParseErrors(text);
    if (local.length > 0) {
      setSummary(`${file.name} was not imported: ${local.length} problem${local.length === 1 ? '' : 's'}.`);
      setErrors(local);
      return;
    }
    try {
      const created = await importBoard(text);
      rememberTokens(created.id, { editToken: created.editToken, viewToken: created.viewToken });
      onImported();
      navigate(boardHref(created.id, created.editToken, { viewToken: created.viewToken }));
    } catch (e) {
      const list = e instanceof ApiError ? e.errors : [];
      setSummary(`${file.name} was not imported: ${e instanceof Error ? e.message : String(e)}`);
      setErrors(list);
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">Import</h2>
      <label>
        Board file (*.storm.json)
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void onFile(file);
          }}
        />
      </label>
      {summary && (
        <div role="alert" className="import-errors">
          <p className="error">{summary}</p>
          {errors.length > 0 && (
            <ul aria-label="Import errors">
              {errors.map((error, i) => (
                <li key={i}>
                  <code>{error.path}</code>: {error.message}
                  {error.expected ? ` (expected ${error.expected})` : ''}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
