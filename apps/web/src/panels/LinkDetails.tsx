import { useBoard, useRuntime } from '../board/BoardRuntime';
import { LINK_LABELS } from '../store/buildNodes';

/** Kind (inferred, read-only) and label of one link. */
export function LinkDetails({ id }: { id: string }) {
  const { actions, readOnly } = useRuntime();
  const link = useBoard((s) => s.links.get(id));
  const ends = useBoard((s) => (link ? [s.stickies.get(link.from)?.text ?? '?', s.stickies.get(link.to)?.text ?? '?'] : null));
  if (!link || !ends) return null;
  return (
    <div className="details" aria-label="Link details">
      <p>
        <strong>{ends[0] || '(empty)'}</strong> {LINK_LABELS[link.kind]} <strong>{ends[1] || '(empty)'}</strong>
      </p>
      <label>
        Label
        <input value={link.label} readOnly={readOnly} maxLength={500} onChange={(e) => actions.setLinkLabel(id, e.target.value)} />
      </label>
    </div>
  );
}
