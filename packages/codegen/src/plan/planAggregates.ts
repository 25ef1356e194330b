import type { Sticky } from '@stormscape/model';
import { codeNameOf, issuersOfCommand, lifecycleOf, pluralWords } from '@stormscape/model';
import type { Namer, ReservedNameSink } from '../naming/Namer';
import { Namer as NewNamer, lowerFirst, safeName } from '../naming/Namer';
import { kebabWords, oneLine, pascalWords, words } from '../naming/words';
import { displayName } from '../naming/words';
import { planFields } from './fields';
import type { AggregateGroup, BoardStructure } from './structure';
import type { AggregatePlan, CommandPlan, HttpMethod, HttpPlan, LifecyclePlan, OperationKind } from './types';
import { actionWords, commandWords, namesAggregate } from './verbs';

/** Per-context naming state shared by the planners of one context. */
export interface ContextNaming {
  /** Types and values (case-insensitive, so `Order` also claims `order`). */
  readonly names: Namer;
  /** First path segments (collections). */
  readonly collections: Namer;
  /** `METHOD path` pairs already used. */
  readonly routes: Set<string>;
  /** Hears of names that were reserved words (for generation warnings). */
  readonly onReserved?: ReservedNameSink;
}

function http(method: HttpMethod, path: string, kind: OperationKind, operationId: string): HttpPlan {
  return { method, path, kind, operationId, status: kind === 'create' || kind === 'collectionAction' ? 201 : kind === 'delete' ? 204 : 200 };
}

function claim(naming: ContextNaming, method: HttpMethod, path: string): boolean {
  const key = `${method} ${path}`;
  if (naming.routes.has(key)) return false;
  naming.routes.add(key);
  return true;
}

/** HTTP mapping of one command (reference §6 verb heuristics, falling back to an action). */
function commandHttp(command: Sticky, creating: readonly string[], agg: AggregatePlan, aggWords: readonly string[], naming: ContextNaming, segments: Namer, operationId: string): HttpPlan {
  const col = `/${agg.collection}`;
  const item = `${col}/{${agg.idParam}}`;
  const cw = commandWords(codeNameOf(command));
  const segment = () => segments.unique(safeName(kebabWords(actionWords(codeNameOf(command), aggWords)), 'kebab', 'action'));
  if (creating[0] === command.id && claim(naming, 'post', col)) return http('post', col, 'create', operationId);
  if (creating.includes(command.id)) {
    let path = `${col}/${segment()}`;
    while (!claim(naming, 'post', path)) path = `${col}/${segment()}`;
    return http('post', path, 'collectionAction', operationId);
  }
  const plain = namesAggregate(cw.rest, aggWords);
  const plural = cw.rest.join(' ') === pluralWords(aggWords).join(' ');
  if (cw.verbClass === 'update' && plain && claim(naming, 'patch', item)) return http('patch', item, 'update', operationId);
  if (cw.verbClass === 'replace' && plain && claim(naming, 'put', item)) return http('put', item, 'replace', operationId);
  if (cw.verbClass === 'delete' && plain && claim(naming, 'delete', item)) return http('delete', item, 'delete', operationId);
  if (cw.verbClass === 'get' && plain && claim(naming, 'get', item)) return http('get', item, 'get', operationId);
  if (cw.verbClass === 'list' && (plain || plural) && claim(naming, 'get', col)) return http('get', col, 'list', operationId);
  let path = `${item}/${segment()}`;
  while (!claim(naming, 'post', path)) path = `${item}/${segment()}`;
  return http('post', path, 'action', operationId);
}

/**
 * Plans one aggregate and its commands (without events; those are attached once every
 * event is planned). The creating command is the one recorded on the board.
 */
export function planAggregate(group: AggregateGroup, structure: BoardStructure, naming: ContextNaming, dismissed: ReadonlySet<string> = new Set()): AggregatePlan {
  const primary = group.stickies[0] as Sticky;
  const name = displayName(primary);
  const aggWords = words(codeNameOf(primary));
  const pascal = naming.names.family(codeNameOf(primary), 'aggregate', []);
  const camel = lowerFirst(pascal);
  const collection = naming.collections.unique(safeName(kebabWords(pluralWords(aggWords)), 'kebab', 'items'));
  const idParam = `${lowerFirst(pascal).replace(/_$/, '')}Id`;
  const merged = group.stickies.flatMap((s) => s.fields ?? []);
  const seen = new Set<string>();
  const uniqueFields = merged.filter((f) => (seen.has(f.name) ? false : (seen.add(f.name), true)));
  const { key, fields } = planFields(uniqueFields, idParam, [], naming.onReserved);
  // The lifecycle recorded on the group's first sticky that has states (reference §7).
  const lifecycles = group.stickies.map((s) => lifecycleOf(structure.index, s.id)).filter((l) => l !== undefined);
  const recorded = lifecycles.find((l) => l.states.length > 0);
  const acceptedIn = new Map<string, readonly string[] | null>();
  for (const l of lifecycles) for (const c of l.commands) if (c.acceptedIn !== null || !acceptedIn.has(c.command.id)) acceptedIn.set(c.command.id, c.acceptedIn);
  const lifecycle: LifecyclePlan | null = recorded
    ? {
        prop: fields.some((f) => f.prop === 'state') ? (fields.some((f) => f.prop === 'lifecycleState') ? 'lifecycleState_' : 'lifecycleState') : 'state',
        typeName: naming.names.unique(`${pascal}State`),
        states: recorded.states,
        leadsTo: new Map([...lifecycles.flatMap((l) => [...l.resultingState])].filter(([, state]) => recorded.states.includes(state))),
      }
    : null;
  const agg: AggregatePlan = {
    id: primary.id,
    stickyIds: group.stickies.map((s) => s.id),
    name,
    description: group.stickies.map((s) => s.description.trim()).filter(Boolean).join('\n\n'),
    pascal,
    camel,
    collection,
    idParam,
    idField: key,
    fields,
    commands: [],
    queries: [],
    events: [],
    lifecycle,
  };
  const segments = new NewNamer();
  for (const command of group.commands) {
    const cname = displayName(command);
    const cpascal = naming.names.family(codeNameOf(command), 'command', ['Request', 'Handler']);
    const ccamel = lowerFirst(cpascal);
    const planned = planFields(command.fields, idParam, [], naming.onReserved);
    const actors = issuersOfCommand(structure.index, command.id)
      .filter((s) => s.kind === 'actor' || s.kind === 'ui')
      .map((s) => displayName(s))
      .filter(Boolean);
    const plan: CommandPlan = {
      id: command.id,
      name: cname,
      description: oneLine(command.description) === '' ? '' : command.description.trim(),
      pascal: cpascal,
      camel: ccamel,
      requestType: `${cpascal}Request`,
      aggregate: agg,
      fields: planned.fields,
      idField: planned.key,
      http: commandHttp(command, group.creating, agg, aggWords, naming, segments, ccamel),
      events: [],
      success: [],
      rejections: [],
      actors,
      dismissed: dismissed.has(command.id),
      fileName: ccamel.replace(/_$/, ''),
      acceptedIn: lifecycle ? (acceptedIn.get(command.id) ?? null) : null,
    };
    agg.commands.push(plan);
  }
  const plural = pascalWords(pluralWords(aggWords)) || `${pascal}Items`;
  const col = `/${collection}`;
  if (claim(naming, 'get', col)) agg.queries.push(http('get', col, 'list', naming.names.unique(lowerFirst(`List${safeName(plural, 'pascal', 'items')}`))));
  const item = `${col}/{${idParam}}`;
  if (claim(naming, 'get', item)) agg.queries.push(http('get', item, 'get', naming.names.unique(lowerFirst(`Get${pascal}`))));
  return agg;
}
