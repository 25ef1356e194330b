import type { Board } from '../schema/Board';
import { foodDelivery } from './foodDelivery';

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
];

/** The example with this id, or undefined. */
export function getExample(id: string): ExampleBoard | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
