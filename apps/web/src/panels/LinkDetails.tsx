import { TEXT_LIMITS } from '@stormscape/model';
import { useBoard, useRuntime } from '../board/BoardRuntime';
import { LINK_LABELS } from '../store/buildNodes';

/** Kind (inferred, read-only) and label of one link. */
export function LinkDetails({ id }: { id: string }) {
  const { actions, readOnly } = useRuntime();
  const link = useBoard((s) => s.links.get(id));
  // One selector per string: a selector returning a new array each call never settles
  // (React error #185, maximum update depth).
  const fromText = useBoard((s) => (link ? (s.stickies.get(link.from)?.text ?? '?') : null));
  const toText = useBoard((s) => (link ? (s.stickies.get(link.to)?.text ?? '?') : null));
  if (!link || fromText === null || toText === null) return null;
  const ends = [fromText, toText];
  return (
    <div className="details" aria-label="Link details">
      <p>
        <strong>{ends[0] || '(empty)'}</strong> {LINK_LABELS[link.kind]} <strong>{ends[1] || '(empty)'}</strong>
      </p>
      <label>
        Label
        <input value={link.label} readOnly={readOnly} maxLength={TEXT_LIMITS.label} onChange={(e) => actions.setLinkLabel(id, e.target.value)} />
      </label>
    </div>
  );
}
