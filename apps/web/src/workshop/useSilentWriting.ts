import { hideWrittenInSilence, readFacilitation, YKEYS } from '@stormscape/model/yjs';
import { useEffect } from 'react';
import type * as Y from 'yjs';
import type { Workshop } from './WorkshopContext';

/**
 * While silent writing is on, every sticky this participant creates (palette, shortcut,
 * paste, duplicate) is recorded as theirs in the "hidden until reveal" map, in the
 * transaction right after the one that created it.
 */
export function useSilentWriting(ws: Workshop): void {
  useEffect(() => {
    const { doc, origin } = ws.rt.session;
    if (ws.rt.readOnly) return;
    const stickies = doc.getMap(YKEYS.stickies);
    const onChange = (event: Y.YMapEvent<unknown>, tr: Y.Transaction) => {
      if (tr.origin !== origin || !tr.local) return;
      const added = [...event.changes.keys].filter(([, c]) => c.action === 'add').map(([key]) => key);
      if (added.length === 0 || !readFacilitation(doc).silentWriting) return;
      doc.transact(() => {
        for (const id of added) hideWrittenInSilence(doc, id, ws.me, origin);
      }, origin);
    };
    stickies.observe(onChange);
    return () => stickies.unobserve(onChange);
  }, [ws]);
}
