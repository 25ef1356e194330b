import type { Viewport } from '@stormscape/model';
import { setFollowViewport } from '@stormscape/model/yjs';
import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useFacilitation, useWorkshop, useWorkshopUi } from './WorkshopContext';

const SEND_INTERVAL_MS = 120;

/**
 * "Follow me": the leader publishes the centre of their view (throttled); everyone else
 * follows it until they pan or zoom themselves, and can resume from the banner. Split
 * into components so only the one that needs the viewport re-renders when it moves.
 */
export function FollowMe() {
  const { me } = useWorkshop();
  const { followMe } = useFacilitation();
  if (!followMe.active) return null;
  return followMe.leaderId === me ? <Lead /> : <Follow viewport={followMe.viewport} leaderId={followMe.leaderId} />;
}

function Lead() {
  const { rt, me } = useWorkshop();
  const transform = useStore((s) => s.transform);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const last = useRef(0);
  useEffect(() => {
    if (width === 0) return;
    const [tx, ty, zoom] = transform;
    const send = () => {
      last.current = Date.now();
      setFollowViewport(rt.session.doc, me, { x: (width / 2 - tx) / zoom, y: (height / 2 - ty) / zoom, zoom });
    };
    const wait = SEND_INTERVAL_MS - (Date.now() - last.current);
    if (wait <= 0) {
      send();
      return;
    }
    // Trailing send, so the last position of a pan always goes out.
    const t = window.setTimeout(send, wait);
    return () => window.clearTimeout(t);
  }, [transform, width, height, rt, me]);
  return null;
}

function Follow({ viewport, leaderId }: { viewport: Viewport | null; leaderId: string | null }) {
  const { ui } = useWorkshop();
  const flow = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const following = useWorkshopUi((s) => s.following);

  // Someone starting to lead takes everyone along.
  useEffect(() => {
    ui.setState({ following: true });
  }, [leaderId, ui]);

  useEffect(() => {
    if (!following || !viewport || width === 0) return;
    const { x, y, zoom } = viewport;
    void flow.setViewport({ x: width / 2 - x * zoom, y: height / 2 - y * zoom, zoom }, { duration: 150 });
  }, [following, viewport, width, height, flow]);

  // Moving oneself (wheel on the canvas, a press on its empty pane) stops following.
  useEffect(() => {
    const stop = (e: Event) => {
      if (!(e.target instanceof Element)) return;
      const selector = e.type === 'wheel' ? '.board-main .react-flow' : '.board-main .react-flow__pane';
      if (e.target.closest(selector)) ui.setState({ following: false });
    };
    document.addEventListener('wheel', stop, { capture: true, passive: true });
    document.addEventListener('pointerdown', stop, true);
    return () => {
      document.removeEventListener('wheel', stop, true);
      document.removeEventListener('pointerdown', stop, true);
    };
  }, [ui]);
  return null;
}
