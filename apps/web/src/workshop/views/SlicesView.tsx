import { compareTimeline, slicesDrivability, TEXT_LIMITS } from '@stormscape/model';
import type { SliceDrivability, Sticky, ThinSlice } from '@stormscape/model';
import { addSlice, deleteSlice, moveSliceEvent, updateSlice } from '@stormscape/model/yjs';
import { useMemo, useState } from 'react';
import { useVisibleBoard } from '../useVisibleBoard';
import { useWorkshop, useWorkshopUi } from '../WorkshopContext';
import { SliceDrivabilityNote } from './SliceDrivabilityNote';
import { TextField } from './TextField';

const SLICE_COLOURS = ['#1565C0', '#C62828', '#2E7D32', '#6A1B9A', '#EF6C00', '#00838F', '#AD1457', '#4E342E'];

function SliceCard({ slice, events, drivability }: { slice: ThinSlice; events: ReadonlyMap<string, Sticky>; drivability: SliceDrivability | undefined }) {
  const { rt, ui } = useWorkshop();
  const { doc, origin } = rt.session;
  const ro = rt.readOnly;
  const picking = useWorkshopUi((s) => s.pickingSliceId === slice.id);
  const active = useWorkshopUi((s) => s.activeSliceId === slice.id);
  const [toAdd, setToAdd] = useState('');
  const set = (patch: Partial<Omit<ThinSlice, 'id'>>) => updateSlice(doc, slice.id, patch, origin);
  const available = [...events.values()].filter((e) => !slice.eventIds.includes(e.id));
  const name = slice.name || 'Unnamed slice';
  return (
    <li className={`ws-card ws-slice${active ? ' is-active' : ''}`} style={{ borderLeftColor: slice.colour }} data-testid="slice" data-slice-name={slice.name}>
      <div className="ws-row">
        <TextField label="Slice name" value={slice.name} readOnly={ro} maxLength={TEXT_LIMITS.name} onCommit={(v) => set({ name: v })} />
        <input type="color" aria-label={`Colour of ${name}`} value={slice.colour} disabled={ro} onChange={(e) => set({ colour: e.target.value.toUpperCase() })} />
      </div>
      <div className="ws-row">
        <label className="inline">
          <input type="radio" name={`path-${slice.id}`} checked={slice.path === 'happy'} disabled={ro} onChange={() => set({ path: 'happy' })} /> happy path
        </label>
        <label className="inline">
          <input type="radio" name={`path-${slice.id}`} checked={slice.path === 'unhappy'} disabled={ro} onChange={() => set({ path: 'unhappy' })} /> unhappy path
        </label>
        <button type="button" aria-pressed={active} onClick={() => ui.setState({ activeSliceId: active ? null : slice.id })}>
          Number on canvas
        </button>
      </div>
      <ol className="ws-slice-events" aria-label={`Events of ${name}`}>
        {slice.eventIds.map((id, i) => {
          const text = events.get(id)?.text || '(unnamed event)';
          return (
            <li key={id} className="ws-row">
              <span className="ws-grow">{text}</span>
              {!ro && (
                <>
                  <button type="button" aria-label={`Move ${text} earlier`} disabled={i === 0} onClick={() => moveSliceEvent(doc, slice.id, i, i - 1, origin)}>
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={`Move ${text} later`}
                    disabled={i === slice.eventIds.length - 1}
                    onClick={() => moveSliceEvent(doc, slice.id, i, i + 1, origin)}
                  >
                    ↓
                  </button>
                  <button type="button" aria-label={`Remove ${text} from the slice`} onClick={() => set({ eventIds: slice.eventIds.filter((x) => x !== id) })}>
                    ✕
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ol>
      {drivability && <SliceDrivabilityNote result={drivability} />}
      {!ro && (
        <>
          <div className="ws-row">
            <button
              type="button"
              aria-pressed={picking}
              onClick={() => ui.setState({ pickingSliceId: picking ? null : slice.id, activeSliceId: picking ? ui.getState().activeSliceId : slice.id })}
            >
              {picking ? 'Stop picking' : 'Pick events on the canvas'}
            </button>
          </div>
          <form
            className="ws-row"
            onSubmit={(e) => {
              e.preventDefault();
              if (toAdd) set({ eventIds: [...slice.eventIds, toAdd] });
              setToAdd('');
            }}
          >
            <select aria-label={`Event to add to ${name}`} value={toAdd} onChange={(e) => setToAdd(e.target.value)}>
              <option value="">Choose an event…</option>
              {available.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.text || '(unnamed event)'}
                </option>
              ))}
            </select>
            <button type="submit" disabled={!toAdd}>
              Add event
            </button>
          </form>
          <div className="ws-row ws-end">
            <button type="button" className="danger" onClick={() => deleteSlice(doc, slice.id, origin)}>
              Delete slice
            </button>
          </div>
        </>
      )}
    </li>
  );
}

/** Thin slices: named, coloured, ordered lists of events, picked on the canvas or from a list. */
export function SlicesView() {
  const { rt, ui } = useWorkshop();
  const board = useVisibleBoard();
  const { doc, origin } = rt.session;
  // Events in timeline order (left to right), as people read the storm.
  const events = new Map(
    board.stickies
      .filter((s) => s.kind === 'event')
      .sort(compareTimeline)
      .map((s) => [s.id, s]),
  );
  // Happy paths first, then unhappy ones, each by name: the order people read them in.
  const slices = [...board.slices].sort(
    (a, b) => (a.path === b.path ? 0 : a.path === 'happy' ? -1 : 1) || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1),
  );
  // One rule for lint T1, codegen's slice tests and this view (one Boris derivation for all slices).
  const drivability = useMemo(() => new Map(slicesDrivability(board).map((d) => [d.slice.id, d])), [board]);
  const add = () => {
    const colour = SLICE_COLOURS[board.slices.length % SLICE_COLOURS.length] ?? '#1565C0';
    const id = addSlice(doc, { name: `Slice ${board.slices.length + 1}`, colour }, origin);
    ui.setState({ pickingSliceId: id, activeSliceId: id });
  };
  return (
    <section className="ws-panel" aria-labelledby="ws-slices-title">
      <h2 id="ws-slices-title">Thin slices</h2>
      {board.slices.length === 0 && <p className="muted">No slices yet. Make one, then click its events on the canvas in order.</p>}
      <ul className="ws-plain-list" aria-label="Slices">
        {slices.map((s) => (
          <SliceCard key={s.id} slice={s} events={events} drivability={drivability.get(s.id)} />
        ))}
      </ul>
      {!rt.readOnly && (
        <button type="button" className="primary" onClick={add}>
          New slice
        </button>
      )}
    </section>
  );
}
