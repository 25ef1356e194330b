import type { Swimlane } from '@stormscape/model';
import { useStore as useFlowStore } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { createPortal } from 'react-dom';
import { useBoard, useRuntime } from '../board/BoardRuntime';

const MARGIN = 2000;

/**
 * Horizontal bands in board coordinates, as wide as the board plus a margin, with the
 * name at the board's left edge. Portalled into React Flow's viewport with a negative
 * z-index so they sit under edges and nodes (ViewportPortal draws on top). A board
 * without lanes subscribes to nothing that changes per pan or drag frame.
 */
export const Swimlanes = memo(function Swimlanes() {
  const lanes = useBoard((s) => s.swimlanes);
  const revision = useBoard((s) => s.revision);
  return lanes.size > 0 ? <Lanes lanes={lanes} revision={revision} /> : null;
});

function Lanes({ lanes, revision }: { lanes: ReadonlyMap<string, Swimlane>; revision: number }) {
  const { board } = useRuntime();
  // The stickies' horizontal extent, recomputed when records change (not per drag frame).
  const [minX, maxX] = useMemo(() => {
    let min = 0;
    let max = 0;
    for (const st of board.store.getState().stickies.values()) {
      min = Math.min(min, st.position.x);
      max = Math.max(max, st.position.x + st.size.width);
    }
    return [Math.floor(min / 500) * 500, Math.ceil(max / 500) * 500];
    // `revision` stands for the stickies read above.
  }, [board, revision]);
  const domNode = useFlowStore((s) => s.domNode);
  const viewport = useMemo(() => domNode?.querySelector('.react-flow__viewport') ?? null, [domNode]);
  // Names stay at the left edge of the view while panning (a few elements: cheap).
  const viewLeft = useFlowStore((s) => Math.round(-s.transform[0] / s.transform[2]));
  if (!viewport) return null;
  return createPortal(
    <div className="swimlanes" aria-hidden="true">
      {[...lanes.values()].map((lane) => (
        <div key={lane.id} className="swimlane" style={{ top: lane.y, height: lane.height, left: minX - MARGIN, width: maxX - minX + 2 * MARGIN }} data-testid="swimlane">
          <span className="swimlane-name" style={{ left: Math.max(0, viewLeft - (minX - MARGIN)) + 8 }}>
            {lane.name || 'Swimlane'}
          </span>
        </div>
      ))}
    </div>,
    viewport,
  );
}
