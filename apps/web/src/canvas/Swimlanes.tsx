import { useStore as useFlowStore } from '@xyflow/react';
import { memo } from 'react';
import { createPortal } from 'react-dom';
import { useBoard } from '../board/BoardRuntime';

const MARGIN = 2000;

/**
 * Horizontal bands in board coordinates, as wide as the board plus a margin, with the
 * name at the board's left edge. Portalled into React Flow's viewport with a negative
 * z-index so they sit under edges and nodes (ViewportPortal draws on top).
 */
export const Swimlanes = memo(function Swimlanes() {
  const lanes = useBoard((s) => s.swimlanes);
  useBoard((s) => s.revision);
  const extent = useBoard((s) => {
    if (s.swimlanes.size === 0) return '0:0';
    let min = 0;
    let max = 0;
    for (const st of s.stickies.values()) {
      min = Math.min(min, st.position.x);
      max = Math.max(max, st.position.x + st.size.width);
    }
    return `${Math.floor(min / 500) * 500}:${Math.ceil(max / 500) * 500}`;
  });
  const viewport = useFlowStore((s) => s.domNode?.querySelector('.react-flow__viewport') ?? null);
  // Names stay at the left edge of the view while panning (a few elements: cheap).
  const viewLeft = useFlowStore((s) => Math.round(-s.transform[0] / s.transform[2]));
  if (!viewport || lanes.size === 0) return null;
  const [minX, maxX] = extent.split(':').map(Number) as [number, number];
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
});
