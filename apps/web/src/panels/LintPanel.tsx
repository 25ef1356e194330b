import type { Finding } from '@stormscape/model';
import { LEVELS, lintBoard } from '@stormscape/model';
import type { Level } from '@stormscape/model';
import { docToBoard } from '@stormscape/model/yjs';
import { useEffect, useState } from 'react';
import { useBoard, useRuntime, useUi } from '../board/BoardRuntime';

const SEVERITIES = [
  ['error', 'Errors'],
  ['warning', 'Warnings'],
  ['info', 'Info'],
] as const;
const LEVEL_LABELS: Record<Level, string> = { bigPicture: 'Big picture', process: 'Process', design: 'Design' };
/** Lint once the board has been quiet this long (never on every drag frame). */
const LINT_IDLE_MS = 300;

/** The model's findings, live, grouped by severity; a click selects and reveals. */
export function LintPanel() {
  const { session, ui, actions } = useRuntime();
  const revision = useBoard((s) => s.revision);
  const level = useUi((s) => s.level);
  const [findings, setFindings] = useState<Finding[]>([]);
  useEffect(() => {
    const timer = setTimeout(() => setFindings(lintBoard(docToBoard(session.doc), { level })), LINT_IDLE_MS);
    return () => clearTimeout(timer);
  }, [revision, level, session]);
  return (
    <section className="lint-panel" aria-labelledby="lint-title">
      <div className="panel-head">
        <h2 id="lint-title">Checks</h2>
        <label>
          Level{' '}
          <select value={level} onChange={(e) => ui.setState({ level: e.target.value as Level })}>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {LEVEL_LABELS[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {findings.length === 0 && <p className="muted">No findings.</p>}
      {SEVERITIES.map(([severity, title]) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity} className={`lint-group lint-${severity}`}>
            <h3>
              {title} ({group.length})
            </h3>
            <ul aria-label={title}>
              {group.map((f, i) => (
                <li key={`${f.ruleId}-${i}`}>
                  <button type="button" className="lint-finding" onClick={() => actions.reveal(f.ids)}>
                    <span className="rule-id">{f.ruleId}</span> {f.message}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
