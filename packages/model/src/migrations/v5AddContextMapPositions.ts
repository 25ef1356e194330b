import type { Migration } from './Migration';

/**
 * Version 5, `AddContextMapPositions`: a bounded context may hold `mapPosition`, where a
 * person dragged its node on the context map. The field is optional and absent until
 * someone places the node (the map lays unplaced contexts out itself), so there is
 * nothing to fill in: the version says that files may now carry it, so older code
 * refuses such a file as newer instead of reporting an unknown key.
 */
export const addContextMapPositions: Migration = {
  version: 5,
  name: 'AddContextMapPositions',
  up(board) {
    return board;
  },
};
