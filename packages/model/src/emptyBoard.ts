import type { Board } from './schema/Board';
import { emptyBorisOverrides } from './schema/BorisOverrides';
import { emptySnapOverrides } from './schema/SnapOverrides';

/** A new board with nothing on it. */
export function emptyBoard(name: string): Board {
  return {
    name,
    goals: [],
    stickies: [],
    links: [],
    contexts: [],
    relationships: [],
    swimlanes: [],
    slices: [],
    boris: emptyBorisOverrides(),
    snap: emptySnapOverrides(),
  };
}
