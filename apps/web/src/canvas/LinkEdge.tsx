import { BaseEdge, getBezierPath, useInternalNode } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { LINK_LABELS } from '../store/buildNodes';
import type { LinkFlowEdge } from '../store/flowTypes';
import { floatingEnds } from './floatingEdge';

/**
 * A grammar relation between the facing sides of its stickies, labelled with its kind
 * (and the user's label). The label is a plain SVG text with a halo, not React Flow's
 * EdgeText, which measures every label with getBBox and renders twice.
 */
export const LinkEdge = memo(function LinkEdge({ id, source, target, data, markerEnd, selected }: EdgeProps<LinkFlowEdge>) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  if (!from || !to) return null;
  const { sx, sy, sourcePosition, tx, ty, targetPosition } = floatingEnds(from, to);
  const [path, labelX, labelY] = getBezierPath({ sourceX: sx, sourceY: sy, sourcePosition, targetX: tx, targetY: ty, targetPosition });
  const link = data?.link;
  const label = link ? (link.label ? `${LINK_LABELS[link.kind]}: ${link.label}` : LINK_LABELS[link.kind]) : '';
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={selected ? 'link-selected' : undefined} interactionWidth={14} />
      {label && (
        <text className="link-label" x={labelX} y={labelY} textAnchor="middle" dominantBaseline="middle">
          {label}
        </text>
      )}
    </>
  );
});
