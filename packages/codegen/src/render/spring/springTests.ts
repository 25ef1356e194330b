import type { AggregatePlan, CommandPlan, ContextPlan } from '../../plan/types';
import { eventExample } from '../../specs/asyncapi';
import { messagingView } from './springMessaging';
import { javaIdent, javaString } from '../../naming/javaNames';
import { exampleKey, exampleObject } from '../../specs/examples';
import { commandExample } from '../../specs/openapi';
import { creates, hasBody } from '../view/commandCode';
import { idVar, javaCommandCode } from './springCommand';
import { policyEffects } from './springPolicies';
import { calleeTests } from './springOutbound';

/**
 * The generated `@SpringBootTest` tests, one JUnit method each, with the TypeScript
 * target's cases (`view/testCode.ts`): every operation with example data (status, ETag,
 * exactly one outcome event in the outbox, the lifecycle state stored), 404 on a missing
 * id, 422 on an invalid body, 409 + rejection event in a refused state, the refusal
 * default, 412 on a stale If-Match, 415 on a non-JSON body, queries and read models.
 * A value the board leaves open answers 501: the test is then aborted as a TODO.
 */
const lit = (value: unknown): string => javaString(JSON.stringify(value));
const list = (names: readonly string[]): string => `List.of(${names.map(javaString).join(', ')})`;

export interface JavaTest {
  readonly name: string;
  readonly title: string;
  readonly body: string;
  readonly titleLiteral?: string;
}

function missingKey(agg: AggregatePlan): string {
  return agg.idField?.type === 'uuid' ? '00000000-0000-4000-8000-000000000000' : 'no-such-id';
}

const outcomeNames = (command: CommandPlan): string[] => [...new Set(command.events.map((e) => e.pascal))];

function acceptedState(command: CommandPlan): string | null {
  const lifecycle = command.aggregate.lifecycle;
  if (!lifecycle) return null;
  return command.acceptedIn?.[0] ?? lifecycle.states[0] ?? null;
}

function refusedState(command: CommandPlan): string | null {
  const lifecycle = command.aggregate.lifecycle;
  if (!lifecycle || command.acceptedIn === null || creates(command)) return null;
  return lifecycle.states.find((s) => !command.acceptedIn?.includes(s)) ?? null;
}

/** Stores an example aggregate (test data, not runtime defaults) in `state` when it has a lifecycle. */
function seed(agg: AggregatePlan, id: string, state: string | null = null): string {
  const lifecycleState = agg.lifecycle ? (state ?? agg.lifecycle.states[0] ?? null) : null;
  return `seed(${javaIdent(agg.camel)}Repository, new ${agg.pascal}Entity(${javaString(id)}, ${lifecycleState === null ? 'null' : javaString(lifecycleState)}), ${lit(exampleObject(agg.fields))});`;
}

const repo = (agg: AggregatePlan): string => `${javaIdent(agg.camel)}Repository`;

function commandTest(command: CommandPlan): JavaTest {
  const agg = command.aggregate;
  const { method, path, status } = command.http;
  const takesId = path.includes('{');
  const id = exampleKey(agg.idParam, agg.idField);
  const body = hasBody(command) ? lit(commandExample(command)) : 'null';
  const lines: string[] = [];
  if (takesId) lines.push(seed(agg, id, acceptedState(command)));
  lines.push(`Reply reply = call(${javaString(method.toUpperCase())}, ${javaString(path)}, ${takesId ? javaString(id) : 'null'}, ${body});`);
  lines.push('openTodo(reply);');
  lines.push(`expectStatus(reply, ${status});`);
  if (!['list', 'delete'].includes(command.http.kind)) lines.push('expectETag(reply);');
  const emits = ['get', 'list'].includes(command.http.kind) ? [] : command.success.slice(0, 1).map((e) => e.pascal);
  lines.push(`expectOutcome(${list(emits)}, ${list(outcomeNames(command))});`);
  const target = agg.lifecycle && command.success[0] ? agg.lifecycle.leadsTo.get(command.success[0].id) : undefined;
  if (agg.lifecycle && target !== undefined && command.http.kind !== 'delete') {
    const stored = creates(command) ? `String.valueOf(reply.map().get(${javaString(agg.idParam)}))` : javaString(id);
    lines.push(`assertEquals(${javaString(target)}, ${repo(agg)}.findById(${stored}).orElseThrow().getLifecycleState());`);
  }
  if (takesId) lines.push(`expectStatus(call(${javaString(method.toUpperCase())}, ${javaString(path)}, ${javaString(missingKey(agg))}, ${body}), 404);`);
  if (hasBody(command)) lines.push(`expectStatus(call(${javaString(method.toUpperCase())}, ${javaString(path)}, ${takesId ? javaString(id) : 'null'}, "[]"), 422);`);
  return { name: javaIdent(command.http.operationId), title: `${command.http.operationId}: ${method.toUpperCase()} ${path}`, body: lines.join('\n') };
}

function lifecycleTest(command: CommandPlan, state: string): JavaTest {
  const agg = command.aggregate;
  const { method, path } = command.http;
  const id = exampleKey(agg.idParam, agg.idField);
  const rejection = command.rejections[0]?.pascal;
  const lines = [
    seed(agg, id, state),
    `Object before = ${repo(agg)}.findById(${javaString(id)}).orElseThrow().json();`,
    `Reply reply = call(${javaString(method.toUpperCase())}, ${javaString(path)}, ${javaString(id)}, ${hasBody(command) ? lit(commandExample(command)) : 'null'});`,
    'openTodo(reply);',
    'expectStatus(reply, 409);',
    `expectOutcome(${list(rejection ? [rejection] : [])}, ${list(outcomeNames(command))});`,
    `assertEquals(before, ${repo(agg)}.findById(${javaString(id)}).orElseThrow().json());`,
  ];
  return { name: `${javaIdent(command.http.operationId)}Refused${javaIdent(state).replace(/[^A-Za-z0-9]/g, '')}`, title: `${command.http.operationId} while ${state}: 409${rejection ? `, publishes ${rejection} only` : ', publishes nothing'}`, body: lines.join('\n') };
}

function refusalTest(command: CommandPlan): JavaTest {
  const agg = command.aggregate;
  const id = exampleKey(agg.idParam, agg.idField);
  const open = javaCommandCode(command).open;
  const args = [
    ...(creates(command) ? [] : [javaString(id)]),
    ...(hasBody(command) ? [`body(${command.requestType}.class, ${lit(commandExample(command))})`] : []),
    '"refused in a test"',
    ...(open.empty ? [] : [`unmapped(${agg.pascal}Defaults.${command.pascal}Open.class)`]),
  ];
  const lines: string[] = [];
  if (!creates(command)) lines.push(seed(agg, id, acceptedState(command)), `Object before = ${repo(agg)}.findById(${javaString(id)}).orElseThrow().json();`);
  // The refusal publishes through the outbox, which joins the caller's transaction.
  lines.push(`RefusedException refused = openTodo(() -> inTransaction(() -> ${javaIdent(agg.camel)}Defaults.refuse${command.pascal}(${args.join(', ')})));`);
  lines.push('assertEquals(409, refused.getStatusCode().value());');
  lines.push(`expectOutcome(${list([command.rejections[0]?.pascal ?? ''])}, ${list(outcomeNames(command))});`);
  if (!creates(command)) lines.push(`assertEquals(before, ${repo(agg)}.findById(${javaString(id)}).orElseThrow().json());`);
  return { name: `${javaIdent(command.http.operationId)}RefusalDefault`, title: `${command.http.operationId} refused: publishes ${command.rejections[0]?.pascal ?? ''} only`, body: lines.join('\n') };
}

/** 412: a stale If-Match changes nothing and publishes nothing. */
function staleTest(command: CommandPlan): JavaTest {
  const agg = command.aggregate;
  const id = exampleKey(agg.idParam, agg.idField);
  const lines = [
    seed(agg, id, acceptedState(command)),
    `Object before = ${repo(agg)}.findById(${javaString(id)}).orElseThrow().json();`,
    `Reply reply = call(${javaString(command.http.method.toUpperCase())}, ${javaString(command.http.path)}, ${javaString(id)}, ${hasBody(command) ? lit(commandExample(command)) : 'null'}, "\\"999\\"");`,
    'expectStatus(reply, 412);',
    'expectOutcome(List.of(), List.of());',
    `assertEquals(before, ${repo(agg)}.findById(${javaString(id)}).orElseThrow().json());`,
  ];
  return { name: `${javaIdent(command.http.operationId)}StaleIfMatch`, title: `${command.http.operationId} with a stale If-Match: 412, nothing changes`, body: lines.join('\n') };
}

function queryTests(agg: AggregatePlan): JavaTest[] {
  return agg.queries.map((q) => {
    const id = exampleKey(agg.idParam, agg.idField);
    const lines =
      q.kind === 'get'
        ? [seed(agg, id), `Reply reply = call("GET", ${javaString(q.path)}, ${javaString(id)}, null);`, 'expectStatus(reply, 200);', 'expectETag(reply);', `expectStatus(call("GET", ${javaString(q.path)}, ${javaString(missingKey(agg))}, null), 404);`]
        : [seed(agg, id), `Reply reply = call("GET", ${javaString(q.path)}, null, null);`, 'expectStatus(reply, 200);', 'assertEquals(1, reply.list().size());'];
    return { name: javaIdent(q.operationId), title: `${q.operationId}: GET ${q.path}`, body: lines.join('\n') };
  });
}

/**
 * Kafka: the relay sends outbox rows (topic = channel, key = aggregate id); consumed events are
 * claimed once in the inbox (a redelivery changes nothing: the policies' commands emit their
 * events once), poison goes to `<channel>.dlq`.
 */
function kafkaTests(ctx: ContextPlan): JavaTest[] {
  const tests: JavaTest[] = [];
  const messaging = messagingView(ctx);
  const published = ctx.published[0];
  if (published) {
    tests.push({
      name: 'relaysOutboxToKafka',
      title: `the outbox relay sends ${published.pascal} to ${published.channel}, keyed by the aggregate id, and marks it sent`,
      body: [
        `String eventId = inTransaction(() -> String.valueOf(outbox.publish(${javaString(published.pascal)}, ${javaString(published.channel)}, "key-1", Map.of()).get("eventId")));`,
        `ConsumerRecord<String, String> record = awaitRecord(${javaString(published.channel)}, r -> eventId.equals(header(r, "event-id")));`,
        'assertEquals("key-1", record.key());',
        `assertEquals(${javaString(published.pascal)}, header(record, "event-name"));`,
        `assertEquals("key-1", header(record, "aggregate-id"));`,
        `assertNotNull(header(record, "occurred-at"));`,
        'assertEquals(eventId, body(Map.class, record.value()).get("eventId"));',
        // Marked sent in the relay's transaction, so it is not sent again on the next tick.
        'awaitSent(eventId);',
      ].join('\n'),
    });
  }
  for (const c of messaging.consumed) {
    const example = { ...eventExample(c.event), eventId: `test-${c.pascal}` };
    // The policies this channel's events activate: aggregates their commands load (seeded in an accepted state), the events they emit.
    const triggers = [...new Set(ctx.policies.flatMap((p) => p.triggers.filter((e) => e.channel === c.channel)))];
    const effects = triggers.map((e) => policyEffects(ctx, e, example));
    const projectionStuck = c.projections.some((p) => messaging.projections.find((q) => q.method === p.method)?.stuck);
    const stuck = projectionStuck || effects.some((e) => e.stuck);
    const lines = [...new Set(effects.flatMap((e) => e.seeds.map((s) => seed(s.command.aggregate, s.id, acceptedState(s.command)))))];
    const send = `kafka.send(${c.channelLiteral}, "key-1", ${javaString(JSON.stringify(example))}).get(60, TimeUnit.SECONDS)`;
    lines.push(`${send};`);
    if (stuck) {
      // A value its projection or policy needs is open (the hand-written TODO throws): the message is retried, then dead-lettered.
      lines.push(`awaitRecord(${javaString(`${c.channel}.dlq`)}, r -> r.value().contains(${javaString(example.eventId)}));`);
    } else {
      lines.push(`awaitInbox(${javaString(example.eventId)});`);
      lines.push(`awaitConsumed(${send}.getRecordMetadata());`);
      // Counted by event id: the policies' own events may come back to this service (its read models) and are claimed too.
      lines.push(`assertEquals(1, jdbc.queryForObject("SELECT count(*) FROM inbox WHERE event_id = ?", Integer.class, ${javaString(example.eventId)}), "the redelivered event was claimed once");`);
      // Exactly the policies' success events, once each: a second run would add them again (or a rejection).
      const expected = effects.flatMap((e) => e.emitted).sort();
      lines.push(`assertEquals(${list(expected)}, emitted().stream().sorted().toList(), "the policies' commands emitted their events once, the redelivery nothing");`);
      // Commands of other services (springOutbound): each callee received its request once.
      const byClient = new Map<string, string[]>();
      for (const call of effects.flatMap((e) => e.calls)) byClient.set(call.clientClass, [...(byClient.get(call.clientClass) ?? []), call.httpMethod]);
      for (const [client, methods] of byClient) {
        lines.push(`assertEquals(${list([...methods].sort())}, callee(${javaString(client)}).received().stream().map(r -> r.method()).sorted().toList(), "the callee received each call once, the redelivery none");`);
      }
    }
    const why = projectionStuck ? ' (a projection value open: dead-lettered)' : stuck ? ' (a policy value open: dead-lettered)' : ' once, even when delivered twice';
    tests.push({ name: `consumes${c.pascal}`, title: `consumes ${c.pascal} from ${c.channel}${why}`, body: lines.join('\n') });
  }
  const first = messaging.consumed[0];
  if (first) {
    tests.push({
      name: 'poisonMessageGoesToDlq',
      title: `a message that cannot be read goes to ${first.channel}.dlq after its retries`,
      body: [`kafka.send(${first.channelLiteral}, "key-1", "not json {").get(60, TimeUnit.SECONDS);`, `awaitRecord(${javaString(`${first.channel}.dlq`)}, r -> "not json {".equals(r.value()));`].join('\n'),
    });
  }
  return tests;
}

/**
 * The first "after" timer: written with its trigger, not fired before it is due, fired once
 * by two schedulers at once (two replicas), with the trigger's fields and the due moment.
 */
function timerTests(ctx: ContextPlan): JavaTest[] {
  const timer = ctx.timers.find((t) => t.schedule.kind === 'after');
  if (!timer || timer.schedule.kind !== 'after') return [];
  const trigger = timer.schedule.trigger;
  const example = { ...eventExample(trigger), eventId: `test-${trigger.pascal}` };
  const checks = timer.fields.map((f) =>
    f.source.kind === 'trigger'
      ? `assertEquals(body(Object.class, ${lit((example as Record<string, unknown>)[f.source.field.prop] ?? null)}), fired.get(${javaString(f.field.prop)}), ${javaString(`${f.field.prop} from the trigger`)});`
      : `assertEquals(due.toString(), fired.get(${javaString(f.field.prop)}), ${javaString(`${f.field.prop}: when it was due`)});`,
  );
  return [
    {
      name: `timer${timer.event.pascal}`,
      title: `${timer.event.pascal} fires once ${timer.schedule.duration} after ${trigger.pascal} (two schedulers at once), not before it is due`,
      body: [
        `Instant occurred = startTimers(${javaString(trigger.pascal)}, ${lit(example)});`,
        `Instant due = timers.dueAfter(occurred, ${javaString(timer.schedule.duration)});`,
        'assertEquals(0, scheduler.tick(due.minusMillis(1)), "not fired before it is due");',
        'assertEquals(List.of(), emitted(), "nothing published before it is due");',
        'assertEquals(1, tickTwoReplicas(due), "fired once by two schedulers at once");',
        `assertEquals(${list([timer.event.pascal])}, emitted(), "the timed event went to the outbox once");`,
        `Map<String, Object> fired = outboxPayload(${javaString(timer.event.pascal)});`,
        'assertEquals(due.toString(), fired.get("occurredAt"), "it occurred when it was due");',
        ...checks,
        'assertEquals(0, tickTwoReplicas(due.plusSeconds(3600)), "a fired timer does not fire again");',
      ].join('\n'),
    },
  ];
}

/** Every test method of a context's generated test class. */
export function springTests(ctx: ContextPlan): JavaTest[] {
  const tests: JavaTest[] = [
    { name: 'health', title: 'GET /health answers ok', body: 'expectStatus(call("GET", "/health", null, null), 200);' },
    { name: 'probes', title: 'GET /health/live and /health/ready answer 200 (Actuator liveness and readiness, with the database)', body: 'assertEquals(200, call("GET", "/health/live", null, null).status());\nassertEquals(200, call("GET", "/health/ready", null, null).status());' },
    { name: 'unknownRoute', title: 'unknown routes answer 404 problem+json', body: 'Reply reply = call("GET", "/no-such-route", null, null);\nexpectStatus(reply, 404);\nexpectProblem(reply);' },
  ];
  const withBody = ctx.aggregates.flatMap((a) => a.commands).find(hasBody);
  if (withBody) {
    const takesId = withBody.http.path.includes('{');
    const id = exampleKey(withBody.aggregate.idParam, withBody.aggregate.idField);
    tests.push({
      name: 'notJson',
      title: `${withBody.http.operationId} with a non-JSON body: 415`,
      body: `expectStatus(callRaw(${javaString(withBody.http.method.toUpperCase())}, ${javaString(withBody.http.path)}, ${takesId ? javaString(id) : 'null'}, "text/plain", "hello", null), 415);`,
    });
  }
  for (const agg of ctx.aggregates) {
    for (const command of agg.commands) {
      tests.push(commandTest(command));
      const refused = refusedState(command);
      if (refused !== null) tests.push(lifecycleTest(command, refused));
      if (command.rejections.length > 0 && !['get', 'list'].includes(command.http.kind)) tests.push(refusalTest(command));
    }
    const changing = agg.commands.find((c) => c.http.path.includes('{') && c.http.kind !== 'get');
    if (changing) tests.push(staleTest(changing));
    tests.push(...queryTests(agg));
  }
  for (const rm of ctx.readModels) {
    tests.push({
      name: `${javaIdent(rm.list.operationId)}Empty`,
      title: `read model ${rm.pascal}: GET ${rm.list.path} and 404 for a missing row`,
      body: [`expectStatus(call("GET", ${javaString(rm.list.path)}, null, null), 200);`, `expectStatus(call("GET", ${javaString(rm.get.path)}, "no-such-row", null), 404);`].join('\n'),
    });
  }
  tests.push(...kafkaTests(ctx));
  tests.push(...timerTests(ctx));
  tests.push(...calleeTests(ctx));
  // Method names must be unique in the class.
  const seen = new Set<string>();
  return tests.map((t) => {
    let name = t.name;
    for (let n = 2; seen.has(name.toLowerCase()); n += 1) name = `${t.name}${n}`;
    seen.add(name.toLowerCase());
    return { ...t, name, titleLiteral: javaString(t.title), body: t.body.split('\n').map((l) => `    ${l}`).join('\n') };
  });
}

export { idVar };
