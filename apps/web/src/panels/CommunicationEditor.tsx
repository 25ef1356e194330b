import type { Communication } from '@stormscape/model';
import { MessageKind } from '@stormscape/model';
import { MESSAGE_KIND_LABELS } from './canvasLabels';

interface Props {
  label: string;
  items: readonly Communication[];
  readOnly: boolean;
  onChange: (items: Communication[]) => void;
  /** Id of a datalist of relationship suggestions. */
  suggestions?: string;
}

/** Inbound or outbound communication lines of the Bounded Context Canvas. */
export function CommunicationEditor({ label, items, readOnly, onChange, suggestions }: Props) {
  const set = (i: number, patch: Partial<Communication>) => onChange(items.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <fieldset className="list-editor">
      <legend>{label}</legend>
      {items.map((c, i) => (
        <div className="comm-row" key={i}>
          <input aria-label={`${label} ${i + 1} collaborator`} placeholder="Collaborator" value={c.collaborator} readOnly={readOnly} onChange={(e) => set(i, { collaborator: e.target.value })} />
          <input aria-label={`${label} ${i + 1} relationship`} placeholder="Relationship" list={suggestions} value={c.relationship} readOnly={readOnly} onChange={(e) => set(i, { relationship: e.target.value })} />
          <select aria-label={`${label} ${i + 1} message kind`} value={c.messageKind} disabled={readOnly} onChange={(e) => set(i, { messageKind: e.target.value as Communication['messageKind'] })}>
            {MessageKind.options.map((k) => (
              <option key={k} value={k}>
                {MESSAGE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
          <input aria-label={`${label} ${i + 1} message`} placeholder="Message" value={c.message} readOnly={readOnly} onChange={(e) => set(i, { message: e.target.value })} />
          {!readOnly && (
            <button type="button" aria-label={`Remove ${label} ${i + 1}`} onClick={() => onChange(items.filter((_, j) => j !== i))}>
              ×
            </button>
          )}
        </div>
      ))}
      {!readOnly && (
        <button type="button" className="add" onClick={() => onChange([...items, { collaborator: '', relationship: '', messageKind: 'command', message: '' }])}>
          + Add {label.toLowerCase()}
        </button>
      )}
    </fieldset>
  );
}
