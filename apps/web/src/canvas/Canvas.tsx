import { Background, BackgroundVariant, Controls, getViewportForBounds, MiniMap, ReactFlow, useReactFlow, useStore as useFlowStore } from '@xyflow/react';
import type { Viewport } from '@xyflow/react';
import type { Connection, FinalConnectionState, IsValidConnection, OnConnectEnd } from '@xyflow/react';
import { KIND_STYLES } from '@stormscape/model';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useBoard, useRuntime, useSession, useUi } from '../board/BoardRuntime';
import { panToReveal } from '../board/geometry';
import { createChangeHandlers } from '../board/nodeChanges';
import { showToast } from '../board/uiStore';
import type { AppNode, LinkFlowEdge } from '../store/flowTypes';
import { FrameDrawOverlay } from './FrameDrawOverlay';
import { LinkEdge } from './LinkEdge';
import { ContextNode } from './nodes/ContextNode';
import { LOW_DETAIL_ZOOM, LowDetailContext, StickyNode } from './nodes/StickyNode';
import { RemoteCursors } from './RemoteCursors';
import { Swimlanes } from './Swimlanes';
import { useShiftClickSelect } from './useShiftClickSelect';
import { useFlowElements } from './useFlowElements';
import { useShortcuts } from './useShortcuts';

const nodeTypes = { sticky: StickyNode, context: ContextNode };
const edgeTypes = { link: LinkEdge };
const SNAP_GRID: [number, number] = [20, 20];
const MIN_ZOOM = 0.02;
/** Board units a sticky brought into view keeps from the view's edge. */
const VIEW_MARGIN = 12;
/** Above this many stickies the minimap starts hidden (it redraws every node on each pan). */
export const BIG_BOARD = 600;
/**
 * A drag starts at the press. With React Flow's default (1 px), the drag starts at the
 * first pointer event past the threshold and every dragged node keeps its offset from
 * *that* point: the travel of the first event (several pixels on a quick or busy first
 * frame) was lost, and the selection ended that far short of the pointer.
 */
export const NODE_DRAG_THRESHOLD = 0;
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const miniMapColour = (node: AppNode) => (node.type === 'sticky' ? KIND_STYLES[node.data.sticky.kind].colour : 'transparent');
const miniMapStroke = (node: AppNode) => (node.type === 'context' ? node.data.context.colour : 'transparent');

/** The shared board: stickies, frames, links, lanes, cursors. */
export function Canvas() {
  const rt = useRuntime();
  const { actions, ui, session, readOnly } = rt;
  const { nodes, edges } = useFlowElements(rt.board.store);
  const tool = useUi((s) => s.tool);
  const snapToGrid = useUi((s) => s.snapToGrid);
  const minimapChoice = useUi((s) => s.minimap);
  const big = useBoard((s) => s.stickies.size > BIG_BOARD);
  const minimap = minimapChoice ?? !big;
  const lowDetail = useFlowStore((s) => s.transform[2] < LOW_DETAIL_ZOOM);
  const loaded = useSession((s) => s.loaded);
  const synced = useSession((s) => s.synced);
  const flow = useReactFlow<AppNode, LinkFlowEdge>();
  const wrapper = useRef<HTMLDivElement>(null);
  const handlers = useMemo(() => createChangeHandlers(rt), [rt]);
  useEffect(() => {
    const endDrag = () => handlers.endDragNow();
    const pressed = () => handlers.pressed();
    window.addEventListener('blur', endDrag);
    window.addEventListener('pointercancel', endDrag);
    window.addEventListener('pointerdown', pressed, true);
    return () => {
      window.removeEventListener('blur', endDrag);
      window.removeEventListener('pointercancel', endDrag);
      window.removeEventListener('pointerdown', pressed, true);
      handlers.destroy();
    };
  }, [handlers]);

  const fitView = useCallback(() => void flow.fitView({ padding: 0.1, maxZoom: 1, duration: 200 }), [flow]);
  const zoomToSelection = useCallback(() => {
    const ids = [...rt.board.store.getState().selected];
    if (ids.length) void flow.fitView({ nodes: ids.map((id) => ({ id })), padding: 0.2, maxZoom: 1.5, duration: 200 });
  }, [flow, rt]);
  useShortcuts(rt, fitView, zoomToSelection);

  useEffect(() => {
    actions.setView({
      viewportCentre: () => {
        const r = wrapper.current?.getBoundingClientRect();
        return r ? flow.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 }) : { x: 0, y: 0 };
      },
      visibleRect: () => {
        const r = wrapper.current?.getBoundingClientRect();
        if (!r || r.width === 0) return null;
        const topLeft = flow.screenToFlowPosition({ x: r.left, y: r.top });
        const bottomRight = flow.screenToFlowPosition({ x: r.right, y: r.bottom });
        return { x: topLeft.x, y: topLeft.y, width: bottomRight.x - topLeft.x, height: bottomRight.y - topLeft.y };
      },
      ensureVisible: (rect) => {
        const r = wrapper.current?.getBoundingClientRect();
        if (!r || r.width === 0) return;
        const topLeft = flow.screenToFlowPosition({ x: r.left, y: r.top });
        const bottomRight = flow.screenToFlowPosition({ x: r.right, y: r.bottom });
        const { x: dx, y: dy } = panToReveal(rect, { x: topLeft.x, y: topLeft.y, width: bottomRight.x - topLeft.x, height: bottomRight.y - topLeft.y }, VIEW_MARGIN);
        if (dx === 0 && dy === 0) return;
        const { x, y, zoom } = flow.getViewport();
        void flow.setViewport({ x: x - dx * zoom, y: y - dy * zoom, zoom }, { duration: 150 });
      },
      reveal: (ids) => {
        const present = ids.filter((id) => flow.getNode(id));
        if (present.length) void flow.fitView({ nodes: present.map((id) => ({ id })), padding: 0.6, maxZoom: 1.2, duration: 250 });
      },
    });
    return () => actions.setView(null);
  }, [actions, flow]);

  // Fit the board to the view when it opens with content (never zooming past 100%);
  // a board the server says is empty is left alone, so the first sticky stays put.
  const fitted = useRef(false);
  useEffect(() => {
    // Once this user has edited, the view is theirs: never jump.
    const onTransaction = (tr: { origin: unknown }) => {
      if (tr.origin === session.origin) fitted.current = true;
    };
    session.doc.on('afterTransaction', onTransaction);
    return () => session.doc.off('afterTransaction', onTransaction);
  }, [session]);
  // A board already loaded at mount starts fitted: one render, at its final zoom (at a
  // zoomed-out fit that means light tiles, not 2,000 full stickies rendered then dropped).
  const [initialViewport, setInitialViewport] = useState<Viewport | null>(null);
  useLayoutEffect(() => {
    if (initialViewport || !loaded) return;
    const box = wrapper.current?.getBoundingClientRect();
    const { nodes: present } = rt.board.store.getState();
    if (!box || present.length === 0) return setInitialViewport({ x: 0, y: 0, zoom: 1 });
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const n of present) {
      minX = Math.min(minX, n.position.x);
      minY = Math.min(minY, n.position.y);
      maxX = Math.max(maxX, n.position.x + (n.width ?? 0));
      maxY = Math.max(maxY, n.position.y + (n.height ?? 0));
    }
    fitted.current = true;
    setInitialViewport(getViewportForBounds({ x: minX, y: minY, width: maxX - minX, height: maxY - minY }, box.width, box.height, MIN_ZOOM, 1, 0.1));
  }, [rt, loaded, initialViewport]);
  useEffect(() => {
    if (fitted.current || !loaded) return;
    if (nodes.length > 0) {
      fitted.current = true;
      requestAnimationFrame(() => void flow.fitView({ padding: 0.1, maxZoom: 1 }));
    } else if (synced) fitted.current = true;
  }, [loaded, synced, nodes.length, flow]);

  const isValidConnection = useCallback<IsValidConnection<LinkFlowEdge>>((c) => actions.checkLink(c.source, c.target).ok, [actions]);
  const onConnect = useCallback((c: Connection) => void actions.connect(c.source, c.target), [actions]);
  // Dropping on a sticky's body (not its handle), or on a forbidden target, still
  // answers: connect if the grammar allows, else say why.
  const onConnectEnd = useCallback<OnConnectEnd>(
    (event, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode) return;
      let target = state.toNode?.id ?? null;
      if (!target && 'clientX' in event) {
        const el = document.elementFromPoint(event.clientX, event.clientY)?.closest('.react-flow__node');
        target = el?.getAttribute('data-id') ?? null;
      }
      if (!target || target === state.fromNode.id) return;
      if (!flow.getNode(target) || flow.getNode(target)?.type !== 'sticky') return;
      const from = state.fromHandle?.type === 'target' ? target : state.fromNode.id;
      const to = state.fromHandle?.type === 'target' ? state.fromNode.id : target;
      actions.connect(from, to);
    },
    [actions, flow],
  );

  const onPointerMove = useCallback(
    (e: React.PointerEvent) => {
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      ui.getState().pointer.current = p;
      session.presence.setCursor(p);
    },
    [flow, ui, session],
  );
  const onPointerLeave = useCallback(() => {
    ui.getState().pointer.current = null;
    session.presence.setCursor(null);
  }, [ui, session]);
  const onNodeClick = useShiftClickSelect();
  const onPaneClick = useCallback(() => ui.setState({ editingId: null }), [ui]);
  const onNodeDoubleClick = useCallback(
    (_: React.MouseEvent, node: AppNode) => {
      if (!readOnly && node.type === 'sticky') ui.setState({ editingId: node.id });
    },
    [ui, readOnly],
  );

  useEffect(() => {
    if (readOnly) showToast(ui, 'View-only: you can look around, but not change anything.');
  }, [readOnly, ui]);

  return (
    <div className={`canvas tool-${tool}${lowDetail ? ' low-detail' : ''}`} ref={wrapper} onPointerMove={onPointerMove} onPointerLeave={onPointerLeave} aria-label="Board canvas" role="region">
      {!initialViewport && (
        <p className="loading" role="status">
          Loading board…
        </p>
      )}
      {initialViewport && (
        <LowDetailContext.Provider value={lowDetail}>
          <ReactFlow<AppNode, LinkFlowEdge>
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={handlers.onNodesChange}
            onEdgesChange={handlers.onEdgesChange}
            onConnect={onConnect}
            onConnectEnd={onConnectEnd}
            isValidConnection={isValidConnection}
            onPaneClick={onPaneClick}
            onNodeClick={onNodeClick}
            onNodeDoubleClick={onNodeDoubleClick}
            nodesDraggable={!readOnly}
            nodeDragThreshold={NODE_DRAG_THRESHOLD}
            nodesConnectable={!readOnly}
            edgesReconnectable={false}
            deleteKeyCode={null}
            multiSelectionKeyCode={MULTI_SELECT_KEYS}
            selectionKeyCode="Shift"
            elevateNodesOnSelect={false}
            elevateEdgesOnSelect={false}
            zoomOnDoubleClick={false}
            snapToGrid={snapToGrid}
            snapGrid={SNAP_GRID}
            minZoom={MIN_ZOOM}
            defaultViewport={initialViewport ?? undefined}
            maxZoom={3}
            proOptions={{ hideAttribution: true }}
            aria-label="Event Storming board"
          >
            <Swimlanes />
            <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
            <Controls position="bottom-left" showFitView={false} aria-label="Zoom controls" />
            {minimap && <MiniMap<AppNode> pannable zoomable nodeColor={miniMapColour} nodeStrokeColor={miniMapStroke} ariaLabel="Minimap" position="bottom-right" />}
            <RemoteCursors />
          </ReactFlow>
        </LowDetailContext.Provider>
      )}
      {tool === 'frame' && !readOnly && <FrameDrawOverlay />}
    </div>
  );
}
