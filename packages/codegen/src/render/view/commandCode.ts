import type { AggregatePlan, CommandPlan, EventPlan, FieldPlan } from '../../plan/types';
import type { Source } from '../tsCode';
import { commentText, defaultLiteral, fill, objectLiteral, sourcesOf, str } from '../tsCode';

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

/** `events.x({ ... }, ctx.clock())` for one emitted event. */
export function eventCall(event: EventPlan, sources: readonly Source[], stateExpr: string, idParam: string, indent: string): string {
  const entries: [string, string][] = [];
  // The key of an event an aggregate emits is that aggregate's id.
  if (event.keyProp) entries.push([event.keyProp, `${stateExpr}.${idParam}`]);
  for (const f of event.fields) {
    const value = fill(f, sources);
    if (value !== null) entries.push([f.prop, value]);
  }
  return `events.${event.camel}(${objectLiteral(entries, indent)}, ctx.clock())`;
}

/** Initial-state object literal: key plus every required field at its neutral value. */
export function initialLiteral(keyProp: string, keyExpr: string, fields: readonly FieldPlan[]): string {
  const entries: [string, string][] = [[keyProp, keyExpr], ...fields.filter((f) => f.required).map((f): [string, string] => [f.prop, defaultLiteral(f)])];
  return objectLiteral(entries, '  ');
}

/** Body of the default handler: load or create, apply the body, save, publish, return. */
export function commandBody(command: CommandPlan): string {
  const agg = command.aggregate;
  const repo = `ctx.repositories.${agg.camel}`;
  const lines: string[] = [];
  const notFound = `throw new NotFoundError(\`No ${agg.pascal} with id \${input.${agg.idParam}}.\`);`;
  const publish = (stateExpr: string, body: boolean) => {
    const sources = [...(body ? sourcesOf('input.body', command.fields) : []), ...aggregateSources(agg, stateExpr)];
    // One outcome per call: the (first) success event when the command is accepted.
    const success = command.success[0];
    if (success) lines.push(`  await ctx.publish(${eventCall(success, sources, stateExpr, agg.idParam, '  ')});`);
    for (const other of command.success.slice(1)) lines.push(`  // TODO: the board also records ${commentText(other.pascal)} as a success of this command; publish it instead when it applies.`);
  };
  const applyBody = (base: string) => {
    const sources = [...sourcesOf('input.body', command.fields), ...aggregateSources(agg, 'current')];
    const entries: [string, string][] = [];
    for (const f of agg.fields) {
      if (!command.fields.some((c) => c.prop === f.prop)) continue;
      const value = fill(f, sources);
      if (value !== null) entries.push([f.prop, value]);
    }
    const rest = entries.map(([k, v]) => `, ${k}: ${v}`).join('');
    return `{ ...${base}${rest} }`;
  };
  switch (command.http.kind) {
    case 'list':
      return `  return ${repo}.list();`;
    case 'get':
      return [`  const current = await ${repo}.get(input.${agg.idParam});`, `  if (!current) ${notFound}`, '  return current;'].join('\n');
    case 'delete':
      lines.push(`  const current = await ${repo}.get(input.${agg.idParam});`, `  if (!current) ${notFound}`, `  await ${repo}.delete(input.${agg.idParam});`);
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
      lines.push('  const current = initial(id);');
      lines.push(`  const next: ${agg.pascal} = ${applyBody('current')};`);
      lines.push(`  await ${repo}.save(next);`);
      publish('next', true);
      lines.push('  return next;');
      return lines.join('\n');
    }
    case 'update':
    case 'replace':
    case 'action': {
      lines.push(`  const current = await ${repo}.get(input.${agg.idParam});`, `  if (!current) ${notFound}`);
      lines.push(`  const next: ${agg.pascal} = ${applyBody('current')};`);
      lines.push(`  await ${repo}.save(next);`);
      publish('next', true);
      lines.push('  return next;');
      return lines.join('\n');
    }
  }
}

/** Whether the command can be refused with a recorded rejection event (and so has a `refuse` default). */
export function hasRefusal(command: CommandPlan): boolean {
  return command.rejections.length > 0 && !['get', 'list'].includes(command.http.kind);
}

/**
 * Body of the command's refusal default: publish its (first) rejection event, filled from
 * the request, the current state and `reason`, and answer 409 problem+json. The state is
 * not changed: a refused command leaves the aggregate as it was.
 */
export function refusalBody(command: CommandPlan): string {
  const agg = command.aggregate;
  const rejection = command.rejections[0];
  if (!rejection) return '';
  const repo = `ctx.repositories.${agg.camel}`;
  const lines: string[] = [];
  const creates = command.http.kind === 'create' || command.http.kind === 'collectionAction';
  if (creates) {
    lines.push(`    const current = initial(${command.idField ? `input.body.${agg.idParam} ?? ` : ''}ctx.newId());`);
  } else {
    lines.push(`    const current = await ${repo}.get(input.${agg.idParam});`);
    lines.push(`    if (!current) throw new NotFoundError(\`No ${agg.pascal} with id \${input.${agg.idParam}}.\`);`);
  }
  const reason: Source = { expr: 'reason', field: { prop: 'reason', type: 'string', list: false }, optional: false };
  const sources = [reason, ...(hasBody(command) ? sourcesOf('input.body', command.fields) : []), ...aggregateSources(agg, 'current')];
  lines.push(`    await ctx.publish(${eventCall(rejection, sources, 'current', agg.idParam, '    ')});`);
  lines.push(`    throw new ConflictError(\`${command.pascal} refused: \${reason}\`);`);
  return lines.join('\n');
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
  const refused = hasRefusal(command) ? ` Refusing it (refuse.${command.camel}) publishes ${command.rejections[0]?.pascal} instead.` : '';
  return `${what[command.http.kind]}${emits}.${refused}`;
}

/** `Place Order (POST /orders)` style title for comments and tests. */
export function commandTitle(command: CommandPlan): string {
  return commentText(`${command.name || command.pascal} (${command.http.method.toUpperCase()} ${command.http.path})`);
}

export { str };
