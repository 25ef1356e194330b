import { KIND_STYLES, STICKY_KINDS } from '@stormscape/model';
import { useEffect, useRef } from 'react';
import { useRuntime, useUi } from '../board/BoardRuntime';
import { KIND_SHORTCUTS } from '../canvas/nodes/kindLabels';

const GENERAL: readonly [keys: string, what: string][] = [
  ['E, C, A, G, P…', 'Add a sticky of that kind at the pointer'],
  ['a kind key, one sticky selected', 'Add the next sticky of the flow beside it, linked by the grammar'],
  ['L', 'Link the two selected stickies (the grammar picks the direction)'],
  ['Tab, Enter / Shift+Enter', 'Focus a sticky or link, select it / add it to the selection'],
  ['Enter or F2', 'Edit the selected sticky’s text'],
  ['Escape', 'Finish editing (a new sticky still empty is removed); clear the selection'],
  ['Delete', 'Delete the selection'],
  ['Ctrl+Z / Ctrl+Shift+Z', 'Undo / redo your own edits'],
  ['Ctrl+D, Ctrl+C, Ctrl+V', 'Duplicate, copy, paste'],
  ['Ctrl+A', 'Select every sticky'],
  ['B', 'Draw a bounded context'],
  ['! / @', 'Fit the board / zoom to the selection'],
  ['?', 'Show or hide this list'],
];

/** The "?" overlay: every keyboard shortcut of the board, kinds included. */
export function ShortcutsOverlay() {
  const { ui, readOnly } = useRuntime();
  const open = useUi((s) => s.shortcutsOpen);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const close = () => ui.setState({ shortcutsOpen: false });
  return (
    <dialog ref={ref} className="dialog shortcuts" aria-labelledby="shortcuts-title" onCancel={close} onClose={close}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      {readOnly && <p className="muted">View-only: only the navigation shortcuts do anything.</p>}
      <table>
        <tbody>
          {GENERAL.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Sticky kinds</h3>
      <ul className="shortcut-kinds">
        {STICKY_KINDS.map((kind) => (
          <li key={kind}>
            <kbd>{KIND_SHORTCUTS[kind]}</kbd> {KIND_STYLES[kind].label}
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
    </dialog>
  );
}
