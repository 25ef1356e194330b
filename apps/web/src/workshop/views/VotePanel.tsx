import { compareTimeline, rankVotes } from '@stormscape/model';
import type { Sticky, VoteTarget } from '@stormscape/model';
import { clearVotes, placeDot, removeDot, setDotsPerParticipant, setVoteTarget } from '@stormscape/model/yjs';
import { useMemo } from 'react';
import { showToast } from '../../board/uiStore';
import { useVisibleBoard } from '../useVisibleBoard';
import { useCanFacilitate, useFacilitation, useWorkshop } from '../WorkshopContext';

/** Dot voting: N dots each on hotspots or events, live counts, and the ranking. */
export function VotePanel() {
  const { rt, me, ui } = useWorkshop();
  const { doc, origin } = rt.session;
  const board = useVisibleBoard();
  const { votes, dotsPerParticipant, voteTarget: on } = useFacilitation();
  const canFacilitate = useCanFacilitate();
  // What the vote is on is board state: everyone sees the same candidates, after reloads too.
  const setOn = (target: VoteTarget) => setVoteTarget(doc, target, origin);

  const candidates = useMemo(
    () =>
      board.stickies
        .filter((s) => (on === 'hotspot' ? s.kind === 'hotspot' && !s.resolved : s.kind === 'event'))
        .sort(compareTimeline),
    [board.stickies, on],
  );
  const byId = new Map(board.stickies.map((s) => [s.id, s]));
  const valid = new Set(board.stickies.filter((s) => s.kind === 'hotspot' || s.kind === 'event').map((s) => s.id));
  const ranking = rankVotes(votes, { validIds: valid, order: candidates.map((s) => s.id) });
  const count = new Map(ranking.map((r) => [r.targetId, r.count]));
  const mine = (id: string) => votes.filter((v) => v.participantId === me && v.targetId === id).length;
  const used = votes.filter((v) => v.participantId === me).length;
  const left = Math.max(0, dotsPerParticipant - used);
  const add = (s: Sticky) => {
    if (!placeDot(doc, me, s.id)) showToast(rt.ui, 'You have placed all your dots. Take one back to vote again.');
  };
  const label = (s: Sticky | undefined) => s?.text || '(empty)';

  return (
    <section className="ws-panel" aria-labelledby="ws-vote-title">
      <div className="ws-row">
        <h2 id="ws-vote-title" className="ws-grow">
          Dot voting
        </h2>
        <button type="button" aria-label="Close dot voting" onClick={() => ui.setState({ voting: false })}>
          ✕
        </button>
      </div>
      <p data-testid="dots-left">
        You have {left} of {dotsPerParticipant} dots left.
      </p>
      <p className="muted">Click a hotspot or event on the canvas, or use the buttons, to place a dot.</p>
      {canFacilitate && (
        <div className="ws-row">
          <label className="inline">
            Dots each
            <input
              type="number"
              min={0}
              max={20}
              value={dotsPerParticipant}
              aria-label="Dots per participant"
              onChange={(e) => setDotsPerParticipant(doc, Number(e.target.value), origin)}
            />
          </label>
          <button type="button" onClick={() => clearVotes(doc, origin)}>
            Clear all votes
          </button>
        </div>
      )}
      <div className="ws-row" role="radiogroup" aria-label="Vote on">
        <label className="inline">
          <input type="radio" name="vote-on" checked={on === 'hotspot'} disabled={!canFacilitate} onChange={() => setOn('hotspot')} /> open hotspots
        </label>
        <label className="inline">
          <input type="radio" name="vote-on" checked={on === 'event'} disabled={!canFacilitate} onChange={() => setOn('event')} /> events
        </label>
      </div>
      <ul className="ws-plain-list ws-vote-list" aria-label="Candidates">
        {candidates.map((s) => (
          <li key={s.id} className="ws-row" data-testid="vote-candidate" data-target-id={s.id}>
            <span className="ws-grow">{label(s)}</span>
            <span className="ws-count" data-testid="vote-count" aria-label={`${count.get(s.id) ?? 0} votes`}>
              {count.get(s.id) ?? 0}
            </span>
            <button type="button" aria-label={`Remove my dot from ${label(s)}`} disabled={mine(s.id) === 0} onClick={() => removeDot(doc, me, s.id, origin)}>
              −
            </button>
            <button type="button" aria-label={`Add a dot to ${label(s)}`} disabled={left === 0} onClick={() => add(s)}>
              +
            </button>
          </li>
        ))}
        {candidates.length === 0 && <li className="muted">Nothing to vote on yet.</li>}
      </ul>
      <h3>Ranking</h3>
      <ol className="ws-ranking" aria-label="Ranking" data-testid="ranking">
        {ranking.map((r) => (
          <li key={r.targetId}>
            <span className="ws-rank">#{r.rank}</span> {label(byId.get(r.targetId))} — {r.count} {r.count === 1 ? 'dot' : 'dots'} from {r.voters}{' '}
            {r.voters === 1 ? 'person' : 'people'}
          </li>
        ))}
        {ranking.length === 0 && <li className="muted">No votes yet.</li>}
      </ol>
    </section>
  );
}
