import type { KeySource, Outcome, ReadModelKey, RowLookup } from '../schema/Decisions';
import type { Field } from '../schema/Field';
import type { Sticky } from '../schema/Sticky';
import type { BoardIndex } from '../queries/boardIndex';
import { commandsOfAggregate, eventsOfProducer, eventsOfReadModel, targetsOfCommand } from '../queries/flow';
import { originalOfEvent, originOfEvent } from '../queries/channels';
import { fieldNameKey } from '../queries/decisions';
import { codeNameOf } from '../naming';
import { compareTimeline } from '../queries/timeline';
import { CREATE_VERBS, englishWords, NEVER_CREATE_VERBS, REJECTION_WORDS, sharedStems } from '../english/decisionWords';
import { namesPair } from '../english/pastForms';

// Heuristic suggestions for the decisions a board now holds explicitly. The UI shows them
// pre-filled for people to accept; migration v4 used them once to keep old boards' meaning.
// Nothing that generates code calls them.

const centre = (s: Sticky) => ({ x: s.position.x + s.size.width / 2, y: s.position.y + s.size.height / 2 });
const distance = (a: Sticky, b: Sticky) => {
  const ca = centre(a);
  const cb = centre(b);
  return Math.hypot(ca.x - cb.x, ca.y - cb.y);
};

/**
 * The command of `commands` most plausibly producing `event`: the verb/past-tense pairing
 * ("Pay Fine" → "Fine Paid") wins, shared word stems break ties, then the nearest sticky,
 * then board order.
 */
function likeliestCommand(event: Sticky, commands: readonly Sticky[], producer: Sticky): Sticky | undefined {
  const ignore = englishWords(producer.text);
  let best: Sticky | undefined;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (const command of commands) {
    const score = (namesPair(command.text, event.text) ? 10 : 0) + sharedStems(command.text, event.text, ignore);
    const d = distance(command, event);
    if (score > bestScore || (score === bestScore && d < bestDistance)) {
      best = command;
      bestScore = score;
      bestDistance = d;
    }
  }
  return best;
}

/** Whether `event` reads as the refusal of `command` ("Reserve Space" → "Space Refused"). */
export function looksLikeRejection(command: Sticky, event: Sticky): boolean {
  return !namesPair(command.text, event.text) && englishWords(event.text).some((w) => REJECTION_WORDS.has(w));
}

/**
 * Suggested outcomes of a command: every event its aggregate (or external system)
 * produces goes to the one command of that producer that most plausibly emits it, and is
 * a rejection when it reads like a refusal, else a success.
 */
export function suggestOutcomes(index: BoardIndex, commandId: string): Outcome[] {
  const command = index.stickyById.get(commandId);
  if (command?.kind !== 'command') return [];
  const out: Outcome[] = [];
  for (const producer of targetsOfCommand(index, commandId)) {
    const commands = commandsOfAggregate(index, producer.id);
    for (const event of eventsOfProducer(index, producer.id)) {
      if (likeliestCommand(event, commands, producer)?.id !== commandId || out.some((o) => o.eventId === event.id)) continue;
      out.push({ eventId: event.id, kind: looksLikeRejection(command, event) ? 'rejection' : 'success' });
    }
  }
  return out;
}

/**
 * Suggested creating command of an aggregate: the first command (left to right) whose
 * verb creates and that names the aggregate ("Place Order" on Order), else the left-most
 * command unless its verb never creates ("Cancel Order"); undefined when none fits.
 */
export function suggestCreatingCommand(index: BoardIndex, aggregateId: string): string | undefined {
  const aggregate = index.stickyById.get(aggregateId);
  if (aggregate?.kind !== 'aggregate') return undefined;
  const aggregateWords = englishWords(aggregate.text);
  const commands = [...commandsOfAggregate(index, aggregateId)].sort(compareTimeline);
  const creates = commands.find((c) => {
    const [verb = '', ...rest] = englishWords(c.text);
    return CREATE_VERBS.has(verb) && (rest.length === 0 || aggregateWords.every((w) => rest.includes(w)));
  });
  if (creates) return creates.id;
  const first = commands[0];
  return first && !NEVER_CREATE_VERBS.has(englishWords(first.text)[0] ?? '') ? first.id : undefined;
}

const canBeRowKey = (f: Field) => !f.list && (f.type === 'string' || f.type === 'uuid' || f.type === 'text');
/** "id", "order id", "orderId", "order_id": a field that names an identity. */
const namesAnId = (name: string) => /(^|[\s_-])id$/i.test(name) || /[a-z\d]Id$/.test(name);

/** Where `event` most plausibly carries `keyField`: a required single field of the same name, else its aggregate's id when the key names that aggregate. */
function suggestKeySource(index: BoardIndex, eventId: string, keyField: string): KeySource | undefined {
  const original = originalOfEvent(index, eventId);
  const carried = original?.fields?.find((f) => f.required && canBeRowKey(f) && fieldNameKey(f.name) === fieldNameKey(keyField));
  if (carried) return { kind: 'eventField', field: carried.name };
  const origin = original ? originOfEvent(index, original.id) : undefined;
  if (origin?.kind === 'aggregate' && fieldNameKey(`${codeNameOf(origin.aggregate)}Id`) === fieldNameKey(keyField)) return { kind: 'aggregateId' };
  return undefined;
}

/**
 * Suggested way for `eventId` to find a row keyed by `keyFields`: per key field the
 * event's field of the same name, else its aggregate's id when the key names that
 * aggregate; undefined unless every key field is found that way.
 */
export function suggestRowLookup(index: BoardIndex, eventId: string, keyFields: readonly string[]): RowLookup | undefined {
  const parts: Extract<RowLookup, { kind: 'find' }>['parts'] = [];
  for (const keyField of keyFields) {
    const source = suggestKeySource(index, eventId, keyField);
    if (!source) return undefined;
    parts.push({ keyField, source });
  }
  return parts.length > 0 ? { kind: 'find', parts } : undefined;
}

/**
 * Suggested row key of a read model: its "id" field, else its first single id field
 * ("customer id" rows); per updating event, the event field of the same name, else the
 * id of the aggregate producing it when the key names that aggregate. Events with
 * neither are left out (open, for people to decide); undefined when no field looks like
 * a key.
 */
export function suggestReadModelKey(index: BoardIndex, readModelId: string): ReadModelKey | undefined {
  const readModel = index.stickyById.get(readModelId);
  if (readModel?.kind !== 'readModel') return undefined;
  const fields = (readModel.fields ?? []).filter(canBeRowKey);
  const keyField = fields.find((f) => fieldNameKey(f.name) === 'id') ?? fields.find((f) => namesAnId(f.name));
  if (!keyField) return undefined;
  const events: ReadModelKey['events'] = [];
  for (const event of eventsOfReadModel(index, readModelId)) {
    const row = suggestRowLookup(index, event.id, [keyField.name]);
    if (row) events.push({ eventId: event.id, row });
  }
  return { fields: [keyField.name], events };
}
