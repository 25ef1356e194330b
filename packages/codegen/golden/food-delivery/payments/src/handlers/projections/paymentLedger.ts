// Read model: Payment Ledger (read model, sticky fd-rm-payment-ledger)
// Created once by Stormscape and never overwritten: this file is yours.
import type { Projections } from '../../generated/contracts.js';
import { defaultProjections } from '../../generated/defaults/projections.js';

/**
 * How each event changes the rows. The defaults copy same-named fields; override an
 * event's step here, e.g. `paymentAuthorised: { key: (event) => ..., apply: (current, event) => ({ ... }) }`.
 */
export const projection: Projections['paymentLedger'] = {
  ...defaultProjections.paymentLedger,
};
