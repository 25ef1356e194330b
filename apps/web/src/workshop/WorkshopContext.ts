import type { Board, FacilitationState, WorkshopPhaseId } from '@stormscape/model';
import { createContext, useContext, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { BoardRuntime } from '../board/BoardRuntime';
import type { DocSnapshot } from './snapshots';

/** Local, unshared state of the workshop UI. */
export interface WorkshopUi {
  /** The phase whose view this participant is looking at. */
  view: WorkshopPhaseId;
  /** The dot-voting panel is open (and clicks on canvas stickies place dots). */
  voting: boolean;
  /** Slice that canvas clicks on events append to, or null. */
  pickingSliceId: string | null;
  /** Slice whose events are numbered on the canvas. */
  activeSliceId: string | null;
  /** Following the leader's viewport (false once this participant moves). */
  following: boolean;
  /** Slice the Boris view is filtered by ('' = whole board; null = not chosen yet: the first slice). */
  borisSliceId: string | null;
}

export const createWorkshopUi = (view: WorkshopPhaseId) =>
  createStore<WorkshopUi>(() => ({ view, voting: false, pickingSliceId: null, activeSliceId: null, following: true, borisSliceId: null }));
export type WorkshopUiStore = ReturnType<typeof createWorkshopUi>;

export interface Workshop {
  rt: BoardRuntime;
  me: string;
  myName: () => string;
  board: DocSnapshot<Board>;
  facilitation: DocSnapshot<FacilitationState>;
  ui: WorkshopUiStore;
}

export const WorkshopContext = createContext<Workshop | null>(null);

export function useWorkshop(): Workshop {
  const ws = useContext(WorkshopContext);
  if (!ws) throw new Error('useWorkshop outside the workshop layer');
  return ws;
}

/** The whole board (re-read at most once a frame). */
export function useWorkshopBoard(): Board {
  const { board } = useWorkshop();
  return useSyncExternalStore(board.subscribe, board.get);
}

export function useFacilitation(): FacilitationState {
  const { facilitation } = useWorkshop();
  return useSyncExternalStore(facilitation.subscribe, facilitation.get);
}

export const useWorkshopUi = <T,>(selector: (s: WorkshopUi) => T): T => useStore(useWorkshop().ui, selector);

/** Whether this participant may run facilitation (facilitator, or nobody has the role). */
export function useCanFacilitate(): boolean {
  const { me, rt } = useWorkshop();
  const f = useFacilitation();
  return !rt.readOnly && (f.facilitatorId === null || f.facilitatorId === me);
}
