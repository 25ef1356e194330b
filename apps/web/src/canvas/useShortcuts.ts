import type { StickyKind } from '@stormscape/model';
import { useEffect } from 'react';
import type { BoardRuntime } from '../board/BoardRuntime';
import { KIND_SHORTCUTS } from './nodes/kindLabels';

const KIND_BY_KEY = new Map(Object.entries(KIND_SHORTCUTS).map(([kind, key]) => [key.toLowerCase(), kind as StickyKind]));

const NOT_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'range', 'file']);

/** Focus is somewhere a letter key means a character (so no shortcuts). */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT' ||
    (target instanceof HTMLInputElement && !NOT_TEXT_INPUTS.has(target.type)));

/**
 * One-key shortcuts on the board (never while typing in a field): kind letters add a
 * sticky at the pointer (or, with one sticky selected, the next one of its flow, linked),
 * L links two selected stickies, ? lists the shortcuts, plus delete, undo/redo,
 * duplicate, edit, frame tool, fit view. `ShortcutsOverlay` lists them for users.
 * Copy and paste use the clipboard events, so they work between boards and tabs.
 */
export function useShortcuts(rt: BoardRuntime, fitView: () => void, zoomToSelection: () => void) {
  useEffect(() => {
    const { actions, ui, board, readOnly } = rt;
    // Enter on a focused sticky that is not selected yet selects it (React Flow), it does
    // not start editing it: remember, before React Flow answers, whether it was selected.
    let enterSelects = false;
    const beforeFlow = (e: KeyboardEvent) => {
      const nodeId = e.key === 'Enter' && e.target instanceof HTMLElement ? e.target.closest('.react-flow__node')?.getAttribute('data-id') : null;
      enterSelects = !!nodeId && !board.store.getState().selected.has(nodeId);
    };
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.altKey) return;
      const key = e.key.toLowerCase();
      const mod = e.ctrlKey || e.metaKey;
      if (mod && key === 'z') {
        e.preventDefault();
        if (e.shiftKey) actions.redo();
        else actions.undo();
      } else if (mod && key === 'y') {
        e.preventDefault();
        actions.redo();
      } else if (mod && key === 'd') {
        e.preventDefault();
        actions.duplicateSelection();
      } else if (mod && key === 'a') {
        e.preventDefault();
        board.setSelection([...board.store.getState().stickies.keys()]);
      } else if (mod) {
        return;
      } else if (e.key === '!' || (e.shiftKey && e.code === 'Digit1')) {
        e.preventDefault();
        fitView();
      } else if (e.key === '@' || (e.shiftKey && e.code === 'Digit2')) {
        e.preventDefault();
        zoomToSelection();
      } else if (e.key === '?') {
        e.preventDefault();
        ui.setState({ shortcutsOpen: !ui.getState().shortcutsOpen });
      } else if (e.key === 'Escape') {
        if (ui.getState().shortcutsOpen) return ui.setState({ shortcutsOpen: false });
        ui.setState({ tool: 'select' });
        board.setSelection([], []);
      } else if (readOnly || e.repeat) {
        return;
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        e.preventDefault();
        actions.deleteSelection();
      } else if ((e.key === 'Enter' && !enterSelects) || e.key === 'F2') {
        const selected = [...board.store.getState().selected];
        if (selected.length === 1 && board.store.getState().stickies.has(selected[0]!)) {
          e.preventDefault();
          ui.setState({ editingId: selected[0]! });
        }
      } else if (key === 'l' && !e.shiftKey) {
        e.preventDefault();
        actions.linkSelected();
      } else if (key === 'b' && !e.shiftKey) {
        ui.setState({ tool: ui.getState().tool === 'frame' ? 'select' : 'frame' });
      } else if (!e.shiftKey && KIND_BY_KEY.has(key)) {
        e.preventDefault();
        actions.addNext(KIND_BY_KEY.get(key)!);
      }
    };
    const onCopy = (e: ClipboardEvent) => {
      if (isTyping(e.target) || !e.clipboardData) return;
      const text = actions.copySelection();
      if (!text) return;
      e.clipboardData.setData('text/plain', text);
      e.preventDefault();
    };
    const onCut = (e: ClipboardEvent) => {
      if (readOnly) return;
      onCopy(e);
      if (e.defaultPrevented) actions.deleteSelection();
    };
    const onPaste = (e: ClipboardEvent) => {
      if (readOnly || isTyping(e.target) || !e.clipboardData) return;
      if (actions.pasteText(e.clipboardData.getData('text/plain'))) e.preventDefault();
    };
    document.addEventListener('keydown', beforeFlow, true);
    document.addEventListener('keydown', onKey);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('keydown', beforeFlow, true);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [rt, fitView, zoomToSelection]);
}
