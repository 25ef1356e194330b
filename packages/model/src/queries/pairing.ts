import type { Sticky } from '../schema/Sticky';
import type { BoardIndex } from './boardIndex';
import { namesPair } from '../english/pastForms';
import { commandsOfAggregate, eventsOfProducer, targetsOfCommand } from './flow';

/**
 * The events a command most likely leads to. The grammar links command → aggregate →
 * event, so an aggregate sticky with several commands and events does not say which
 * command gives which event: when several events are possible, keep those whose name
 * holds the past of the command's verb ("Change Price" → "Price Changed"); when none
 * does, or the command is its aggregate's only command, every event counts.
 */
export function resultingEvents(index: BoardIndex, commandId: string): Sticky[] {
  const command = index.stickyById.get(commandId);
  if (!command) return [];
  const out = new Map<string, Sticky>();
  for (const target of targetsOfCommand(index, commandId)) {
    const events = eventsOfProducer(index, target.id);
    const shared = events.length > 1 && commandsOfAggregate(index, target.id).length > 1;
    const paired = shared ? events.filter((e) => namesPair(command.text, e.text)) : [];
    for (const event of paired.length > 0 ? paired : events) out.set(event.id, event);
  }
  return [...out.values()];
}
