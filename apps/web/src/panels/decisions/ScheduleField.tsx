import type { Sticky } from '@stormscape/model';
import { useId, useState } from 'react';
import { useRuntime } from '../../board/BoardRuntime';
import type { ScheduleDraft } from './edits';
import { parseScheduleDraft, scheduleDraft } from './edits';
import { SCHEDULE_LABELS, stickyName } from './labels';
import { useBoardIndex } from './useBoardIndex';
import './decisions.css';

/**
 * When a timed event happens: a cron expression, or an ISO 8601 duration after another
 * event. Only a schedule the model's schema accepts is written; while the draft is not
 * one, it stays here with the reason and the stored schedule is unchanged.
 */
export function ScheduleField({ event }: { event: Sticky }) {
  const { actions, readOnly } = useRuntime();
  const index = useBoardIndex();
  // The unsaved draft, if any; otherwise the stored schedule is shown (live).
  const [draft, setDraft] = useState<ScheduleDraft | null>(null);
  const errorId = useId();
  const shown = draft ?? scheduleDraft(event.schedule);
  const parsed = draft ? parseScheduleDraft(draft) : null;
  const issues = parsed && !parsed.ok ? parsed.issues : [];
  const others = [...index.stickyById.values()].filter((s) => s.kind === 'event' && s.id !== event.id);

  const change = (patch: Partial<ScheduleDraft>) => {
    const next = { ...shown, ...patch };
    const result = parseScheduleDraft(next);
    if (result.ok) {
      actions.updateSticky(event.id, { schedule: result.schedule });
      setDraft(null);
    } else setDraft(next);
  };
  const describedBy = issues.length ? errorId : undefined;

  return (
    <fieldset className="decisions" aria-label="Schedule">
      <legend>Schedule</legend>
      <select aria-label="Schedule kind" value={shown.kind} disabled={readOnly} onChange={(e) => change({ kind: e.target.value as ScheduleDraft['kind'] })}>
        {(['none', 'cron', 'after'] as const).map((k) => (
          <option key={k} value={k}>
            {SCHEDULE_LABELS[k]}
          </option>
        ))}
      </select>
      {shown.kind === 'cron' && (
        <label>
          Cron expression (minute hour day month weekday)
          <input value={shown.expression} placeholder="0 2 * * *" readOnly={readOnly} aria-invalid={issues.length > 0} aria-describedby={describedBy} onChange={(e) => change({ expression: e.target.value })} />
        </label>
      )}
      {shown.kind === 'after' && (
        <div className="list-row">
          <label>
            After (ISO 8601 duration)
            <input value={shown.duration} placeholder="P14D" readOnly={readOnly} aria-invalid={issues.length > 0} aria-describedby={describedBy} onChange={(e) => change({ duration: e.target.value })} />
          </label>
          <label>
            of the event
            <select value={shown.eventId} disabled={readOnly} onChange={(e) => change({ eventId: e.target.value })}>
              <option value="">Choose an event…</option>
              {shown.eventId !== '' && !others.some((s) => s.id === shown.eventId) && <option value={shown.eventId}>(a deleted event)</option>}
              {others.map((s) => (
                <option key={s.id} value={s.id}>
                  {stickyName(s)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {issues.length > 0 && (
        <div id={errorId} role="alert" className="field-error">
          Not saved: {issues.join('; ')}.
        </div>
      )}
      {!event.timed && event.schedule && <p className="muted">This event is not marked as timed; its schedule is kept but only timed events are scheduled.</p>}
    </fieldset>
  );
}
