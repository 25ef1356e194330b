import type { BoundedContextCanvas, ServiceTarget, Sticky, StickyKind } from '@stormscape/model';
import { KIND_STYLES, laneAt } from '@stormscape/model';
import * as Yb from '@stormscape/model/yjs';
import type { StickyPatch } from '@stormscape/model/yjs';
import type { CollabSession } from '../collab';
import type { BoardStore } from '../store/createBoardStore';
import type { XY } from '../store/flowTypes';
import { decodeClipboard, encodeClipboard } from './clipboard';
import type { AlignMode, Rect } from './geometry';
import { align, besides, boundsOf, centre, contains, distribute, freeSpot, keepInside, snap } from './geometry';
import type { UiStore } from './uiStore';
import { showToast } from './uiStore';

/** What the canvas lends the actions: where the user is looking. */
export interface ViewApi {
  viewportCentre(): XY;
  reveal(ids: readonly string[]): void;
  /** Pans (without zooming) by the least that puts a board rectangle on screen. */
  ensureVisible(rect: Rect): void;
  /** The board rectangle on screen now (null before the canvas is laid out). */
  visibleRect(): Rect | null;
}

const GRID = 20;
/** Board units kept between a sticky added at the pointer and the view's edges. */
const EDGE_MARGIN = 12;

/**
 * Every edit the UI makes, as one doc transaction each with this session's origin (so
 * undo tracks exactly this user's edits). Read-only sessions get no-ops.
 */
export function createActions(session: CollabSession, board: BoardStore, ui: UiStore, readOnly: boolean) {
  const { doc, origin } = session;
  let view: ViewApi | null = null;
  const state = () => board.store.getState();
  const selectedStickies = () => [...state().selected].flatMap((id) => state().stickies.get(id) ?? []);
  const rectOf = (s: Sticky): Rect & { id: string } => ({ id: s.id, ...s.position, ...s.size });
  // A document written by a newer layout is read but never written: this code would lose what it does not know.
  const guard = <A extends unknown[], R>(fn: (...args: A) => R, fallback: R) => (...args: A): R =>
    readOnly || !Yb.canWriteDoc(doc) ? fallback : fn(...args);

  /**
   * Where a new sticky goes: at the pointer (kept inside the view, so the view never has
   * to jump), else right of the selection, else the view's centre; never on top of
   * another sticky.
   */
  const placement = (kind: StickyKind): XY => {
    const size = KIND_STYLES[kind].defaultSize;
    const pointer = ui.getState().pointer.current;
    const others = [...state().stickies.values()].map(rectOf);
    let p: XY;
    if (pointer) {
      p = { x: pointer.x - size.width / 2, y: pointer.y - size.height / 2 };
      const visible = view?.visibleRect();
      if (visible) p = keepInside({ ...p, ...size }, visible, EDGE_MARGIN);
    } else {
      const b = boundsOf(selectedStickies().map(rectOf));
      if (b) p = { x: b.x + b.width + 40, y: b.y };
      else {
        const c = view?.viewportCentre() ?? { x: 0, y: 0 };
        p = { x: c.x - size.width / 2, y: c.y - size.height / 2 };
      }
    }
    if (ui.getState().snapToGrid) p = { x: snap(p.x, GRID), y: snap(p.y, GRID) };
    return freeSpot({ ...p, ...size }, others);
  };

  /** The lane a point lies in (the model's `laneAt`: the top one in lane order where lanes overlap). */
  const laneOf = (p: XY): string | null => laneAt(state().swimlanes.values(), p.y)?.id ?? null;

  const contextAt = (p: XY): string | null => {
    let best: { id: string; area: number } | null = null;
    for (const c of state().contexts.values()) {
      const r = { ...c.position, ...c.size };
      if (contains(r, p) && (!best || r.width * r.height < best.area)) best = { id: c.id, area: r.width * r.height };
    }
    return best?.id ?? null;
  };

  /** Joins each sticky to the frame (and lane) its centre now lies in. */
  const settle = (ids: readonly string[]) => {
    doc.transact(() => {
      for (const id of ids) {
        const s = state().stickies.get(id);
        if (!s) continue;
        const c = centre(rectOf(s));
        const ctx = contextAt(c);
        const current = state().contextOf.get(id) ?? null;
        if (ctx !== current) {
          if (ctx) Yb.setMembership(doc, ctx, [id], true, origin);
          else if (current) Yb.setMembership(doc, current, [id], false, origin);
        }
        const lane = laneOf(c);
        if (lane !== s.laneId) Yb.updateSticky(doc, id, { laneId: lane }, origin);
      }
    }, origin);
  };

  const addSticky = guard((kind: StickyKind, at?: XY, linkFrom?: string): string => {
    session.stopCapturing();
    const position = at ?? placement(kind);
    const id = Yb.addSticky(doc, { kind, position, ...(kind === 'policy' ? { policyMode: 'automated' as const } : {}) }, origin);
    // Same undo step as the sticky: a kind key after a selected sticky continues its flow.
    if (linkFrom && Yb.checkLink(doc, linkFrom, id).ok) Yb.addLink(doc, linkFrom, id, {}, origin);
    settle([id]);
    view?.ensureVisible({ ...position, ...KIND_STYLES[kind].defaultSize });
    session.stopCapturing();
    board.setSelection([id]);
    ui.setState({ editingId: id, freshId: id });
    return id;
  }, '');

  /**
   * The kind key: with one sticky selected, the next sticky of the flow goes beside it,
   * linked from it when the grammar allows; otherwise a sticky at the pointer.
   */
  const addNext = guard((kind: StickyKind): string => {
    const chosen = selectedStickies();
    if (chosen.length !== 1 || state().selected.size !== 1) return addSticky(kind);
    const from = chosen[0]!;
    const others = [...state().stickies.values()].filter((s) => s.id !== from.id).map(rectOf);
    return addSticky(kind, besides(rectOf(from), KIND_STYLES[kind].defaultSize, others), from.id);
  }, '');

  const pasteText = guard((text: string): boolean => {
    const payload = decodeClipboard(text);
    if (!payload || payload.stickies.length === 0) return false;
    const b = boundsOf(payload.stickies.map(rectOf))!;
    const pointer = ui.getState().pointer.current;
    const offset = pointer ? { x: pointer.x - b.x, y: pointer.y - b.y } : { x: 24, y: 24 };
    const ids = new Map<string, string>();
    session.stopCapturing();
    doc.transact(() => {
      for (const s of payload.stickies) {
        const { id: oldId, laneId: _lane, ...rest } = s;
        const id = Yb.addSticky(doc, { ...rest, position: { x: s.position.x + offset.x, y: s.position.y + offset.y } }, origin);
        ids.set(oldId, id);
      }
      for (const l of payload.links) {
        const from = ids.get(l.from);
        const to = ids.get(l.to);
        if (from && to) Yb.addLink(doc, from, to, { label: l.label }, origin);
      }
    }, origin);
    settle([...ids.values()]);
    session.stopCapturing();
    board.setSelection(ids.values());
    return true;
  }, false);

  const moveMany = (moves: { id: string; position: XY }[]) => {
    if (moves.length === 0) return;
    session.stopCapturing();
    Yb.moveStickies(doc, moves, origin);
    settle(moves.map((m) => m.id));
    session.stopCapturing();
  };

  return {
    setView(api: ViewApi | null) {
      view = api;
    },
    reveal(ids: readonly string[]) {
      board.setSelection(ids.filter((id) => state().stickies.has(id) || state().contexts.has(id)), ids.filter((id) => state().links.has(id)));
      view?.reveal(ids);
    },
    addSticky,
    addNext,
    /** Escape on a sticky just added and still empty takes it away again. */
    discardIfFreshAndEmpty: guard((id: string): boolean => {
      const fresh = ui.getState().freshId === id && state().stickies.get(id)?.text === '';
      ui.setState({ freshId: null });
      if (!fresh) return false;
      session.stopCapturing();
      Yb.deleteStickies(doc, [id], origin);
      session.stopCapturing();
      board.setSelection([], []);
      return true;
    }, false),
    /** Links two selected stickies in whichever direction the grammar allows. */
    linkSelected: guard((): boolean => {
      const ids = [...state().selected].filter((id) => state().stickies.has(id));
      if (ids.length !== 2) {
        showToast(ui, 'Select exactly two stickies to link them (Shift+click, or Shift+Enter on a focused sticky).', 'error');
        return false;
      }
      const [a, b] = ids as [string, string];
      const from = Yb.checkLink(doc, a, b).ok ? a : Yb.checkLink(doc, b, a).ok ? b : a;
      const result = Yb.addLink(doc, from, from === a ? b : a, {}, origin);
      if (!result.ok) showToast(ui, result.reason, 'error');
      return result.ok;
    }, false),
    settle: guard(settle, undefined),
    updateSticky: guard((id: string, patch: StickyPatch) => {
      try {
        Yb.updateSticky(doc, id, patch, origin);
      } catch (e) {
        showToast(ui, e instanceof Error ? e.message : String(e), 'error');
      }
    }, undefined),
    setText: guard((id: string, text: string) => {
      if (state().stickies.get(id)?.text !== text) Yb.updateSticky(doc, id, { text }, origin);
    }, undefined),
    resizeSticky: guard((id: string, size: { width: number; height: number }, position?: XY) => Yb.resizeSticky(doc, id, size, position, origin), undefined),
    deleteSelection: guard(() => {
      const { selected, selectedEdges, stickies, contexts } = state();
      const stickyIds = [...selected].filter((id) => stickies.has(id));
      const contextIds = [...selected].filter((id) => contexts.has(id));
      if (stickyIds.length + contextIds.length + selectedEdges.size === 0) return;
      session.stopCapturing();
      doc.transact(() => {
        if (selectedEdges.size) Yb.deleteLinks(doc, [...selectedEdges], origin);
        if (stickyIds.length) Yb.deleteStickies(doc, stickyIds, origin);
        for (const id of contextIds) Yb.deleteContext(doc, id, origin);
      }, origin);
      session.stopCapturing();
      board.setSelection([], []);
    }, undefined),
    duplicateSelection: guard(() => {
      const ids = selectedStickies().map((s) => s.id);
      if (ids.length === 0) return;
      session.stopCapturing();
      const copies = Yb.duplicateStickies(doc, ids, { x: 24, y: 24 }, origin);
      session.stopCapturing();
      board.setSelection(copies);
    }, undefined),
    /** Clipboard text for the selection (stickies and the links between them). */
    copySelection(): string | null {
      const chosen = selectedStickies();
      if (chosen.length === 0) return null;
      const ids = new Set(chosen.map((s) => s.id));
      const links = [...state().links.values()].filter((l) => ids.has(l.from) && ids.has(l.to));
      return encodeClipboard(chosen, links);
    },
    pasteText,
    connect: guard((from: string, to: string) => {
      const result = Yb.addLink(doc, from, to, {}, origin);
      if (!result.ok) showToast(ui, result.reason, 'error');
      return result;
    }, { ok: false, reason: 'This board is view-only.' } as Yb.LinkResult),
    deleteLinks: guard((ids: string[]) => Yb.deleteLinks(doc, ids, origin), undefined),
    setLinkLabel: guard((id: string, label: string) => Yb.updateLink(doc, id, { label }, origin), undefined),
    checkLink: (from: string, to: string) => Yb.checkLink(doc, from, to),
    align: guard((mode: AlignMode) => moveMany(align(selectedStickies().map(rectOf), mode)), undefined),
    distribute: guard((axis: 'horizontal' | 'vertical') => moveMany(distribute(selectedStickies().map(rectOf), axis)), undefined),
    addContext: guard((rect: Rect, name: string = 'New context'): string => {
      session.stopCapturing();
      const memberIds = [...state().stickies.values()].filter((s) => contains(rect, centre(rectOf(s)))).map((s) => s.id);
      const id = Yb.addContext(doc, { name, position: { x: rect.x, y: rect.y }, size: { width: rect.width, height: rect.height }, memberIds }, origin);
      session.stopCapturing();
      board.setSelection([id]);
      return id;
    }, ''),
    updateContext: guard((id: string, patch: { name?: string; codeName?: string | null; colour?: string; canvas?: Partial<BoundedContextCanvas>; target?: ServiceTarget | null }) => Yb.updateContext(doc, id, patch, origin), undefined),
    resizeContext: guard((id: string, size: { width: number; height: number }, position: XY) => {
      doc.transact(() => {
        Yb.updateContext(doc, id, { size, position }, origin);
        // Stickies now inside the frame join it; members left outside leave it.
        const rect = { ...position, ...size };
        const inside = [...state().stickies.values()].filter((s) => contains(rect, centre(rectOf(s)))).map((s) => s.id);
        const outside = [...state().contextOf].filter(([sid, cid]) => cid === id && !inside.includes(sid)).map(([sid]) => sid);
        if (inside.length) Yb.setMembership(doc, id, inside, true, origin);
        if (outside.length) Yb.setMembership(doc, id, outside, false, origin);
      }, origin);
    }, undefined),
    addSwimlane: guard((name: string = 'New swimlane') => {
      const lanes = [...state().swimlanes.values()];
      const bottom = lanes.reduce((max, l) => Math.max(max, l.y + l.height), view?.viewportCentre().y ?? 0);
      return Yb.addSwimlane(doc, { name, y: lanes.length ? bottom : bottom - 120, height: 240 }, origin);
    }, ''),
    updateSwimlane: guard((id: string, patch: { name?: string; y?: number; height?: number }) => Yb.updateSwimlane(doc, id, patch, origin), undefined),
    deleteSwimlane: guard((id: string) => Yb.deleteSwimlane(doc, id, origin), undefined),
    rename: guard((name: string) => Yb.setBoardName(doc, name, origin), undefined),
    undo: guard(() => session.undo(), undefined),
    redo: guard(() => session.redo(), undefined),
  };
}

export type BoardActions = ReturnType<typeof createActions>;
