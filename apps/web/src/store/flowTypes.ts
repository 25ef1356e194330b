import type { BoundedContext, Link, Sticky } from '@stormscape/model';
import type { Edge, Node } from '@xyflow/react';

export type StickyFlowNode = Node<{ sticky: Sticky }, 'sticky'>;
export type ContextFlowNode = Node<{ context: BoundedContext }, 'context'>;
export type AppNode = StickyFlowNode | ContextFlowNode;
export type LinkFlowEdge = Edge<{ link: Link }, 'link'>;

export interface XY {
  x: number;
  y: number;
}

export interface WH {
  width: number;
  height: number;
}
