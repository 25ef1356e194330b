import type { BorisDiagram } from '@stormscape/model';
import ELK from 'elkjs/lib/elk-api';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import { useEffect, useMemo, useState } from 'react';
import type { BorisLayout, ElkLayouter } from './borisLayout';
import { layoutBoris } from './borisLayout';
import { edgeLabelText } from './borisModel';

// One ELK for the page, running in its own Web Worker (elkjs's worker build): the layered
// layout of the whole largest example takes about a second, which must not freeze the page.
let shared: ElkLayouter | null = null;
const elk = (): ElkLayouter => (shared ??= new ELK({ workerUrl: elkWorkerUrl }));

/** What the layout depends on: nodes and visible edges with their label text (not positions or notes). */
export function layoutKey(diagram: BorisDiagram): string {
  return JSON.stringify([diagram.nodes.map((n) => [n.id, n.kind]), diagram.edges.filter((e) => !e.hidden).map((e) => [e.id, e.from, e.to, edgeLabelText(e)])]);
}

export interface LayoutState {
  /** The newest finished layout (possibly of an older diagram while a new one runs). */
  layout: BorisLayout | null;
  /** The layout on screen is the current diagram's. */
  current: boolean;
  /** How long the last layout took, in ms (shown as `data-layout-ms` for measuring). */
  ms: number | null;
  error: string | null;
}

/** The ELK layered layout of `diagram`, computed off the main thread whenever its shape changes. */
export function useBorisLayout(diagram: BorisDiagram): LayoutState {
  const key = useMemo(() => layoutKey(diagram), [diagram]);
  const [state, setState] = useState<{ key: string | null; layout: BorisLayout | null; ms: number | null; error: string | null }>({ key: null, layout: null, ms: null, error: null });
  useEffect(() => {
    let stale = false;
    const started = performance.now();
    layoutBoris(elk(), diagram, diagram.edges.filter((e) => !e.hidden)).then(
      (layout) => !stale && setState({ key, layout, ms: Math.round(performance.now() - started), error: null }),
      (e: unknown) => !stale && setState((s) => ({ ...s, key, error: e instanceof Error ? e.message : String(e) })),
    );
    return () => {
      stale = true;
    };
    // The key stands for the diagram's shape: notes and positions do not lay it out again.
  }, [key]);
  return { layout: state.layout, current: state.key === key, ms: state.ms, error: state.error };
}
