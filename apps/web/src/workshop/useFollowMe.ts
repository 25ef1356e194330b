import { setFollowViewport } from '@stormscape/model/yjs';
import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useStore as useZustand } from 'zustand';
import type { Workshop } from './WorkshopContext';
import { useFacilitation } from './WorkshopContext';

const SEND_INTERVAL_MS = 120;

/** The board-coordinate point at the centre of the canvas, and the zoom. */
function centreOf(transform: [number, number, number], width: number, height: number) {
  const [tx, ty, zoom] = transform;
  return { x: (width / 2 - tx) / zoom, y: (height / 2 - ty) / zoom, zoom };
}

/**
 * "Follow me": the leader publishes the centre of their view (throttled); everyone else
 * follows it until they pan or zoom themselves, and can resume from the banner.
 */
export function useFollowMe(ws: Workshop): void {
  const { followMe } = useFacilitation();
  const flow = useReactFlow();
  const transform = useStore((s) => s.transform);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const following = useZustand(ws.ui, (s) => s.following);
  const leading = followMe.active && followMe.leaderId === ws.me;
  const followed = followMe.active && followMe.leaderId !== ws.me;

  // Leader: publish the view centre at most every SEND_INTERVAL_MS.
  const last = useRef(0);
  const pending = useRef<number | null>(null);
  useEffect(() => {
    if (!leading || width === 0) return;
    const send = () => {
      last.current = Date.now();
      pending.current = null;
      setFollowViewport(ws.rt.session.doc, ws.me, centreOf(transform, width, height));
    };
    const wait = SEND_INTERVAL_MS - (Date.now() - last.current);
    if (wait <= 0) send();
    else {
      if (pending.current !== null) clearTimeout(pending.current);
      pending.current = window.setTimeout(send, wait);
    }
    return () => {
      if (pending.current !== null) clearTimeout(pending.current);
    };
  }, [leading, transform, width, height, ws]);

  // Follower: start following whenever someone starts leading.
  useEffect(() => {
    if (followed) ws.ui.setState({ following: true });
  }, [followed, followMe.leaderId, ws.ui]);

  const vp = followMe.viewport;
  useEffect(() => {
    if (!followed || !following || !vp || width === 0) return;
    void flow.setViewport({ x: width / 2 - vp.x * vp.zoom, y: height / 2 - vp.y * vp.zoom, zoom: vp.zoom }, { duration: 150 });
  }, [followed, following, vp, width, height, flow]);

  // Moving oneself (wheel, drag on the pane) stops following.
  useEffect(() => {
    if (!followed) return;
    // Wheel anywhere on the canvas zooms or pans; a press on the empty pane starts a pan.
    const stop = (e: Event) => {
      if (!(e.target instanceof Element)) return;
      const selector = e.type === 'wheel' ? '.board-main .react-flow' : '.board-main .react-flow__pane';
      if (e.target.closest(selector)) ws.ui.setState({ following: false });
    };
    document.addEventListener('wheel', stop, { capture: true, passive: true });
    document.addEventListener('pointerdown', stop, true);
    return () => {
      document.removeEventListener('wheel', stop, true);
      document.removeEventListener('pointerdown', stop, true);
    };
  }, [followed, ws.ui]);
}
