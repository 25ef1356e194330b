import type { Board, BoardIndex, FieldSource, ReadModelKeyView, Sticky } from '@stormscape/model';
import {
  codeNameOf, commandsIssuedBy, contextOfSticky, eventsOfPolicy, policyMapping, eventsOfReadModel, neighbours, pluralWords, policiesOfEvent, readModelKeyOf, readModelsOfEvent, targetsOfCommand,
} from '@stormscape/model';
import type { ReservedNameSink } from '../naming/Namer';
import { Namer, lowerFirst, safeName } from '../naming/Namer';
import { kebabWords, oneLine, pascalWords, words } from '../naming/words';
import { displayName } from '../naming/words';
import { planFields } from './fields';
import type { ContextNaming } from './planAggregates';
import { planAggregate } from './planAggregates';
import { planEvents } from './planEvents';
import { planTimers } from './planTimers';
import { TEMPLATE_NAMES } from './reservedNames';
import { contextSlugsOf, eventDocuments, eventTypeNames } from './contractNames';
import { analyseBoard } from './structure';
import { borisCalls } from './borisCalls';
import type { SnapDecisions } from './snapDecisions';
import { snapDecisions } from './snapDecisions';
import type {
  AggregatePlan, CommandPlan, ContextPlan, EventFlow, EventPlan, FieldPlan, FieldValueSource, IssuedCommand, IssuedMapping, OutboundPlan, PolicyPlan, ProjectPlan, ReadModelPlan, RowFindPlan, RowKeyPlan,
} from './types';

/** Raised for a request that cannot be planned (e.g. an unknown `--context`). */
export class CodegenError extends Error {
  override readonly name = 'CodegenError';
}

export interface PlanOptions {
  /** Context names or ids to generate; all when empty. */
  readonly contexts?: readonly string[];
}

const HEALTH = 'getHealth';

/**
 * Reads a board as a design and resolves everything generation needs: aggregates with
 * their commands and HTTP routes, events with channels, read models, policies, outbound
 * calls, and names that are safe and unique. Pure and deterministic.
 */
export function buildPlan(board: Board, options: PlanOptions = {}): ProjectPlan {
  const structure = analyseBoard(board);
  const { index } = structure;
  const warnings: string[] = [];
  const reservedSeen = new Set<string>();
  const noteReserved: ReservedNameSink = (reserved, renamed) => {
    if (reservedSeen.has(reserved)) return;
    reservedSeen.add(reserved);
    warnings.push(`"${reserved}" is a reserved word in generated TypeScript, so it is named "${renamed}" in the contracts and code; set a code name to choose another.`);
  };
  const contextSlug = contextSlugsOf(structure);

  // Aggregates and commands, per context.
  const namings = new Map<string, ContextNaming>();
  const aggregatesByContext = new Map<string, AggregatePlan[]>();
  const aggregateByGroupSticky = new Map<string, AggregatePlan>();
  const commandPlans = new Map<string, CommandPlan>();
  // An event's type name is shared by its publisher's and its subscribers' code, so plan
  // event names first and reserve them in the contexts that show the event.
  const eventStickies = collectEvents(board, structure);
  const eventDocs = eventDocuments(structure, eventStickies);
  const eventPascal = eventTypeNames(board, structure, eventStickies, eventDocs, noteReserved);
  const reservedEventNames = new Map<string, string[]>();
  for (const [eventId, docs] of eventDocs) {
    const base = eventPascal.get(eventId) as string;
    for (const doc of docs) reservedEventNames.set(doc, [...(reservedEventNames.get(doc) ?? []), base, `${base}Payload`, `${base}Event`]);
  }
  const snaps = new Map<string, SnapDecisions>();
  for (const context of board.contexts) {
    if (snaps.has(context.id)) continue;
    const snap = snapDecisions(structure, context.id, oneLine(context.name) || 'Unnamed context');
    snaps.set(context.id, snap);
    warnings.push(...snap.warnings);
  }
  for (const contextId of board.contexts.map((c) => c.id)) {
    const naming: ContextNaming = { names: new Namer([...TEMPLATE_NAMES, ...(reservedEventNames.get(contextId) ?? [])], noteReserved), collections: new Namer(['health']), routes: new Set([`get /health`]), onReserved: noteReserved };
    namings.set(contextId, naming);
    const aggs = structure.groups.filter((g) => g.contextId === contextId).map((g) => planAggregate(g, structure, naming, snaps.get(contextId)?.dismissedApis));
    aggregatesByContext.set(contextId, aggs);
    for (const agg of aggs) {
      for (const id of agg.stickyIds) aggregateByGroupSticky.set(id, agg);
      for (const command of agg.commands) commandPlans.set(command.id, command);
    }
  }

  const events = planEvents(structure, eventStickies, (id) => aggregateByGroupSticky.get(id), eventPascal, noteReserved);
  for (const group of structure.groups) {
    for (const [commandId, outcomes] of group.outcomesOf) {
      const command = commandPlans.get(commandId);
      if (!command) continue;
      for (const { event, kind } of outcomes) {
        const plan = events.get(event.id);
        if (plan) (kind === 'success' ? command.success : command.rejections).push(plan);
      }
      command.events.push(...command.success, ...command.rejections);
      const where = board.contexts.find((c) => c.id === group.contextId)?.name ?? '';
      if (command.success.length > 1) {
        warnings.push(`${where}: command "${command.name}" records ${command.success.length} success events; a call publishes one, so the default publishes ${command.success[0]?.pascal} and the others are left to its handler.`);
      }
      if (command.rejections.length > 1) {
        warnings.push(`${where}: command "${command.name}" records ${command.rejections.length} rejection events; refusing it publishes ${command.rejections[0]?.pascal} and the others are left to its handler.`);
      }
      if (outcomes.length === 0 && !['get', 'list'].includes(command.http.kind)) {
        warnings.push(`${where}: command "${command.name}" records no outcome, so its operation publishes no event.`);
      }
    }
  }
  for (const { command, event } of structure.strayOutcomes) {
    warnings.push(`command "${displayName(command)}" records "${displayName(event)}" as an outcome, but its aggregate does not produce that event, so it is not published.`);
  }
  const eventOf = (id: string): EventPlan | undefined => {
    const canonical = structure.canonicalEvent(id);
    return canonical ? events.get(canonical.id) : undefined;
  };

  const externalTargetOf = (command: Sticky): Sticky | undefined => targetsOfCommand(index, command.id).find((t) => t.kind === 'externalSystem');
  // What the team decided on Boris: which sync calls each service makes, which it does not.
  const calls = borisCalls(structure);
  warnings.push(...calls.warnings);

  const contexts: ContextPlan[] = [];
  for (const context of board.contexts) {
    const naming = namings.get(context.id) as ContextNaming;
    const members = (index.membersByContext.get(context.id) ?? []).filter((s) => contextOfSticky(index, s.id) === context.id);
    const ofKind = (kind: Sticky['kind']) => members.filter((s) => s.kind === kind);

    const snap = snaps.get(context.id);
    const readModels = ofKind('readModel').map((rm) => planReadModel(rm, naming, eventOf, eventsOfReadModel(index, rm.id), readModelKeyOf(index, rm.id), neighbours(index, rm.id, 'in', 'observes', ['actor']).map(displayName), snap?.dismissedApis.has(rm.id) === true));

    const outbound = new Map<string, OutboundPlan>();
    const outboundFor = (command: Sticky): OutboundPlan => {
      const existing = outbound.get(command.id);
      if (existing) return existing;
      const plan = planOutbound(command, naming, commandPlans.get(command.id), structure.groupOfCommand.get(command.id)?.contextId, board, externalTargetOf(command));
      outbound.set(command.id, plan);
      return plan;
    };
    const dropped = calls.droppedFrom.get(context.id) ?? new Map<string, 'hidden' | 'async'>();
    const policies: PolicyPlan[] = ofKind('policy').map((policy) => {
      const pascal = naming.names.family(codeNameOf(policy), 'policy', []);
      const issues: IssuedCommand[] = commandsIssuedBy(index, policy.id).map((command): IssuedCommand => {
        const local = commandPlans.get(command.id);
        if (local && structure.groupOfCommand.get(command.id)?.contextId === context.id) return { kind: 'local', command: local };
        const why = dropped.get(command.id);
        if (why) return { kind: 'dropped', commandId: command.id, name: displayName(command), why };
        return { kind: 'outbound', outbound: outboundFor(command) };
      });
      const triggers = unique(eventsOfPolicy(index, policy.id).map((e) => eventOf(e.id)));
      const mappings = new Map<string, IssuedMapping>();
      for (const m of policyMapping(index, policy.id)) {
        const fields = new Map<string, FieldValueSource>();
        for (const f of m.fields) fields.set(oneLine(f.field.name), valueSource(f.source, f.origin === 'stale', index));
        mappings.set(m.command.id, { commandId: m.command.id, fields });
      }
      return { id: policy.id, name: displayName(policy), description: policy.description.trim(), pascal, camel: lowerFirst(pascal), mode: policy.policyMode ?? 'automated', triggers, issues, mappings };
    });
    for (const command of ofKind('command')) {
      if (!structure.groupOfCommand.has(command.id) && externalTargetOf(command) && !dropped.has(command.id)) outboundFor(command);
      if (!structure.groupOfCommand.has(command.id) && targetsOfCommand(index, command.id).length === 0) {
        warnings.push(`${context.name}: command "${displayName(command)}" is not invoked on an aggregate or external system, so it has no operation.`);
      }
    }

    for (const command of calls.callsFrom.get(context.id) ?? []) {
      if (structure.groupOfCommand.get(command.id)?.contextId !== context.id) outboundFor(command);
    }

    const aggregates = aggregatesByContext.get(context.id) ?? [];
    const published = [...events.values()].filter((e) => e.ownerContextId === context.id);
    const heard = [...policies.flatMap((p) => p.triggers), ...readModels.flatMap((r) => r.events)];
    const subscribed = unique(heard.filter((e) => e.ownerContextId !== context.id));
    const externals = new Map<string, string>();
    for (const s of ofKind('externalSystem')) externals.set(s.id, displayName(s));
    for (const o of outbound.values()) if (o.target.kind === 'external') externals.set(o.target.id, o.target.name);
    for (const e of subscribed) if (e.producer.kind === 'external') externals.set(e.producer.id, e.producer.name);
    const actors = new Set(ofKind('actor').map(displayName).filter(Boolean));
    for (const agg of aggregates) for (const c of agg.commands) for (const a of c.actors) actors.add(a);

    const scheduling = planTimers(oneLine(context.name) || 'Unnamed context', published, (id) => index.stickyById.get(id)?.schedule, (id) => events.get(id));
    warnings.push(...scheduling.open.map((o) => o.why));

    contexts.push({
      id: context.id,
      name: oneLine(context.name) || 'Unnamed context',
      purpose: context.canvas.purpose.trim(),
      slug: contextSlug.get(context.id) ?? 'service',
      pascal: safeName(codeNameOf(context), 'pascal', 'service', noteReserved),
      camel: safeName(codeNameOf(context), 'camel', 'service', noteReserved),
      aggregates,
      readModels,
      policies,
      published,
      subscribed,
      outbound: [...outbound.values()],
      externals: [...externals].map(([id, name]) => ({ id, name })),
      risks: [...ofKind('hotspot').map((h) => ({ id: h.id, text: displayName(h), description: h.description.trim(), resolved: h.resolved === true })), ...(snap?.manualRisks ?? [])],
      snapNotes: snap?.notes ?? [],
      actors: [...actors],
      slices: board.slices.map((slice) => ({ name: oneLine(slice.name), eventIds: [...slice.eventIds] })),
      healthOperationId: HEALTH,
      timers: scheduling.timers,
      unscheduled: scheduling.open,
    });
  }

  for (const s of board.stickies) if (s.kind === 'aggregate' && contextOfSticky(index, s.id) === null) warnings.push(`aggregate "${displayName(s)}" is outside every bounded context, so nothing is generated for it.`);

  const selected = selectContexts(contexts, options.contexts ?? []);
  return { boardName: oneLine(board.name), contexts: selected, flows: flowsOf(contexts, events), syncCalls: syncCallsOf(contexts), warnings };
}

/** A model field source in plan terms (a stale source counts as unmapped, remembering why). */
function valueSource(source: FieldSource, stale: boolean, index: BoardIndex): FieldValueSource {
  if (stale || source.kind === 'unmapped') return { kind: 'unmapped', stale };
  if (source.kind === 'eventField') return { kind: 'eventField', field: oneLine(source.field) };
  if (source.kind === 'constant') return { kind: 'constant', value: source.value };
  const readModel = index.stickyById.get(source.readModelId);
  return { kind: 'readModel', readModelName: readModel ? displayName(readModel) : source.readModelId, field: oneLine(source.field) };
}

function unique<T>(items: readonly (T | undefined)[]): T[] {
  return [...new Set(items.filter((i): i is T => i !== undefined))];
}

/** Event stickies that take part: produced by a planned aggregate, heard by a context, or in one. */
function collectEvents(board: Board, structure: ReturnType<typeof analyseBoard>): Sticky[] {
  const { index } = structure;
  const out = new Map<string, Sticky>();
  for (const e of board.stickies) {
    if (e.kind !== 'event' || structure.canonicalEvent(e.id)?.id !== e.id || out.has(e.id)) continue;
    const producer = structure.producerOf(e.id);
    const ids = [e.id, ...structure.aliasesOf(e.id)];
    const heard = ids.some((id) => [...policiesOfEvent(index, id), ...readModelsOfEvent(index, id)].some((t) => contextOfSticky(index, t.id) !== null));
    if (producer.kind === 'aggregate' || heard || contextOfSticky(index, e.id) !== null) out.set(e.id, e);
  }
  return [...out.values()];
}

/**
 * The plan of a read model's row key, from the board's decision: key fields as planned
 * fields, and per updating event (by its plan id; a copy stands for its original, the
 * first sticky feeding the read model wins) how the row is found.
 */
function planRowKey(view: ReadModelKeyView | undefined, idField: FieldPlan | null, fields: readonly FieldPlan[], eventOf: (id: string) => EventPlan | undefined): RowKeyPlan {
  const fieldNamed = (name: string) => (idField?.name === oneLine(name) ? idField : fields.find((f) => f.name === oneLine(name)));
  const keyFields = (view?.keyFields ?? []).flatMap((f) => fieldNamed(f.name) ?? []);
  const rows = new Map<string, RowFindPlan>();
  for (const row of view?.events ?? []) {
    const plan = eventOf(row.event.id);
    if (!plan || rows.has(plan.id)) continue;
    if (row.kind === 'find') {
      const parts = row.parts.flatMap((p) => {
        const keyField = fieldNamed(p.keyField.name);
        return keyField ? [{ keyField, source: p.source.kind === 'aggregateId' ? p.source : { kind: 'eventField' as const, field: oneLine(p.source.field) } }] : [];
      });
      rows.set(plan.id, { kind: 'find', parts });
    } else rows.set(plan.id, row.kind === 'creates' ? { kind: 'creates' } : { kind: 'open', why: row.why });
  }
  return { fields: keyFields, rows };
}

function planReadModel(sticky: Sticky, naming: ContextNaming, eventOf: (id: string) => EventPlan | undefined, sources: readonly Sticky[], keyView: ReadModelKeyView | undefined, observers: string[], dismissed: boolean): ReadModelPlan {
  const name = displayName(sticky);
  const code = codeNameOf(sticky);
  const pascal = naming.names.family(code, 'read model', ['Projection']);
  const collection = naming.collections.unique(safeName(kebabWords(pluralWords(words(code))), 'kebab', 'views'));
  const { key, fields } = planFields(sticky.fields, 'id', [], naming.onReserved);
  const plural = pascalWords(pluralWords(words(code))) || `${pascal}Rows`;
  const col = `/${collection}`;
  const item = `${col}/{id}`;
  naming.routes.add(`get ${col}`);
  naming.routes.add(`get ${item}`);
  return {
    id: sticky.id,
    name,
    description: sticky.description.trim(),
    pascal,
    camel: lowerFirst(pascal),
    collection,
    idField: key,
    fields,
    events: unique(sources.map((s) => eventOf(s.id))),
    rowKey: planRowKey(keyView, key, fields, eventOf),
    list: { method: 'get', path: col, kind: 'list', operationId: naming.names.unique(lowerFirst(`List${safeName(plural, 'pascal', 'rows')}`)), status: 200 },
    get: { method: 'get', path: item, kind: 'get', operationId: naming.names.unique(lowerFirst(`Get${pascal}`)), status: 200 },
    observers,
    dismissed,
  };
}

function planOutbound(command: Sticky, naming: ContextNaming, handled: CommandPlan | undefined, handledIn: string | undefined, board: Board, external: Sticky | undefined): OutboundPlan {
  const name = displayName(command);
  const pascal = naming.names.family(codeNameOf(command), 'command', ['Request']);
  const target: OutboundPlan['target'] = handled && handledIn
    ? { kind: 'context', contextId: handledIn, contextName: oneLine(board.contexts.find((c) => c.id === handledIn)?.name ?? ''), method: handled.http.method, path: handled.http.path, operationId: handled.http.operationId }
    : external
      ? { kind: 'external', id: external.id, name: displayName(external) }
      : { kind: 'none' };
  return { commandId: command.id, name, description: command.description.trim(), camel: lowerFirst(pascal), requestType: `${pascal}Request`, fields: planFields(command.fields, null, [], naming.onReserved).fields, target };
}

function selectContexts(contexts: ContextPlan[], wanted: readonly string[]): ContextPlan[] {
  if (wanted.length === 0) return contexts;
  const chosen = new Set<ContextPlan>();
  for (const w of wanted) {
    const key = oneLine(w).toLowerCase();
    const match = contexts.find((c) => c.id === w) ?? contexts.find((c) => c.name.toLowerCase() === key || c.slug === key);
    if (!match) throw new CodegenError(`No bounded context named "${w}". Known: ${contexts.map((c) => `"${c.name}" (${c.id})`).join(', ') || 'none'}.`);
    chosen.add(match);
  }
  return contexts.filter((c) => chosen.has(c));
}

function flowsOf(contexts: readonly ContextPlan[], events: ReadonlyMap<string, EventPlan>): EventFlow[] {
  const flows: EventFlow[] = [];
  for (const event of events.values()) {
    const to = contexts.filter((c) => c.subscribed.includes(event)).map((c) => c.name);
    if (to.length === 0) continue;
    const from = event.producer.kind === 'external' ? event.producer.name : (contexts.find((c) => c.id === event.ownerContextId)?.name ?? 'unknown');
    flows.push({ event, from, to });
  }
  return flows;
}

function syncCallsOf(contexts: readonly ContextPlan[]): ProjectPlan['syncCalls'] {
  return contexts.flatMap((c) =>
    c.outbound.flatMap((o) => (o.target.kind === 'context' ? [{ from: c.name, to: o.target.contextName, command: o.name }] : o.target.kind === 'external' ? [{ from: c.name, to: o.target.name, command: o.name }] : [])),
  );
}
