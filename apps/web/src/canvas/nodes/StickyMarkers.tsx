import type { Sticky } from '@stormscape/model';
import { stickyBadges } from './stickyTextFit';

/** Small badges for event/policy/hotspot flags; text, so screen readers read them. */
export function StickyMarkers({ sticky }: { sticky: Sticky }) {
  const badges = stickyBadges(sticky);
  if (badges.length === 0) return null;
  return (
    <div className="sticky-markers">
      {badges.map((b) => (
        <span key={b.key} className={`marker marker-${b.key}`} title={b.title}>
          {b.text}
        </span>
      ))}
    </div>
  );
}
