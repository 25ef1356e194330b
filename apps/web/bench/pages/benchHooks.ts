/**
 * What the bench runner reads from a page: `ready` (ms since navigation start when
 * every node and edge is on screen), frame deltas while it drives the pointer, and a
 * way to select stickies to drag.
 */
export interface BenchHooks {
  ready: number | null;
  startFrames(): void;
  stopFrames(): number[];
  select(ids: string[]): void;
}

declare global {
  interface Window {
    __bench: BenchHooks;
  }
}

export function installHooks(select: (ids: string[]) => void, expected: { nodes: number; edges: number }): void {
  let frames: number[] = [];
  let recording = false;
  const loop = () => {
    if (!recording) return;
    frames.push(performance.now());
    requestAnimationFrame(loop);
  };
  window.__bench = {
    ready: null,
    startFrames() {
      frames = [];
      recording = true;
      requestAnimationFrame(loop);
    },
    stopFrames() {
      recording = false;
      return frames.slice(1).map((t, i) => t - frames[i]!);
    },
    select,
  };
  // Ready: all nodes rendered and visible (measured), all edges drawn, then one paint.
  const poll = () => {
    const nodes = document.querySelectorAll('.react-flow__node');
    const hidden = document.querySelectorAll('.react-flow__node[style*="visibility: hidden"]').length;
    const edges = document.querySelectorAll('.react-flow__edge').length;
    if (nodes.length >= expected.nodes && hidden === 0 && edges >= expected.edges) {
      requestAnimationFrame(() => requestAnimationFrame(() => (window.__bench.ready = performance.now())));
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}
