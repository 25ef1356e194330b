import type { AggregatePlan, CommandPlan, ContextPlan, HttpPlan, ReadModelPlan } from '../plan/types';
import { commandCode } from '../render/view/commandCode';
import { exampleKey, exampleObject } from './examples';
import type { Json, JsonObject } from './jsonSchema';
import { HEALTH_SCHEMA, MONEY_SCHEMA, PROBLEM_SCHEMA, keySchema } from './jsonSchema';
import { aggregateSchema, openApiUsesMoney, readModelSchema, requestSchema, rowKeySchema } from './schemasOf';

const ref = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` });
const STYLE = { money: ref('Money'), trace: true };
const JSON_TYPE = 'application/json';
const PROBLEM_TYPE = 'application/problem+json';

const PROBLEMS: Readonly<Record<string, string>> = {
  BadRequest: 'The request could not be read (e.g. malformed JSON).',
  NotFound: 'No such item.',
  Conflict: 'The change breaks an invariant of the aggregate in its current state.',
  Unprocessable: 'The request is well-formed but invalid (schema or invariant); `errors` lists each invalid field.',
  PreconditionFailed: 'If-Match names a version that is no longer the current one (or the item does not exist): reload it and try again.',
  UnsupportedMediaType: 'The body is not `application/json`.',
  ClientError: 'Any other client error.',
  NotMapped: 'A value this operation needs is left open on the board (a `TODO(stormscape)` in its handler): the service cannot answer until a developer supplies it. `detail` names the value.',
};
const PROBLEM_STATUS: Readonly<Record<string, string>> = {
  BadRequest: '400',
  NotFound: '404',
  Conflict: '409',
  PreconditionFailed: '412',
  UnsupportedMediaType: '415',
  Unprocessable: '422',
  NotMapped: '501',
};

/** Optimistic concurrency: each aggregate's version is its ETag; commands on one take If-Match. */
const IF_MATCH_PARAMETER: JsonObject = {
  name: 'If-Match',
  in: 'header',
  required: false,
  description: 'The ETag of the version this change is based on (from an earlier answer). When it is no longer the current version the command is refused with 412 and changes nothing. `*` matches any existing version. Without it the command is unconditional.',
  schema: { type: 'string' },
  example: '"3"',
};
const ETAG_HEADER: JsonObject = { description: 'The version of the aggregate in this answer; send it back in If-Match.', schema: { type: 'string' }, example: '"3"' };
const ETAG = { ETag: { $ref: '#/components/headers/ETag' } };

function problem(name: keyof typeof PROBLEMS): [string, JsonObject] {
  return [PROBLEM_STATUS[name] ?? '500', { $ref: `#/components/responses/${name}` }];
}

/** Example request body for a command (also used by the generated tests). */
export function commandExample(command: CommandPlan): JsonObject {
  return exampleObject(command.fields);
}

function tagNames(ctx: ContextPlan): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>(['Service']);
  for (const item of [...ctx.aggregates, ...ctx.readModels]) {
    const wanted = item.name && !used.has(item.name.toLowerCase()) ? item.name : item.pascal;
    const name = used.has(wanted.toLowerCase()) ? `${item.pascal} (${item.id})` : wanted;
    used.add(name.toLowerCase());
    out.set(item.id, name);
  }
  return out;
}

function idParameter(name: string, schema: JsonObject, example: string): JsonObject {
  return { name, in: 'path', required: true, schema, example };
}

/** What an operation whose API the team dismissed on the SNAP-E sheet says about itself. */
const DISMISSED_NOTE = 'Dismissed on the SNAP-E sheet: generated only because its sticky is still on the board. Remove the sticky to drop it, or restore the entry.';

function commandOperation(command: CommandPlan, agg: AggregatePlan, tag: string): JsonObject {
  const { http } = command;
  const takesId = http.path.includes('{');
  const op: JsonObject = { operationId: http.operationId, summary: command.name || command.pascal, tags: [tag] };
  const description = [command.dismissed ? DISMISSED_NOTE : '', command.description].filter(Boolean).join('\n\n');
  if (description) op.description = description;
  op['x-stormscape-id'] = command.id;
  if (command.dismissed) op['x-stormscape-dismissed'] = true;
  if (command.actors.length > 0) op['x-actor'] = [...command.actors];
  // One outcome per call: a success event when accepted, a rejection event when refused.
  if (command.success.length > 0) op['x-stormscape-events'] = command.success.map((e) => e.pascal);
  if (command.rejections.length > 0) op['x-stormscape-rejections'] = command.rejections.map((e) => e.pascal);
  if (takesId) op.parameters = [idParameter(agg.idParam, keySchema(agg.idField, `Id of the ${agg.name || agg.pascal}`), exampleKey(agg.idParam, agg.idField)), { $ref: '#/components/parameters/IfMatch' }];
  const hasBody = http.method !== 'get' && http.method !== 'delete';
  if (hasBody) {
    op.requestBody = { required: true, content: { [JSON_TYPE]: { schema: ref(command.requestType), example: commandExample(command) } } };
  }
  const responses: [string, Json][] = [];
  if (http.status === 204) responses.push(['204', { description: `${agg.pascal} removed` }]);
  else if (http.kind === 'list') {
    responses.push(['200', { description: `Every ${agg.pascal}`, content: { [JSON_TYPE]: { schema: { type: 'array', items: ref(agg.pascal) } } } }]);
  } else {
    const description = http.status === 201 ? `${agg.pascal} created` : `${agg.pascal} after the command`;
    responses.push([String(http.status), { description, headers: ETAG, content: { [JSON_TYPE]: { schema: ref(agg.pascal) } } }]);
  }
  if (hasBody) responses.push(problem('BadRequest'));
  if (takesId) responses.push(problem('NotFound'));
  if (http.method !== 'get') responses.push(problem('Conflict'));
  if (takesId) responses.push(problem('PreconditionFailed'));
  if (hasBody) responses.push(problem('UnsupportedMediaType'));
  if (hasBody || takesId) responses.push(problem('Unprocessable'));
  // The generated handler throws notMapped(…) for what the board leaves open: 501 until people supply it.
  if (!commandCode(command).open.empty) responses.push(problem('NotMapped'));
  op.responses = Object.fromEntries(responses);
  return op;
}

function queryOperation(
  http: HttpPlan,
  item: { id: string; pascal: string; name: string; dismissed?: boolean },
  schemaName: string,
  param: JsonObject | null,
  tag: string,
  versioned = false,
): JsonObject {
  const list = http.kind === 'list';
  const op: JsonObject = {
    operationId: http.operationId,
    summary: list ? `List every ${item.name || item.pascal}` : `Get one ${item.name || item.pascal}`,
    ...(item.dismissed ? { description: DISMISSED_NOTE } : {}),
    tags: [tag],
    'x-stormscape-id': item.id,
    ...(item.dismissed ? { 'x-stormscape-dismissed': true } : {}),
  };
  if (param) op.parameters = [param];
  const schema = list ? { type: 'array', items: ref(schemaName) } : ref(schemaName);
  const ok: JsonObject = { description: list ? 'All items' : 'The item', ...(versioned && !list ? { headers: ETAG } : {}), content: { [JSON_TYPE]: { schema } } };
  const responses: [string, Json][] = [['200', ok]];
  if (param) responses.push(problem('NotFound'), problem('Unprocessable'));
  else responses.push(['4XX', { $ref: '#/components/responses/ClientError' }]);
  op.responses = Object.fromEntries(responses);
  return op;
}

function addOperation(paths: Map<string, JsonObject>, http: HttpPlan, op: JsonObject): void {
  const item = paths.get(http.path) ?? {};
  item[http.method] = op;
  paths.set(http.path, item);
}

function readModelParam(rm: ReadModelPlan): JsonObject {
  return idParameter('id', rowKeySchema(rm), 'id-1');
}

/** Whether any operation answers 501 (an unused component would be a lint warning). */
function usesNotMapped(paths: ReadonlyMap<string, JsonObject>): boolean {
  return [...paths.values()].some((item) => Object.values(item).some((op) => JSON.stringify(op).includes('#/components/responses/NotMapped')));
}

/**
 * The OpenAPI 3.1 document of one context (reference §6): commands → operations,
 * read models → GET operations, aggregates → tags and schemas, failures → problem+json.
 */
export function buildOpenApi(ctx: ContextPlan, boardName: string): JsonObject {
  const tags = tagNames(ctx);
  const paths = new Map<string, JsonObject>();
  addOperation(paths, { method: 'get', path: '/health', kind: 'get', operationId: ctx.healthOperationId, status: 200 }, {
    operationId: ctx.healthOperationId,
    summary: 'Health check',
    tags: ['Service'],
    security: [],
    responses: {
      '200': { description: 'The service is up', content: { [JSON_TYPE]: { schema: ref('HealthStatus') } } },
      '4XX': { $ref: '#/components/responses/ClientError' },
    },
  });
  const schemas: [string, JsonObject][] = [];
  for (const agg of ctx.aggregates) {
    const tag = tags.get(agg.id) ?? agg.pascal;
    schemas.push([agg.pascal, aggregateSchema(agg, STYLE)]);
    for (const command of agg.commands) {
      schemas.push([command.requestType, requestSchema(command, STYLE)]);
      addOperation(paths, command.http, commandOperation(command, agg, tag));
    }
    for (const q of agg.queries) {
      const param = q.kind === 'get' ? idParameter(agg.idParam, keySchema(agg.idField, `Id of the ${agg.name || agg.pascal}`), exampleKey(agg.idParam, agg.idField)) : null;
      addOperation(paths, q, queryOperation(q, agg, agg.pascal, param, tag, true));
    }
  }
  for (const rm of ctx.readModels) {
    const tag = tags.get(rm.id) ?? rm.pascal;
    schemas.push([rm.pascal, readModelSchema(rm, STYLE)]);
    addOperation(paths, rm.list, queryOperation(rm.list, rm, rm.pascal, null, tag));
    addOperation(paths, rm.get, queryOperation(rm.get, rm, rm.pascal, readModelParam(rm), tag));
  }
  if (openApiUsesMoney(ctx)) schemas.push(['Money', MONEY_SCHEMA]);
  schemas.push(['Problem', PROBLEM_SCHEMA], ['HealthStatus', HEALTH_SCHEMA]);

  const info: JsonObject = {
    title: `${ctx.name} service`,
    version: '0.1.0',
    description: [ctx.purpose, `Generated by Stormscape from the board "${boardName}". Do not edit: regenerate instead.`].filter(Boolean).join('\n\n'),
    license: { name: 'UNLICENSED', identifier: 'LicenseRef-UNLICENSED' },
    'x-stormscape-id': ctx.id,
  };
  const doc: JsonObject = {
    openapi: '3.1.0',
    info,
    servers: [{ url: '/', description: 'Wherever the service runs (PORT, default 3000)' }],
    security: [],
    tags: [
      { name: 'Service', description: 'Operational endpoints' },
      ...ctx.aggregates.map((a) => ({ name: tags.get(a.id) ?? a.pascal, description: a.description || `The ${a.name || a.pascal} aggregate`, 'x-stormscape-id': a.id })),
      ...ctx.readModels.map((r) => ({ name: tags.get(r.id) ?? r.pascal, description: r.description || `The ${r.name || r.pascal} read model`, 'x-stormscape-id': r.id })),
    ],
    paths: Object.fromEntries(paths),
    components: {
      schemas: Object.fromEntries(schemas),
      responses: Object.fromEntries(
        Object.entries(PROBLEMS).filter(([name]) => name !== 'NotMapped' || usesNotMapped(paths)).map(([name, description]) => [name, { description, content: { [PROBLEM_TYPE]: { schema: ref('Problem') } } }]),
      ),
      parameters: { IfMatch: IF_MATCH_PARAMETER },
      headers: { ETag: ETAG_HEADER },
    },
  };
  if (ctx.risks.length > 0) doc['x-risks'] = ctx.risks.map((r) => ({ 'x-stormscape-id': r.id, text: r.text, resolved: r.resolved, ...(r.description ? { note: r.description } : {}) }));
  return doc;
}
