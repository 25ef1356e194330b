import type { AggregatePlan, CommandPlan, ContextPlan, HttpPlan, ReadModelPlan } from '../../plan/types';
import { keySchema } from '../../specs/jsonSchema';
import { rowKeySchema } from '../../specs/schemasOf';
import { str } from '../tsCode';
import { hasBody } from './commandCode';

/** One Fastify route: registration call pieces and the handler body. */
export interface RouteView {
  readonly method: string;
  readonly path: string;
  readonly generic: string;
  readonly options: string;
  readonly body: string;
}

/** `/orders/{orderId}` → `/orders/:orderId`. */
export function fastifyPath(path: string): string {
  return path.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1');
}

function paramsSchema(name: string, schema: object): string {
  return JSON.stringify({ type: 'object', required: [name], properties: { [name]: schema } });
}

function route(http: HttpPlan, generic: string[], options: string[], body: string[]): RouteView {
  return {
    method: http.method,
    path: str(fastifyPath(http.path)),
    generic: generic.length > 0 ? `<{ ${generic.join('; ')} }>` : '',
    options: options.length > 0 ? `{ schema: { ${options.join(', ')} } }, ` : '',
    body: body.map((l) => `    ${l}`).join('\n'),
  };
}

function commandRoute(command: CommandPlan): RouteView {
  const agg = command.aggregate;
  const { http } = command;
  const takesId = http.path.includes('{');
  const generic: string[] = [];
  const options: string[] = [];
  const args: string[] = [];
  if (takesId) {
    generic.push(`Params: { ${agg.idParam}: string }`);
    options.push(`params: ${paramsSchema(agg.idParam, keySchema(agg.idField, 'id'))}`);
    args.push(`${agg.idParam}: request.params.${agg.idParam}`);
  }
  if (hasBody(command)) {
    generic.push(`Body: ${command.requestType}`);
    options.push(`body: schemas.${command.requestType}`);
    args.push('body: request.body');
  }
  // Every command runs under If-Match (on an existing item) and answers the ETag of what it saved.
  const key = takesId ? `request.params.${agg.idParam}` : 'undefined';
  const ifMatch = takesId ? `request.headers['if-match']` : 'undefined';
  const call = `await deps.conditional(${str(agg.camel)}, ${key}, ${ifMatch}, () => deps.commands.${command.camel}({ ${args.join(', ')} }))`;
  const check = http.kind === 'list' ? `checks[${str(`${agg.pascal}[]`)}]` : `checks.${agg.pascal}`;
  let body: string[];
  if (http.kind === 'delete') body = [`${call};`, 'return reply.code(204).send();'];
  else if (http.kind === 'list') body = [`const run = ${call};`, `return send(reply, ${http.status}, ${check}, run.result);`];
  else {
    body = [`const run = ${call};`, `tag(reply, await run.etag(run.result.${agg.idParam}));`];
    if (http.status === 201) body.push(`void reply.header('location', \`/${agg.collection}/\${encodeURIComponent(run.result.${agg.idParam})}\`);`);
    body.push(`return send(reply, ${http.status}, ${check}, run.result);`);
  }
  return route(http, generic, options, body);
}

function aggregateQuery(agg: AggregatePlan, http: HttpPlan): RouteView {
  if (http.kind === 'list') return route(http, [], [], [`return send(reply, 200, checks[${str(`${agg.pascal}[]`)}], await deps.repositories.${agg.camel}.list());`]);
  return route(http, [`Params: { ${agg.idParam}: string }`], [`params: ${paramsSchema(agg.idParam, keySchema(agg.idField, 'id'))}`], [
    `const item = await deps.repositories.${agg.camel}.get(request.params.${agg.idParam});`,
    `if (!item) throw new NotFoundError(\`No ${agg.pascal} with id \${request.params.${agg.idParam}}.\`);`,
    `const version = await deps.repositories.${agg.camel}.version(request.params.${agg.idParam});`,
    `tag(reply, version === undefined ? undefined : etagOf(version));`,
    `return send(reply, 200, checks.${agg.pascal}, item);`,
  ]);
}

function readModelRoutes(rm: ReadModelPlan): RouteView[] {
  return [
    route(rm.list, [], [], [`return send(reply, 200, checks[${str(`${rm.pascal}[]`)}], await deps.readModels.${rm.camel}.list());`]),
    route(rm.get, ['Params: { id: string }'], [`params: ${paramsSchema('id', rowKeySchema(rm))}`], [
      `const row = await deps.readModels.${rm.camel}.get(request.params.id);`,
      `if (!row) throw new NotFoundError(\`No ${rm.pascal} row \${request.params.id}.\`);`,
      `return send(reply, 200, checks.${rm.pascal}, row);`,
    ]),
  ];
}

/** Every route of the context except /health (which the template writes itself). */
export function routeViews(ctx: ContextPlan): RouteView[] {
  const routes: RouteView[] = [];
  for (const agg of ctx.aggregates) {
    for (const command of agg.commands) routes.push(commandRoute(command));
    for (const q of agg.queries) routes.push(aggregateQuery(agg, q));
  }
  for (const rm of ctx.readModels) routes.push(...readModelRoutes(rm));
  return routes;
}

/** Response validators the routes use: `Name` and `Name[]` for each record schema. */
export function responseChecks(ctx: ContextPlan): { key: string; schema: string }[] {
  const names = [...ctx.aggregates.map((a) => a.pascal), ...ctx.readModels.map((r) => r.pascal)];
  return [
    { key: 'HealthStatus', schema: 'schemas.HealthStatus' },
    ...names.flatMap((n) => [
      { key: n, schema: `schemas.${n}` },
      { key: str(`${n}[]`), schema: `{ type: 'array', items: schemas.${n} }` },
    ]),
  ];
}
