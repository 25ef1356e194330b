import type { OutcomeKind, Sticky } from '@stormscape/model';
import { OUTCOME_KINDS, producibleEventsOfCommand, suggestCreatingCommand, suggestOutcomes, targetsOfCommand } from '@stormscape/model';
import { useRuntime } from '../../board/BoardRuntime';
import { withOutcome, withSuggestedOutcomes } from './edits';
import { OUTCOME_LABELS, stickyName } from './labels';
import { useBoardIndex } from './useBoardIndex';
import './decisions.css';

/**
 * A command's outcomes (reference §7): each event its aggregate or external system
 * produces may be a success or a rejection of it. The heuristic's guess is shown as a
 * suggestion to accept, never written by itself. Also which aggregate it creates.
 */
export function CommandOutcomes({ command }: { command: Sticky }) {
  const { actions, readOnly } = useRuntime();
  const index = useBoardIndex();
  const recorded = command.outcomes ?? [];
  const choosable = producibleEventsOfCommand(index, command.id);
  // Recorded outcomes whose link was since removed stay visible, so they can be dropped.
  const unlinked = recorded.flatMap((o) => (choosable.some((e) => e.id === o.eventId) ? [] : (index.stickyById.get(o.eventId) ?? [])));
  const events = [...choosable, ...unlinked];
  const pending = suggestOutcomes(index, command.id).filter((s) => !recorded.some((r) => r.eventId === s.eventId));
  const setOutcomes = (outcomes: typeof recorded) => actions.updateSticky(command.id, { outcomes: outcomes.length ? outcomes : null });
  const successes = recorded.filter((o) => o.kind === 'success' && index.stickyById.get(o.eventId)?.kind === 'event').length;
  const aggregates = targetsOfCommand(index, command.id).filter((t) => t.kind === 'aggregate');

  return (
    <>
      <fieldset className="decisions" aria-label="Outcomes">
        <legend>Outcomes</legend>
        {events.length === 0 && <p className="muted">Link this command to an aggregate or external system that produces events to choose its outcomes.</p>}
        <ul className="decision-list">
          {events.map((event) => {
            const kind = recorded.find((o) => o.eventId === event.id)?.kind ?? null;
            const suggestion = pending.find((s) => s.eventId === event.id);
            const name = stickyName(event);
            return (
              <li key={event.id} className="decision-row">
                <span className="decision-name">
                  {name}
                  {!choosable.includes(event) && <span className="muted"> (no longer produced by its target)</span>}
                </span>
                <select
                  aria-label={`Outcome: ${name}`}
                  value={kind ?? ''}
                  disabled={readOnly}
                  onChange={(e) => setOutcomes(withOutcome(recorded, event.id, (e.target.value || null) as OutcomeKind | null))}
                >
                  <option value="">Not an outcome</option>
                  {OUTCOME_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {OUTCOME_LABELS[k]}
                    </option>
                  ))}
                </select>
                {suggestion && (
                  <span className="suggestion">
                    Suggested: {OUTCOME_LABELS[suggestion.kind]}
                    {!readOnly && (
                      <button type="button" aria-label={`Accept suggestion: ${name} is a ${OUTCOME_LABELS[suggestion.kind].toLowerCase()}`} onClick={() => setOutcomes(withOutcome(recorded, event.id, suggestion.kind))}>
                        Accept
                      </button>
                    )}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
        {!readOnly && pending.length > 1 && (
          <button type="button" className="add" onClick={() => setOutcomes(withSuggestedOutcomes(recorded, pending))}>
            Accept all {pending.length} suggestions
          </button>
        )}
        {successes > 1 && <p className="warning-note">More than one success: a call produces exactly one outcome, so one of them is probably a rejection or belongs to another command.</p>}
      </fieldset>
      {aggregates.length > 0 && (
        <fieldset className="decisions">
          <legend>Creates the aggregate</legend>
          {aggregates.map((aggregate) => {
            const creates = aggregate.creatingCommandId === command.id;
            const other = !creates && aggregate.creatingCommandId ? index.stickyById.get(aggregate.creatingCommandId) : undefined;
            const suggested = !creates && aggregate.creatingCommandId === undefined && suggestCreatingCommand(index, aggregate.id) === command.id;
            const name = stickyName(aggregate);
            const set = (on: boolean) => actions.updateSticky(aggregate.id, { creatingCommandId: on ? command.id : null });
            return (
              <div key={aggregate.id} className="decision-row">
                <label className="inline">
                  <input type="checkbox" checked={creates} disabled={readOnly} onChange={(e) => set(e.target.checked)} /> Creates {name}
                </label>
                {other?.kind === 'command' && <span className="muted">(now created by “{stickyName(other)}”)</span>}
                {suggested && (
                  <span className="suggestion">
                    Suggested
                    {!readOnly && (
                      <button type="button" aria-label={`Accept suggestion: this command creates ${name}`} onClick={() => set(true)}>
                        Accept
                      </button>
                    )}
                  </span>
                )}
              </div>
            );
          })}
        </fieldset>
      )}
    </>
  );
}
