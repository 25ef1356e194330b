import { deriveSnapSheets, SNAP_SECTION_TITLES, SNAP_SECTIONS, TEXT_LIMITS } from '@stormscape/model';
import type { SnapEntry, SnapSection, SnapSheet } from '@stormscape/model';
import { addSnapEntry, deleteSnapEntry, dismissSnapEntry, restoreSnapEntry, updateSnapEntry } from '@stormscape/model/yjs';
import { useMemo, useState } from 'react';
import { useVisibleBoard } from '../useVisibleBoard';
import { useWorkshop } from '../WorkshopContext';
import { TextField } from './TextField';

function Entry({ entry, where }: { entry: SnapEntry; where: string }) {
  const { rt } = useWorkshop();
  const { doc, origin } = rt.session;
  const ro = rt.readOnly;
  if (entry.derived) {
    return (
      <li className={`snap-entry is-derived${entry.dismissed ? ' is-dismissed' : ''}`} data-entry-id={entry.id}>
        <span className="ws-grow">{entry.text}</span>
        <span className="snap-badge" title="Derived from the storm; follows it">
          derived
        </span>
        {!ro &&
          (entry.dismissed ? (
            <button type="button" className="ws-no-print" aria-label={`Restore ${entry.text}`} onClick={() => restoreSnapEntry(doc, entry.id, origin)}>
              Restore
            </button>
          ) : (
            <button type="button" className="ws-no-print" aria-label={`Dismiss ${entry.text}`} onClick={() => dismissSnapEntry(doc, entry.id, origin)}>
              Dismiss
            </button>
          ))}
      </li>
    );
  }
  return (
    <li className="snap-entry is-manual" data-entry-id={entry.id}>
      {ro ? (
        <span className="ws-grow">{entry.text}</span>
      ) : (
        <TextField
          className="ws-grow"
          label={`Entry in ${where}`}
          value={entry.text}
          maxLength={TEXT_LIMITS.note}
          onCommit={(text) => (text.trim() ? updateSnapEntry(doc, entry.id, { text }, origin) : deleteSnapEntry(doc, entry.id, origin))}
        />
      )}
      <span className="snap-badge is-manual">manual</span>
      {!ro && (
        <button type="button" className="ws-no-print" aria-label={`Remove ${entry.text}`} onClick={() => deleteSnapEntry(doc, entry.id, origin)}>
          Remove
        </button>
      )}
    </li>
  );
}

function Section({ sheet, section }: { sheet: SnapSheet; section: SnapSection }) {
  const { rt } = useWorkshop();
  const [text, setText] = useState('');
  const title = SNAP_SECTION_TITLES[section];
  const where = `${title} of ${sheet.contextName}`;
  const entries = sheet.sections[section];
  const shown = entries.filter((e) => !e.dismissed);
  const dismissed = entries.filter((e) => e.dismissed);
  return (
    <section className={`snap-section snap-${section}`} aria-label={where}>
      <h3>{title}</h3>
      <ul className="ws-plain-list">
        {shown.map((e) => (
          <Entry key={e.id} entry={e} where={where} />
        ))}
        {shown.length === 0 && <li className="muted">—</li>}
      </ul>
      {dismissed.length > 0 && (
        <details className="ws-no-print">
          <summary>{dismissed.length} dismissed</summary>
          <ul className="ws-plain-list">
            {dismissed.map((e) => (
              <Entry key={e.id} entry={e} where={where} />
            ))}
          </ul>
        </details>
      )}
      {!rt.readOnly && (
        <form
          className="ws-row ws-no-print"
          onSubmit={(e) => {
            e.preventDefault();
            if (!text.trim()) return;
            addSnapEntry(rt.session.doc, { contextId: sheet.contextId, section, text: text.trim() }, rt.session.origin);
            setText('');
          }}
        >
          <input aria-label={`New entry in ${where}`} placeholder={`Add to ${title}`} value={text} maxLength={TEXT_LIMITS.note} onChange={(e) => setText(e.target.value)} />
          <button type="submit" aria-label={`Add to ${where}`}>
            Add
          </button>
        </form>
      )}
    </section>
  );
}

/** One SNAP-E sheet per service: derived entries follow the storm, manual ones are people's. */
export function SnapView() {
  const board = useVisibleBoard();
  const sheets = useMemo(() => deriveSnapSheets(board), [board]);
  const [only, setOnly] = useState('');
  const shown = only ? sheets.filter((s) => s.contextId === only) : sheets;
  return (
    <div className="ws-scroll">
      <div className="ws-toolbar ws-no-print" role="toolbar" aria-label="SNAP-E">
        <label className="inline">
          Service
          <select aria-label="Show sheet of" value={only} onChange={(e) => setOnly(e.target.value)}>
            <option value="">All services</option>
            {sheets.map((s) => (
              <option key={s.contextId} value={s.contextId}>
                {s.contextName}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => window.print()}>
          Print sheets
        </button>
      </div>
      {sheets.length === 0 && <p className="muted ws-empty">No services yet: frame bounded contexts on the canvas first.</p>}
      <div className="snap-sheets">
        {shown.map((sheet) => (
          <article key={sheet.contextId} className="snap-sheet" aria-label={`SNAP-E sheet: ${sheet.contextName}`}>
            <h2>{sheet.contextName}</h2>
            <div className="snap-grid">
              {SNAP_SECTIONS.map((section) => (
                <Section key={section} sheet={sheet} section={section} />
              ))}
            </div>
          </article>
        ))}
      </div>
    </div>
  );
}
