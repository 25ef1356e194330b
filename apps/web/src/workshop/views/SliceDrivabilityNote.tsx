import { stickyName } from '@stormscape/model';
import type { SliceDrivability, SliceStep } from '@stormscape/model';
import { useWorkshop } from '../WorkshopContext';

/** How one step of a drivable slice happens when the generated system plays it. */
function stepText(step: SliceStep): string {
  if (step.cause === 'timer') return `${stickyName(step.event)} — raised ${step.duration} after ${stickyName(step.after)} (the test waits for it)`;
  const command = stickyName(step.command);
  const how =
    step.cause === 'drive'
      ? `a person issues ${command} (the test drives it)`
      : `${stickyName(step.issuer)} issues ${command} after ${stickyName(step.after ?? step.event)}`;
  return `${stickyName(step.event)} — ${how}${step.refusedIn ? `, refused while "${step.refusedIn}"` : ''}`;
}

/**
 * Whether the generated system can play the slice end to end (the model's
 * `sliceDrivability`, which lint T1 and the slice tests use), and if not, every reason
 * with a button that selects and reveals the stickies at fault on the canvas.
 */
export function SliceDrivabilityNote({ result }: { result: SliceDrivability }) {
  const { rt } = useWorkshop();
  const name = result.slice.name || 'Unnamed slice';
  if (result.drivable) {
    return (
      <div className="ws-slice-drive is-drivable">
        <p data-testid="slice-drivability">Drivable end to end: generated code gets an acceptance test for it.</p>
        <ol aria-label={`Steps of ${name}`}>
          {result.steps.map((step) => (
            <li key={step.event.id}>{stepText(step)}</li>
          ))}
        </ol>
      </div>
    );
  }
  const count = result.problems.length;
  return (
    <div className="ws-slice-drive is-undrivable">
      <p data-testid="slice-drivability">
        Not drivable: {count} reason{count === 1 ? '' : 's'} (code generation skips its test until they are fixed).
      </p>
      <ul aria-label={`Why ${name} cannot be driven`}>
        {result.problems.map((problem, i) => (
          <li key={i} className="ws-row">
            <span className="ws-grow">{problem.message}</span>
            <button type="button" aria-label="Show" title="Select these stickies on the canvas" onClick={() => rt.actions.reveal(problem.ids)}>
              Show
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
