import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { CollabSession, PresenceView, SessionState } from '../collab';
import type { BoardState, BoardStore } from '../store/createBoardStore';
import type { BoardActions } from './actions';
import type { UiState, UiStore } from './uiStore';

/** Everything one open board needs, handed down by context. */
export interface BoardRuntime {
  boardId: string;
  token: string;
  viewToken: string | null;
  readOnly: boolean;
  session: CollabSession;
  board: BoardStore;
  ui: UiStore;
  actions: BoardActions;
}

export const RuntimeContext = createContext<BoardRuntime | null>(null);

export function useRuntime(): BoardRuntime {
  const runtime = useContext(RuntimeContext);
  if (!runtime) throw new Error('useRuntime outside a board');
  return runtime;
}

export const useBoard = <T,>(selector: (s: BoardState) => T): T => useStore(useRuntime().board.store, selector);
export const useUi = <T,>(selector: (s: UiState) => T): T => useStore(useRuntime().ui, selector);
export const usePresence = <T,>(selector: (s: PresenceView) => T): T => useStore(useRuntime().session.presence.store, selector);
export const useSession = <T,>(selector: (s: SessionState) => T): T => useStore(useRuntime().session.state, selector);
