import { getWorkshopPhase, WORKSHOP_PHASES } from '@stormscape/model';
import type { WorkshopPhaseId } from '@stormscape/model';
import { setPhase } from '@stormscape/model/yjs';
import { useCanFacilitate, useFacilitation, useWorkshop, useWorkshopUi } from './WorkshopContext';

/**
 * The workshop's phases as steps. The facilitator's phase is marked for everyone; the
 * facilitator moving on takes everyone along, and anyone may look at another step.
 */
export function FlowBar() {
  const { rt, ui } = useWorkshop();
  const { phase } = useFacilitation();
  const view = useWorkshopUi((s) => s.view);
  const canFacilitate = useCanFacilitate();
  const open = (id: WorkshopPhaseId) => {
    ui.setState({ view: id });
    if (canFacilitate && id !== phase) setPhase(rt.session.doc, id, rt.session.origin);
  };
  return (
    <nav className="ws-flow" aria-label="Workshop phases">
      <ol>
        {WORKSHOP_PHASES.map((p, i) => (
          <li key={p.id}>
            <button
              type="button"
              className={`ws-step${p.id === phase ? ' is-current' : ''}${p.id === view ? ' is-open' : ''}`}
              aria-current={p.id === phase ? 'step' : undefined}
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
  const { ui } = useWorkshop();
  const { phase, facilitatorName, facilitatorId } = useFacilitation();
  const open = getWorkshopPhase(view);
  return (
    <p className="ws-guidance">
      <strong>{open.label}:</strong> <span data-testid="phase-guidance">{open.guidance}</span>
      {view !== phase && (
        <>
          {' '}
          <button type="button" className="ws-link" onClick={() => ui.setState({ view: phase })}>
            Back to {facilitatorId ? `${facilitatorName || 'the facilitator'}’s` : 'the current'} step: {getWorkshopPhase(phase).label}
          </button>
        </>
      )}
    </p>
  );
}
