// Read model: Restaurant Menu (read model, sticky fd-rm-restaurant-menu)
// Created once by Stormscape and never overwritten: this file is yours.
import type { Projections } from '../../generated/contracts.js';
import { restaurantMenuProjection } from '../../generated/defaults/projections.js';

/**
 * How each event changes the rows. The defaults copy same-named fields into the row its
 * key names; override an event's step here, e.g.
 * `{ ...restaurantMenuProjection(…), menuPublished: { key: (event) => ..., apply: (current, event) => ({ ... }) } }`.
 * An event older than what the row reflects of its aggregate (it arrived late) only fills
 * fields the row does not have yet, whatever the step returns; a step that must count every
 * event whatever its order (a counter) adds `olderEvents: 'as-returned'` and reads
 * `order.older`, its third argument (src/generated/runtime/readModelOrder.ts).
 */
export const projection: Projections['restaurantMenu'] = restaurantMenuProjection();
