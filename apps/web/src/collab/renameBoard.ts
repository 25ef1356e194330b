import { setBoardName } from '@stormscape/model/yjs';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

const wsUrl = () => `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/ws`;

/**
 * Renames a board without opening it: joins its room briefly, sets the name in the
 * shared document once synced, and leaves after the server has had the update.
 */
export function renameBoardViaDoc(boardId: string, editToken: string, name: string, timeoutMs = 8000): Promise<boolean> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl(), boardId, doc, { params: { token: editToken } });
  return new Promise<boolean>((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      provider.destroy();
      doc.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    provider.once('sync', (synced: boolean) => {
      if (!synced) return done(false);
      setBoardName(doc, name);
      // The update is queued on the socket; give it a moment to leave before closing.
      setTimeout(() => done(true), 300);
    });
  });
}
