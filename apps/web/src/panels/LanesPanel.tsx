import { compareLanes, TEXT_LIMITS } from '@stormscape/model';
import { useBoard, useRuntime } from '../board/BoardRuntime';

/** Swimlanes: name, vertical place and height of each band. */
export function LanesPanel() {
  const { actions, readOnly } = useRuntime();
  const lanes = useBoard((s) => s.swimlanes);
  useBoard((s) => s.revision);
  const list = [...lanes.values()].sort(compareLanes);
  return (
    <section className="lanes-panel" aria-labelledby="lanes-title">
      <h2 id="lanes-title">Swimlanes</h2>
      {list.length === 0 && <p className="muted">No swimlanes.</p>}
      {list.map((lane) => (
        <div className="lane-row" key={lane.id}>
          <input aria-label="Swimlane name" value={lane.name} readOnly={readOnly} maxLength={TEXT_LIMITS.name} onChange={(e) => actions.updateSwimlane(lane.id, { name: e.target.value })} />
          <label className="inline">
            top
            <input type="number" aria-label={`${lane.name} top`} value={Math.round(lane.y)} readOnly={readOnly} step={20} onChange={(e) => Number.isFinite(e.target.valueAsNumber) && actions.updateSwimlane(lane.id, { y: e.target.valueAsNumber })} />
          </label>
          <label className="inline">
            height
            <input type="number" aria-label={`${lane.name} height`} value={Math.round(lane.height)} readOnly={readOnly} min={40} step={20} onChange={(e) => e.target.valueAsNumber > 0 && actions.updateSwimlane(lane.id, { height: e.target.valueAsNumber })} />
          </label>
          {!readOnly && (
            <button type="button" aria-label={`Delete swimlane ${lane.name}`} onClick={() => actions.deleteSwimlane(lane.id)}>
              ×
            </button>
          )}
        </div>
      ))}
      {!readOnly && (
        <button type="button" className="add" onClick={() => actions.addSwimlane()}>
          + Add swimlane
        </button>
      )}
    </section>
  );
}
