import { BaseEdge, getBezierPath, useStore } from '@xyflow/react';
import type { EdgeProps, InternalNode, ReactFlowState } from '@xyflow/react';
import { memo, useCallback } from 'react';
import { LINK_LABELS } from '../store/buildNodes';
import type { LinkFlowEdge } from '../store/flowTypes';
import { floatingEnds } from './floatingEdge';

/**
 * A grammar relation between the facing sides of its stickies, labelled with its kind
 * (and the user's label). The label is a plain SVG text with a halo, not React Flow's
 * EdgeText, which measures every label with getBBox and renders twice.
 */
type Ends = readonly [InternalNode | undefined, InternalNode | undefined];
/**
 * React Flow replaces a node's internal object whenever the node changes, so comparing
 * the two references is enough (`useInternalNode` twice per link was two subscriptions,
 * each a shallow compare of a whole node, run on every store update for every link).
 */
const sameEnds = (a: Ends, b: Ends) => a[0] === b[0] && a[1] === b[1];

export const LinkEdge = memo(function LinkEdge({ id, source, target, data, markerEnd, selected }: EdgeProps<LinkFlowEdge>) {
  const [from, to] = useStore(useCallback((s: ReactFlowState): Ends => [s.nodeLookup.get(source), s.nodeLookup.get(target)], [source, target]), sameEnds);
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
