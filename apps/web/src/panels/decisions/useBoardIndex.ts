import type { BoardIndex } from '@stormscape/model';
import { useMemo } from 'react';
import { useBoard, useRuntime } from '../../board/BoardRuntime';
import { storeIndex } from './boardIndex';

/** The board's index, rebuilt when the board changes (only while a decision panel is open). */
export function useBoardIndex(): BoardIndex {
  const { board } = useRuntime();
  const revision = useBoard((s) => s.revision);
  // The store's maps are mutable: `revision` says when they changed.
  return useMemo(() => storeIndex(board.store.getState()), [board, revision]);
}
