import { usePresence, useRuntime } from '../board/BoardRuntime';

/** Who is here, each in their assigned colour. */
export function PresenceList() {
  const { session } = useRuntime();
  const peers = usePresence((s) => s.peers);
  return (
    <ul className="presence" aria-label={`${peers.length} here`} data-testid="presence">
      {peers.map((p) => {
        const me = p.clientId === session.presence.clientId;
        return (
          <li key={p.clientId} className="avatar" style={{ background: p.user.colour }} title={`${p.user.name}${me ? ' (you)' : ''}${p.user.viewOnly ? ', viewing' : ''}`}>
            <span aria-hidden="true">{p.user.name.slice(0, 1).toUpperCase() || '?'}</span>
            <span className="visually-hidden">
              {p.user.name}
              {me ? ' (you)' : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
