import type { BoundedContext, Link, Sticky } from '@stormscape/model';
import { MarkerType, Position } from '@xyflow/react';
import type { NodeHandle } from '@xyflow/react';
import type { ContextFlowNode, LinkFlowEdge, StickyFlowNode, WH, XY } from './flowTypes';

const HANDLE = 10;
/** React Flow's node box of a sticky this user is dragging. */
export const DRAGGED_CLASS = 'dragged';

// Handles are declared with the node so React Flow never has to measure them: with
// 2,000 stickies, measuring handles on every drag frame is what makes canvases slow.
function stickyHandles(size: WH): NodeHandle[] {
  const y = size.height / 2 - HANDLE / 2;
  return [
    { id: null, type: 'target', position: Position.Left, x: -HANDLE / 2, y, width: HANDLE, height: HANDLE },
    { id: null, type: 'source', position: Position.Right, x: size.width - HANDLE / 2, y, width: HANDLE, height: HANDLE },
  ];
}

export function stickyNode(sticky: Sticky, opts: { selected: boolean; position?: XY; size?: WH; dragging?: boolean; readOnly: boolean }): StickyFlowNode {
  const size = opts.size ?? sticky.size;
  return {
    id: sticky.id,
    type: 'sticky',
    position: opts.position ?? sticky.position,
    width: size.width,
    height: size.height,
    measured: { width: size.width, height: size.height },
    handles: stickyHandles(size),
    data: { sticky },
    selected: opts.selected,
    dragging: opts.dragging ?? false,
    // Dragged stickies above the rest: the pointer over them is hit-tested against their
    // layers first, not after up to 2,000 others (and a dragged sticky is never hidden).
    zIndex: opts.dragging ? 2 : 1,
    // Its own compositor layer while dragged (`styles.css`): moving it is then a layer
    // offset, not a repaint and re-raster of everything it passes over.
    ...(opts.dragging ? { className: DRAGGED_CLASS } : {}),
    connectable: !opts.readOnly,
    draggable: !opts.readOnly,
    ariaLabel: `${sticky.kind === 'readModel' ? 'read model' : sticky.kind === 'externalSystem' ? 'external system' : sticky.kind}: ${sticky.text || '(empty)'}`,
  };
}

export function contextNode(context: BoundedContext, opts: { selected: boolean; position?: XY; size?: WH; dragging?: boolean; readOnly: boolean }): ContextFlowNode {
  const size = opts.size ?? context.size;
  return {
    id: context.id,
    type: 'context',
    position: opts.position ?? context.position,
    width: size.width,
    height: size.height,
    measured: { width: size.width, height: size.height },
    handles: [],
    data: { context },
    selected: opts.selected,
    dragging: opts.dragging ?? false,
    zIndex: 0,
    connectable: false,
    draggable: !opts.readOnly,
    dragHandle: '.frame-title',
    ariaLabel: `bounded context: ${context.name || '(unnamed)'}`,
  };
}

export const LINK_LABELS: Record<Link['kind'], string> = {
  issues: 'issues',
  observes: 'observes',
  invokedOn: 'invoked on',
  produces: 'produces',
  activates: 'activates',
  updates: 'updates',
  informs: 'informs',
  annotates: 'annotates',
  precedes: 'precedes',
};

export function linkEdge(link: Link, selected: boolean): LinkFlowEdge {
  return {
    id: link.id,
    type: 'link',
    source: link.from,
    target: link.to,
    data: { link },
    selected,
    markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
    ariaLabel: `${LINK_LABELS[link.kind]} link`,
  };
}
