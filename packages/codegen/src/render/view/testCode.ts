import type { AggregatePlan, CommandPlan, ContextPlan, EventPlan, PolicyPlan, ReadModelPlan } from '../../plan/types';
import { eventExample } from '../../specs/asyncapi';
import { exampleKey, exampleObject } from '../../specs/examples';
import { commandExample } from '../../specs/openapi';
import { str } from '../tsCode';
import { commandCode, creates, hasBody } from './commandCode';
import { policyIdProp } from './policyCode';
import { keyPartProp, rowFind, rowKeyField } from './projectionCode';

/**
 * The generated contract tests: each is a complete `test(...)` block. They call every
 * operation with example data and check responses against openapi.yaml and emitted
 * events against asyncapi.yaml (via test/support/harness.ts).
 */
const json = (value: unknown) => JSON.stringify(value);

function block(title: string, body: readonly string[]): string {
  return [`test(${str(title)}, async (t) => {`, '  const h = await Harness.start();', '  try {', ...body.map((l) => `    ${l}`), '  } finally {', '    await h.close();', '  }', '});'].join('\n');
}

function missingKey(agg: AggregatePlan): string {
  return agg.idField?.type === 'uuid' ? '00000000-0000-4000-8000-000000000000' : 'no-such-id';
}

/** Names of every event the command may produce (its success and rejection outcomes). */
const outcomeNames = (command: CommandPlan): string[] => [...new Set(command.events.map((e) => e.pascal))];

/** A state the command is accepted in (the first recorded), or null without a lifecycle. */
function acceptedState(command: CommandPlan): string | null {
  const lifecycle = command.aggregate.lifecycle;
  if (!lifecycle) return null;
  return command.acceptedIn?.[0] ?? lifecycle.states[0] ?? null;
}

/** Stores an example aggregate (test data, not runtime defaults) in `state` when it has a lifecycle. */
function seed(agg: AggregatePlan, id: string, state: string | null = null): string {
  const item = { [agg.idParam]: id, ...(agg.lifecycle ? { [agg.lifecycle.prop]: state ?? agg.lifecycle.states[0] } : {}), ...exampleObject(agg.fields) };
  return `await h.service.repositories.${agg.camel}.save(${json(item)});`;
}

/** The arguments after `reason` of a refusal default: a stand-in that throws for open values. */
const openArg = (command: CommandPlan) => (commandCode(command).open.empty ? '' : ', h.unmapped as never');

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
  if (takesId) lines.push(seed(agg, id, acceptedState(command)));
  lines.push(`const reply = await h.call(${str(method)}, ${str(path)}${opts(takesId ? id : null, body)});`);
  // A value the board leaves open answers 501 until people supply it: the test is a TODO then.
  // …and openapi.yaml documents that 501 answer (only operations with open values have one).
  lines.push(`if (reply.status === 501) h.expectResponse(reply, ${str(method)}, ${str(path)}, 501);`);
  lines.push('if (h.openTodo(t, reply)) return;');
  lines.push(`h.expectResponse(reply, ${str(method)}, ${str(path)}, ${status});`);
  // Accepted: exactly one outcome, the success event (never its rejection as well).
  const emits = ['get', 'list'].includes(command.http.kind) ? [] : command.success.slice(0, 1).map((e) => e.pascal);
  lines.push(`h.expectOutcome(${json(emits)}, ${json(outcomeNames(command))});`);
  const target = agg.lifecycle && command.success[0] ? agg.lifecycle.leadsTo.get(command.success[0].id) : undefined;
  if (agg.lifecycle && target !== undefined && command.http.kind !== 'delete') {
    // The success event moves the aggregate to its state, stored.
    const stored = creates(command) ? `(reply.body as { ${agg.idParam}: string }).${agg.idParam}` : str(id);
    lines.push(`assert.equal((await h.service.repositories.${agg.camel}.get(${stored}))?.${agg.lifecycle.prop}, ${str(target)});`);
  }
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

/** A state the lifecycle does not accept the command in, if any. */
function refusedState(command: CommandPlan): string | null {
  const lifecycle = command.aggregate.lifecycle;
  if (!lifecycle || command.acceptedIn === null || creates(command)) return null;
  return lifecycle.states.find((s) => !command.acceptedIn?.includes(s)) ?? null;
}

/** Lifecycle: in a state it is not accepted in, the command answers 409, publishes only its rejection (if any), changes nothing. */
function lifecycleTest(command: CommandPlan, state: string): string {
  const agg = command.aggregate;
  const { method, path } = command.http;
  const id = exampleKey(agg.idParam, agg.idField);
  const body = hasBody(command) ? `, body: ${json(commandExample(command))}` : '';
  const rejection = command.rejections[0]?.pascal;
  const lines = [
    seed(agg, id, state),
    `const before = await h.service.repositories.${agg.camel}.get(${str(id)});`,
    `const reply = await h.call(${str(method)}, ${str(path)}, { params: { ${agg.idParam}: ${str(id)} }${body} });`,
    'if (h.openTodo(t, reply)) return;',
    `h.expectResponse(reply, ${str(method)}, ${str(path)}, 409);`,
    `h.expectOutcome(${json(rejection ? [rejection] : [])}, ${json(outcomeNames(command))});`,
    `assert.deepEqual(await h.service.repositories.${agg.camel}.get(${str(id)}), before);`,
  ];
  return block(`${command.http.operationId} while ${state}: 409${rejection ? `, publishes ${rejection} only` : ', publishes nothing'}`, lines);
}

/** Refused by people's rule (the refusal default): exactly one outcome, the rejection event, and 409 (the state unchanged). */
function refusalTest(command: CommandPlan): string {
  const agg = command.aggregate;
  const id = exampleKey(agg.idParam, agg.idField);
  const input = [creates(command) ? '' : `${agg.idParam}: ${str(id)}`, hasBody(command) ? `body: ${json(commandExample(command))}` : ''].filter(Boolean).join(', ');
  const lines: string[] = [];
  if (!creates(command)) lines.push(seed(agg, id, acceptedState(command)), `const before = await h.service.repositories.${agg.camel}.get(${str(id)});`);
  lines.push(`const refused: unknown = await agg_${agg.camel}.refuse.${command.camel}(h.service.context, { ${input} }, 'refused in a test'${openArg(command)}).catch((error: unknown) => error);`);
  lines.push('if (h.openTodo(t, refused)) return;');
  lines.push('assert.equal(toProblem(refused).status, 409);');
  lines.push(`h.expectOutcome(${json([command.rejections[0]?.pascal ?? ''])}, ${json(outcomeNames(command))});`);
  if (!creates(command)) lines.push(`assert.deepEqual(await h.service.repositories.${agg.camel}.get(${str(id)}), before);`);
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
 * commands whose id the event carries), seeded in a state their command is accepted in.
 */
function seedsFor(ctx: ContextPlan, event: EventPlan, payload: Readonly<Record<string, unknown>>): string[] {
  const lines = new Set<string>();
  for (const policy of ctx.policies) {
    if (!policy.triggers.includes(event)) continue;
    for (const issued of policy.issues) {
      if (issued.kind !== 'local' || ['create', 'collectionAction', 'list'].includes(issued.command.http.kind)) continue;
      const prop = policyIdProp(issued.command, policy.mappings.get(issued.command.id), event);
      const id = prop === null ? undefined : payload[prop];
      if (typeof id === 'string') lines.add(seed(issued.command.aggregate, id, acceptedState(issued.command)));
    }
  }
  return [...lines];
}

function readModelTest(ctx: ContextPlan, rm: ReadModelPlan): string {
  const lines = [
    ...rm.events.flatMap((e) => [...seedsFor(ctx, e, eventExample(e)), inject(e)]),
    'if (h.openTodo(t)) return;',
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
    else if (issued.kind === 'local' && !['get', 'list'].includes(issued.command.http.kind)) emitted.push(...issued.command.success.slice(0, 1).map((e) => e.pascal));
  }
  const lines = [
    ...seedsFor(ctx, event, example),
    inject(event),
    'if (h.openTodo(t)) return;',
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
    'if (h.openTodo(t)) return;',
    `h.expectEmitted([${str(event.pascal)}]);`,
  ]);
}

/**
 * A read model through one thin slice: its events that the slice holds, fed in the slice's
 * order (examples share their ids, so they name one row), then the row read back by its key
 * holds each field as the last event carrying it set it.
 */
function sliceProjectionTest(ctx: ContextPlan, rm: ReadModelPlan, slice: ContextPlan['slices'][number]): string | null {
  const inSlice = slice.eventIds.flatMap((id) => rm.events.filter((e) => e.id === id || e.aliasIds.includes(id)));
  const key = rowKeyField(rm);
  // Events that start a new row each time name no one row to read back.
  if (inSlice.length === 0 || !key || inSlice.some((e) => rowFind(rm, e).kind === 'creates')) return null;
  const examples = inSlice.map((e) => eventExample(e));
  /** The payload property carrying the key in each event, as the board decides (null: open, the test stops at its TODO). */
  const keyProps = inSlice.map((e) => {
    const find = rowFind(rm, e);
    const part = find.kind === 'find' ? find.parts.find((p) => p.keyField.prop === key.prop) : undefined;
    return part ? keyPartProp(e, part.source) : null;
  });
  const keyValue = examples.map((x, i) => { const prop = keyProps[i]; return prop ? x[prop] : undefined; }).find((v) => typeof v === 'string');
  if (typeof keyValue !== 'string') return null;
  const expected: Record<string, unknown> = { id: keyValue };
  if (key !== rm.idField) expected[key.prop] = keyValue;
  for (const f of rm.fields) {
    inSlice.forEach((e, i) => {
      const carried = f.prop === key.prop ? undefined : e.fields.find((g) => g.prop === f.prop && g.list === f.list && g.type === f.type);
      if (carried && examples[i]) expected[f.prop] = examples[i][f.prop];
    });
  }
  const lines = [
    ...inSlice.flatMap((e, i) => [...seedsFor(ctx, e, examples[i] ?? {}), `await h.inject(${str(e.pascal)}, ${json(examples[i])});`]),
    'if (h.openTodo(t)) return;',
    `const row = await h.call('get', ${str(rm.get.path)}, { params: { id: ${str(keyValue)} } });`,
    `h.expectResponse(row, 'get', ${str(rm.get.path)}, 200);`,
    `assert.deepEqual(Object.fromEntries(Object.entries(row.body as object).filter(([k]) => ${json(Object.keys(expected))}.includes(k))), ${json(expected)});`,
    `assert.equal(((await h.call('get', ${str(rm.list.path)})).body as unknown[]).length, 1, 'one row: every event of the slice names the same key');`,
  ];
  return block(`read model ${rm.pascal} through slice ${slice.name}: ${inSlice.map((e) => e.pascal).join(' → ')}`, lines);
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
      const refused = refusedState(command);
      if (refused !== null) tests.push(lifecycleTest(command, refused));
      if (command.rejections.length > 0 && !['get', 'list'].includes(command.http.kind)) tests.push(refusalTest(command));
    }
    tests.push(...queryTests(agg));
  }
  for (const rm of ctx.readModels) {
    tests.push(readModelTest(ctx, rm));
    for (const slice of ctx.slices) {
      const test = sliceProjectionTest(ctx, rm, slice);
      if (test !== null) tests.push(test);
    }
  }
  for (const policy of ctx.policies) for (const event of policy.triggers) tests.push(policyTest(ctx, policy, event));
  for (const event of ctx.published) if (event.producer.kind !== 'aggregate') tests.push(publishTest(ctx, event));
  return tests;
}

