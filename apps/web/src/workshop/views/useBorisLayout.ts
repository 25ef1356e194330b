import type { BorisDiagram } from '@stormscape/model';
import { useMemo } from 'react';
import type { LayoutState } from '../useElkLayout';
import { useElkLayout } from '../useElkLayout';
import type { BorisLayout } from './borisLayout';
import { layoutBoris } from './borisLayout';
import { edgeLabelText } from './borisModel';

/** What the layout depends on: nodes and visible edges with their label text (not positions or notes). */
export function layoutKey(diagram: BorisDiagram): string {
  return JSON.stringify([diagram.nodes.map((n) => [n.id, n.kind]), diagram.edges.filter((e) => !e.hidden).map((e) => [e.id, e.from, e.to, edgeLabelText(e)])]);
}

/** The ELK layered layout of `diagram`, computed off the main thread whenever its shape changes. */
export function useBorisLayout(diagram: BorisDiagram): LayoutState<BorisLayout> {
  const key = useMemo(() => layoutKey(diagram), [diagram]);
  return useElkLayout(key, (elk) => layoutBoris(elk, diagram, diagram.edges.filter((e) => !e.hidden)));
}
