import { BaseEdge, getBezierPath } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { LINK_LABELS } from '../store/buildNodes';
import type { LinkFlowEdge } from '../store/flowTypes';

/**
 * A grammar relation, labelled with its kind (and the user's label, if any). The label
 * is a plain SVG text with a halo, not React Flow's EdgeText, which measures every label
 * with getBBox and renders twice (500 forced layouts on a big board).
 */
export const LinkEdge = memo(function LinkEdge(props: EdgeProps<LinkFlowEdge>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd, selected } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const link = data?.link;
  const label = link ? (link.label ? `${LINK_LABELS[link.kind]}: ${link.label}` : LINK_LABELS[link.kind]) : '';
  return (
    <>
      <BaseEdge id={props.id} path={path} markerEnd={markerEnd} className={selected ? 'link-selected' : undefined} interactionWidth={14} />
      {label && (
        <text className="link-label" x={labelX} y={labelY} textAnchor="middle" dominantBaseline="middle">
          {label}
        </text>
      )}
    </>
  );
});
