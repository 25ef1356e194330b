import { useEffect, useState } from 'react';
import type { ElkLayouter } from './layered';
import { pageElk } from './pageElk';

export interface LayoutState<T> {
  /** The newest finished layout (possibly of an older input while a new one runs). */
  layout: T | null;
  /** The layout on screen is the current input's. */
  current: boolean;
  /** How long the last layout took, in ms (shown as `data-layout-ms` for measuring). */
  ms: number | null;
  error: string | null;
}

/**
 * A layered layout computed off the main thread whenever `key` (what the layout depends
 * on: nodes and edges, never positions people set) changes. `run` is read when the key changes.
 */
export function useElkLayout<T>(key: string, run: (elk: ElkLayouter) => Promise<T>): LayoutState<T> {
  const [state, setState] = useState<{ key: string | null; layout: T | null; ms: number | null; error: string | null }>({ key: null, layout: null, ms: null, error: null });
  useEffect(() => {
    let stale = false;
    const started = performance.now();
    run(pageElk()).then(
      (layout) => !stale && setState({ key, layout, ms: Math.round(performance.now() - started), error: null }),
      (e: unknown) => !stale && setState((s) => ({ ...s, key, error: e instanceof Error ? e.message : String(e) })),
    );
    return () => {
      stale = true;
    };
    // The key stands for the input's shape.
  }, [key]);
  return { layout: state.layout, current: state.key === key, ms: state.ms, error: state.error };
}
