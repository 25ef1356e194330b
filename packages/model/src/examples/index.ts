import type { Board } from '../schema/Board';
import { foodDelivery } from './foodDelivery';
import { insuranceClaims } from './insuranceClaims';
import { libraryLending } from './libraryLending';

/** A ready-made board shipped with the model, for tests, codegen fixtures and "new board from example". */
export interface ExampleBoard {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly board: Board;
}

export const EXAMPLES: readonly ExampleBoard[] = [
  {
    id: 'food-delivery',
    name: 'Food delivery',
    description: 'Customers order from restaurants, couriers deliver: ordering, payments with a card provider, kitchen tickets and courier dispatch.',
    board: foodDelivery(),
  },
  {
    id: 'insurance-claims',
    name: 'Insurance claims',
    description: 'Motor and home claims from first notice of loss to payout: cover checks against a legacy policy system, fraud screening, assessment with loss adjusters and settlement through a bank.',
    board: insuranceClaims(),
  },
  {
    id: 'library-lending',
    name: 'Library lending',
    description: 'A public library: membership with address checks, a catalogue fed by an ISBN service, loans, holds queues and fines that suspend borrowing.',
    board: libraryLending(),
  },
];

/** The example with this id, or undefined. */
export function getExample(id: string): ExampleBoard | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
