import { lintBoard, relationshipBetween, suggestRelationships } from '@stormscape/model';
import type { ContextPattern, ContextRelationship, RelationshipKind } from '@stormscape/model';
import { addRelationship, deleteRelationship, updateRelationship } from '@stormscape/model/yjs';
import { useMemo, useState } from 'react';
import { showToast } from '../../board/uiStore';
import { download, fileSlug, svgToPng } from '../../export/rasterise';
import { useVisibleBoard } from '../useVisibleBoard';
import { useWorkshop } from '../WorkshopContext';
import { contextMapSvg, isSymmetric, KIND_TITLE } from './contextMapSvg';
import { TextField } from './TextField';

/** The only patterns each side may carry (rule M1): the editor offers nothing else. */
const UPSTREAM: readonly ContextPattern[] = ['OHS', 'PL'];
const DOWNSTREAM: readonly ContextPattern[] = ['ACL', 'CF'];
const PATTERN_TITLE: Record<string, string> = { OHS: 'Open Host Service', PL: 'Published Language', ACL: 'Anticorruption Layer', CF: 'Conformist' };
const KINDS = Object.keys(KIND_TITLE) as RelationshipKind[];

/** The relationship with everything rule M1 forbids removed. */
function m1Clean(r: ContextRelationship): Pick<ContextRelationship, 'upstreamPatterns' | 'downstreamPatterns'> {
  if (isSymmetric(r.kind)) return { upstreamPatterns: [], downstreamPatterns: [] };
  return { upstreamPatterns: r.upstreamPatterns.filter((p) => UPSTREAM.includes(p)), downstreamPatterns: r.downstreamPatterns.filter((p) => DOWNSTREAM.includes(p)) };
}

function RelationshipRow({ r, nameOf, problems }: { r: ContextRelationship; nameOf: (id: string) => string; problems: string[] }) {
  const { rt } = useWorkshop();
  const { doc, origin } = rt.session;
  const ro = rt.readOnly;
  const up = nameOf(r.upstreamId);
  const down = nameOf(r.downstreamId);
  const sym = isSymmetric(r.kind);
  const set = (patch: Partial<Omit<ContextRelationship, 'id'>>) => updateRelationship(doc, r.id, patch, origin);
  const toggle = (side: 'upstreamPatterns' | 'downstreamPatterns', p: ContextPattern, on: boolean) =>
    set({ [side]: on ? [...r[side].filter((x) => x !== p), p] : r[side].filter((x) => x !== p) });
  const title = sym ? `${up} – ${down}` : `${up} → ${down}`;
  return (
    <li className="ws-card" data-testid="relationship" aria-label={`Relationship ${title}`}>
      <div className="ws-row">
        <strong className="ws-grow">{title}</strong>
        <select aria-label={`Kind of ${title}`} value={r.kind} disabled={ro} onChange={(e) => {
          const kind = e.target.value as RelationshipKind;
          set({ kind, ...m1Clean({ ...r, kind }) });
        }}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_TITLE[k]}
            </option>
          ))}
        </select>
      </div>
      {!sym && (
        <div className="ws-row ws-patterns">
          <fieldset>
            <legend>{up} (upstream{r.kind === 'customerSupplier' ? ', supplier' : ''})</legend>
            {UPSTREAM.map((p) => (
              <label key={p} className="inline" title={PATTERN_TITLE[p]}>
                <input type="checkbox" disabled={ro} checked={r.upstreamPatterns.includes(p)} onChange={(e) => toggle('upstreamPatterns', p, e.target.checked)} /> {p}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{down} (downstream{r.kind === 'customerSupplier' ? ', customer' : ''})</legend>
            {DOWNSTREAM.map((p) => (
              <label key={p} className="inline" title={PATTERN_TITLE[p]}>
                <input type="checkbox" disabled={ro} checked={r.downstreamPatterns.includes(p)} onChange={(e) => toggle('downstreamPatterns', p, e.target.checked)} /> {p}
              </label>
            ))}
          </fieldset>
        </div>
      )}
      <TextField label={`Description of ${title}`} value={r.description} readOnly={ro} placeholder="What flows, who decides…" onCommit={(description) => set({ description })} />
      {problems.length > 0 && (
        <div role="alert" className="ws-problem">
          {problems.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          {!ro && (
            <button type="button" onClick={() => set(m1Clean(r))}>
              Fix (remove patterns on the wrong side)
            </button>
          )}
        </div>
      )}
      {!ro && (
        <div className="ws-row ws-end">
          {!sym && (
            <button type="button" onClick={() => set({ upstreamId: r.downstreamId, downstreamId: r.upstreamId, upstreamPatterns: [], downstreamPatterns: [] })}>
              Swap upstream and downstream
            </button>
          )}
          <button type="button" className="danger" onClick={() => deleteRelationship(doc, r.id, origin)}>
            Delete relationship
          </button>
        </div>
      )}
    </li>
  );
}

/** Contexts and their relationships in the usual notation; editable, M1 enforced; suggestions from the storm. */
export function ContextMapView() {
  const { rt } = useWorkshop();
  const { doc, origin } = rt.session;
  const board = useVisibleBoard();
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [kind, setKind] = useState<RelationshipKind>('upstreamDownstream');
  const names = new Map(board.contexts.map((c) => [c.id, c.name || '(unnamed)']));
  const nameOf = (id: string) => names.get(id) ?? '(deleted context)';
  const title = `Context map — ${board.name || 'board'}`;
  const svg = useMemo(() => contextMapSvg(board, title), [board, title]);
  const problems = useMemo(() => {
    const relIds = new Set(board.relationships.map((r) => r.id));
    const byRel = new Map<string, string[]>();
    for (const f of lintBoard(board, { level: 'design' })) {
      if (f.ruleId === 'M1' && f.ids[0]) byRel.set(f.ids[0], [...(byRel.get(f.ids[0]) ?? []), f.message]);
      // M2 names every relationship of the pair: each row says so.
      if (f.ruleId === 'M2') for (const id of f.ids.filter((x) => relIds.has(x))) byRel.set(id, [...(byRel.get(id) ?? []), f.message]);
    }
    return byRel;
  }, [board]);
  const suggestions = useMemo(() => suggestRelationships(board).filter((s) => s.existingRelationshipId === null), [board]);
  const fileName = `${fileSlug(board.name)}-context-map`;
  const existing = a && b ? relationshipBetween(board, a, b) : undefined;
  const add = (input: Parameters<typeof addRelationship>[1]) => {
    try {
      addRelationship(doc, input, origin);
      return true;
    } catch (e) {
      // Only a peer's relationship for the same pair, arrived meanwhile, gets here.
      showToast(rt.ui, e instanceof Error ? e.message : String(e), 'error');
      return false;
    }
  };

  return (
    <div className="ws-split">
      <div className="ws-main-col ws-scroll">
        <div className="ws-toolbar" role="toolbar" aria-label="Context map">
          <button type="button" onClick={() => download(svg, `${fileName}.svg`, 'image/svg+xml')}>
            Context map SVG
          </button>
          <button
            type="button"
            onClick={() =>
              svgToPng(svg)
                .then((png) => download(png, `${fileName}.png`))
                .catch((e: unknown) => showToast(rt.ui, `PNG export failed: ${e instanceof Error ? e.message : String(e)}`, 'error'))
            }
          >
            Context map PNG
          </button>
        </div>
        {board.contexts.length === 0 ? (
          <p className="muted ws-empty">No bounded contexts yet: frame them on the canvas first.</p>
        ) : (
          // Every piece of text in it went through escapeXml.
          <div className="ws-context-map" data-testid="context-map" dangerouslySetInnerHTML={{ __html: svg }} />
        )}
      </div>
      <aside className="ws-side-col ws-scroll" aria-label="Relationships">
        <h2>Relationships</h2>
        <ul className="ws-plain-list">
          {board.relationships.map((r) => (
            <RelationshipRow key={r.id} r={r} nameOf={nameOf} problems={problems.get(r.id) ?? []} />
          ))}
        </ul>
        {!rt.readOnly && board.contexts.length >= 2 && (
          <form
            className="ws-card"
            aria-label="New relationship"
            onSubmit={(e) => {
              e.preventDefault();
              if (!a || !b || a === b || existing) return;
              if (!add({ kind, upstreamId: a, downstreamId: b })) return;
              setA('');
              setB('');
            }}
          >
            <h3>New relationship</h3>
            <label>
              {isSymmetric(kind) ? 'One context' : 'Upstream'}
              <select value={a} onChange={(e) => setA(e.target.value)}>
                <option value="">Choose…</option>
                {board.contexts.map((c) => (
                  <option key={c.id} value={c.id}>
                    {nameOf(c.id)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {isSymmetric(kind) ? 'Other context' : 'Downstream'}
              <select value={b} onChange={(e) => setB(e.target.value)}>
                <option value="">Choose…</option>
                {board.contexts
                  .filter((c) => c.id !== a)
                  .map((c) => (
                    <option key={c.id} value={c.id}>
                      {nameOf(c.id)}
                    </option>
                  ))}
              </select>
            </label>
            <label>
              Kind
              <select value={kind} onChange={(e) => setKind(e.target.value as RelationshipKind)}>
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND_TITLE[k]}
                  </option>
                ))}
              </select>
            </label>
            {existing && (
              <p className="ws-problem" role="status">
                {nameOf(a)} and {nameOf(b)} already have a relationship ({KIND_TITLE[existing.kind]}): a pair of contexts has one. Change that one above
                instead.
              </p>
            )}
            <button type="submit" className="primary" disabled={!a || !b || a === b || !!existing}>
              Add relationship
            </button>
          </form>
        )}
        {suggestions.length > 0 && (
          <section aria-labelledby="ws-suggestions">
            <h3 id="ws-suggestions">Suggested from the storm</h3>
            <ul className="ws-plain-list">
              {suggestions.map((s) => (
                <li key={s.id} className="ws-card" data-testid="suggestion">
                  <strong>
                    {nameOf(s.upstreamId)} {s.kind === 'partnership' ? '↔' : '→'} {nameOf(s.downstreamId)}
                  </strong>{' '}
                  <span className="muted">({KIND_TITLE[s.kind]})</span>
                  <ul className="ws-reasons">
                    {s.reasons.map((r, i) => (
                      <li key={i}>{r}</li>
                    ))}
                  </ul>
                  {!rt.readOnly && (
                    <button type="button" onClick={() => add({ kind: s.kind, upstreamId: s.upstreamId, downstreamId: s.downstreamId })}>
                      Add to the map
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
      </aside>
    </div>
  );
}
