import { useLayoutEffect, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { BoardState } from '../store/createBoardStore';
import type { AppNode, LinkFlowEdge } from '../store/flowTypes';

interface FlowElements {
  nodes: AppNode[];
  edges: LinkFlowEdge[];
}

const pick = (s: BoardState): FlowElements => ({ nodes: s.nodes, edges: s.edges });

/**
 * The nodes and edges React Flow draws, as React state fed by a store subscription
 * rather than `useStore`. A store hook (`useSyncExternalStore`) always re-renders
 * synchronously, inside the pointer event that changed the store: every drag move then
 * rendered the canvas, ran React Flow's store update and painted in one frame. State set
 * from the event takes the event's priority instead (continuous for a pointer move, so
 * React renders it in its own task right after, as it does for the `useNodesState` of
 * any React Flow app; discrete for a click or key, rendered at once). Both arrays are set
 * together, so a node and its links never arrive in different renders.
 */
export function useFlowElements(store: StoreApi<BoardState>): FlowElements {
  const [elements, setElements] = useState(() => pick(store.getState()));
  useLayoutEffect(() => {
    const update = (s: BoardState) => setElements((prev) => (prev.nodes === s.nodes && prev.edges === s.edges ? prev : pick(s)));
    // Whatever changed between the first render and this subscription.
    update(store.getState());
    return store.subscribe(update);
  }, [store]);
  return elements;
}
