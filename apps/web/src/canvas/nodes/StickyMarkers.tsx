import type { StickyBadge } from './stickyTextFit';

/** Small badges for event/policy/hotspot flags; text, so screen readers read them. */
export function StickyMarkers({ badges, clipped }: { badges: StickyBadge[]; clipped: boolean }) {
  if (badges.length === 0) return null;
  return (
    <div className={clipped ? 'sticky-markers clipped' : 'sticky-markers'}>
      {badges.map((b) => (
        <span key={b.key} className={`marker marker-${b.key}`} title={b.title}>
          {b.text}
        </span>
      ))}
    </div>
  );
}
