import { useId } from 'react';

interface Props {
  label: string;
  items: readonly string[];
  readOnly: boolean;
  onChange: (items: string[]) => void;
  multiline?: boolean;
}

/** An editable list of short texts (canvas roles, decisions, assumptions…). */
export function StringListEditor({ label, items, readOnly, onChange, multiline }: Props) {
  const id = useId();
  return (
    <fieldset className="list-editor">
      <legend id={id}>{label}</legend>
      {items.map((item, i) => {
        const set = (value: string) => onChange(items.map((old, j) => (j === i ? value : old)));
        return (
          <div className="list-row" key={i}>
            {multiline ? (
              <textarea aria-label={`${label} ${i + 1}`} value={item} readOnly={readOnly} onChange={(e) => set(e.target.value)} rows={2} />
            ) : (
              <input aria-label={`${label} ${i + 1}`} value={item} readOnly={readOnly} onChange={(e) => set(e.target.value)} />
            )}
            {!readOnly && (
              <button type="button" aria-label={`Remove ${label} ${i + 1}`} onClick={() => onChange(items.filter((_, j) => j !== i))}>
                ×
              </button>
            )}
          </div>
        );
      })}
      {!readOnly && (
        <button type="button" className="add" onClick={() => onChange([...items, ''])} aria-describedby={id}>
          + Add
        </button>
      )}
    </fieldset>
  );
}
