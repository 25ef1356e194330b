// Read model: Borrower Standing (read model, sticky ll-rm-borrower-standing)
// Created once by Stormscape and never overwritten: this file is yours.
import type { Projections } from '../../generated/contracts.js';
import { borrowerStandingProjection } from '../../generated/defaults/projections.js';
import { notMapped } from '../../generated/errors.js';

/**
 * How each event changes the rows. The defaults copy same-named fields into the row its
 * key names; override an event's step here, e.g.
 * `{ ...borrowerStandingProjection(…), membershipActivated: { key: (event) => ..., apply: (current, event) => ({ ... }) } }`.
 * An event older than what the row reflects of its aggregate (it arrived late) only fills
 * fields the row does not have yet, whatever the step returns; a step that must count every
 * event whatever its order (a counter) adds `olderEvents: 'as-returned'` and reads
 * `order.older`, its third argument (src/generated/runtime/readModelOrder.ts).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * projection fails with an error naming it.
 */
export const projection: Projections['borrowerStanding'] = borrowerStandingProjection({
  // TODO(stormscape): map BorrowerStanding.loansOut (a new row needs it and MembershipActivated does not carry it).
  loansOut: () => notMapped("read model \"Borrower Standing\": BorrowerStanding.loansOut"),
  // TODO(stormscape): map BorrowerStanding.expiresOn (a new row needs it and MembershipSuspended does not carry it).
  expiresOn: () => notMapped("read model \"Borrower Standing\": BorrowerStanding.expiresOn"),
  // TODO(stormscape): map BorrowerStanding row key (which row CopyReturned updates is open: how it finds its row is not recorded).
  key: () => notMapped("read model \"Borrower Standing\": BorrowerStanding row key"),
});
