import type { BorisEdge, EdgeMode, Sticky } from '@stormscape/model';
import { KIND_STYLES, TEXT_LIMITS } from '@stormscape/model';
import { deleteBorisEdge, hideBorisEdge, moveBorisNode, setBorisEdgeMode, setBorisNote, showBorisEdge, updateBorisEdge } from '@stormscape/model/yjs';
import { useVisibleBoard } from '../useVisibleBoard';
import { useWorkshop } from '../WorkshopContext';
import type { PlacedBorisNode } from './borisModel';
import { BORIS_KIND_LABEL, edgeText } from './borisModel';
import { TextField } from './TextField';

/** The stickies (and contexts) a Boris node or edge comes from, with a way to see them on the canvas. */
function Sources({ ids }: { ids: readonly string[] }) {
  const { rt, ui } = useWorkshop();
  const board = useVisibleBoard();
  const stickies = ids.map((id) => board.stickies.find((s) => s.id === id)).filter((s): s is Sticky => !!s);
  const contexts = ids.map((id) => board.contexts.find((c) => c.id === id)).filter((c) => !!c);
  const show = () => {
    const onCanvas = [...stickies.map((s) => s.id), ...contexts.map((c) => c.id)];
    ui.setState({ view: 'design' });
    rt.board.setSelection(onCanvas, []);
    requestAnimationFrame(() => rt.actions.reveal(onCanvas));
  };
  return (
    <>
      <h4 className="ws-small-heading">Comes from</h4>
      <ul className="ws-sources" aria-label="Source stickies">
        {contexts.map((c) => (
          <li key={c.id}>
            <span className="ws-kind-chip">bounded context</span> {c.name || '(unnamed)'}
          </li>
        ))}
        {stickies.map((s) => (
          <li key={s.id} data-sticky-id={s.id}>
            <span className="ws-kind-chip" style={{ background: KIND_STYLES[s.kind].colour }}>
              {KIND_STYLES[s.kind].label}
            </span>{' '}
            {s.text || '(empty)'}
          </li>
        ))}
        {stickies.length + contexts.length === 0 && <li className="muted">Drawn by hand.</li>}
      </ul>
      {stickies.length + contexts.length > 0 && (
        <button type="button" onClick={show}>
          Show on canvas
        </button>
      )}
    </>
  );
}

function Note({ targetId, note }: { targetId: string; note: string | null }) {
  const { rt } = useWorkshop();
  return (
    <>
      <h4 className="ws-small-heading">Annotation</h4>
      <TextField
        label="Annotation"
        multiline
        maxLength={TEXT_LIMITS.note}
        readOnly={rt.readOnly}
        placeholder="Pattern, protocol, open question…"
        value={note ?? ''}
        onCommit={(v) => setBorisNote(rt.session.doc, targetId, v.trim() ? v : null, rt.session.origin)}
      />
    </>
  );
}

export function BorisNodeDetails({ node }: { node: PlacedBorisNode }) {
  const { rt } = useWorkshop();
  return (
    <div className="ws-details" data-testid="boris-details">
      <h3>
        {node.label || '(unnamed)'} <span className="muted">({BORIS_KIND_LABEL[node.kind]})</span>
      </h3>
      <Sources ids={node.sourceIds} />
      <Note targetId={node.id} note={node.note} />
      {node.pinned && !rt.readOnly && (
        <button type="button" onClick={() => moveBorisNode(rt.session.doc, node.id, null, rt.session.origin)}>
          Back to automatic layout
        </button>
      )}
    </div>
  );
}

export function BorisEdgeDetails({ edge, labelOf }: { edge: BorisEdge; labelOf: (id: string) => string }) {
  const { rt } = useWorkshop();
  const { doc, origin } = rt.session;
  const ro = rt.readOnly;
  return (
    <div className="ws-details" data-testid="boris-details">
      <h3>
        {labelOf(edge.from)} → {labelOf(edge.to)}
      </h3>
      <p>
        {edgeText(edge)}
        {edge.hidden && <strong> — hidden</strong>}
      </p>
      {!edge.derived && !ro && (
        <div className="ws-row">
          <label>
            Mode
            <select value={edge.mode} onChange={(e) => updateBorisEdge(doc, edge.id, { mode: e.target.value as EdgeMode }, origin)}>
              <option value="sync">sync (request/response)</option>
              <option value="async">async (via a topic)</option>
            </select>
          </label>
          <TextField label="Edge label" value={edge.label} maxLength={TEXT_LIMITS.label} onCommit={(label) => updateBorisEdge(doc, edge.id, { label }, origin)} />
        </div>
      )}
      {edge.derived && !ro && (
        <div className="ws-row" role="group" aria-label="Edge mode">
          <button type="button" onClick={() => setBorisEdgeMode(doc, edge.id, edge.mode === 'sync' ? 'async' : 'sync', origin)}>
            Make it {edge.mode === 'sync' ? 'async (via a topic)' : 'sync (request/response)'}
          </button>
          {edge.mode !== edge.derivedMode && (
            <button type="button" onClick={() => setBorisEdgeMode(doc, edge.id, null, origin)}>
              Back to derived ({edge.derivedMode})
            </button>
          )}
        </div>
      )}
      <Sources ids={edge.sourceIds} />
      <Note targetId={edge.id} note={edge.note} />
      {!ro &&
        (edge.derived ? (
          edge.hidden ? (
            <button type="button" onClick={() => showBorisEdge(doc, edge.id, origin)}>
              Show edge
            </button>
          ) : (
            <button type="button" onClick={() => hideBorisEdge(doc, edge.id, origin)}>
              Hide edge
            </button>
          )
        ) : (
          <button type="button" className="danger" onClick={() => deleteBorisEdge(doc, edge.id, origin)}>
            Delete edge
          </button>
        ))}
    </div>
  );
}
