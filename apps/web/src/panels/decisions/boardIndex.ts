import type { BoardIndex } from '@stormscape/model';
import { emptyBoard, indexBoard } from '@stormscape/model';
import type { BoardState } from '../../store/createBoardStore';

/**
 * The model's lookup tables over what the store holds now, so the decision panels ask
 * the model's queries (`lifecycleOf`, `policyMapping`, `suggestOutcomes`…) instead of
 * re-deriving the flow. Links whose ends are gone are ignored by those queries.
 */
export function storeIndex(state: Pick<BoardState, 'name' | 'stickies' | 'links' | 'contexts'>): BoardIndex {
  return indexBoard({
    ...emptyBoard(state.name),
    stickies: [...state.stickies.values()],
    links: [...state.links.values()],
    contexts: [...state.contexts.values()],
  });
}
