import type { Sticky } from '@stormscape/model';

/** The badges a sticky shows (none for most kinds). */
export function stickyBadges(sticky: Sticky): { key: string; text: string; title: string }[] {
  const badges: { key: string; text: string; title: string }[] = [];
  if (sticky.pivotal) badges.push({ key: 'pivotal', text: '◆ pivotal', title: 'Pivotal event' });
  if (sticky.timed) badges.push({ key: 'timed', text: '⏱ timed', title: 'Timed event' });
  if (sticky.public) badges.push({ key: 'public', text: 'public', title: 'Published for other contexts' });
  if (sticky.kind === 'policy') badges.push({ key: 'mode', text: sticky.policyMode === 'manual' ? '✋ manual' : '⚙ automated', title: 'Policy mode' });
  if (sticky.resolved) badges.push({ key: 'resolved', text: '✓ resolved', title: 'Resolved hotspot' });
  return badges;
}

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
