import type { Lifecycle, Sticky } from '@stormscape/model';
import { commandsOfEvent, eventsOfCommand, eventsOfProducer, lifecycleOf } from '@stormscape/model';
import { useRuntime } from '../../board/BoardRuntime';
import { AddItem } from './AddItem';
import { DraftInput } from './DraftInput';
import { stateNameIssue, withAcceptedIn, withInvariants, withoutState, withState, withStateRenamed, withTransition } from './edits';
import { OUTCOME_LABELS, stickyName } from './labels';
import { useBoardIndex } from './useBoardIndex';
import './decisions.css';

const invariantIssue = (text: string) => (text.trim() === '' ? 'an invariant needs text' : null);

/**
 * The ddd-crew Aggregate Design Canvas of one aggregate sticky (name and description sit
 * in the details above): lifecycle states, per handled command the states it is accepted
 * in, per event it produces the state it leads to, and the invariants it enforces.
 */
export function AggregateCanvas({ aggregate }: { aggregate: Sticky }) {
  const { actions, readOnly } = useRuntime();
  const index = useBoardIndex();
  const view = lifecycleOf(index, aggregate.id);
  if (!view) return null;
  const lifecycle = aggregate.lifecycle;
  const states = view.states;
  const save = (next: Lifecycle) => actions.updateSticky(aggregate.id, { lifecycle: next });
  const events = eventsOfProducer(index, aggregate.id);
  /** How the commands of this aggregate record an event (success wins over rejection). */
  const outcomeOf = (eventId: string) => {
    const kinds = commandsOfEvent(index, eventId).flatMap((c) => eventsOfCommand(index, c.id).filter((o) => o.event.id === eventId).map((o) => o.kind));
    return kinds.includes('success') ? 'success' : kinds.includes('rejection') ? 'rejection' : null;
  };

  return (
    <section className="aggregate-canvas" aria-label="Aggregate design canvas">
      <h3>Aggregate Design Canvas</h3>
      <fieldset className="decisions">
        <legend>Lifecycle states</legend>
        {states.length === 0 && <p className="muted">No states yet: the aggregate accepts every command at any time.</p>}
        {states.map((state, i) => (
          <div className="list-row" key={i}>
            <DraftInput
              label={`State ${i + 1}`}
              value={state}
              readOnly={readOnly}
              saveOn="enter"
              issue={(text) => stateNameIssue(lifecycle, text, state)}
              commit={(text) => lifecycle && save(withStateRenamed(lifecycle, state, text))}
            />
            {!readOnly && lifecycle && (
              <button type="button" aria-label={`Remove state ${state}`} onClick={() => save(withoutState(lifecycle, state))}>
                ×
              </button>
            )}
          </div>
        ))}
        {!readOnly && <AddItem label="New state" button="Add state" placeholder="e.g. Draft" issue={(text) => stateNameIssue(lifecycle, text)} add={(text) => save(withState(lifecycle, text))} />}
      </fieldset>

      <fieldset className="decisions">
        <legend>Handled commands</legend>
        {view.commands.length === 0 && <p className="muted">No command is invoked on this aggregate yet.</p>}
        {view.commands.map(({ command, acceptedIn, outcomes }) => {
          const name = stickyName(command);
          return (
            <div key={command.id} className="handled-command" role="group" aria-label={`Command ${name}`}>
              <strong>{name}</strong>
              {view.creatingCommand?.id === command.id && <span className="badge">creates the aggregate</span>}
              <div className="muted">
                {outcomes.length === 0 ? 'No outcomes recorded (choose them in the command’s details).' : outcomes.map((o) => `${stickyName(o.event)} (${OUTCOME_LABELS[o.kind].toLowerCase()})`).join(', ')}
              </div>
              {states.length > 0 && (
                <div role="group" aria-label={`Accepted in: ${name}`} className="state-choices">
                  Accepted in:
                  {states.map((state) => (
                    <label className="inline" key={state}>
                      <input
                        type="checkbox"
                        checked={acceptedIn?.includes(state) ?? false}
                        disabled={readOnly}
                        onChange={(e) => save(withAcceptedIn(lifecycle, command.id, e.target.checked ? [...(acceptedIn ?? []), state] : (acceptedIn ?? []).filter((s) => s !== state)))}
                      />{' '}
                      {state}
                    </label>
                  ))}
                  {acceptedIn === null && <span className="muted">(none ticked: every state)</span>}
                </div>
              )}
            </div>
          );
        })}
      </fieldset>

      <fieldset className="decisions">
        <legend>Events and resulting state</legend>
        {events.length === 0 && <p className="muted">The aggregate produces no event yet.</p>}
        {events.map((event) => {
          const name = stickyName(event);
          const outcome = outcomeOf(event.id);
          return (
            <div key={event.id} className="decision-row">
              <span className="decision-name">
                {name}
                {outcome && <span className="muted"> ({OUTCOME_LABELS[outcome].toLowerCase()})</span>}
              </span>
              {outcome === 'rejection' ? (
                <span className="muted">leaves the state as it was</span>
              ) : (
                <select aria-label={`State after ${name}`} value={view.resultingState.get(event.id) ?? ''} disabled={readOnly || states.length === 0} onChange={(e) => save(withTransition(lifecycle, event.id, e.target.value || null))}>
                  <option value="">{states.length === 0 ? 'Add states first' : 'No state recorded'}</option>
                  {states.map((state) => (
                    <option key={state} value={state}>
                      Leads to {state}
                    </option>
                  ))}
                </select>
              )}
            </div>
          );
        })}
      </fieldset>

      <fieldset className="decisions">
        <legend>Enforced invariants</legend>
        {view.invariants.length === 0 && <p className="muted">No invariants recorded.</p>}
        {view.invariants.map((text, i) => (
          <div className="list-row" key={i}>
            <DraftInput
              label={`Invariant ${i + 1}`}
              value={text}
              readOnly={readOnly}
              issue={invariantIssue}
              commit={(next) => save(withInvariants(lifecycle, view.invariants.map((old, j) => (j === i ? next : old))))}
            />
            {!readOnly && (
              <button type="button" aria-label={`Remove invariant ${i + 1}`} onClick={() => save(withInvariants(lifecycle, view.invariants.filter((_, j) => j !== i)))}>
                ×
              </button>
            )}
          </div>
        ))}
        {!readOnly && <AddItem label="New invariant" button="Add invariant" placeholder="e.g. Never more space than the vessel holds" issue={invariantIssue} add={(text) => save(withInvariants(lifecycle, [...view.invariants, text.trim()]))} />}
      </fieldset>
    </section>
  );
}
