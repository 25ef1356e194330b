import { TEXT_LIMITS } from '@stormscape/model';
import { useEffect, useRef, useState } from 'react';

/**
 * A text input bound to a shared value. By default edits stay local while typing and are
 * written on blur or Enter (one undo step, no write per keystroke); with `live`, every
 * change is written at once, like sticky text, so others see it as it is typed (undo
 * groups the keystrokes). Escape restores the value the field had when focused.
 */
export function TextField(props: {
  value: string;
  onCommit: (value: string) => void;
  label: string;
  multiline?: boolean;
  live?: boolean;
  placeholder?: string;
  maxLength?: number;
  readOnly?: boolean;
  className?: string;
}) {
  const { value, onCommit, label, multiline, live, placeholder, maxLength = TEXT_LIMITS.paragraph, readOnly, className } = props;
  const [draft, setDraft] = useState(value);
  const atFocus = useRef(value);
  useEffect(() => setDraft(value), [value]);
  const commit = (text = draft) => {
    if (text !== value) onCommit(text);
  };
  const restore = () => {
    setDraft(atFocus.current);
    if (live) commit(atFocus.current);
  };
  const common = {
    'aria-label': label,
    value: draft,
    placeholder,
    maxLength,
    readOnly,
    className,
    onFocus: () => {
      atFocus.current = value;
    },
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setDraft(e.target.value);
      if (live) commit(e.target.value);
    },
    onBlur: () => commit(),
  };
  return multiline ? (
    <textarea
      {...common}
      rows={2}
      onKeyDown={(e) => {
        if (e.key === 'Escape') restore();
      }}
    />
  ) : (
    <input
      {...common}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') restore();
      }}
    />
  );
}
