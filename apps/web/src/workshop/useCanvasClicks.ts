import { placeDot, readSlice, updateSlice, YKEYS } from '@stormscape/model/yjs';
import { useEffect } from 'react';
import { showToast } from '../board/uiStore';
import type { Workshop } from './WorkshopContext';

/**
 * While picking a slice or voting, a click on a canvas sticky appends the event to the
 * slice (in click order) or places a dot on it when it is what the vote is on (open
 * hotspots or events).
 */
export function useCanvasClicks(ws: Workshop): void {
  useEffect(() => {
    if (ws.rt.readOnly) return;
    const onClick = (e: MouseEvent) => {
      const { pickingSliceId, voting } = ws.ui.getState();
      if (!pickingSliceId && !voting) return;
      const el = e.target instanceof Element ? e.target.closest('.board-main .react-flow__node-sticky') : null;
      const id = el?.getAttribute('data-id');
      if (!id) return;
      const sticky = ws.rt.board.store.getState().stickies.get(id);
      if (!sticky) return;
      const { doc, origin } = ws.rt.session;
      if (pickingSliceId && sticky.kind === 'event') {
        const slice = readSlice(pickingSliceId, doc.getMap(YKEYS.slices).get(pickingSliceId));
        if (slice && !slice.eventIds.includes(id)) updateSlice(doc, slice.id, { eventIds: [...slice.eventIds, id] }, origin);
      } else if (voting && sticky.kind === ws.facilitation.get().voteTarget && !(sticky.kind === 'hotspot' && sticky.resolved)) {
        if (!placeDot(doc, ws.me, id)) showToast(ws.rt.ui, 'You have placed all your dots. Take one back to vote again.');
      }
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [ws]);
}
