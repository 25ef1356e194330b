import { TEXT_LIMITS } from '@stormscape/model';
import type { Goal, GoalKind } from '@stormscape/model';
import { addGoal, deleteGoal, updateGoal } from '@stormscape/model/yjs';
import { useState } from 'react';
import { useWorkshop, useWorkshopBoard } from '../WorkshopContext';
import { TextField } from './TextField';

const TITLES: Record<GoalKind, string> = { goal: 'Goals', nonGoal: 'Non-goals' };

function GoalCard({ goal }: { goal: Goal }) {
  const { rt } = useWorkshop();
  const { doc, origin } = rt.session;
  const ro = rt.readOnly;
  const [kr, setKr] = useState('');
  const setKeyResults = (keyResults: string[]) => updateGoal(doc, goal.id, { keyResults }, origin);
  const what = goal.kind === 'goal' ? 'goal' : 'non-goal';
  return (
    <li className="ws-card" data-testid="goal">
      <TextField label={`Text of ${what}`} value={goal.text} readOnly={ro} multiline live onCommit={(text) => updateGoal(doc, goal.id, { text }, origin)} />
      <h4 className="ws-small-heading">Key results</h4>
      <ul className="ws-plain-list">
        {goal.keyResults.map((k, i) => (
          <li key={i} className="ws-row">
            <TextField
              label={`Key result ${i + 1}`}
              value={k}
              readOnly={ro}
              live
              onCommit={(text) => setKeyResults(goal.keyResults.map((x, j) => (j === i ? text : x)))}
            />
            {!ro && (
              <button type="button" aria-label={`Remove key result ${i + 1}`} onClick={() => setKeyResults(goal.keyResults.filter((_, j) => j !== i))}>
                ✕
              </button>
            )}
          </li>
        ))}
      </ul>
      {!ro && (
        <form
          className="ws-row"
          onSubmit={(e) => {
            e.preventDefault();
            if (!kr.trim()) return;
            setKeyResults([...goal.keyResults, kr.trim()]);
            setKr('');
          }}
        >
          <input aria-label="New key result" placeholder="Measurable key result" value={kr} maxLength={TEXT_LIMITS.paragraph} onChange={(e) => setKr(e.target.value)} />
          <button type="submit">Add key result</button>
        </form>
      )}
      {!ro && (
        <div className="ws-row ws-end">
          <button type="button" onClick={() => updateGoal(doc, goal.id, { kind: goal.kind === 'goal' ? 'nonGoal' : 'goal' }, origin)}>
            Make it a {goal.kind === 'goal' ? 'non-goal' : 'goal'}
          </button>
          <button type="button" className="danger" onClick={() => deleteGoal(doc, goal.id, origin)}>
            Delete {what}
          </button>
        </div>
      )}
    </li>
  );
}

/** Goals and non-goals of the system, each with key results; editable by everyone. */
export function GoalsView() {
  const { rt } = useWorkshop();
  const board = useWorkshopBoard();
  const { doc, origin } = rt.session;
  return (
    <div className="ws-columns">
      {(['goal', 'nonGoal'] as const).map((kind) => {
        const goals = board.goals.filter((g) => g.kind === kind);
        return (
          <section key={kind} className="ws-column" aria-labelledby={`ws-goals-${kind}`}>
            <h2 id={`ws-goals-${kind}`}>{TITLES[kind]}</h2>
            {goals.length === 0 && <p className="muted">None yet.</p>}
            <ul className="ws-plain-list" aria-label={TITLES[kind]}>
              {goals.map((g) => (
                <GoalCard key={g.id} goal={g} />
              ))}
            </ul>
            {!rt.readOnly && (
              <button type="button" className="primary" onClick={() => addGoal(doc, { kind, text: '' }, origin)}>
                Add {kind === 'goal' ? 'goal' : 'non-goal'}
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
