import { useEffect, useRef, useState } from 'react';
import { savedUserName, saveUserName } from '../collab';

/** Asks once for the name others will see next to this participant's cursor. */
export function NamePrompt({ onName }: { onName: (name: string) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(() => savedUserName() === null);
  const [name, setName] = useState('');
  useEffect(() => {
    if (open && ref.current && !ref.current.open) ref.current.showModal();
  }, [open]);
  if (!open) return null;
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="name-title" onCancel={(e) => e.preventDefault()}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          const clean = name.trim() || 'Guest';
          saveUserName(clean);
          onName(clean);
          ref.current?.close();
          setOpen(false);
        }}
      >
        <h2 id="name-title">What is your name?</h2>
        <p className="muted">Others see it next to your cursor.</p>
        <label>
          Your name
          <input value={name} onChange={(e) => setName(e.target.value)} autoFocus maxLength={60} />
        </label>
        <div className="dialog-actions">
          <button type="submit" className="primary">
            Join board
          </button>
        </div>
      </form>
    </dialog>
  );
}
