import type { KeySource, ReadModelKey, Sticky } from '@stormscape/model';
import { carriesAggregateId, fieldsOfUpdatingEvent, readModelKeyOf, suggestReadModelKey, suggestRowLookup } from '@stormscape/model';
import { useRuntime } from '../../board/BoardRuntime';
import { withKeyFields, withKeyPart, withRowLookup } from './edits';
import { stickyName } from './labels';
import { useBoardIndex } from './useBoardIndex';
import './decisions.css';

const AGGREGATE_ID = '\u0000aggregate';
const sourceValue = (source: KeySource | undefined) => (source === undefined ? '' : source.kind === 'aggregateId' ? AGGREGATE_ID : `field:${source.field}`);
const sourceOf = (value: string): KeySource => (value === AGGREGATE_ID ? { kind: 'aggregateId' } : { kind: 'eventField', field: value.slice('field:'.length) });

/**
 * A read model's row key (reference §7): which of its fields name a row, and per event
 * that updates it how that row is found (an event field or its aggregate's id per key
 * field, or "creates a new row"). Nothing is written until someone decides or accepts
 * the suggestion; an open row says why (lint R2, a TODO in generated code).
 */
export function RowKeyEditor({ readModel }: { readModel: Sticky }) {
  const { actions, readOnly } = useRuntime();
  const index = useBoardIndex();
  const view = readModelKeyOf(index, readModel.id);
  if (!view) return null;
  const recorded = readModel.rowKey;
  const keyNames = recorded?.fields ?? [];
  const suggestion = recorded ? undefined : suggestReadModelKey(index, readModel.id);
  const save = (rowKey: ReadModelKey) => actions.updateSticky(readModel.id, { rowKey });
  const fields = readModel.fields ?? [];

  return (
    <fieldset className="decisions" aria-label="Row key">
      <legend>Row key</legend>
      {fields.length === 0 && <p className="muted">Give this read model fields to choose which of them name a row.</p>}
      {fields.length > 0 && (
        <div role="group" aria-label="Key fields">
          {fields.map((f) => (
            <label className="inline" key={f.name}>
              <input
                type="checkbox"
                aria-label={`Key field ${f.name}`}
                checked={keyNames.includes(f.name)}
                disabled={readOnly}
                onChange={(e) => {
                  const next = e.target.checked ? [...keyNames, f.name] : keyNames.filter((n) => n !== f.name);
                  save(withKeyFields(recorded, fields.map((g) => g.name).filter((n) => next.includes(n))));
                }}
              />{' '}
              {f.name}
            </label>
          ))}
          {view.missingKeyFields.map((name) => (
            <span key={name} className="warning-note">
              {name} (gone)
            </span>
          ))}
        </div>
      )}
      {suggestion && (
        <p className="suggestion">
          Suggested key: {suggestion.fields.join(', ')}
          {!readOnly && (
            <button type="button" aria-label="Accept suggested row key" onClick={() => save(suggestion)}>
              Accept
            </button>
          )}
        </p>
      )}
      {view.events.length === 0 && <p className="muted">No event updates this read model yet.</p>}
      <div className="decision-list">
        {view.events.map((row) => {
          const name = stickyName(row.event);
          const lookup = recorded?.events.find((e) => e.eventId === row.event.id)?.row;
          const mode = lookup?.kind ?? '';
          const carried = fieldsOfUpdatingEvent(index, row.event.id);
          const aggregate = carriesAggregateId(index, row.event.id);
          return (
            <div key={row.event.id} className="decision-row" role="group" aria-label={`Row of ${name}`}>
              <span className="decision-name">{name}</span>
              <select
                aria-label={`How ${name} finds its row`}
                value={mode}
                disabled={readOnly}
                onChange={(e) => {
                  const kind = e.target.value;
                  if (kind === '') save(withRowLookup(recorded, row.event.id, null));
                  else if (kind === 'creates') save(withRowLookup(recorded, row.event.id, { kind: 'creates' }));
                  else save(withRowLookup(recorded, row.event.id, suggestRowLookup(index, row.event.id, keyNames) ?? { kind: 'find', parts: [] }));
                }}
              >
                <option value="">Not decided</option>
                <option value="find">By the key</option>
                <option value="creates">Creates a new row</option>
              </select>
              {lookup?.kind === 'find' &&
                keyNames.map((keyField) => {
                  const source = lookup.parts.find((p) => p.keyField === keyField)?.source;
                  const stale = source?.kind === 'eventField' && !carried.some((f) => f.name === source.field);
                  return (
                    <select
                      key={keyField}
                      aria-label={`${keyField} from ${name}`}
                      value={sourceValue(source)}
                      disabled={readOnly}
                      onChange={(e) => e.target.value !== '' && save(withKeyPart(recorded, row.event.id, keyField, sourceOf(e.target.value)))}
                    >
                      <option value="">Choose…</option>
                      {stale && <option value={sourceValue(source)}>{source.field} (gone)</option>}
                      {carried.map((f) => (
                        <option key={f.name} value={`field:${f.name}`}>
                          its field {f.name}
                        </option>
                      ))}
                      {(aggregate || source?.kind === 'aggregateId') && <option value={AGGREGATE_ID}>its aggregate’s id</option>}
                    </select>
                  );
                })}
              {row.kind === 'open' && <span className="warning-note">open: {row.why}</span>}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
