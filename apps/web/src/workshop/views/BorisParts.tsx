import { BaseEdge, EdgeLabelRenderer, getBezierPath, Handle, Position } from '@xyflow/react';
import type { Edge, EdgeProps, Node, NodeProps } from '@xyflow/react';
import type { BorisEdge } from '@stormscape/model';
import { memo } from 'react';
import type { PlacedBorisNode } from './borisModel';
import { BORIS_KIND_LABEL, EDGE_COLOUR, edgeLabelText } from './borisModel';
import { routePath } from './labelPlacement';

export type BorisFlowNode = Node<{ node: PlacedBorisNode }, 'boris'>;
export type BorisFlowEdge = Edge<{ edge: BorisEdge; labelAt?: { x: number; y: number }; route?: { x: number; y: number }[] }, 'boris'>;

/** A service, topic, external system or UI on the Boris diagram. */
export const BorisNodeView = memo(function BorisNodeView({ data, selected }: NodeProps<BorisFlowNode>) {
  const n = data.node;
  return (
    <div className={`boris-node boris-${n.kind}${selected ? ' is-selected' : ''}`} style={{ width: n.width, height: n.height }} data-kind={n.kind}>
      <Handle type="target" position={Position.Left} />
      <span className="boris-kind">{BORIS_KIND_LABEL[n.kind]}</span>
      <span className="boris-label">{n.label || '(unnamed)'}</span>
      {n.note && (
        <span className="boris-note-mark" title={n.note} aria-label="has a note">
          ✎
        </span>
      )}
      <Handle type="source" position={Position.Right} />
    </div>
  );
});

/** A sync (blue) or async (red, dashed) edge with its label; hidden ones greyed. */
export const BorisEdgeView = memo(function BorisEdgeView(props: EdgeProps<BorisFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd } = props;
  const [curve, midX, midY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  // The layered layout's orthogonal route while both nodes are where it put them; a curve otherwise.
  const path = data?.route ? routePath(data.route) : curve;
  const e = data?.edge;
  // Placed clear of the nodes by the view (placeEdgeLabels); the curve's middle otherwise.
  const labelX = data?.labelAt?.x ?? midX;
  const labelY = data?.labelAt?.y ?? midY;
  if (!e) return null;
  const colour = e.hidden ? '#9E9E9E' : EDGE_COLOUR[e.mode];
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        style={{ stroke: colour, strokeWidth: selected ? 3.5 : 2, strokeDasharray: e.mode === 'async' || e.hidden ? '7 4' : undefined, opacity: e.hidden ? 0.6 : 1 }}
      />
      <EdgeLabelRenderer>
        <div
          className={`boris-edge-label${selected ? ' is-selected' : ''}${e.hidden ? ' is-hidden' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`, color: colour, borderColor: colour }}
          data-mode={e.mode}
          data-routed={data.route ? 'orthogonal' : 'curve'}
        >
          {edgeLabelText(e)}
        </div>
      </EdgeLabelRenderer>
    </>
  );
});
