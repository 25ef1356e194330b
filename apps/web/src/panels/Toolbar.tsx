import { useReactFlow } from '@xyflow/react';
import { useBoard, useRuntime, useSession, useUi } from '../board/BoardRuntime';
import { BIG_BOARD } from '../canvas/Canvas';

/** Undo/redo, view and arrangement commands, each with an accessible name. */
export function Toolbar() {
  const { actions, ui, readOnly, board } = useRuntime();
  const canUndo = useSession((s) => s.canUndo);
  const canRedo = useSession((s) => s.canRedo);
  const snap = useUi((s) => s.snapToGrid);
  const minimapChoice = useUi((s) => s.minimap);
  const big = useBoard((s) => s.stickies.size > BIG_BOARD);
  const minimap = minimapChoice ?? !big;
  const selectedCount = useBoard((s) => [...s.selected].filter((id) => s.stickies.has(id)).length);
  const anything = useBoard((s) => s.selected.size + s.selectedEdges.size > 0);
  const flow = useReactFlow();
  return (
    <div className="toolbar" role="toolbar" aria-label="Board tools">
      {!readOnly && (
        <>
          <button type="button" onClick={actions.undo} disabled={!canUndo} aria-label="Undo" title="Undo (Ctrl+Z)">
            ↶
          </button>
          <button type="button" onClick={actions.redo} disabled={!canRedo} aria-label="Redo" title="Redo (Ctrl+Shift+Z)">
            ↷
          </button>
          <span className="sep" />
          <button type="button" onClick={actions.duplicateSelection} disabled={selectedCount === 0} aria-label="Duplicate selection" title="Duplicate (Ctrl+D)">
            Duplicate
          </button>
          <button type="button" onClick={actions.deleteSelection} disabled={!anything} aria-label="Delete selection" title="Delete (Del)">
            Delete
          </button>
          <span className="sep" />
          <button type="button" onClick={() => actions.align('left')} disabled={selectedCount < 2} aria-label="Align left" title="Align left">
            ⇤
          </button>
          <button type="button" onClick={() => actions.align('centre')} disabled={selectedCount < 2} aria-label="Align centres horizontally" title="Align centre">
            ↔
          </button>
          <button type="button" onClick={() => actions.align('right')} disabled={selectedCount < 2} aria-label="Align right" title="Align right">
            ⇥
          </button>
          <button type="button" onClick={() => actions.align('top')} disabled={selectedCount < 2} aria-label="Align top" title="Align top">
            ⤒
          </button>
          <button type="button" onClick={() => actions.align('middle')} disabled={selectedCount < 2} aria-label="Align middles vertically" title="Align middle">
            ↕
          </button>
          <button type="button" onClick={() => actions.align('bottom')} disabled={selectedCount < 2} aria-label="Align bottom" title="Align bottom">
            ⤓
          </button>
          <button type="button" onClick={() => actions.distribute('horizontal')} disabled={selectedCount < 3} aria-label="Distribute horizontally" title="Distribute horizontally">
            ⋯
          </button>
          <button type="button" onClick={() => actions.distribute('vertical')} disabled={selectedCount < 3} aria-label="Distribute vertically" title="Distribute vertically">
            ⋮
          </button>
          <span className="sep" />
          <label className="toggle">
            <input type="checkbox" checked={snap} onChange={(e) => ui.setState({ snapToGrid: e.target.checked })} /> Snap to grid
          </label>
        </>
      )}
      <label className="toggle">
        <input type="checkbox" checked={minimap} onChange={(e) => ui.setState({ minimap: e.target.checked })} /> Minimap
      </label>
      <button type="button" onClick={() => void flow.fitView({ padding: 0.1, maxZoom: 1, duration: 200 })} aria-label="Fit view" title="Fit view (Shift+1)">
        ⤢
      </button>
      <button
        type="button"
        disabled={!anything}
        onClick={() => void flow.fitView({ nodes: [...board.store.getState().selected].map((id) => ({ id })), padding: 0.2, maxZoom: 1.5, duration: 200 })}
        aria-label="Zoom to selection"
        title="Zoom to selection (Shift+2)"
      >
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
          <circle cx="7" cy="7" r="4" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M7 0v4M7 10v4M0 7h4M10 7h4" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </button>
    </div>
  );
}
