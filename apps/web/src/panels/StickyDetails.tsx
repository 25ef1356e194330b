import { KIND_STYLES, KINDS_WITH_FIELDS, STICKY_KINDS, TEXT_LIMITS } from '@stormscape/model';
import type { StickyKind } from '@stormscape/model';
import { useBoard, useRuntime } from '../board/BoardRuntime';
import { AggregateCanvas } from './decisions/AggregateCanvas';
import { CodeNameField } from './decisions/CodeNameField';
import { CommandOutcomes } from './decisions/CommandOutcomes';
import { PolicyMappingEditor } from './decisions/PolicyMappingEditor';
import { RowKeyEditor } from './decisions/RowKeyEditor';
import { ScheduleField } from './decisions/ScheduleField';
import { FieldsEditor } from './FieldsEditor';
import { StickyLinks } from './StickyLinks';

/** Name, description, kind, flags and fields of one sticky. */
export function StickyDetails({ id }: { id: string }) {
  const { actions, readOnly } = useRuntime();
  const sticky = useBoard((s) => s.stickies.get(id));
  const contextName = useBoard((s) => {
    const cid = s.contextOf.get(id);
    return cid ? (s.contexts.get(cid)?.name ?? null) : null;
  });
  if (!sticky) return null;
  const flag = (key: 'pivotal' | 'timed' | 'public' | 'resolved', label: string) => (
    <label className="inline">
      <input type="checkbox" checked={!!sticky[key]} disabled={readOnly} onChange={(e) => actions.updateSticky(id, { [key]: e.target.checked || null })} /> {label}
    </label>
  );
  return (
    <div className="details" aria-label={`${KIND_STYLES[sticky.kind].label} details`}>
      <label>
        Kind
        <select value={sticky.kind} disabled={readOnly} onChange={(e) => actions.updateSticky(id, { kind: e.target.value as StickyKind })}>
          {STICKY_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_STYLES[k].label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Name
        <textarea value={sticky.text} readOnly={readOnly} maxLength={TEXT_LIMITS.stickyText} rows={2} onChange={(e) => actions.setText(id, e.target.value)} />
      </label>
      <label>
        Description
        <textarea value={sticky.description} readOnly={readOnly} rows={4} onChange={(e) => actions.updateSticky(id, { description: e.target.value })} />
      </label>
      <CodeNameField item={sticky} readOnly={readOnly} onChange={(codeName) => actions.updateSticky(id, { codeName })} />
      {contextName !== null && <p className="muted">In bounded context: {contextName || 'unnamed'}</p>}
      {sticky.kind === 'event' && (
        <fieldset>
          <legend>Event flags</legend>
          {flag('pivotal', 'Pivotal')}
          {flag('timed', 'Timed (raised by time)')}
          {flag('public', 'Public (published for other contexts)')}
        </fieldset>
      )}
      {sticky.kind === 'policy' && (
        <fieldset>
          <legend>Policy mode</legend>
          {(['automated', 'manual'] as const).map((mode) => (
            <label className="inline" key={mode}>
              <input type="radio" name={`mode-${id}`} checked={(sticky.policyMode ?? 'automated') === mode} disabled={readOnly} onChange={() => actions.updateSticky(id, { policyMode: mode })} /> {mode}
            </label>
          ))}
        </fieldset>
      )}
      {sticky.kind === 'event' && (sticky.timed || sticky.schedule) && <ScheduleField event={sticky} />}
      {sticky.kind === 'hotspot' && <fieldset><legend>Hotspot</legend>{flag('resolved', 'Resolved')}</fieldset>}
      <StickyLinks id={id} />
      {KINDS_WITH_FIELDS.includes(sticky.kind) && <FieldsEditor fields={sticky.fields ?? []} readOnly={readOnly} onChange={(fields) => actions.updateSticky(id, { fields })} />}
      {sticky.kind === 'command' && <CommandOutcomes command={sticky} />}
      {sticky.kind === 'policy' && <PolicyMappingEditor policy={sticky} />}
      {sticky.kind === 'aggregate' && <AggregateCanvas aggregate={sticky} />}
      {sticky.kind === 'readModel' && <RowKeyEditor readModel={sticky} />}
    </div>
  );
}
