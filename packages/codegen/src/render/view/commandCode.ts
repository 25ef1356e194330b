import type { AggregatePlan, CommandPlan, EventPlan, FieldPlan } from '../../plan/types';
import type { Source } from '../tsCode';
import { clockSource, commentText, fill, lifecycleStateSource, objectLiteral, sourcesOf, str, tsType } from '../tsCode';
import { OpenValues } from './openValues';

/** The `input` type a command handler takes. */
export function inputType(command: CommandPlan): string {
  const { kind } = command.http;
  const id = `${command.aggregate.idParam}: string`;
  if (kind === 'list') return 'Record<string, never>';
  if (kind === 'create' || kind === 'collectionAction') return `{ body: ${command.requestType} }`;
  if (kind === 'get' || kind === 'delete') return `{ ${id} }`;
  return `{ ${id}; body: ${command.requestType} }`;
}

/** What a command handler resolves to. */
export function resultType(command: CommandPlan): string {
  const { kind } = command.http;
  if (kind === 'list') return `${command.aggregate.pascal}[]`;
  if (kind === 'delete') return 'void';
  return command.aggregate.pascal;
}

export function hasBody(command: CommandPlan): boolean {
  return !['list', 'get', 'delete'].includes(command.http.kind);
}

/** The aggregate's own fields plus its key, as sources read from `expr`. */
export function aggregateSources(agg: AggregatePlan, expr: string): Source[] {
  const key: Source = { expr: `${expr}.${agg.idParam}`, field: { prop: agg.idParam, type: agg.idField?.type ?? 'string', list: false }, optional: false };
  return [key, ...sourcesOf(expr, agg.fields)];
}

/** Whether the command brings a new aggregate into existence (`POST` on the collection). */
export function creates(command: CommandPlan): boolean {
  return command.http.kind === 'create' || command.http.kind === 'collectionAction';
}

/** The open values of one command's default (and refusal): members take `current` unless it creates. */
export function commandOpen(command: CommandPlan): OpenValues {
  const c = creates(command);
  return new OpenValues(c ? '' : `current: ${command.aggregate.pascal}`, c ? '' : 'current', command.name || command.pascal);
}

/** Whether the command's request has a field of this name. */
const carriesField = (command: CommandPlan, f: FieldPlan): boolean => command.fields.some((c) => c.prop === f.prop);

/**
 * A field named for the lifecycle state (`status`, `state`) gets the state `leadsTo`, unless the
 * request carries a field of that name (e.g. an address's `state`): what the caller sent is data.
 */
function stateUnlessCarried(command: CommandPlan, f: FieldPlan, leadsTo: string | null): Source | null {
  return carriesField(command, f) ? null : lifecycleStateSource(f, leadsTo);
}

/** The same rule as a plain value for other targets: the state `f` takes from `leadsTo`, or null. */
export function lifecycleStateUnlessCarried(command: CommandPlan, f: FieldPlan, leadsTo: string | null): string | null {
  return stateUnlessCarried(command, f, leadsTo) === null ? null : leadsTo;
}

/** `${pascal}Open`: the interface of a command's open values. */
export const openTypeName = (command: CommandPlan): string => `${command.pascal}Open`;

/** `events.x({ ... }, ctx.clock())` for one emitted event; required fields nobody carries become open values. */
export function eventCall(event: EventPlan, sources: readonly Source[], keyExpr: string, indent: string, open: OpenValues, command: CommandPlan): string {
  const entries: [string, string][] = [];
  // The key of an event an aggregate emits is that aggregate's id.
  if (event.keyProp) entries.push([event.keyProp, keyExpr]);
  for (const f of event.fields) {
    const clock = clockSource(f);
    const state = stateUnlessCarried(command, f, event.leadsTo);
    const value = fill(f, [...(state ? [state] : []), ...sources, ...(clock ? [clock] : [])], () =>
      open.use(f.prop, tsType(f), `${event.pascal}.${f.prop}`, `neither the request of ${command.name || command.pascal} nor the ${command.aggregate.pascal} carries it`),
    );
    if (value !== null) entries.push([f.prop, value]);
  }
  return `events.${event.camel}(${objectLiteral(entries, indent)}, ctx.clock())`;
}

/** The lifecycle state literal a command's success leads to, or null (state unchanged / no lifecycle). */
function resultingState(command: CommandPlan): string | null {
  const lifecycle = command.aggregate.lifecycle;
  const success = command.success[0];
  const state = lifecycle && success ? lifecycle.leadsTo.get(success.id) : undefined;
  return state === undefined ? null : str(state);
}

/** `if (!accepted) return refuse…` when the lifecycle limits the states the command is accepted in. */
function lifecycleGuard(command: CommandPlan, open: OpenValues): string[] {
  const lifecycle = command.aggregate.lifecycle;
  if (!lifecycle || command.acceptedIn === null || creates(command)) return [];
  const states = `[${command.acceptedIn.map(str).join(', ')}]`;
  const what = commentText(command.name || command.pascal).replace(/[`$\\]/g, '');
  return [
    `  if (!(${states} as readonly string[]).includes(current.${lifecycle.prop})) {`,
    `    return refuse.${command.camel}(ctx, input, \`${what} is not accepted while the ${command.aggregate.pascal} is \${current.${lifecycle.prop}}.\`${open.empty ? '' : ', open'});`,
    '  }',
  ];
}

/**
 * Body of the default handler: load (or create), check the lifecycle, apply the body,
 * move to the success event's state, save, publish that one event, return.
 */
export function commandBody(command: CommandPlan, open: OpenValues): string {
  const agg = command.aggregate;
  const repo = `ctx.repositories.${agg.camel}`;
  const lines: string[] = [];
  const notFound = `throw new NotFoundError(\`No ${agg.pascal} with id \${input.${agg.idParam}}.\`);`;
  const publish = (stateExpr: string, body: boolean) => {
    const sources = [...(body ? sourcesOf('input.body', command.fields) : []), ...aggregateSources(agg, stateExpr)];
    // One outcome per call: the (first) success event when the command is accepted.
    const success = command.success[0];
    if (success) lines.push(`  await ctx.publish(${eventCall(success, sources, `${stateExpr}.${agg.idParam}`, '  ', open, command)});`);
    for (const other of command.success.slice(1)) lines.push(`  // TODO: the board also records ${commentText(other.pascal)} as a success of this command; publish it instead when it applies.`);
  };
  const state = resultingState(command);
  const success = command.success[0];
  const stateEntry = (): string => (agg.lifecycle && state !== null ? `, ${agg.lifecycle.prop}: ${state}` : '');
  const applyBody = (base: string) => {
    const sources = [...sourcesOf('input.body', command.fields), ...aggregateSources(agg, 'current')];
    const entries: [string, string][] = [];
    for (const f of agg.fields) {
      const moved = stateUnlessCarried(command, f, success?.leadsTo ?? null);
      if (!moved && !carriesField(command, f)) continue;
      const value = fill(f, moved ? [moved] : sources);
      if (value !== null) entries.push([f.prop, value]);
    }
    const rest = entries.map(([k, v]) => `, ${k}: ${v}`).join('');
    return `{ ...${base}${rest}${stateEntry()} }`;
  };
  switch (command.http.kind) {
    case 'list':
      return `  return ${repo}.list();`;
    case 'get':
      return [`  const current = await ${repo}.get(input.${agg.idParam});`, `  if (!current) ${notFound}`, '  return current;'].join('\n');
    case 'delete':
      lines.push(`  const current = await ${repo}.get(input.${agg.idParam});`, `  if (!current) ${notFound}`, ...lifecycleGuard(command, open), `  await ${repo}.delete(input.${agg.idParam});`);
      publish('current', false);
      return lines.join('\n');
    case 'create':
    case 'collectionAction': {
      if (command.idField) {
        lines.push(`  const id = input.body.${agg.idParam} ?? ctx.newId();`);
        lines.push(`  if (await ${repo}.get(id)) throw new ConflictError(\`${agg.pascal} \${id} already exists.\`);`);
      } else {
        lines.push('  const id = ctx.newId();');
      }
      lines.push(`  const next: ${agg.pascal} = ${newAggregate(command, open)};`);
      lines.push(`  await ${repo}.save(next);`);
      publish('next', true);
      lines.push('  return next;');
      return lines.join('\n');
    }
    case 'update':
    case 'replace':
    case 'action': {
      lines.push(`  const current = await ${repo}.get(input.${agg.idParam});`, `  if (!current) ${notFound}`, ...lifecycleGuard(command, open));
      lines.push(`  const next: ${agg.pascal} = ${applyBody('current')};`);
      lines.push(`  await ${repo}.save(next);`);
      publish('next', true);
      lines.push('  return next;');
      return lines.join('\n');
    }
  }
}

/**
 * The aggregate a creating command brings into existence: its id, the state its success
 * event leads to, each field from the request (or the clock for a moment field, or empty
 * for a list); any other required field is an open value, never a neutral literal.
 */
function newAggregate(command: CommandPlan, open: OpenValues): string {
  const agg = command.aggregate;
  const entries: [string, string][] = [[agg.idParam, 'id']];
  if (agg.lifecycle) {
    const state = resultingState(command);
    const why = command.success[0]
      ? `the board records no state that ${command.success[0].pascal} leads to (Aggregate Design Canvas)`
      : `${command.name || command.pascal} records no success event, so no state it leads to`;
    entries.push([agg.lifecycle.prop, state ?? open.use(agg.lifecycle.prop, agg.lifecycle.typeName, `${agg.pascal}.${agg.lifecycle.prop}`, why)]);
  }
  const sources = sourcesOf('input.body', command.fields);
  for (const f of agg.fields) {
    const clock = clockSource(f);
    const state = stateUnlessCarried(command, f, command.success[0]?.leadsTo ?? null);
    const value = fill(f, [...(state ? [state] : []), ...sources, ...(clock ? [clock] : [])], () =>
      f.list ? '[]' : open.use(f.prop, tsType(f), `${agg.pascal}.${f.prop}`, `the request of ${command.name || command.pascal} does not carry it`),
    );
    if (value !== null) entries.push([f.prop, value]);
  }
  return objectLiteral(entries, '  ');
}

/** Whether the command can be refused (every command that changes something: by its lifecycle or by people's rules). */
export function hasRefusal(command: CommandPlan): boolean {
  return !['get', 'list'].includes(command.http.kind);
}

/**
 * Body of the command's refusal default: publish its (first) rejection event, if the
 * board records one, filled from the request, the current state and `reason`, and
 * answer 409 problem+json (RefusedError: the rejection event commits, the state does not change).
 */
export function refusalBody(command: CommandPlan, open: OpenValues): string {
  const agg = command.aggregate;
  const rejection = command.rejections[0];
  const repo = `ctx.repositories.${agg.camel}`;
  const lines: string[] = [];
  const reason: Source = { expr: 'reason', field: { prop: 'reason', type: 'string', list: false }, optional: false };
  if (rejection) {
    let keyExpr: string;
    const sources = [reason, ...(hasBody(command) ? sourcesOf('input.body', command.fields) : [])];
    if (creates(command)) {
      keyExpr = command.idField ? `input.body.${agg.idParam} ?? ctx.newId()` : 'ctx.newId()';
    } else {
      lines.push(`    const current = await ${repo}.get(input.${agg.idParam});`);
      lines.push(`    if (!current) throw new NotFoundError(\`No ${agg.pascal} with id \${input.${agg.idParam}}.\`);`);
      sources.push(...aggregateSources(agg, 'current'));
      keyExpr = `current.${agg.idParam}`;
    }
    lines.push(`    await ctx.publish(${eventCall(rejection, sources, keyExpr, '    ', open, command)});`);
  }
  lines.push(`    throw new RefusedError(\`${commentText(command.pascal)} refused: \${reason}\`);`);
  return lines.join('\n');
}

/** A command's default and refusal bodies and the values the board leaves open in them. */
export interface CommandCode {
  readonly body: string;
  readonly refusal: string;
  readonly open: OpenValues;
}

/** Renders a command's code twice: the first pass collects its open values, so both bodies know the final set. */
export function commandCode(command: CommandPlan): CommandCode {
  const open = commandOpen(command);
  commandBody(command, open);
  refusalBody(command, open);
  return { body: commandBody(command, open), refusal: refusalBody(command, open), open };
}

/** One-line description of what the default handler does, for doc comments. */
export function commandSummary(command: CommandPlan): string {
  const emitted = command.success[0]?.pascal ?? 'no event';
  const article = /^[AEIOU]/.test(command.aggregate.pascal) ? 'an' : 'a';
  const what: Record<CommandPlan['http']['kind'], string> = {
    create: `creates ${article} ${command.aggregate.pascal}`,
    collectionAction: `creates ${article} ${command.aggregate.pascal}`,
    update: `updates the ${command.aggregate.pascal}`,
    replace: `replaces the ${command.aggregate.pascal}`,
    action: `changes the ${command.aggregate.pascal}`,
    delete: `removes the ${command.aggregate.pascal}`,
    get: `reads one ${command.aggregate.pascal}`,
    list: `lists every ${command.aggregate.pascal}`,
  };
  const emits = ['get', 'list'].includes(command.http.kind) ? '' : ` and publishes ${emitted}`;
  const refused = command.rejections[0] ? ` Refusing it (refuse.${command.camel}) publishes ${command.rejections[0].pascal} instead.` : '';
  return `${what[command.http.kind]}${emits}.${refused}`;
}

/** `Place Order (POST /orders)` style title for comments and tests. */
export function commandTitle(command: CommandPlan): string {
  return commentText(`${command.name || command.pascal} (${command.http.method.toUpperCase()} ${command.http.path})`);
}

export { str };
