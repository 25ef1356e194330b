import type { Sticky } from '../schema/Sticky';
import type { BoardIndex } from './boardIndex';
import { eventsOfCommand } from './decisions';
import { commandsIssuedBy, policiesOfEvent } from './flow';
import { compareTimeline } from './timeline';

/** An event placed earlier on the timeline than an event the flow says comes before it. */
export interface OutOfOrderEvent {
  /** The event that is too far left. */
  readonly event: Sticky;
  /** The event that leads to it (through a policy and a command) but stands right of it. */
  readonly after: Sticky;
}

/**
 * Events the flow orders: `before` leads to `after` when `before` activates a policy that
 * issues a command whose outcomes (`eventsOfCommand`) include `after`. The timeline runs
 * left to right, so `after` placed left of `before` (a smaller left edge) is out of
 * order. One finding per pair, in timeline order of the misplaced event.
 */
export function outOfOrderEvents(index: BoardIndex): OutOfOrderEvent[] {
  const out: OutOfOrderEvent[] = [];
  for (const before of index.board.stickies) {
    if (before.kind !== 'event') continue;
    const seen = new Set<string>();
    for (const policy of policiesOfEvent(index, before.id)) {
      for (const command of commandsIssuedBy(index, policy.id)) {
        for (const { event: after } of eventsOfCommand(index, command.id)) {
          if (seen.has(after.id) || after.id === before.id) continue;
          seen.add(after.id);
          if (after.position.x < before.position.x) out.push({ event: after, after: before });
        }
      }
    }
  }
  return out.sort((a, b) => compareTimeline(a.event, b.event));
}
