import type { Board } from '../schema/Board';
import { foodDelivery } from './foodDelivery';
import { insuranceClaims } from './insuranceClaims';
import { libraryLending } from './libraryLending';

/** A ready-made board shipped with the model, for tests, codegen fixtures and "new board from example". */
export interface ExampleBoard {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** A fresh deep copy on every read, so a caller that edits it never changes the shipped example. */
  readonly board: Board;
}

function example(id: string, name: string, description: string, build: () => Board): ExampleBoard {
  const board = build();
  return Object.freeze({
    id,
    name,
    description,
    get board(): Board {
      return structuredClone(board);
    },
  });
}

/** The example boards: design-level storms from three domains, lint-clean at design level. */
export const EXAMPLES: readonly ExampleBoard[] = Object.freeze([
  example(
    'food-delivery',
    'Food delivery',
    'Customers order from restaurants, couriers deliver: ordering, payments with a card provider, kitchen tickets and courier dispatch.',
    foodDelivery,
  ),
  example(
    'insurance-claims',
    'Insurance claims',
    'Motor and home claims from first notice of loss to payout: cover checks against a legacy policy system, fraud screening, assessment with loss adjusters and settlement through a bank.',
    insuranceClaims,
  ),
  example(
    'library-lending',
    'Library lending',
    'A public library: membership with address checks, a catalogue fed by an ISBN service, loans, holds queues and fines that suspend borrowing.',
    libraryLending,
  ),
]);

/** The example with this id, or undefined. */
export function getExample(id: string): ExampleBoard | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
