import { useStoreApi } from '@xyflow/react';
import type { NodeMouseHandler } from '@xyflow/react';
import { useCallback } from 'react';
import type { AppNode } from '../store/flowTypes';

/**
 * Shift+click toggles a node in the selection, as Ctrl/Cmd+click does. With drags starting
 * at the press (`nodeDragThreshold` 0), React Flow selects on pointer-down, from its drag
 * start; but Shift is also the box-selection key, and while it is held the pane swallows
 * pointer-down over nodes (so a box can start on a node): no drag start, no selection.
 * The click still arrives, so the toggle happens here, the way React Flow's own click
 * handler does it (through its store, so the selection changes reach `onNodesChange`).
 */
export function useShiftClickSelect(): NodeMouseHandler<AppNode> {
  const store = useStoreApi<AppNode>();
  return useCallback(
    (event, node) => {
      if (!event.shiftKey || event.ctrlKey || event.metaKey) return;
      const { nodeLookup, addSelectedNodes, unselectNodesAndEdges, elementsSelectable } = store.getState();
      const internal = nodeLookup.get(node.id);
      if (!internal || !elementsSelectable || internal.selectable === false) return;
      if (internal.selected) unselectNodesAndEdges({ nodes: [node], edges: [] });
      else addSelectedNodes([node.id]);
    },
    [store],
  );
}
