import type { BoundedContextCanvas } from '@stormscape/model';
import { BusinessModel, DomainClassification, Evolution, TEXT_LIMITS } from '@stormscape/model';
import { useBoard, useRuntime } from '../board/BoardRuntime';
import { CommunicationEditor } from './CommunicationEditor';
import { CodeNameField } from './decisions/CodeNameField';
import { StringListEditor } from './StringListEditor';

const LIST_FIELDS = [
  ['domainRoles', 'Domain roles'],
  ['businessDecisions', 'Business decisions'],
  ['assumptions', 'Assumptions'],
  ['verificationMetrics', 'Verification metrics'],
  ['openQuestions', 'Open questions'],
] as const;

/** Every field of the Bounded Context Canvas (ddd-crew v5) for one frame. */
export function ContextCanvasPanel({ id }: { id: string }) {
  const { actions, readOnly } = useRuntime();
  const context = useBoard((s) => s.contexts.get(id));
  if (!context) return null;
  const { canvas } = context;
  const setCanvas = (patch: Partial<BoundedContextCanvas>) => actions.updateContext(id, { canvas: patch });
  const cls = canvas.classification;
  return (
    <div className="details" aria-label="Bounded context canvas">
      <label>
        Name
        <input value={context.name} readOnly={readOnly} maxLength={TEXT_LIMITS.name} onChange={(e) => actions.updateContext(id, { name: e.target.value })} />
      </label>
      <CodeNameField item={context} readOnly={readOnly} onChange={(codeName) => actions.updateContext(id, { codeName })} />
      <label>
        Colour
        <input type="color" value={context.colour} disabled={readOnly} onChange={(e) => actions.updateContext(id, { colour: e.target.value.toUpperCase() })} />
      </label>
      <p className="muted">{context.memberIds.length} stickies inside</p>
      <label>
        Purpose
        <textarea value={canvas.purpose} readOnly={readOnly} rows={3} onChange={(e) => setCanvas({ purpose: e.target.value })} />
      </label>
      <fieldset>
        <legend>Strategic classification</legend>
        <label>
          Domain
          <select aria-label="Domain classification" value={cls.domain ?? ''} disabled={readOnly} onChange={(e) => setCanvas({ classification: { ...cls, domain: (e.target.value || null) as BoundedContextCanvas['classification']['domain'] } })}>
            <option value="">—</option>
            {DomainClassification.options.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        <div role="group" aria-label="Business model">
          Business model:
          {BusinessModel.options.map((m) => (
            <label className="inline" key={m}>
              <input
                type="checkbox"
                checked={cls.businessModel.includes(m)}
                disabled={readOnly}
                onChange={(e) => setCanvas({ classification: { ...cls, businessModel: e.target.checked ? [...cls.businessModel, m] : cls.businessModel.filter((x) => x !== m) } })}
              />{' '}
              {m}
            </label>
          ))}
        </div>
        <label>
          Evolution
          <select aria-label="Evolution" value={cls.evolution ?? ''} disabled={readOnly} onChange={(e) => setCanvas({ classification: { ...cls, evolution: (e.target.value || null) as BoundedContextCanvas['classification']['evolution'] } })}>
            <option value="">—</option>
            {Evolution.options.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <CommunicationEditor label="Inbound communication" items={canvas.inbound} readOnly={readOnly} onChange={(inbound) => setCanvas({ inbound })} />
      <CommunicationEditor label="Outbound communication" items={canvas.outbound} readOnly={readOnly} onChange={(outbound) => setCanvas({ outbound })} />
      <fieldset className="list-editor">
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
      {LIST_FIELDS.map(([key, label]) => (
        <StringListEditor key={key} label={label} items={canvas[key]} readOnly={readOnly} multiline={key !== 'domainRoles'} onChange={(items) => setCanvas({ [key]: items })} />
      ))}
    </div>
  );
}
