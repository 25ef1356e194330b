import type { Field } from '@stormscape/model';
import { FIELD_TYPES } from '@stormscape/model';

interface Props {
  fields: readonly Field[];
  readOnly: boolean;
  onChange: (fields: Field[]) => void;
}

/** Data fields (name, type, list, required) of a command, event, aggregate or read model. */
export function FieldsEditor({ fields, readOnly, onChange }: Props) {
  const set = (i: number, patch: Partial<Field>) => onChange(fields.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  const freshName = () => {
    let n = fields.length + 1;
    while (fields.some((f) => f.name === `field${n}`)) n++;
    return `field${n}`;
  };
  return (
    <fieldset className="fields-editor">
      <legend>Fields</legend>
      {fields.length === 0 && <p className="muted">No fields yet.</p>}
      {fields.map((field, i) => (
        <div className="field-row" key={i}>
          <input
            aria-label={`Field ${i + 1} name`}
            value={field.name}
            readOnly={readOnly}
            onChange={(e) => e.target.value.trim() && set(i, { name: e.target.value })}
          />
          <select aria-label={`Field ${i + 1} type`} value={field.type} disabled={readOnly} onChange={(e) => set(i, { type: e.target.value as Field['type'] })}>
            {FIELD_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
          <label className="inline">
            <input type="checkbox" checked={field.required} disabled={readOnly} onChange={(e) => set(i, { required: e.target.checked })} /> required
          </label>
          <label className="inline">
            <input type="checkbox" checked={field.list} disabled={readOnly} onChange={(e) => set(i, { list: e.target.checked })} /> list
          </label>
          {!readOnly && (
            <button type="button" aria-label={`Remove field ${field.name}`} onClick={() => onChange(fields.filter((_, j) => j !== i))}>
              ×
            </button>
          )}
        </div>
      ))}
      {!readOnly && (
        <button type="button" className="add" onClick={() => onChange([...fields, { name: freshName(), type: 'string', list: false, required: false, description: '' }])}>
          + Add field
        </button>
      )}
    </fieldset>
  );
}
