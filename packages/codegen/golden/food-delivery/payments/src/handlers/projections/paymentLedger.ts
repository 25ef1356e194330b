// Read model: Payment Ledger (read model, sticky fd-rm-payment-ledger)
// Created once by Stormscape and never overwritten: this file is yours.
import type { Projections } from '../../generated/contracts.js';
import { paymentLedgerProjection } from '../../generated/defaults/projections.js';
import { notMapped } from '../../generated/errors.js';

/**
 * How each event changes the rows. The defaults copy same-named fields into the row its
 * key names; override an event's step here, e.g.
 * `{ ...paymentLedgerProjection(…), paymentAuthorised: { key: (event) => ..., apply: (current, event) => ({ ... }) } }`.
 * An event older than what the row reflects of its aggregate (it arrived late) only fills
 * fields the row does not have yet, whatever the step returns; a step that must count every
 * event whatever its order (a counter) adds `olderEvents: 'as-returned'` and reads
 * `order.older`, its third argument (src/generated/runtime/readModelOrder.ts).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * projection fails with an error naming it.
 */
export const projection: Projections['paymentLedger'] = paymentLedgerProjection({
  // TODO(stormscape): map PaymentLedger row key (which row PaymentAuthorised, CardPaymentCaptured, CardRefundIssued, PaymentVoided update is open: how it finds its row is not recorded).
  key: () => notMapped("read model \"Payment Ledger\": PaymentLedger row key"),
  // TODO(stormscape): map PaymentLedger.date (a new row needs it and PaymentAuthorised does not carry it).
  date: () => notMapped("read model \"Payment Ledger\": PaymentLedger.date"),
  // TODO(stormscape): map PaymentLedger.captured (a new row needs it and PaymentAuthorised does not carry it).
  captured: () => notMapped("read model \"Payment Ledger\": PaymentLedger.captured"),
  // TODO(stormscape): map PaymentLedger.refunded (a new row needs it and PaymentAuthorised does not carry it).
  refunded: () => notMapped("read model \"Payment Ledger\": PaymentLedger.refunded"),
  // TODO(stormscape): map PaymentLedger.openAuthorisations (a new row needs it and PaymentAuthorised does not carry it).
  openAuthorisations: () => notMapped("read model \"Payment Ledger\": PaymentLedger.openAuthorisations"),
});
