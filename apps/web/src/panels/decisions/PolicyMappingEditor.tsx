import type { BoardIndex, FieldSource, MappedField, Sticky } from '@stormscape/model';
import { fieldNameKey, policyMapping } from '@stormscape/model';
import { useRuntime } from '../../board/BoardRuntime';
import { DraftInput } from './DraftInput';
import { withFieldSource } from './edits';
import { SOURCE_LABELS, stickyName } from './labels';
import { useBoardIndex } from './useBoardIndex';
import './decisions.css';

const SOURCE_KINDS = ['eventField', 'constant', 'readModel', 'unmapped'] as const;

/** Fields of the events that trigger the policy, without repeats, in trigger order. */
const triggerFields = (triggers: readonly Sticky[]) => [...new Set(triggers.flatMap((e) => (e.fields ?? []).map((f) => f.name)))];

/** Read models on the board that have fields to look up. */
const readModels = (index: BoardIndex) => [...index.stickyById.values()].filter((s) => s.kind === 'readModel' && (s.fields?.length ?? 0) > 0);

/** What choosing `kind` starts with: the likeliest event field, the first read model field… */
function startSource(kind: FieldSource['kind'], field: string, fields: readonly string[], models: readonly Sticky[]): FieldSource | null {
  if (kind === 'unmapped') return { kind };
  if (kind === 'constant') return { kind, value: '' };
  if (kind === 'eventField') {
    const pick = fields.find((f) => fieldNameKey(f) === fieldNameKey(field)) ?? fields[0];
    return pick === undefined ? null : { kind, field: pick };
  }
  const model = models[0];
  const modelField = model?.fields?.find((f) => fieldNameKey(f.name) === fieldNameKey(field)) ?? model?.fields?.[0];
  return model && modelField ? { kind, readModelId: model.id, field: modelField.name } : null;
}

const ORIGIN_NOTES: Record<MappedField['origin'], string> = {
  explicit: '',
  byName: 'suggested: same name',
  unmapped: 'unmapped',
  stale: 'the recorded source is gone',
};

/**
 * For each command the policy issues, where each of its fields gets its value. Matching
 * names are shown as suggestions to accept; an unmapped field says so (lint P4 reports
 * required ones, generated code leaves a TODO instead of inventing a value).
 */
export function PolicyMappingEditor({ policy }: { policy: Sticky }) {
  const { actions, readOnly } = useRuntime();
  const index = useBoardIndex();
  const mappings = policyMapping(index, policy.id);
  const models = readModels(index);
  const record = (commandId: string, field: string, source: FieldSource) =>
    actions.updateSticky(policy.id, { mappings: withFieldSource(policy.mappings ?? [], commandId, field, source) });

  return (
    <fieldset className="decisions" aria-label="Field mapping">
      <legend>Field mapping</legend>
      {mappings.length === 0 && <p className="muted">Link this policy to the command it issues to say where that command’s fields come from.</p>}
      {mappings.map(({ command, triggers, fields }) => {
        const available = triggerFields(triggers);
        const commandName = stickyName(command);
        return (
          <div key={command.id} className="mapping" role="group" aria-label={`Fields of ${commandName}`}>
            <strong>{commandName}</strong>
            <span className="muted"> from {triggers.length ? triggers.map(stickyName).join(', ') : 'no triggering event yet'}</span>
            {fields.length === 0 && <p className="muted">The command has no fields.</p>}
            {fields.map(({ field, source, origin }) => {
              const label = field.name;
              const set = (s: FieldSource) => record(command.id, field.name, s);
              const model = source.kind === 'readModel' ? index.stickyById.get(source.readModelId) : undefined;
              return (
                <div key={field.name} className={`mapping-row origin-${origin}`}>
                  <span className="decision-name">
                    {label}
                    {field.required && <span className="muted"> (required)</span>}
                  </span>
                  <select
                    aria-label={`Source of ${label}`}
                    value={source.kind}
                    disabled={readOnly}
                    onChange={(e) => {
                      const next = startSource(e.target.value as FieldSource['kind'], field.name, available, models);
                      if (next) set(next);
                    }}
                  >
                    {SOURCE_KINDS.map((k) => (
                      <option key={k} value={k} disabled={k !== source.kind && startSource(k, field.name, available, models) === null}>
                        {SOURCE_LABELS[k]}
                      </option>
                    ))}
                  </select>
                  {source.kind === 'eventField' && (
                    <select aria-label={`Event field for ${label}`} value={source.field} disabled={readOnly} onChange={(e) => set({ kind: 'eventField', field: e.target.value })}>
                      {!available.includes(source.field) && <option value={source.field}>{source.field} (gone)</option>}
                      {available.map((f) => (
                        <option key={f} value={f}>
                          {f}
                        </option>
                      ))}
                    </select>
                  )}
                  {source.kind === 'constant' && (
                    <DraftInput label={`Constant for ${label}`} value={source.value} readOnly={readOnly} issue={(t) => (t.length > 2000 ? 'at most 2000 characters' : null)} commit={(value) => set({ kind: 'constant', value })} />
                  )}
                  {source.kind === 'readModel' && (
                    <>
                      <select
                        aria-label={`Read model for ${label}`}
                        value={source.readModelId}
                        disabled={readOnly}
                        onChange={(e) => {
                          const picked = models.find((m) => m.id === e.target.value);
                          const first = picked?.fields?.[0];
                          if (picked && first) set({ kind: 'readModel', readModelId: picked.id, field: first.name });
                        }}
                      >
                        {!models.some((m) => m.id === source.readModelId) && <option value={source.readModelId}>{stickyName(model)} (gone)</option>}
                        {models.map((m) => (
                          <option key={m.id} value={m.id}>
                            {stickyName(m)}
                          </option>
                        ))}
                      </select>
                      <select aria-label={`Read model field for ${label}`} value={source.field} disabled={readOnly} onChange={(e) => set({ ...source, field: e.target.value })}>
                        {!model?.fields?.some((f) => f.name === source.field) && <option value={source.field}>{source.field} (gone)</option>}
                        {(model?.fields ?? []).map((f) => (
                          <option key={f.name} value={f.name}>
                            {f.name}
                          </option>
                        ))}
                      </select>
                    </>
                  )}
                  {origin !== 'explicit' && <span className={origin === 'byName' ? 'suggestion' : 'warning-note'}>{ORIGIN_NOTES[origin]}{origin === 'unmapped' && field.required ? ': a required field with no value' : ''}</span>}
                  {origin === 'byName' && !readOnly && (
                    <button type="button" aria-label={`Accept suggestion for ${label}`} onClick={() => set(source)}>
                      Accept
                    </button>
                  )}
                </div>
              );
            })}
          </div>
        );
      })}
    </fieldset>
  );
}
