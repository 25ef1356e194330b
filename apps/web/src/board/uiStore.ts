import type { Level } from '@stormscape/model';
import { createStore } from 'zustand/vanilla';
import type { XY } from '../store/flowTypes';

export type Tool = 'select' | 'frame';

export interface Toast {
  id: number;
  text: string;
  tone: 'error' | 'info';
}

/** Local, unshared UI state of one open board. */
export interface UiState {
  /** Sticky whose text is being typed into. */
  editingId: string | null;
  /** The sticky this user added last, until its first edit ends (Escape on it empty removes it). */
  freshId: string | null;
  /** The keyboard shortcuts overlay is open. */
  shortcutsOpen: boolean;
  tool: Tool;
  snapToGrid: boolean;
  /** null: automatic (shown unless the board is big). */
  minimap: boolean | null;
  level: Level;
  /**
   * Last pointer position over the canvas, in flow coordinates (null when outside). A
   * holder written in place on every pointer move and read on demand: as store state each
   * move would run every subscriber's selector (one per sticky) for nothing drawn.
   */
  pointer: { current: XY | null };
  toast: Toast | null;
}

export const createUiStore = () =>
  createStore<UiState>(() => ({
    editingId: null,
    freshId: null,
    shortcutsOpen: false,
    tool: 'select',
    snapToGrid: false,
    minimap: null,
    level: 'design',
    pointer: { current: null },
    toast: null,
  }));

export type UiStore = ReturnType<typeof createUiStore>;

let toastId = 0;
export function showToast(ui: UiStore, text: string, tone: Toast['tone'] = 'info'): void {
  ui.setState({ toast: { id: ++toastId, text, tone } });
}
