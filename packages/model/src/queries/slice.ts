import type { BoardIndex } from './boardIndex';
import {
  commandsIssuedBy,
  commandsOfAggregate,
  issuersOfCommand,
  policiesOfEvent,
  producersOfEvent,
  readModelsOfEvent,
} from './flow';
import { commandsOfEvent } from './decisions';

/** The stickies a thin slice touches. */
export interface SliceScope {
  readonly sliceId: string;
  /** The slice's events that exist, in slice order. */
  readonly eventIds: readonly string[];
  /**
   * Everything around those events: their producers, the commands leading to them
   * (those recording the event as an outcome, see `eventsOfCommand`) and who issues them, the policies and read models the events feed, and
   * the commands those policies issue.
   */
  readonly stickyIds: ReadonlySet<string>;
  /** The commands among `stickyIds`. */
  readonly commandIds: ReadonlySet<string>;
}

/** What a thin slice touches, or null when there is no slice with that id. */
export function sliceScope(index: BoardIndex, sliceId: string): SliceScope | null {
  const slice = index.board.slices.find((s) => s.id === sliceId);
  if (!slice) return null;
  const eventIds = slice.eventIds.filter((id) => index.stickyById.get(id)?.kind === 'event');
  const stickyIds = new Set<string>(eventIds);
  const commandIds = new Set<string>();
  const addCommand = (id: string) => {
    commandIds.add(id);
    stickyIds.add(id);
    for (const issuer of issuersOfCommand(index, id)) stickyIds.add(issuer.id);
  };
  for (const eventId of eventIds) {
    for (const producer of producersOfEvent(index, eventId)) {
      stickyIds.add(producer.id);
      for (const command of commandsOfAggregate(index, producer.id)) {
        if (commandsOfEvent(index, eventId).includes(command)) addCommand(command.id);
      }
    }
    for (const readModel of readModelsOfEvent(index, eventId)) stickyIds.add(readModel.id);
    for (const policy of policiesOfEvent(index, eventId)) {
      stickyIds.add(policy.id);
      for (const command of commandsIssuedBy(index, policy.id)) addCommand(command.id);
    }
  }
  return { sliceId, eventIds, stickyIds, commandIds };
}
