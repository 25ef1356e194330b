import { useRuntime, useSession } from '../board/BoardRuntime';

/** Undo/redo of this participant's own edits, for views that cover the canvas toolbar. */
export function UndoRedo() {
  const { actions, readOnly } = useRuntime();
  const canUndo = useSession((s) => s.canUndo);
  const canRedo = useSession((s) => s.canRedo);
  if (readOnly) return null;
  return (
    <div className="ws-undo" role="group" aria-label="Undo in this view">
      <button type="button" onClick={actions.undo} disabled={!canUndo} title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button type="button" onClick={actions.redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
        Redo
      </button>
    </div>
  );
}
