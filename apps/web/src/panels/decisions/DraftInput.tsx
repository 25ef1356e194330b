import { useId, useState } from 'react';

interface Props {
  label: string;
  /** The stored value (shown whenever nobody is typing an unsaved one). */
  value: string;
  placeholder?: string;
  readOnly: boolean;
  /** Why a value cannot be saved (readable), or null. */
  issue: (text: string) => string | null;
  /** Saves a valid value. */
  commit: (text: string) => void;
  /** `change`: every valid keystroke is saved; `enter`: saved on Enter or leaving the field. */
  saveOn?: 'change' | 'enter';
  className?: string;
}

/**
 * A text input that only writes valid values to the document. An invalid value stays on
 * screen with its reason until it is fixed or Escape restores the stored one; meanwhile
 * others' edits of the stored value show as soon as there is no draft.
 */
export function DraftInput({ label, value, placeholder, readOnly, issue, commit, saveOn = 'change', className }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const errorId = useId();
  const shown = draft ?? value;
  const problem = draft === null ? null : issue(draft);
  const save = (text: string) => {
    if (issue(text) !== null) return;
    if (text !== value) commit(text);
    setDraft(null);
  };
  return (
    <span className={`draft-input ${className ?? ''}`}>
      <input
        aria-label={label}
        value={shown}
        placeholder={placeholder}
        readOnly={readOnly}
        aria-invalid={problem !== null}
        aria-describedby={problem !== null ? errorId : undefined}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          if (saveOn === 'change' && issue(text) === null) {
            if (text !== value) commit(text);
          }
        }}
        onBlur={() => draft !== null && save(draft)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && draft !== null) {
            e.stopPropagation();
            setDraft(null);
          } else if (e.key === 'Enter' && draft !== null) {
            e.preventDefault();
            save(draft);
          }
        }}
      />
      {problem !== null && (
        <span id={errorId} role="alert" className="field-error">
          {problem}
        </span>
      )}
    </span>
  );
}
