import { getWorkshopPhase, WORKSHOP_PHASES } from '@stormscape/model';
import type { WorkshopPhaseId } from '@stormscape/model';
import { setPhase } from '@stormscape/model/yjs';
import { useFacilitation, useWorkshop, useWorkshopUi } from './WorkshopContext';

/**
 * The workshop's phases as steps. The facilitator's phase is marked for everyone; the
 * facilitator moving on takes everyone along, and anyone may look at another step.
 */
export function FlowBar() {
  const { rt, ui, me } = useWorkshop();
  const { phase, facilitatorId } = useFacilitation();
  const view = useWorkshopUi((s) => s.view);
  // Only the facilitator moves everyone; without one, each participant browses alone.
  const leads = !rt.readOnly && facilitatorId === me;
  const open = (id: WorkshopPhaseId) => {
    ui.setState({ view: id });
    if (leads && id !== phase) setPhase(rt.session.doc, id, rt.session.origin);
  };
  return (
    <nav className="ws-flow" aria-label="Workshop phases">
      <ol>
        {WORKSHOP_PHASES.map((p, i) => (
          <li key={p.id}>
            <button
              type="button"
              className={`ws-step${facilitatorId && p.id === phase ? ' is-current' : ''}${p.id === view ? ' is-open' : ''}`}
              aria-current={facilitatorId && p.id === phase ? 'step' : undefined}
              aria-pressed={p.id === view}
              data-phase={p.id}
              title={p.guidance}
              onClick={() => open(p.id)}
            >
              <span className="ws-step-no" aria-hidden="true">
                {i + 1}
              </span>
              {p.label}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** One sentence saying what to do in the open view (and where the facilitator is). */
export function PhaseGuidance() {
  const view = useWorkshopUi((s) => s.view);
  const { ui, me } = useWorkshop();
  const { phase, facilitatorName, facilitatorId } = useFacilitation();
  const open = getWorkshopPhase(view);
  // The facilitator is never sent "back" to their own step: where they look is the step.
  const elsewhere = facilitatorId !== null && facilitatorId !== me && view !== phase;
  return (
    <p className="ws-guidance">
      <strong>{open.label}:</strong> <span data-testid="phase-guidance">{open.guidance}</span>
      {elsewhere && (
        <>
          {' '}
          <button type="button" className="ws-link" onClick={() => ui.setState({ view: phase })}>
            Back to {facilitatorName || 'the facilitator'}’s step: {getWorkshopPhase(phase).label}
          </button>
        </>
      )}
    </p>
  );
}
