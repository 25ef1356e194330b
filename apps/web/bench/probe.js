/* global window, document, performance, requestAnimationFrame, CSS */
// Injected unchanged into both pages before any of their scripts run (page.addInitScript),
// so "ours" and "bare" are timed by the same code: `ready` is ms since navigation start
// when every node and edge is on screen (then two more frames, so it has been painted),
// and frame times are requestAnimationFrame deltas. Plain JS: it is sent as text.
// `installProbe({ nodes, edges })` is appended by the runner.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
function installProbe(expected) {
  let stamps = [];
  // Each recording has its own loop: a callback still pending from the previous one
  // stops instead of doubling this one's stamps.
  let recording = 0;
  const loop = (id) => {
    const record = (t) => {
      if (recording !== id) return;
      stamps.push(t);
      requestAnimationFrame(record);
    };
    return record;
  };
  const probe = {
    ready: null,
    startFrames() {
      stamps = [];
      recording++;
      requestAnimationFrame(loop(recording));
    },
    stopFrames() {
      recording++;
      return stamps.slice(1).map((t, i) => t - stamps[i]);
    },
    /** The viewport's transform as React Flow applies it: [x, y, zoom]. */
    viewport() {
      const el = document.querySelector('.react-flow__viewport');
      const m = el && /translate\(([-\d.e]+)px, ?([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(el.style.transform);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
    },
    /**
     * Up to `count` of the given node ids whose centre is inside the pane (`margin` px
     * in) and not covered by anything else, nearest the pane's centre first.
     */
    visibleNodes(ids, count, margin) {
      const pane = document.querySelector('.react-flow').getBoundingClientRect();
      const cx = pane.left + pane.width / 2;
      const cy = pane.top + pane.height / 2;
      const found = [];
      for (const id of ids) {
        const el = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
        if (!el) continue;
        const r = el.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (x < pane.left + margin || x > pane.right - margin || y < pane.top + margin || y > pane.bottom - margin) continue;
        if (document.elementFromPoint(x, y)?.closest('.react-flow__node') !== el) continue;
        found.push({ id, x, y, d: Math.hypot(x - cx, y - cy) });
      }
      return found.sort((a, b) => a.d - b.d).slice(0, count);
    },
    /**
     * The empty pane point nearest the pane's centre (a drag that starts there pans; one
     * that starts on a node drags it).
     */
    emptySpot() {
      const pane = document.querySelector('.react-flow').getBoundingClientRect();
      const cx = pane.left + pane.width / 2;
      const cy = pane.top + pane.height / 2;
      for (let r = 0; r < Math.min(pane.width, pane.height) / 2; r += 4) {
        for (let a = 0; a < 360; a += 10) {
          const x = cx + r * Math.cos((a * Math.PI) / 180);
          const y = cy + r * Math.sin((a * Math.PI) / 180);
          if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
        }
      }
      return null;
    },
    selectedIds() {
      return [...document.querySelectorAll('.react-flow__node.selected')].map((el) => el.getAttribute('data-id'));
    },
  };
  window.__probe = probe;
  const poll = () => {
    const nodes = document.querySelectorAll('.react-flow__node').length;
    const hidden = document.querySelectorAll('.react-flow__node[style*="visibility: hidden"]').length;
    const edges = document.querySelectorAll('.react-flow__edge').length;
    if (nodes >= expected.nodes && hidden === 0 && edges >= expected.edges) {
      requestAnimationFrame(() => requestAnimationFrame(() => (probe.ready = performance.now())));
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}
