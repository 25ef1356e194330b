import { useEffect, useState } from 'react';

/**
 * A text input bound to a shared value: edits stay local while typing and are written
 * on blur or Enter (one undo step, no write per keystroke); Escape restores.
 */
export function TextField(props: {
  value: string;
  onCommit: (value: string) => void;
  label: string;
  multiline?: boolean;
  placeholder?: string;
  maxLength?: number;
  readOnly?: boolean;
  className?: string;
}) {
  const { value, onCommit, label, multiline, placeholder, maxLength = 2000, readOnly, className } = props;
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const common = {
    'aria-label': label,
    value: draft,
    placeholder,
    maxLength,
    readOnly,
    className,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft(e.target.value),
    onBlur: commit,
  };
  return multiline ? (
    <textarea
      {...common}
      rows={2}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setDraft(value);
      }}
    />
  ) : (
    <input
      {...common}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(value);
      }}
    />
  );
}
