import { isCustomerSupplier, isSymmetricKind, lintBoard, PATTERN_NAMES, patternOptions, relationshipBetween, suggestRelationships, validPatterns } from '@stormscape/model';
import type { ContextPattern, ContextRelationship, RelationshipKind, RelationshipSide } from '@stormscape/model';
import { addRelationship, deleteRelationship, updateContext, updateRelationship } from '@stormscape/model/yjs';
import { useId, useMemo, useState } from 'react';
import { showToast } from '../../board/uiStore';
import { download, fileSlug, svgToPng } from '../../export/rasterise';
import { useVisibleBoard } from '../useVisibleBoard';
import { useWorkshop } from '../WorkshopContext';
import { useElkLayout } from '../useElkLayout';
import { ContextMapCanvas } from './ContextMapCanvas';
import { contextMapLayoutKey, contextMapPositions, layoutContextMap } from './contextMapLayout';
import { contextMapSvg, KIND_TITLE } from './contextMapSvg';
import { TextField } from './TextField';

const KINDS = Object.keys(KIND_TITLE) as RelationshipKind[];

/** One end's pattern checkboxes: every side pattern, those rule M1 refuses disabled with the reason beside them. */
function SidePatterns({ r, side, legend, readOnly, onToggle }: { r: ContextRelationship; side: RelationshipSide; legend: string; readOnly: boolean; onToggle: (p: ContextPattern, on: boolean) => void }) {
  const idBase = useId();
  return (
    <fieldset>
      <legend>{legend}</legend>
      {patternOptions(r, side).map(({ pattern, checked, refusal }) => {
        // A stored pattern the rule refuses stays visible (and can be unticked) so old boards can be fixed.
        const disabled = readOnly || (refusal !== null && !checked);
        const why = `${idBase}-${pattern}`;
        return (
          <div key={pattern} className="ws-pattern-option">
            <label className="inline" title={PATTERN_NAMES[pattern]}>
              <input type="checkbox" disabled={disabled} checked={checked} aria-describedby={refusal ? why : undefined} onChange={(e) => onToggle(pattern, e.target.checked)} />{' '}
              {pattern}
            </label>
            {refusal && (
              <span id={why} className="ws-why" data-testid="pattern-refusal">
                {refusal}
              </span>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

/** What choosing `kind` would drop from `r`'s patterns, for the kind menu. */
function dropsOnKind(r: ContextRelationship, kind: RelationshipKind): string {
  if (kind === r.kind) return '';
  const kept = validPatterns({ ...r, kind });
  const dropped = [...r.upstreamPatterns.filter((p) => !kept.upstreamPatterns.includes(p)), ...r.downstreamPatterns.filter((p) => !kept.downstreamPatterns.includes(p))];
  return dropped.length ? ` (removes ${[...new Set(dropped)].join(', ')})` : '';
}

function RelationshipRow({ r, nameOf, problems }: { r: ContextRelationship; nameOf: (id: string) => string; problems: string[] }) {
  const { rt } = useWorkshop();
  const { doc, origin } = rt.session;
  const ro = rt.readOnly;
  const up = nameOf(r.upstreamId);
  const down = nameOf(r.downstreamId);
  const sym = isSymmetricKind(r.kind);
  const set = (patch: Partial<Omit<ContextRelationship, 'id'>>) => updateRelationship(doc, r.id, patch, origin);
  const toggle = (side: 'upstreamPatterns' | 'downstreamPatterns', p: ContextPattern, on: boolean) =>
    set({ [side]: on ? [...r[side].filter((x) => x !== p), p] : r[side].filter((x) => x !== p) });
  const title = sym ? `${up} – ${down}` : `${up} → ${down}`;
  const cs = isCustomerSupplier(r);
  return (
    <li className="ws-card" data-testid="relationship" aria-label={`Relationship ${title}`}>
      <div className="ws-row">
        <strong className="ws-grow">{title}</strong>
        <select aria-label={`Kind of ${title}`} value={r.kind} disabled={ro} onChange={(e) => {
          const kind = e.target.value as RelationshipKind;
          set({ kind, ...validPatterns({ ...r, kind }) });
        }}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_TITLE[k]}
              {dropsOnKind(r, k)}
            </option>
          ))}
        </select>
      </div>
      {sym ? (
        <p className="muted ws-why" data-testid="pattern-refusal">
          {r.kind === 'separateWays'
            ? 'Separate Ways means no relationship: neither context takes a pattern.'
            : `${KIND_TITLE[r.kind]} is symmetric: neither context is upstream or downstream, so neither takes OHS, PL, ACL or CF.`}
        </p>
      ) : (
        <div className="ws-row ws-patterns">
          <SidePatterns r={r} side="upstream" legend={`${up} (upstream${cs ? ', supplier' : ''})`} readOnly={ro} onToggle={(p, on) => toggle('upstreamPatterns', p, on)} />
          <SidePatterns r={r} side="downstream" legend={`${down} (downstream${cs ? ', customer' : ''})`} readOnly={ro} onToggle={(p, on) => toggle('downstreamPatterns', p, on)} />
        </div>
      )}
      <TextField label={`Description of ${title}`} value={r.description} readOnly={ro} placeholder="What flows, who decides…" onCommit={(description) => set({ description })} />
      {problems.length > 0 && (
        <div role="alert" className="ws-problem">
          {problems.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          {!ro && (
            <button type="button" onClick={() => set(validPatterns(r))}>
              Fix (remove the patterns rule M1 refuses)
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
  // ELK layered (as Boris) for contexts nobody placed; people's drags are shared in the board.
  const layoutKey = useMemo(() => contextMapLayoutKey(board), [board]);
  const auto = useElkLayout(layoutKey, (elk) => layoutContextMap(elk, board));
  const ready = auto.layout !== null || auto.error !== null;
  const positions = useMemo(() => contextMapPositions(board, auto.layout), [board, auto.layout]);
  const svg = useMemo(() => contextMapSvg(board, title, positions), [board, title, positions]);
  const placedByHand = board.contexts.filter((c) => c.mapPosition).map((c) => c.id);
  const moveContext = (id: string, to: { x: number; y: number }) => updateContext(doc, id, { mapPosition: to }, origin);
  const arrangeAutomatically = () => doc.transact(() => placedByHand.forEach((id) => updateContext(doc, id, { mapPosition: null }, origin)), origin);
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
          {!rt.readOnly && placedByHand.length > 0 && (
            <button type="button" onClick={arrangeAutomatically}>
              Arrange automatically
            </button>
          )}
        </div>
        {auto.error && <p className="ws-layout-note" role="status">Layered layout failed ({auto.error}); showing a simpler layout.</p>}
        {board.contexts.length === 0 ? (
          <p className="muted ws-empty">No bounded contexts yet: frame them on the canvas first.</p>
        ) : !ready ? (
          <p className="muted ws-empty" role="status">
            Laying out…
          </p>
        ) : (
          <>
            {!rt.readOnly && <p className="muted ws-hint">Drag a context (or focus it and use the arrow keys) to arrange the map; everyone sees it.</p>}
            <ContextMapCanvas board={board} title={title} positions={positions} readOnly={rt.readOnly} onMove={moveContext} />
          </>
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
              {isSymmetricKind(kind) ? 'One context' : 'Upstream'}
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
              {isSymmetricKind(kind) ? 'Other context' : 'Downstream'}
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
