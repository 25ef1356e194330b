import type { Board } from '@stormscape/model';
import { ReactFlow, ReactFlowProvider, useEdgesState, useNodesState } from '@xyflow/react';
import type { Edge, Node } from '@xyflow/react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';

// The baseline: the same stickies, frames and links as bare React Flow default nodes,
// pre-measured (width/height given), with our canvas's zoom limits and fit, in a pane of
// the size the runner passes (?w=&h=, our canvas's size). React Flow options ours sets that
// change the work per frame apply here too (a drag starts at the press).
const board = (await (await fetch('./board.json')).json()) as Board;
const query = new URLSearchParams(location.search);
const pane = { width: Number(query.get('w') ?? innerWidth), height: Number(query.get('h') ?? innerHeight) };
const initialNodes: Node[] = [
  // Frames are background, as on our canvas: neither selected nor dragged by a click inside.
  ...board.contexts.map((c) => ({ id: c.id, position: c.position, data: { label: c.name }, width: c.size.width, height: c.size.height, zIndex: -1, selectable: false, draggable: false })),
  ...board.stickies.map((s) => ({ id: s.id, position: s.position, data: { label: s.text }, width: s.size.width, height: s.size.height })),
];
const initialEdges: Edge[] = board.links.map((l) => ({ id: l.id, source: l.from, target: l.to }));

function Bare() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  return (
    <div style={{ width: pane.width, height: pane.height }}>
      <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} fitView fitViewOptions={{ padding: 0.1, maxZoom: 1 }} minZoom={0.02} maxZoom={3} nodeDragThreshold={0} />
    </div>
  );
}

document.body.style.margin = '0';
createRoot(document.getElementById('root')!).render(
  <ReactFlowProvider>
    <Bare />
  </ReactFlowProvider>,
);
