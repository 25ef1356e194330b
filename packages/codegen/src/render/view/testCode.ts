import type { AggregatePlan, CommandPlan, ContextPlan, EventPlan, PolicyPlan, ReadModelPlan } from '../../plan/types';
import { eventExample } from '../../specs/asyncapi';
import { exampleKey } from '../../specs/examples';
import { commandExample } from '../../specs/openapi';
import { str } from '../tsCode';
import { hasBody, hasRefusal } from './commandCode';
import { policyCallsLocal } from './policyCode';

/**
 * The generated contract tests: each is a complete `test(...)` block. They call every
 * operation with example data and check responses against openapi.yaml and emitted
 * events against asyncapi.yaml (via test/support/harness.ts).
 */
const json = (value: unknown) => JSON.stringify(value);

function block(title: string, body: readonly string[]): string {
  return [`test(${str(title)}, async () => {`, '  const h = await Harness.start();', '  try {', ...body.map((l) => `    ${l}`), '  } finally {', '    await h.close();', '  }', '});'].join('\n');
}

function missingKey(agg: AggregatePlan): string {
  return agg.idField?.type === 'uuid' ? '00000000-0000-4000-8000-000000000000' : 'no-such-id';
}

function seed(agg: AggregatePlan, id: string): string {
  return `await h.service.repositories.${agg.camel}.save(agg_${agg.camel}.initial(${str(id)}));`;
}

function commandTest(command: CommandPlan): string {
  const agg = command.aggregate;
  const { method, path, status } = command.http;
  const takesId = path.includes('{');
  const id = exampleKey(agg.idParam, agg.idField);
  const body = hasBody(command) ? json(commandExample(command)) : null;
  const opts = (idValue: string | null, bodyText: string | null) => {
    const parts = [idValue !== null ? `params: { ${agg.idParam}: ${str(idValue)} }` : '', bodyText !== null ? `body: ${bodyText}` : ''].filter(Boolean);
    return parts.length > 0 ? `, { ${parts.join(', ')} }` : '';
  };
  const lines: string[] = [];
  if (takesId) lines.push(seed(agg, id));
  lines.push(`const reply = await h.call(${str(method)}, ${str(path)}${opts(takesId ? id : null, body)});`);
  lines.push(`h.expectResponse(reply, ${str(method)}, ${str(path)}, ${status});`);
  // Accepted: exactly one outcome, the success event (never its rejection as well).
  const emits = ['get', 'list'].includes(command.http.kind) ? [] : command.success.slice(0, 1).map((e) => e.pascal);
  lines.push(`h.expectEmitted(${json(emits)});`);
  if (takesId) {
    lines.push(`const missing = await h.call(${str(method)}, ${str(path)}${opts(missingKey(agg), body)});`);
    lines.push(`h.expectResponse(missing, ${str(method)}, ${str(path)}, 404);`);
  }
  if (body !== null) {
    lines.push(`const invalid = await h.call(${str(method)}, ${str(path)}${opts(takesId ? id : null, '[]')});`);
    lines.push(`h.expectResponse(invalid, ${str(method)}, ${str(path)}, 422);`);
  }
  return block(`${command.http.operationId}: ${method.toUpperCase()} ${path}`, lines);
}

/** Refused: exactly one outcome, the rejection event, and 409 problem+json (the state unchanged). */
function refusalTest(command: CommandPlan): string {
  const agg = command.aggregate;
  const id = exampleKey(agg.idParam, agg.idField);
  const creates = command.http.kind === 'create' || command.http.kind === 'collectionAction';
  const input = [creates ? '' : `${agg.idParam}: ${str(id)}`, hasBody(command) ? `body: ${json(commandExample(command))}` : ''].filter(Boolean).join(', ');
  const lines: string[] = [];
  if (!creates) lines.push(seed(agg, id), `const before = await h.service.repositories.${agg.camel}.get(${str(id)});`);
  lines.push(`await assert.rejects(agg_${agg.camel}.refuse.${command.camel}(h.service.context, { ${input} }, 'refused in a test'), (error: unknown) => toProblem(error).status === 409);`);
  lines.push(`h.expectEmitted(${json([command.rejections[0]?.pascal ?? ''])});`);
  if (!creates) lines.push(`assert.deepEqual(await h.service.repositories.${agg.camel}.get(${str(id)}), before);`);
  return block(`${command.http.operationId} refused: publishes ${command.rejections[0]?.pascal ?? ''} only`, lines);
}

function queryTests(agg: AggregatePlan): string[] {
  return agg.queries.map((q) => {
    const id = exampleKey(agg.idParam, agg.idField);
    const lines = q.kind === 'get'
      ? [
          seed(agg, id),
          `h.expectResponse(await h.call('get', ${str(q.path)}, { params: { ${agg.idParam}: ${str(id)} } }), 'get', ${str(q.path)}, 200);`,
          `h.expectResponse(await h.call('get', ${str(q.path)}, { params: { ${agg.idParam}: ${str(missingKey(agg))} } }), 'get', ${str(q.path)}, 404);`,
        ]
      : [seed(agg, id), `h.expectResponse(await h.call('get', ${str(q.path)}), 'get', ${str(q.path)}, 200);`];
    return block(`${q.operationId}: GET ${q.path}`, lines);
  });
}

function inject(event: EventPlan): string {
  return `await h.inject(${str(event.pascal)}, ${json(eventExample(event))});`;
}

/**
 * Aggregates the context's policies will load when `event` arrives (non-creating local
 * commands whose id is in the payload), seeded so the reaction can succeed.
 */
function seedsFor(ctx: ContextPlan, event: EventPlan, payload: Readonly<Record<string, unknown>>): string[] {
  const lines = new Set<string>();
  for (const policy of ctx.policies) {
    if (!policy.triggers.includes(event)) continue;
    for (const issued of policy.issues) {
      if (issued.kind !== 'local' || !policyCallsLocal(issued.command, event)) continue;
      if (['create', 'collectionAction', 'list'].includes(issued.command.http.kind)) continue;
      const id = payload[issued.command.aggregate.idParam];
      if (typeof id === 'string') lines.add(seed(issued.command.aggregate, id));
    }
  }
  return [...lines];
}

function readModelTest(ctx: ContextPlan, rm: ReadModelPlan): string {
  const lines = [
    ...rm.events.flatMap((e) => [...seedsFor(ctx, e, eventExample(e)), inject(e)]),
    'h.expectEmitted([]);',
    `const list = await h.call('get', ${str(rm.list.path)});`,
    `h.expectResponse(list, 'get', ${str(rm.list.path)}, 200);`,
    'const rows = list.body as { id: string }[];',
  ];
  if (rm.events.length > 0) {
    lines.push(`assert.ok(rows.length > 0, ${str(`${rm.pascal}: the events should have produced a row`)});`);
    lines.push(`const one = await h.call('get', ${str(rm.get.path)}, { params: { id: rows[0]?.id ?? '' } });`);
    lines.push(`h.expectResponse(one, 'get', ${str(rm.get.path)}, 200);`);
  }
  lines.push(`h.expectResponse(await h.call('get', ${str(rm.get.path)}, { params: { id: 'no-such-row' } }), 'get', ${str(rm.get.path)}, 404);`);
  return block(`read model ${rm.pascal}: ${rm.events.map((e) => e.pascal).join(', ') || 'no events'} → GET ${rm.list.path}`, lines);
}

function policyTest(ctx: ContextPlan, policy: PolicyPlan, event: EventPlan): string {
  const example = eventExample(event);
  const emitted: string[] = [];
  const outbound: string[] = [];
  for (const issued of policy.issues) {
    if (issued.kind === 'outbound') outbound.push(issued.outbound.camel);
    else if (issued.kind === 'local' && policyCallsLocal(issued.command, event) && !['get', 'list'].includes(issued.command.http.kind)) emitted.push(...issued.command.success.slice(0, 1).map((e) => e.pascal));
  }
  const lines = [
    ...seedsFor(ctx, event, example),
    inject(event),
    `h.expectEmitted(${json([...new Set(emitted)])});`,
    `h.expectOutbound(${json([...new Set(outbound)])});`,
  ];
  return block(`policy ${policy.pascal} reacts to ${event.pascal}`, lines);
}

function publishTest(ctx: ContextPlan, event: EventPlan): string {
  const example = eventExample(event);
  const { eventId: _id, occurredAt: _at, ...fields } = example;
  return block(`publishes ${event.pascal} as documented`, [
    ...seedsFor(ctx, event, example),
    `await h.service.publish(events.${event.camel}(${json(fields)}));`,
    `h.expectEmitted([${str(event.pascal)}]);`,
  ]);
}

/** Every test block of a context's generated test file. */
export function contextTests(ctx: ContextPlan): string[] {
  const tests: string[] = [
    block('GET /health answers ok', [`h.expectResponse(await h.call('get', '/health'), 'get', '/health', 200);`]),
    block('unknown routes answer 404 problem+json', [
      `const reply = await h.call('get', '/no-such-route');`,
      'assert.equal(reply.status, 404);',
      "assert.match(reply.contentType, /application\\/problem\\+json/);",
    ]),
  ];
  for (const agg of ctx.aggregates) {
    for (const command of agg.commands) {
      tests.push(commandTest(command));
      if (hasRefusal(command)) tests.push(refusalTest(command));
    }
    tests.push(...queryTests(agg));
  }
  for (const rm of ctx.readModels) tests.push(readModelTest(ctx, rm));
  for (const policy of ctx.policies) for (const event of policy.triggers) tests.push(policyTest(ctx, policy, event));
  for (const event of ctx.published) if (event.producer.kind !== 'aggregate') tests.push(publishTest(ctx, event));
  return tests;
}

