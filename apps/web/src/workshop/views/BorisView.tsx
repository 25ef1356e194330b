import { Background, Controls, MarkerType, ReactFlow, ReactFlowProvider, applyNodeChanges, useReactFlow } from '@xyflow/react';
import type { Connection, NodeChange } from '@xyflow/react';
import { deriveBoris } from '@stormscape/model';
import type { EdgeMode } from '@stormscape/model';
import { addBorisEdge, moveBorisNode } from '@stormscape/model/yjs';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { showToast } from '../../board/uiStore';
import { download, fileSlug, svgToPng } from '../../export/rasterise';
import { useVisibleBoard } from '../useVisibleBoard';
import { useWorkshop, useWorkshopUi } from '../WorkshopContext';
import { BorisEdgeDetails, BorisNodeDetails } from './BorisDetails';
import { placeBoris, placeEdgeLabels, routesInPlace, EDGE_COLOUR } from './borisModel';
import type { BorisFlowEdge, BorisFlowNode } from './BorisParts';
import { BorisEdgeView, BorisNodeView } from './BorisParts';
import { borisToSvg } from './borisSvg';
import type { RoutedEdge } from './labelPlacement';
import { useBorisLayout } from './useBorisLayout';

const nodeTypes = { boris: BorisNodeView };
const edgeTypes = { boris: BorisEdgeView };

type Selected = { type: 'node' | 'edge'; id: string } | null;

function BorisDiagramView() {
  const { rt, ui } = useWorkshop();
  const { doc, origin } = rt.session;
  const board = useVisibleBoard();
  const chosenSliceId = useWorkshopUi((s) => s.borisSliceId);
  // One slice at a time by default (the whole board is a hairball on big boards); "Whole board" stays a choice.
  const sliceId = chosenSliceId ?? board.slices[0]?.id ?? '';
  const setSliceId = (id: string) => ui.setState({ borisSliceId: id });
  const [showHidden, setShowHidden] = useState(false);
  const [newMode, setNewMode] = useState<EdgeMode>('async');
  const [selected, setSelected] = useState<Selected>(null);
  const slice = board.slices.find((s) => s.id === sliceId);

  const diagram = useMemo(() => deriveBoris(board, slice ? { sliceId: slice.id } : {}), [board, slice]);
  const auto = useBorisLayout(diagram);
  // Until ELK answers the first time nothing is drawn (no jump); if ELK fails, a plain grid.
  const ready = auto.layout !== null || auto.error !== null;
  const placed = useMemo(() => placeBoris(diagram, auto.layout?.nodes ?? undefined), [diagram, auto.layout]);
  const { fitView } = useReactFlow();
  // A new slice is fitted once its layout is in (not on every edit: people keep their view).
  const fittedSlice = useRef(sliceId);
  useEffect(() => {
    if (!auto.current || fittedSlice.current === sliceId) return;
    fittedSlice.current = sliceId;
    // Two frames: the laid-out nodes reach React Flow's store one render later.
    requestAnimationFrame(() => requestAnimationFrame(() => void fitView({ padding: 0.15, maxZoom: 1.2 })));
  }, [auto.current, sliceId, fitView]);
  const labelOf = useCallback((id: string) => placed.find((n) => n.id === id)?.label || id, [placed]);

  const derivedNodes = useMemo<BorisFlowNode[]>(
    () =>
      placed.map((n) => ({
        id: n.id,
        type: 'boris',
        position: { x: n.x, y: n.y },
        width: n.width,
        height: n.height,
        data: { node: n },
        selected: selected?.type === 'node' && selected.id === n.id,
        draggable: !rt.readOnly,
        ariaLabel: `${n.kind}: ${n.label}`,
      })),
    [placed, selected, rt.readOnly],
  );
  // Local copy so drags are smooth; the position is written once, on drop.
  const [nodes, setNodes] = useState(derivedNodes);
  // A peer's edit arriving mid-drag must not snap the dragged node back.
  useEffect(() => {
    setNodes((prev) =>
      derivedNodes.map((n) => {
        const dragged = prev.find((p) => p.id === n.id && p.dragging);
        return dragged ? { ...n, position: dragged.position, dragging: true } : n;
      }),
    );
  }, [derivedNodes]);
  const onNodesChange = useCallback((changes: NodeChange<BorisFlowNode>[]) => setNodes((ns) => applyNodeChanges(changes, ns)), []);

  // Labels go where no node is, along each drawn curve, following nodes as they move.
  const shownEdges = useMemo(() => diagram.edges.filter((e) => showHidden || !e.hidden), [diagram, showHidden]);
  // An edge keeps its orthogonal route while both its nodes are where the layout put them.
  const routes = useMemo(() => {
    const laid = auto.layout;
    if (!laid || !auto.current) return new Map<string, RoutedEdge>();
    return routesInPlace(laid, nodes.map((n) => ({ id: n.id, ...n.position, pinned: n.data.node.pinned })), shownEdges);
  }, [auto.layout, auto.current, nodes, shownEdges]);
  const labelAt = useMemo(
    () => placeEdgeLabels(nodes.map((n) => ({ id: n.id, x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 })), shownEdges, routes),
    [nodes, shownEdges, routes],
  );
  const edges = useMemo<BorisFlowEdge[]>(
    () =>
      shownEdges
        .map((e) => ({
          id: e.id,
          type: 'boris',
          source: e.from,
          target: e.to,
          data: { edge: e, labelAt: labelAt.get(e.id), route: routes.get(e.id)?.points },
          selected: selected?.type === 'edge' && selected.id === e.id,
          markerEnd: { type: MarkerType.ArrowClosed, color: e.hidden ? '#9E9E9E' : EDGE_COLOUR[e.mode], width: 18, height: 18 },
          ariaLabel: `${e.mode} edge ${labelOf(e.from)} to ${labelOf(e.to)}: ${e.label}`,
        })),
    [shownEdges, labelAt, routes, selected, labelOf],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      if (c.source === c.target) return;
      const id = addBorisEdge(doc, { from: c.source, to: c.target, mode: newMode, label: '' }, origin);
      setSelected({ type: 'edge', id });
    },
    [doc, origin, newMode],
  );

  const exportSvg = () => borisToSvg(placed, diagram.edges, routes, `Boris — ${board.name || 'board'}${slice ? ` — ${slice.name}` : ''}`);
  const fileName = `${fileSlug(board.name)}-boris${slice ? `-${fileSlug(slice.name)}` : ''}`;

  const selNode = selected?.type === 'node' ? placed.find((n) => n.id === selected.id) : undefined;
  const selEdge = selected?.type === 'edge' ? diagram.edges.find((e) => e.id === selected.id) : undefined;

  return (
    <div className="ws-split">
      <div className="ws-main-col">
        <div className="ws-toolbar" role="toolbar" aria-label="Boris">
          <label className="inline">
            Slice
            <select aria-label="Filter by slice" value={sliceId} onChange={(e) => setSliceId(e.target.value)}>
              <option value="">Whole board</option>
              {board.slices.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name || 'Unnamed slice'} ({s.path})
                </option>
              ))}
            </select>
          </label>
          {!rt.readOnly && (
            <label className="inline">
              New edges
              <select aria-label="Mode of new edges" value={newMode} onChange={(e) => setNewMode(e.target.value as EdgeMode)}>
                <option value="sync">sync</option>
                <option value="async">async</option>
              </select>
            </label>
          )}
          <label className="inline">
            <input type="checkbox" checked={showHidden} onChange={(e) => setShowHidden(e.target.checked)} /> show hidden edges
          </label>
          <span className="ws-legend">
            <span style={{ color: EDGE_COLOUR.sync }}>━ sync</span> <span style={{ color: EDGE_COLOUR.async }}>╍ async</span>
          </span>
          <button type="button" onClick={() => download(exportSvg(), `${fileName}.svg`, 'image/svg+xml')}>
            Boris SVG
          </button>
          <button
            type="button"
            onClick={() =>
              svgToPng(exportSvg())
                .then((png) => download(png, `${fileName}.png`))
                .catch((e: unknown) => showToast(rt.ui, `PNG export failed: ${e instanceof Error ? e.message : String(e)}`, 'error'))
            }
          >
            Boris PNG
          </button>
        </div>
        <div className="ws-flow-canvas" data-testid="boris-canvas" data-layout={auto.current ? 'done' : 'pending'} data-layout-ms={auto.ms ?? undefined}>
          {auto.error && <p className="ws-layout-note" role="status">Layered layout failed ({auto.error}); showing a simpler layout.</p>}
          {placed.length === 0 ? (
            <p className="muted ws-empty">
              Nothing to draw yet: Boris needs bounded contexts with aggregates, and events or commands crossing between them.
            </p>
          ) : !ready ? (
            <p className="muted ws-empty" role="status">
              Laying out…
            </p>
          ) : (
            <ReactFlow<BorisFlowNode, BorisFlowEdge>
              nodes={nodes}
              edges={edges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              onNodesChange={onNodesChange}
              onNodeDragStop={(_, node) => moveBorisNode(doc, node.id, { x: Math.round(node.position.x), y: Math.round(node.position.y) }, origin)}
              onNodeClick={(_, n) => setSelected({ type: 'node', id: n.id })}
              onEdgeClick={(_, e) => setSelected({ type: 'edge', id: e.id })}
              onPaneClick={() => setSelected(null)}
              onConnect={onConnect}
              nodesConnectable={!rt.readOnly}
              nodesDraggable={!rt.readOnly}
              deleteKeyCode={null}
              fitView
              fitViewOptions={{ padding: 0.15, maxZoom: 1.2 }}
              minZoom={0.1}
              proOptions={{ hideAttribution: true }}
              aria-label="Boris diagram"
            >
              <Background gap={24} size={1} />
              <Controls showInteractive={false} />
            </ReactFlow>
          )}
        </div>
      </div>
      <aside className="ws-side-col" aria-label="Boris details">
        {selNode ? (
          <BorisNodeDetails node={selNode} />
        ) : selEdge ? (
          <BorisEdgeDetails edge={selEdge} labelOf={labelOf} />
        ) : (
          <div className="ws-details">
            <h3>Boris</h3>
            <p className="muted">
              Click a node or an edge to see the stickies it comes from and to annotate it. Drag nodes to arrange them (everyone sees it); drag from a
              node’s right handle to another node to add an edge.
            </p>
            <p className="muted">
              {diagram.nodes.length} nodes, {diagram.edges.filter((e) => !e.hidden).length} edges
              {diagram.edges.some((e) => e.hidden) ? `, ${diagram.edges.filter((e) => e.hidden).length} hidden` : ''}.
            </p>
          </div>
        )}
      </aside>
    </div>
  );
}

/** The notional architecture derived from the storm, with people's moves, edges and notes. */
export function BorisView() {
  // Its own React Flow store: the board canvas keeps its own viewport and selection.
  return (
    <ReactFlowProvider>
      <BorisDiagramView />
    </ReactFlowProvider>
  );
}
