import { emptyBorisOverrides } from '../schema/BorisOverrides';
import { emptySnapOverrides } from '../schema/SnapOverrides';
import type { Migration } from './Migration';
import { withDefault } from './Migration';

/**
 * Version 3, `AddSlicesAndDesignOverrides`: the board gains thin `slices`, context-map
 * `relationships`, and the stores for people's edits to derived Boris diagrams and
 * SNAP-E sheets, all empty.
 */
export const addSlicesAndDesignOverrides: Migration = {
  version: 3,
  name: 'AddSlicesAndDesignOverrides',
  up(board) {
    let next = withDefault(board, 'relationships', () => []);
    next = withDefault(next, 'slices', () => []);
    next = withDefault(next, 'boris', emptyBorisOverrides);
    return withDefault(next, 'snap', emptySnapOverrides);
  },
};
