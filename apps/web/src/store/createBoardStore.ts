import type { BoundedContext, Link, Sticky, Swimlane } from '@stormscape/model';
import { isReservedId, repairLink, withExistingLane, withOwnedMembers } from '@stormscape/model';
import { BOARD_KEYS, boardMaps, readContext, readGoal, readLink, readSlice, readSticky, readSwimlane } from '@stormscape/model/yjs';
import type * as Y from 'yjs';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { contextNode, linkEdge, stickyNode } from './buildNodes';
import type { AppNode, ContextFlowNode, LinkFlowEdge, StickyFlowNode, WH, XY } from './flowTypes';

/**
 * The board as the UI sees it. Records are kept in mutable maps updated incrementally
 * from Y.Doc events (only the ids an event touched are re-read); `revision` changes
 * whenever they do, and `nodes`/`edges` are new arrays whose unchanged elements keep
 * their identity, so memoized nodes skip rendering.
 *
 * What concurrent edits leave behind is repaired with the model's invariants, exactly as
 * `docToBoard` does (the store test checks they agree): reserved ids and ids taken by an
 * earlier record type are hidden, a sticky claimed by two contexts stays in the one with
 * the smallest id, links whose end is gone are hidden, links whose kind no longer fits
 * are re-inferred, and a sticky whose lane is gone shows no lane.
 */
export interface BoardState {
  name: string;
  stickies: ReadonlyMap<string, Sticky>;
  links: ReadonlyMap<string, Link>;
  contexts: ReadonlyMap<string, BoundedContext>;
  swimlanes: ReadonlyMap<string, Swimlane>;
  /** sticky id → id of the context it belongs to. */
  contextOf: ReadonlyMap<string, string>;
  nodes: AppNode[];
  edges: LinkFlowEdge[];
  /** Selected node ids (stickies and contexts). */
  selected: ReadonlySet<string>;
  selectedEdges: ReadonlySet<string>;
  /** Bumped when board records change (not for drag previews or selection). */
  revision: number;
}

/** Transient per-node overrides while this user drags or resizes (not yet in the doc). */
export interface Overlay {
  position?: XY;
  size?: WH;
}

export interface BoardStore {
  store: StoreApi<BoardState>;
  /** Apply local drag/resize overrides for ids (undefined clears one). */
  setOverlay(entries: Iterable<[string, Overlay | undefined]>): void;
  overlay(id: string): Overlay | undefined;
  setSelection(nodeIds: Iterable<string>, edgeIds?: Iterable<string>): void;
  destroy(): void;
}

/**
 * Transaction meta key the board sets on the writes of its own drag in progress
 * (`markOwnDragWrite`). Their positions are already on screen (the drag overlay), so the
 * store records them without rebuilding nodes or bumping the revision: React Flow does
 * not re-render 50 dragged stickies every flush. Remote drags carry no mark and stay live.
 */
const OWN_DRAG_WRITE = 'stormscape.ownDragWrite';
export const markOwnDragWrite = (tr: Y.Transaction): void => void tr.meta.set(OWN_DRAG_WRITE, true);
const isOwnDragWrite = (tr: Y.Transaction) => tr.local && tr.meta.get(OWN_DRAG_WRITE) === true;

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function createBoardStore(doc: Y.Doc, opts: { readOnly: boolean }): BoardStore {
  const maps = boardMaps(doc);
  const stickies = new Map<string, Sticky>();
  const links = new Map<string, Link>();
  const contexts = new Map<string, BoundedContext>();
  /** Readable contexts as stored (members not yet resolved), and what each shown context was made from. */
  const storedContexts = new Map<string, BoundedContext>();
  const shownFrom = new Map<string, BoundedContext>();
  /** Readable links as stored, and the links stored with each sticky as an end. */
  const storedLinks = new Map<string, Link>();
  const linksAt = new Map<string, Set<string>>();
  const swimlanes = new Map<string, Swimlane>();
  /** Stored lane of each sticky that has one, and the stickies stored in each lane (shown or not). */
  const storedLaneOf = new Map<string, string>();
  const stickiesInLane = new Map<string, Set<string>>();
  const contextOf = new Map<string, string>();
  const stickyNodes = new Map<string, StickyFlowNode>();
  const contextNodes = new Map<string, ContextFlowNode>();
  const edges = new Map<string, LinkFlowEdge>();
  const overlays = new Map<string, Overlay>();
  let selected = new Set<string>();
  let selectedEdges = new Set<string>();

  const store = createStore<BoardState>(() => ({
    name: '',
    stickies,
    links,
    contexts,
    swimlanes,
    contextOf,
    nodes: [],
    edges: [],
    selected,
    selectedEdges,
    revision: 0,
  }));

  const rebuildStickyNode = (id: string) => {
    const sticky = stickies.get(id);
    if (!sticky) return void stickyNodes.delete(id);
    const o = overlays.get(id);
    stickyNodes.set(id, stickyNode(sticky, { selected: selected.has(id), position: o?.position, size: o?.size, dragging: !!o?.position, readOnly: opts.readOnly }));
  };
  const rebuildContextNode = (id: string) => {
    const context = contexts.get(id);
    if (!context) return void contextNodes.delete(id);
    const o = overlays.get(id);
    contextNodes.set(id, contextNode(context, { selected: selected.has(id), position: o?.position, size: o?.size, dragging: !!o?.position, readOnly: opts.readOnly }));
  };
  const rebuildEdge = (id: string) => {
    const link = links.get(id);
    if (!link) return void edges.delete(id);
    edges.set(id, linkEdge(link, selectedEdges.has(id)));
  };

  let nodesDirty = false;
  let edgesDirty = false;
  /** Board records changed since the last publish (other maps, e.g. facilitation, do not count). */
  let recordsDirty = false;
  /**
   * `records` is false for drag/resize previews and selection: they change nodes, not
   * records, and everything keyed on `revision` (lint, lanes, decision panels) would
   * otherwise re-render on every drag frame.
   */
  const publish = (extra: Partial<BoardState> = {}, records = true) => {
    if (records) recordsDirty = false;
    const state = store.getState();
    store.setState({
      ...extra,
      nodes: nodesDirty ? [...contextNodes.values(), ...stickyNodes.values()] : state.nodes,
      edges: edgesDirty ? [...edges.values()] : state.edges,
      revision: records ? state.revision + 1 : state.revision,
    });
    nodesDirty = false;
    edgesDirty = false;
  };

  /** Ids of top-level entries an observeDeep batch touched. */
  const touchedIds = (events: Y.YEvent<Y.AbstractType<unknown>>[], root: Y.Map<unknown>) => {
    const ids = new Set<string>();
    for (const event of events) {
      if (event.target === root) for (const key of event.keys.keys()) ids.add(key);
      else {
        const first = event.path[0];
        if (typeof first === 'string') ids.add(first);
      }
    }
    return ids;
  };

  // Ids are unique across record types; earlier types keep them (model RECORD_TYPES:
  // sticky, context, swimlane, goal, slice, link, …), reserved ids are never shown.
  const isStickyId = (id: string) => stickies.has(id);
  const laneTaken = (id: string) => stickies.has(id) || storedContexts.has(id);
  const linkTaken = (id: string) =>
    laneTaken(id) || swimlanes.has(id) || readGoal(id, maps.goals.get(id)) !== null || readSlice(id, maps.slices.get(id)) !== null;

  /** Shows each context with the members it keeps (`withOwnedMembers`, as docToBoard) and rebuilds `contextOf`. */
  const resolveContexts = () => {
    const visible = [...storedContexts.values()].filter((c) => !isStickyId(c.id));
    const shown = new Set(visible.map((c) => c.id));
    for (const id of [...contexts.keys()]) {
      if (shown.has(id)) continue;
      contexts.delete(id);
      shownFrom.delete(id);
      selected.delete(id);
      rebuildContextNode(id);
    }
    contextOf.clear();
    for (const context of withOwnedMembers(visible, isStickyId)) {
      for (const member of context.memberIds) contextOf.set(member, context.id);
      const current = contexts.get(context.id);
      const stored = storedContexts.get(context.id);
      if (current && shownFrom.get(context.id) === stored && sameList(current.memberIds, context.memberIds)) continue;
      contexts.set(context.id, context);
      shownFrom.set(context.id, stored as BoundedContext);
      rebuildContextNode(context.id);
    }
    nodesDirty = true;
  };

  /** Shows the stored link `id` repaired against the stickies shown now (`repairLink`, as docToBoard). */
  const showLink = (id: string) => {
    const stored = storedLinks.get(id);
    const link = stored && !linkTaken(id) ? repairLink(stored, (sid) => stickies.get(sid)?.kind) : null;
    if (link) links.set(id, link);
    else links.delete(id);
    rebuildEdge(id);
    edgesDirty = true;
  };
  const isLaneShown = (id: string) => swimlanes.has(id);
  const indexLane = (stickyId: string, laneId: string | null) => {
    const before = storedLaneOf.get(stickyId);
    if (before === (laneId ?? undefined)) return;
    if (before !== undefined) {
      const set = stickiesInLane.get(before);
      if (set?.delete(stickyId) && set.size === 0) stickiesInLane.delete(before);
    }
    if (laneId === null) storedLaneOf.delete(stickyId);
    else {
      storedLaneOf.set(stickyId, laneId);
      stickiesInLane.set(laneId, (stickiesInLane.get(laneId) ?? new Set()).add(stickyId));
    }
  };
  /** A lane appeared or went: its stickies show it or no lane (`withExistingLane`, as docToBoard). */
  const reshowLaneOf = (laneId: string) => {
    for (const id of stickiesInLane.get(laneId) ?? []) {
      const sticky = stickies.get(id);
      if (!sticky) continue;
      stickies.set(id, withExistingLane({ ...sticky, laneId }, isLaneShown));
      rebuildStickyNode(id);
      nodesDirty = true;
    }
  };
  const indexLinkEnds = (link: Link | undefined, add: boolean) => {
    for (const end of link ? [link.from, link.to] : []) {
      const set = linksAt.get(end) ?? new Set<string>();
      if (add) linksAt.set(end, set.add(link!.id));
      else if (set.delete(link!.id) && set.size === 0) linksAt.delete(end);
    }
  };

  const loadStickies = (ids: Iterable<string>, ownDrag = false) => {
    let resolve = false;
    let changed = false;
    for (const id of ids) {
      const before = stickies.get(id);
      const read = readSticky(maps.stickies.get(id), id);
      const sticky = read && !isReservedId(id) ? withExistingLane(read, isLaneShown) : null;
      // This user's own drag wrote only positions its overlay already shows: record them
      // (the release rebuilds the node and bumps the revision), nothing to re-render now.
      if (ownDrag && before && sticky && overlays.get(id)?.position) {
        stickies.set(id, sticky);
        continue;
      }
      changed = true;
      indexLane(id, read && sticky ? read.laneId : null);
      if (sticky) stickies.set(id, sticky);
      else {
        stickies.delete(id);
        selected.delete(id);
        overlays.delete(id);
      }
      rebuildStickyNode(id);
      if (!before !== !sticky) {
        // A sticky appeared or went: memberships, and records of later types with its id, change.
        resolve = true;
        if (maps.swimlanes.has(id)) loadLanes([id]);
        if (storedLinks.has(id)) showLink(id);
      }
      if (!before !== !sticky || before?.kind !== sticky?.kind) for (const linkId of linksAt.get(id) ?? []) showLink(linkId);
    }
    if (resolve) resolveContexts();
    if (!changed) return;
    recordsDirty = true;
    nodesDirty = true;
  };
  const loadLinks = (ids: Iterable<string>) => {
    recordsDirty = true;
    for (const id of ids) {
      indexLinkEnds(storedLinks.get(id), false);
      const link = isReservedId(id) ? null : readLink(id, maps.links.get(id));
      if (link) storedLinks.set(id, link);
      else storedLinks.delete(id);
      indexLinkEnds(link ?? undefined, true);
      showLink(id);
    }
  };
  const loadContexts = (ids: Iterable<string>) => {
    recordsDirty = true;
    for (const id of ids) {
      const context = isReservedId(id) ? null : readContext(maps.contexts.get(id), id);
      const had = storedContexts.has(id);
      if (context) storedContexts.set(id, context);
      else storedContexts.delete(id);
      if (had !== !!context) {
        if (maps.swimlanes.has(id)) loadLanes([id]);
        if (storedLinks.has(id)) showLink(id);
      }
    }
    resolveContexts();
  };
  function loadLanes(ids: Iterable<string>): void {
    recordsDirty = true;
    for (const id of ids) {
      const had = swimlanes.has(id);
      const lane = isReservedId(id) || laneTaken(id) ? null : readSwimlane(id, maps.swimlanes.get(id));
      if (lane) swimlanes.set(id, lane);
      else swimlanes.delete(id);
      if (had === !!lane) continue;
      reshowLaneOf(id);
      if (storedLinks.has(id)) showLink(id);
    }
  }
  /** A goal or slice changed: a link with the same id may be hidden or shown again. */
  const recheckLinks = (ids: Iterable<string>) => {
    for (const id of ids) if (storedLinks.has(id)) showLink(id);
  };
  const readName = () => {
    const name = maps.board.get(BOARD_KEYS.name);
    return typeof name === 'string' ? name : '';
  };

  // Initial load, then incremental.
  loadStickies(maps.stickies.keys());
  loadContexts(maps.contexts.keys());
  loadLanes(maps.swimlanes.keys());
  loadLinks(maps.links.keys());
  publish({ name: readName() });

  // One publish per transaction, however many maps it touched.
  const observers: [Y.Map<unknown>, (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => void][] = [
    [maps.stickies, (events, tr) => loadStickies(touchedIds(events, maps.stickies), isOwnDragWrite(tr))],
    [maps.links, (events) => loadLinks(touchedIds(events, maps.links))],
    [maps.contexts, (events) => loadContexts(touchedIds(events, maps.contexts))],
    [maps.swimlanes, (events) => loadLanes(touchedIds(events, maps.swimlanes))],
    [maps.goals, (events) => recheckLinks(touchedIds(events, maps.goals))],
    [maps.slices, (events) => recheckLinks(touchedIds(events, maps.slices))],
  ];
  for (const [map, fn] of observers) map.observeDeep(fn);
  const onName = () => store.setState({ name: readName() });
  maps.board.observe(onName);
  // Other records (goals, slices, Boris, SNAP-E) only bump the revision (lint reads them).
  const others = [maps.goals, maps.slices, maps.relationships, maps.borisNodePositions, maps.borisHiddenEdges, maps.borisAddedEdges, maps.borisNotes, maps.snapManual, maps.snapDismissed];
  const markOthers = () => {
    recordsDirty = true;
  };
  for (const map of others) map.observeDeep(markOthers);
  const afterTransaction = () => {
    if (recordsDirty) publish();
  };
  doc.on('afterTransaction', afterTransaction);

  return {
    store,
    overlay: (id) => overlays.get(id),
    setOverlay(entries) {
      for (const [id, o] of entries) {
        if (o) overlays.set(id, o);
        else overlays.delete(id);
        if (stickies.has(id)) rebuildStickyNode(id);
        else rebuildContextNode(id);
      }
      nodesDirty = true;
      publish({}, false);
    },
    setSelection(nodeIds, edgeIds) {
      const next = new Set(nodeIds);
      const prev = selected;
      selected = next;
      for (const id of new Set([...prev, ...next])) {
        if (prev.has(id) === next.has(id)) continue;
        if (stickies.has(id)) rebuildStickyNode(id);
        else rebuildContextNode(id);
      }
      nodesDirty = true;
      if (edgeIds) {
        const nextEdges = new Set(edgeIds);
        const changed = [...new Set([...selectedEdges, ...nextEdges])].filter((id) => selectedEdges.has(id) !== nextEdges.has(id));
        selectedEdges = nextEdges;
        for (const id of changed) rebuildEdge(id);
        edgesDirty = true;
      }
      publish({ selected, selectedEdges }, false);
    },
    destroy() {
      for (const [map, fn] of observers) map.unobserveDeep(fn);
      for (const map of others) map.unobserveDeep(markOthers);
      maps.board.unobserve(onName);
      doc.off('afterTransaction', afterTransaction);
    },
  };
}
