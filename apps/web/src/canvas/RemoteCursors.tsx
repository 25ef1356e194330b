import { useStore as useFlowStore, ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import { usePresence, useRuntime } from '../board/BoardRuntime';
import type { Peer } from '../collab';

/**
 * Other participants' pointers, in board coordinates. Updates arrive at most every
 * 50 ms; a short CSS transition interpolates between them so they glide, not jump.
 * Alone on a board nothing is mounted: the portal and the zoom would otherwise be
 * looked up on every pan, zoom and drag frame for no cursor at all.
 */
export const RemoteCursors = memo(function RemoteCursors() {
  const { session } = useRuntime();
  const peers = usePresence((s) => s.peers);
  const shown = peers.filter((p) => p.clientId !== session.presence.clientId && p.cursor);
  return shown.length > 0 ? <Cursors peers={shown} /> : null;
});

function Cursors({ peers }: { peers: Peer[] }) {
  const zoom = useFlowStore((s) => s.transform[2]);
  return (
    <ViewportPortal>
      {peers.map((p) => (
        <div
          key={p.clientId}
          className="remote-cursor"
          data-testid="remote-cursor"
          data-name={p.user.name}
          style={{ transform: `translate(${p.cursor!.x}px, ${p.cursor!.y}px) scale(${1 / zoom})`, ['--cursor-colour' as string]: p.user.colour }}
        >
          <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
            <path d="M1 1 L1 15 L5 11 L8 17 L10 16 L7 10 L13 10 Z" fill={p.user.colour} stroke="#fff" strokeWidth="1.2" />
          </svg>
          <span className="remote-cursor-name">{p.user.name}</span>
        </div>
      ))}
    </ViewportPortal>
  );
}
