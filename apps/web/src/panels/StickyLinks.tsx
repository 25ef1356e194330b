import { inferLinkKind, KIND_STYLES } from '@stormscape/model';
import { useState } from 'react';
import { useBoard, useRuntime } from '../board/BoardRuntime';
import { LINK_LABELS } from '../store/buildNodes';

/** Most stickies offered as targets (nearest first): enough for any real neighbourhood. */
const MAX_TARGETS = 150;

/**
 * A sticky's links, and a keyboard way to add one: only targets the grammar allows are
 * offered, nearest first.
 */
export function StickyLinks({ id }: { id: string }) {
  const { actions, readOnly, board } = useRuntime();
  const linkKey = useBoard((s) => [...s.links.values()].filter((l) => l.from === id || l.to === id).map((l) => l.id).join(' '));
  const [target, setTarget] = useState('');
  // Candidates are worked out when the list is opened, not on every board change.
  const [targets, setTargets] = useState<{ id: string; label: string }[]>([]);
  const state = board.store.getState();
  const sticky = state.stickies.get(id);
  if (!sticky) return null;
  const label = (sid: string) => {
    const s = state.stickies.get(sid);
    return s ? `${KIND_STYLES[s.kind].label}: ${s.text || '(empty)'}` : '?';
  };
  const links = linkKey ? linkKey.split(' ').flatMap((lid) => state.links.get(lid) ?? []) : [];
  const findTargets = () =>
    setTargets(
      [...board.store.getState().stickies.values()]
        .filter((s) => s.id !== id && inferLinkKind(sticky.kind, s.kind).ok && !links.some((l) => l.from === id && l.to === s.id))
        .map((s) => ({ s, d: Math.hypot(s.position.x - sticky.position.x, s.position.y - sticky.position.y) }))
        .sort((a, b) => a.d - b.d)
        .slice(0, MAX_TARGETS)
        .map(({ s }) => ({ id: s.id, label: label(s.id) })),
    );
  return (
    <fieldset>
      <legend>Links</legend>
      {links.length === 0 && <p className="muted">No links.</p>}
      <ul className="link-list">
        {links.map((l) => (
          <li key={l.id}>
            {l.from === id ? `${LINK_LABELS[l.kind]} → ${label(l.to)}` : `← ${label(l.from)} ${LINK_LABELS[l.kind]}`}
            {!readOnly && (
              <button type="button" aria-label={`Remove link to ${label(l.from === id ? l.to : l.from)}`} onClick={() => actions.deleteLinks([l.id])}>
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <div className="list-row">
          <select aria-label="Connect to" value={target} onFocus={findTargets} onPointerDown={findTargets} onChange={(e) => setTarget(e.target.value)}>
            <option value="">Connect to…</option>
            {targets.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={!target}
            onClick={() => {
              actions.connect(id, target);
              setTarget('');
            }}
          >
            Connect
          </button>
        </div>
      )}
    </fieldset>
  );
}
