// Read model: Policy Coverage Summary (read model, sticky ic-rm-policy-coverage-summary)
// Created once by Stormscape and never overwritten: this file is yours.
import type { Projections } from '../../generated/contracts.js';
import { policyCoverageSummaryProjection } from '../../generated/defaults/projections.js';
import { notMapped } from '../../generated/errors.js';

/**
 * How each event changes the rows. The defaults copy same-named fields into the row its
 * key names; override an event's step here, e.g.
 * `{ ...policyCoverageSummaryProjection(…), policyRegistered: { key: (event) => ..., apply: (current, event) => ({ ... }) } }`.
 * An event older than what the row reflects of its aggregate (it arrived late) only fills
 * fields the row does not have yet, whatever the step returns; a step that must count every
 * event whatever its order (a counter) adds `olderEvents: 'as-returned'` and reads
 * `order.older`, its third argument (src/generated/runtime/readModelOrder.ts).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * projection fails with an error naming it.
 */
export const projection: Projections['policyCoverageSummary'] = policyCoverageSummaryProjection({
  // TODO(stormscape): map PolicyCoverageSummary.holderName (a new row needs it and PolicyRegistered does not carry it).
  holderName: () => notMapped("read model \"Policy Coverage Summary\": PolicyCoverageSummary.holderName"),
  // TODO(stormscape): map PolicyCoverageSummary.openClaims (a new row needs it and PolicyRegistered does not carry it).
  openClaims: () => notMapped("read model \"Policy Coverage Summary\": PolicyCoverageSummary.openClaims"),
});
