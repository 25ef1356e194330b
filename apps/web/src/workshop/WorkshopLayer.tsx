import { boardMaps, readFacilitation } from '@stormscape/model/yjs';
import { getWorkshopPhase } from '@stormscape/model';
import type { WorkshopPhaseId } from '@stormscape/model';
import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useRuntime } from '../board/BoardRuntime';
import type { BoardRuntime } from '../board/BoardRuntime';
import { CanvasDecorations } from './CanvasDecorations';
import { FacilitationBanners, FacilitationTools } from './FacilitationTools';
import { FlowBar, PhaseGuidance } from './FlowBar';
import { FollowMe } from './FollowMe';
import { participantId } from './participant';
import { TimelineGuide } from './TimelineGuide';
import { boardSnapshot, facilitationSnapshot } from './snapshots';
import { useCanvasClicks } from './useCanvasClicks';
import { UndoRedo } from './UndoRedo';
import { useSilentWriting } from './useSilentWriting';
import type { Workshop } from './WorkshopContext';
import { createWorkshopUi, useFacilitation, useWorkshop, useWorkshopUi, WorkshopContext } from './WorkshopContext';
import './workshop.css';

const GoalsView = lazy(() => import('./views/GoalsView').then((m) => ({ default: m.GoalsView })));
const SlicesView = lazy(() => import('./views/SlicesView').then((m) => ({ default: m.SlicesView })));
const BorisView = lazy(() => import('./views/BorisView').then((m) => ({ default: m.BorisView })));
const SnapView = lazy(() => import('./views/SnapView').then((m) => ({ default: m.SnapView })));
const ContextMapView = lazy(() => import('./views/ContextMapView').then((m) => ({ default: m.ContextMapView })));
const GenerateView = lazy(() => import('./views/GenerateView').then((m) => ({ default: m.GenerateView })));
const VotePanel = lazy(() => import('./views/VotePanel').then((m) => ({ default: m.VotePanel })));

/** Views that cover the canvas; the storm phases show the canvas itself. */
const FULL_VIEWS: Partial<Record<WorkshopPhaseId, () => ReactNode>> = {
  goals: () => <GoalsView />,
  boris: () => <BorisView />,
  snap: () => <SnapView />,
  contextMap: () => <ContextMapView />,
  generate: () => <GenerateView />,
};

/**
 * Where a participant starts: the facilitator's step if someone facilitates, else the
 * canvas (design level, the canvas's own default). A blank board moves on to Big
 * picture once it is synced (`useBlankBoardStart`).
 */
function initialView(rt: BoardRuntime): WorkshopPhaseId {
  const f = readFacilitation(rt.session.doc);
  return f.facilitatorId ? f.phase : 'design';
}

/**
 * A new blank board starts where a workshop starts: the Big picture step. Decided once,
 * when the document has synced with the server (before that an existing board looks
 * blank too), and only if nobody facilitates and this participant has not picked a step.
 */
function useBlankBoardStart(ws: Workshop): void {
  useEffect(() => {
    const { session } = ws.rt;
    const start = ws.ui.getState().view;
    const decide = (): boolean => {
      if (!session.state.getState().synced) return false;
      const maps = boardMaps(session.doc);
      const blank = maps.stickies.size === 0 && maps.contexts.size === 0 && maps.goals.size === 0;
      const view = ws.ui.getState().view;
      if (blank && view === start && view === 'design' && !readFacilitation(session.doc).facilitatorId) ws.ui.setState({ view: 'bigPicture' });
      return true;
    };
    if (decide()) return;
    const unsubscribe = session.state.subscribe(() => {
      if (decide()) unsubscribe();
    });
    return unsubscribe;
  }, [ws]);
}

const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/**
 * The guided workshop on top of the board page: the flow bar with facilitation tools,
 * the phase views (over the canvas, below the bar) and the canvas decorations. Mounted
 * once by the board page, inside its runtime and React Flow providers.
 */
export function WorkshopLayer() {
  const rt = useRuntime();
  const ws = useMemo<Workshop>(() => {
    const presence = rt.session.presence;
    return {
      rt,
      me: participantId(),
      myName: () => presence.store.getState().peers.find((p) => p.clientId === presence.clientId)?.user.name ?? 'Guest',
      board: boardSnapshot(rt.session.doc),
      facilitation: facilitationSnapshot(rt.session.doc),
      ui: createWorkshopUi(initialView(rt)),
    };
  }, [rt]);
  useEffect(
    () => () => {
      ws.board.destroy();
      ws.facilitation.destroy();
    },
    [ws],
  );
  return (
    <WorkshopContext.Provider value={ws}>
      <WorkshopShell />
    </WorkshopContext.Provider>
  );
}

function WorkshopShell() {
  const ws = useWorkshop();
  const { phase } = useFacilitation();
  const view = useWorkshopUi((s) => s.view);
  const voting = useWorkshopUi((s) => s.voting);
  useSilentWriting(ws);
  useCanvasClicks(ws);
  useBlankBoardStart(ws);

  // The facilitator moving on takes everyone to the new step.
  const lastPhase = useRef(phase);
  useEffect(() => {
    if (lastPhase.current !== phase) ws.ui.setState({ view: phase });
    lastPhase.current = phase;
  }, [phase, ws.ui]);

  // Opening on a step, or moving to another, lints (and offers palette kinds) at that
  // step's level; the canvas keeps its own choice until then.
  const levelView = useRef<WorkshopPhaseId | null>(null);
  useEffect(() => {
    if (view === levelView.current) return;
    levelView.current = view;
    ws.rt.ui.setState({ level: getWorkshopPhase(view).level });
  }, [view, ws.rt.ui]);

  // Picking slice events only makes sense while the slices panel is open.
  useEffect(() => {
    if (view !== 'thinSlices') ws.ui.setState({ pickingSliceId: null });
  }, [view, ws.ui]);

  const full = FULL_VIEWS[view];
  useFullViewGuards(full !== undefined);

  const bar = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const el = bar.current;
    if (!el) return;
    const measure = () => setTop(el.getBoundingClientRect().bottom);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    ro.observe(document.body);
    window.addEventListener('resize', measure);
    return () => {
      ro.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, []);

  const dock = view === 'thinSlices' ? <SlicesView /> : null;
  return (
    <>
      <div className="ws-bar" ref={bar}>
        <div className="ws-bar-row">
          <FlowBar />
          <FacilitationTools />
        </div>
        <div className="ws-bar-row">
          <PhaseGuidance />
          {full && <UndoRedo />}
        </div>
        <FacilitationBanners />
      </div>
      <CanvasDecorations />
      {view === 'bigPicture' && <TimelineGuide />}
      <FollowMe />
      <Suspense fallback={null}>
        {full && (
          <section
            className="ws-view"
            style={{ top }}
            aria-label="Workshop view"
            data-view={view}
            // Keys typed here are for this view, never the hidden canvas's shortcuts.
            onKeyDown={(e) => {
              if (!e.ctrlKey && !e.metaKey) e.stopPropagation();
            }}
          >
            {full()}
          </section>
        )}
        {(dock || voting) && (
          <aside className="ws-dock" style={{ top }} aria-label="Workshop panel">
            {dock}
            {voting && <VotePanel />}
          </aside>
        )}
      </Suspense>
    </>
  );
}

/**
 * While a view covers the canvas: the canvas is inert (not focusable, not in the
 * accessibility tree), and keys pressed outside any field do not reach its shortcuts.
 */
function useFullViewGuards(active: boolean): void {
  const { rt } = useWorkshop();
  useEffect(() => {
    if (!active) return;
    const body = document.querySelector('.board-body');
    body?.setAttribute('inert', '');
    rt.board.setSelection([], []);
    const guard = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      // Inside the view its own handler stops them (after its widgets had them).
      if (e.target instanceof Element && e.target.closest('.ws-view')) return;
      e.stopPropagation();
    };
    window.addEventListener('keydown', guard, true);
    return () => {
      body?.removeAttribute('inert');
      window.removeEventListener('keydown', guard, true);
    };
  }, [active, rt]);
}
