// Read model: Restaurant Menu (read model, sticky fd-rm-restaurant-menu)
// Created once by Stormscape and never overwritten: this file is yours.
import type { Projections } from '../../generated/contracts.js';
import { restaurantMenuProjection } from '../../generated/defaults/projections.js';
import { notMapped } from '../../generated/errors.js';

/**
 * How each event changes the rows. The defaults copy same-named fields into the row its
 * key names; override an event's step here, e.g.
 * `{ ...restaurantMenuProjection(…), menuPublished: { key: (event) => ..., apply: (current, event) => ({ ... }) } }`.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * projection fails with an error naming it.
 */
export const projection: Projections['restaurantMenu'] = restaurantMenuProjection({
  // TODO(stormscape): map RestaurantMenu.openNow (a new row needs it and MenuPublished does not carry it).
  openNow: () => notMapped("read model \"Restaurant Menu\": RestaurantMenu.openNow"),
});
