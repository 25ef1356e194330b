import { useSession } from '../board/BoardRuntime';

const LABELS = { connected: 'Connected', syncing: 'Syncing…', offline: 'Offline — edits are kept and sent when back' } as const;

/** connected / syncing / offline, announced politely to screen readers. */
export function ConnectionIndicator() {
  const status = useSession((s) => s.status);
  const refused = useSession((s) => s.refused);
  return (
    <span className={`connection connection-${status}`} role="status" aria-live="polite" data-status={status} data-testid="connection">
      <span className="dot" aria-hidden="true" />
      {refused ? `Refused: ${refused}` : LABELS[status]}
    </span>
  );
}
