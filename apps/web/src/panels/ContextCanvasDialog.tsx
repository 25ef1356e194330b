import type { BoundedContextCanvas } from '@stormscape/model';
import { BusinessModel, CONTEXT_PATTERNS, DomainClassification, Evolution } from '@stormscape/model';
import type { KeyboardEvent } from 'react';
import { useEffect, useId, useRef } from 'react';
import { useBoard, useRuntime } from '../board/BoardRuntime';
import { BUSINESS_MODEL_LABELS, DOMAIN_LABELS, EVOLUTION_LABELS, PATTERN_LABELS } from './canvasLabels';
import { CommunicationEditor } from './CommunicationEditor';
import { StringListEditor } from './StringListEditor';

const LIST_FIELDS = [
  ['domainRoles', 'Domain roles'],
  ['businessDecisions', 'Business decisions'],
  ['assumptions', 'Assumptions'],
  ['verificationMetrics', 'Verification metrics'],
  ['openQuestions', 'Open questions'],
] as const;

/** Suggestions for a communication line's relationship: the context-map patterns, by name. */
export const RELATIONSHIP_SUGGESTIONS_ID = 'context-relationship-suggestions';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab inside the dialog: the browser's modal dialog makes the page inert but lets
 * focus leave for the browser's own UI; here it wraps from the last field to the first.
 */
function trapTab(e: KeyboardEvent<HTMLDialogElement>) {
  if (e.key !== 'Tab') return;
  const focusable = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

/**
 * The whole Bounded Context Canvas (ddd-crew v5) of one context in a wide modal dialog,
 * laid out like the canvas, with words for every choice. Escape or Close closes it.
 */
export function ContextCanvasDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const { actions, readOnly } = useRuntime();
  const context = useBoard((s) => s.contexts.get(id));
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    // Focus goes back where it was (the opening button) however the dialog closes.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      opener?.focus();
    };
  }, []);
  useEffect(() => {
    if (!context) onClose();
  }, [context, onClose]);
  if (!context) return null;
  const { canvas } = context;
  const setCanvas = (patch: Partial<BoundedContextCanvas>) => actions.updateContext(id, { canvas: patch });
  const cls = canvas.classification;
  return (
    <dialog
      ref={ref}
      className="dialog canvas-dialog"
      aria-labelledby={titleId}
      onKeyDown={trapTab}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="canvas-dialog-header">
        <h2 id={titleId}>
          Bounded Context Canvas: <span style={{ color: context.colour }}>{context.name || 'Unnamed context'}</span>
        </h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <div className="canvas-grid">
        <section className="canvas-cell canvas-purpose">
          <label>
            Purpose
            <textarea value={canvas.purpose} readOnly={readOnly} rows={3} onChange={(e) => setCanvas({ purpose: e.target.value })} />
          </label>
        </section>
        <fieldset className="canvas-cell">
          <legend>Strategic classification</legend>
          <label>
            Domain
            <select value={cls.domain ?? ''} disabled={readOnly} onChange={(e) => setCanvas({ classification: { ...cls, domain: (e.target.value || null) as BoundedContextCanvas['classification']['domain'] } })}>
              <option value="">Not decided</option>
              {DomainClassification.options.map((d) => (
                <option key={d} value={d}>
                  {DOMAIN_LABELS[d]}
                </option>
              ))}
            </select>
          </label>
          <div role="group" aria-label="Business model" className="canvas-choices">
            Business model
            {BusinessModel.options.map((m) => (
              <label className="inline" key={m}>
                <input
                  type="checkbox"
                  checked={cls.businessModel.includes(m)}
                  disabled={readOnly}
                  onChange={(e) => setCanvas({ classification: { ...cls, businessModel: e.target.checked ? [...cls.businessModel, m] : cls.businessModel.filter((x) => x !== m) } })}
                />{' '}
                {BUSINESS_MODEL_LABELS[m]}
              </label>
            ))}
          </div>
          <label>
            Evolution
            <select value={cls.evolution ?? ''} disabled={readOnly} onChange={(e) => setCanvas({ classification: { ...cls, evolution: (e.target.value || null) as BoundedContextCanvas['classification']['evolution'] } })}>
              <option value="">Not decided</option>
              {Evolution.options.map((d) => (
                <option key={d} value={d}>
                  {EVOLUTION_LABELS[d]}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        <div className="canvas-cell">
          <StringListEditor label="Domain roles" items={canvas.domainRoles} readOnly={readOnly} onChange={(domainRoles) => setCanvas({ domainRoles })} />
        </div>
        <div className="canvas-cell">
          <CommunicationEditor label="Inbound communication" items={canvas.inbound} readOnly={readOnly} suggestions={RELATIONSHIP_SUGGESTIONS_ID} onChange={(inbound) => setCanvas({ inbound })} />
        </div>
        <fieldset className="canvas-cell list-editor">
          <legend>Ubiquitous language</legend>
          {canvas.ubiquitousLanguage.map((t, i) => {
            const set = (patch: Partial<typeof t>) => setCanvas({ ubiquitousLanguage: canvas.ubiquitousLanguage.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
            return (
              <div className="list-row" key={i}>
                <input aria-label={`Term ${i + 1}`} placeholder="Term" value={t.term} readOnly={readOnly} onChange={(e) => set({ term: e.target.value })} />
                <input aria-label={`Definition ${i + 1}`} placeholder="Definition" value={t.definition} readOnly={readOnly} onChange={(e) => set({ definition: e.target.value })} />
                {!readOnly && (
                  <button type="button" aria-label={`Remove term ${i + 1}`} onClick={() => setCanvas({ ubiquitousLanguage: canvas.ubiquitousLanguage.filter((_, j) => j !== i) })}>
                    ×
                  </button>
                )}
              </div>
            );
          })}
          {!readOnly && (
            <button type="button" className="add" onClick={() => setCanvas({ ubiquitousLanguage: [...canvas.ubiquitousLanguage, { term: '', definition: '' }] })}>
              + Add term
            </button>
          )}
        </fieldset>
        <div className="canvas-cell">
          <CommunicationEditor label="Outbound communication" items={canvas.outbound} readOnly={readOnly} suggestions={RELATIONSHIP_SUGGESTIONS_ID} onChange={(outbound) => setCanvas({ outbound })} />
        </div>
        {LIST_FIELDS.filter(([key]) => key !== 'domainRoles').map(([key, label]) => (
          <div className="canvas-cell" key={key}>
            <StringListEditor label={label} items={canvas[key]} readOnly={readOnly} multiline onChange={(items) => setCanvas({ [key]: items })} />
          </div>
        ))}
      </div>
      <datalist id={RELATIONSHIP_SUGGESTIONS_ID}>
        {CONTEXT_PATTERNS.map((p) => (
          <option key={p} value={`${PATTERN_LABELS[p]} (${p})`} />
        ))}
      </datalist>
    </dialog>
  );
}
