import type { Board } from '@stormscape/model';
import { ReactFlow, ReactFlowProvider, useEdgesState, useNodesState } from '@xyflow/react';
import type { Edge, Node } from '@xyflow/react';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import { installHooks } from './benchHooks';

// The same stickies and links as bare React Flow default nodes: the baseline.
const [board, meta] = await Promise.all([
  fetch('./board.json').then(async (r) => (await r.json()) as Board),
  fetch('./meta.json').then(async (r) => (await r.json()) as { nodes: number; edges: number }),
]);
const initialNodes: Node[] = [
  ...board.contexts.map((c) => ({ id: c.id, position: c.position, data: { label: c.name }, style: { width: c.size.width, height: c.size.height }, zIndex: -1 })),
  ...board.stickies.map((s) => ({ id: s.id, position: s.position, data: { label: s.text } })),
];
const initialEdges: Edge[] = board.links.map((l) => ({ id: l.id, source: l.from, target: l.to }));
let select: (ids: string[]) => void = () => {};

function Bare() {
  const [nodes, setNodes, onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  useEffect(() => {
    select = (ids) => {
      const chosen = new Set(ids);
      setNodes((ns) => ns.map((n) => ({ ...n, selected: chosen.has(n.id) })));
    };
  }, [setNodes]);
  return (
    <div style={{ width: '100vw', height: '100vh' }}>
      <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} fitView minZoom={0.02} />
    </div>
  );
}

installHooks((ids) => select(ids), meta);
createRoot(document.getElementById('root')!).render(
  <ReactFlowProvider>
    <Bare />
  </ReactFlowProvider>,
);
