import type { BoundedContext } from '@stormscape/model';
import * as Yb from '@stormscape/model/yjs';
import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { AppNode, LinkFlowEdge, XY } from '../store/flowTypes';
import { throttle } from '../collab/throttle';
import { markOwnDragWrite } from '../store/createBoardStore';
import type { BoardRuntime } from './BoardRuntime';

/**
 * How often a drag in progress is written to the shared document (peers see it move).
 * A selection is written less often: each written frame of N stickies stays in the
 * document's history (~9 bytes per sticky), unlike a single sticky's frames.
 */
const DRAG_FLUSH_MS = 50;
const MULTI_DRAG_FLUSH_MS = 150;

/**
 * Turns React Flow's change events into local overlays (drag and resize feel instant)
 * and document writes (throttled while dragging, final on release), so a drag is one
 * undo step and costs a handful of small updates instead of one per frame per sticky.
 */
export function createChangeHandlers(rt: BoardRuntime) {
  const { board, session, actions } = rt;
  const { doc, origin } = session;
  const dragging = new Set<string>();
  /**
   * A drag ended without its release (`endDragNow`): React Flow's own drag is still on,
   * and coming back with the button held would carry on moving as a new undo step. The
   * rest of that gesture is ignored, up to its release or the next press.
   */
  let abandoned = false;
  const state = () => board.store.getState();

  /**
   * `inProgress`: a write while the pointer still drags, marked so this client's store
   * skips re-rendering what the overlay already shows; the final write on release is
   * unmarked (nodes rebuilt from the document, revision bumped, lint and lanes follow).
   */
  const flush = (inProgress: boolean) => {
    if (dragging.size === 0) return;
    doc.transact((tr) => {
      if (inProgress) markOwnDragWrite(tr);
      const moves: { id: string; position: XY }[] = [];
      for (const id of dragging) {
        const position = board.overlay(id)?.position;
        if (!position) continue;
        if (state().stickies.has(id)) moves.push({ id, position });
        else if (state().contexts.has(id)) Yb.updateContext(doc, id, { position }, origin);
      }
      if (moves.length) Yb.moveStickies(doc, moves, origin);
    }, origin);
  };
  const flushSoon = throttle(() => flush(true), () => (dragging.size > 1 ? MULTI_DRAG_FLUSH_MS : DRAG_FLUSH_MS));

  const endDrag = () => {
    flushSoon.cancel();
    flush(false);
    const ids = [...dragging];
    dragging.clear();
    board.setOverlay(ids.map((id) => [id, undefined]));
    actions.settle(ids.filter((id) => state().stickies.has(id)));
    session.endStep();
  };

  /** A frame moving by `delta` from its stored place carries its members along. */
  const membersFollow = (context: BoundedContext, position: XY, moving: Set<string>) => {
    const dx = position.x - context.position.x;
    const dy = position.y - context.position.y;
    const out: [string, { position: XY }][] = [];
    for (const id of context.memberIds) {
      const s = state().stickies.get(id);
      if (!s || moving.has(id)) continue;
      out.push([id, { position: { x: s.position.x + dx, y: s.position.y + dy } }]);
    }
    return out;
  };

  const onNodesChange = (changes: NodeChange<AppNode>[]) => {
    let selection: Set<string> | null = null;
    const overlays: [string, { position?: XY; size?: { width: number; height: number } } | undefined][] = [];
    const moving = new Set(changes.flatMap((c) => (c.type === 'position' && c.position ? [c.id] : [])));
    let dragEnded = false;
    let resizeEnded: string | null = null;
    for (const change of changes) {
      if (change.type === 'select') {
        selection ??= new Set(state().selected);
        if (change.selected) selection.add(change.id);
        else selection.delete(change.id);
      } else if (change.type === 'position' && change.position) {
        if (rt.readOnly) continue;
        if (abandoned && change.dragging !== undefined) {
          if (change.dragging === false) abandoned = false;
          continue;
        }
        const prev = board.overlay(change.id);
        overlays.push([change.id, { ...prev, position: change.position }]);
        if (change.dragging !== undefined) {
          if (dragging.size === 0) session.beginStep();
          dragging.add(change.id);
        }
        if (change.dragging === false) dragEnded = true;
        const context = state().contexts.get(change.id);
        if (context && change.dragging !== undefined) {
          const follow = membersFollow(context, change.position, moving);
          for (const [id] of follow) dragging.add(id);
          overlays.push(...follow);
        }
      } else if (change.type === 'dimensions' && change.resizing !== undefined && !rt.readOnly) {
        if (change.resizing && change.dimensions) {
          const prev = overlays.find(([id]) => id === change.id)?.[1] ?? board.overlay(change.id);
          overlays.push([change.id, { ...prev, size: change.dimensions }]);
        } else if (!change.resizing) resizeEnded = change.id;
      }
    }
    if (overlays.length) board.setOverlay(overlays);
    if (selection) {
      board.setSelection(selection);
      session.presence.setSelection([...selection]);
    }
    if (dragEnded) endDrag();
    else if (dragging.size) flushSoon();
    if (resizeEnded) endResize(resizeEnded);
  };

  const endResize = (id: string) => {
    const o = board.overlay(id);
    board.setOverlay([[id, undefined]]);
    if (!o?.size) return;
    const sticky = state().stickies.get(id);
    const context = state().contexts.get(id);
    session.stopCapturing();
    if (sticky) actions.resizeSticky(id, o.size, o.position ?? sticky.position);
    else if (context) actions.resizeContext(id, o.size, o.position ?? context.position);
    session.stopCapturing();
  };

  const onEdgesChange = (changes: EdgeChange<LinkFlowEdge>[]) => {
    let selection: Set<string> | null = null;
    for (const change of changes) {
      if (change.type !== 'select') continue;
      selection ??= new Set(state().selectedEdges);
      if (change.selected) selection.add(change.id);
      else selection.delete(change.id);
    }
    if (selection) board.setSelection(state().selected, selection);
  };

  /**
   * A drag whose release never comes (the window lost focus, the pointer was cancelled)
   * ends here: written where it was, its undo step closed. Otherwise the step stayed
   * open and the next edits joined it until some later drag ended.
   */
  const endDragNow = () => {
    if (!dragging.size) return;
    endDrag();
    abandoned = true;
  };

  /** A new press starts a new gesture (the abandoned one's release may never have come). */
  const pressed = () => {
    abandoned = false;
  };

  return { onNodesChange, onEdgesChange, endDragNow, pressed, destroy: () => flushSoon.cancel() };
}
