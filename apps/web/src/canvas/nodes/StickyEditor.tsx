import { TEXT_LIMITS } from '@stormscape/model';
import { useEffect, useRef } from 'react';

interface Props {
  initial: string;
  label: string;
  fontSize: number;
  onChange: (text: string) => void;
  onDone: () => void;
  /** Escape (defaults to onDone). */
  onCancel?: () => void;
}

/** The text field of a sticky being typed into: Enter finishes, Shift+Enter breaks a line, Escape cancels. */
export function StickyEditor({ initial, label, fontSize, onChange, onDone, onCancel }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  return (
    <textarea
      ref={ref}
      className="sticky-editor nodrag nopan nowheel"
      aria-label={label}
      defaultValue={initial}
      maxLength={TEXT_LIMITS.stickyText}
      style={{ fontSize }}
      onChange={(e) => onChange(e.target.value)}
      onBlur={onDone}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          onDone();
        } else if (e.key === 'Escape') {
          e.preventDefault();
          (onCancel ?? onDone)();
        }
      }}
    />
  );
}
