// Read model: Investigation Queue (read model, sticky ic-rm-investigation-queue)
// Created once by Stormscape and never overwritten: this file is yours.
import type { Projections } from '../../generated/contracts.js';
import { investigationQueueProjection } from '../../generated/defaults/projections.js';
import { notMapped } from '../../generated/errors.js';

/**
 * How each event changes the rows. The defaults copy same-named fields into the row its
 * key names; override an event's step here, e.g.
 * `{ ...investigationQueueProjection(…), fraudSuspected: { key: (event) => ..., apply: (current, event) => ({ ... }) } }`.
 * An event older than what the row reflects of its aggregate (it arrived late) only fills
 * fields the row does not have yet, whatever the step returns; a step that must count every
 * event whatever its order (a counter) adds `olderEvents: 'as-returned'` and reads
 * `order.older`, its third argument (src/generated/runtime/readModelOrder.ts).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * projection fails with an error naming it.
 */
export const projection: Projections['investigationQueue'] = investigationQueueProjection({
  // TODO(stormscape): map InvestigationQueue row key (which row FraudSuspected, InvestigationConcluded update is open: the read model has no key field recorded).
  key: () => notMapped("read model \"Investigation Queue\": InvestigationQueue row key"),
  // TODO(stormscape): map InvestigationQueue.oldestDaysOpen (a new row needs it and FraudSuspected does not carry it).
  oldestDaysOpen: () => notMapped("read model \"Investigation Queue\": InvestigationQueue.oldestDaysOpen"),
});
