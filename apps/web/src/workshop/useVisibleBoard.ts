import type { Board } from '@stormscape/model';
import { visibleBoard } from '@stormscape/model';
import { useMemo } from 'react';
import { useFacilitation, useWorkshop, useWorkshopBoard } from './WorkshopContext';

/** The board as this participant may see it (others' silent-writing stickies left out). */
export function useVisibleBoard(): Board {
  const { me } = useWorkshop();
  const board = useWorkshopBoard();
  const { hidden } = useFacilitation();
  return useMemo(() => visibleBoard(board, hidden, me), [board, hidden, me]);
}
