import type { ContextPlan, OutboundPlan } from '../../plan/types';
import { javaIdent, javaString } from '../../naming/javaNames';
import { lowerFirst, safeName } from '../../naming/Namer';
import { exampleObject } from '../../specs/examples';
import { calleeUrlEnv } from '../view/runtimeView';
import { javaComment, recordComponents } from './javaCode';

/**
 * Sync Boris edges in Java, the TypeScript target's `outbound.ts` + `runtime/httpCaller.ts`:
 * per callee (another context of the board) a typed client, `generated/outbound/<Callee>Client`,
 * with a method per operation this service calls, built from the callee's OpenAPI operation
 * (path parameters filled from the request, the rest as the JSON body) and sent through
 * `runtime/CalleeClient` (RestClient + Resilience4j). The base URL comes from `<CALLEE>_URL`,
 * the same variable the TypeScript target and the deployment files use. Calls to external
 * systems, or to nothing, get no client: the policy keeps a TODO (as before).
 */

/** One operation of a callee this service calls. */
export interface SpringCall {
  readonly outbound: OutboundPlan;
  /** Method of the client (`submitPayment`). */
  readonly method: string;
  /** Nested record of the client holding the request (`SubmitPaymentRequest`). */
  readonly record: string;
  readonly httpMethod: string;
  readonly path: string;
  /** `{name}` parameters of the path that the request does not carry: extra String parameters of the method. */
  readonly extraParams: readonly string[];
}

/** Another service this one calls synchronously. */
export interface SpringCallee {
  readonly contextId: string;
  readonly contextName: string;
  /** `PaymentsClient`, in package `<pkg>.generated.outbound`. */
  readonly clientClass: string;
  /** Its field in classes that use it (`paymentsClient`). */
  readonly field: string;
  readonly calls: readonly SpringCall[];
}

const pathParams = (path: string): string[] => [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);

/** The callees of a context, in the order of its outbound commands (only those on another context of the board). */
export function springCallees(ctx: ContextPlan): SpringCallee[] {
  const byContext = new Map<string, { contextName: string; calls: SpringCall[] }>();
  for (const outbound of ctx.outbound) {
    const target = outbound.target;
    if (target.kind !== 'context') continue;
    let entry = byContext.get(target.contextId);
    if (!entry) {
      entry = { contextName: target.contextName, calls: [] };
      byContext.set(target.contextId, entry);
    }
    const props = new Set(outbound.fields.map((f) => f.prop));
    const taken = new Set(entry.calls.map((c) => c.method.toLowerCase()));
    let method = javaIdent(outbound.camel);
    for (let n = 2; taken.has(method.toLowerCase()); n += 1) method = `${javaIdent(outbound.camel)}${n}`;
    const records = new Set(entry.calls.map((c) => c.record.toLowerCase()));
    let record = javaIdent(outbound.requestType);
    for (let n = 2; records.has(record.toLowerCase()); n += 1) record = `${javaIdent(outbound.requestType)}${n}`;
    entry.calls.push({ outbound, method, record, httpMethod: target.method.toUpperCase(), path: target.path, extraParams: pathParams(target.path).filter((p) => !props.has(p)) });
  }
  // The runtime's CalleeClient is imported next to each client: no client takes its name.
  const classes = new Set<string>(['calleeclient']);
  return [...byContext.entries()].map(([contextId, entry]) => {
    const base = `${safeName(entry.contextName, 'pascal', 'callee').replace(/[^A-Za-z0-9]/g, '')}Client`;
    let clientClass = /^[A-Za-z]/.test(base) ? base : `Callee${base}`;
    for (let n = 2; classes.has(clientClass.toLowerCase()); n += 1) clientClass = `${base}${n}`;
    classes.add(clientClass.toLowerCase());
    return { contextId, contextName: entry.contextName, clientClass, field: javaIdent(lowerFirst(clientClass)), calls: entry.calls };
  });
}

/** The client and operation that send `outbound`, or undefined when it has none (an external system, no target). */
export function springCallOf(callees: readonly SpringCallee[], outbound: OutboundPlan): { callee: SpringCallee; call: SpringCall } | undefined {
  for (const callee of callees) {
    const call = callee.calls.find((c) => c.outbound === outbound);
    if (call) return { callee, call };
  }
  return undefined;
}

/** What the outbound templates and the generated tests use; `slugOfContext` gives a callee's folder (its `<CALLEE>_URL`). */
export function outboundView(ctx: ContextPlan, slugOfContext: (contextId: string) => string | undefined) {
  const callees = springCallees(ctx).map((callee) => {
    // The callee's folder name; a callee left out by --context gets its name in lower case (as the TypeScript target does).
    const env = calleeUrlEnv(slugOfContext(callee.contextId) ?? callee.contextName.toLowerCase());
    return {
      ...callee,
      env,
      envLiteral: javaString(env),
      envPlaceholder: `\${${env}:}`,
      instanceLiteral: javaString(env.replace(/_URL$/, '').toLowerCase()),
      calleeLiteral: javaString(callee.contextName),
      doc: javaComment(callee.contextName),
      usesMoney: callee.calls.some((c) => c.outbound.fields.some((f) => f.type === 'money')),
      calls: callee.calls.map((call) => {
        const params = [...call.extraParams.map((p) => `String ${javaIdent(p)}`), `${call.record} request`];
        const vars = call.extraParams.map((p) => `${javaString(p)}, ${javaIdent(p)}`);
        return {
          ...call,
          title: javaComment(`${call.outbound.name || call.outbound.camel}: ${call.httpMethod} ${call.path} on ${callee.contextName}`),
          components: recordComponents(call.outbound.fields, null).replace(/^ {4}/gm, '      '),
          params: params.join(', '),
          send: `client.call(${javaString(call.httpMethod)}, ${javaString(call.path)}, ${vars.length === 0 ? 'Map.of()' : `Map.of(${vars.join(', ')})`}, request)`,
          // Test data (the callee's example request): a JSON literal for the generated circuit test.
          exampleLiteral: javaString(JSON.stringify(exampleObject(call.outbound.fields))),
          extraArgs: call.extraParams.map(() => '"test-id", ').join(''),
          pathPattern: javaString(`^${call.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
        };
      }),
    };
  });
  return { callees };
}

/**
 * The generated test of each callee's client (one per callee, on its first operation), with
 * a real HTTP server standing in for the callee (ServiceTestSupport's `CalleeStandIn`): the
 * callee receives the request once (method, filled path, the rest as body); stopped, calls
 * fail with 503 until the circuit opens, then at once without calling; started again, the
 * first call after the open period goes through and closes the circuit.
 */
export function calleeTests(ctx: ContextPlan): { name: string; title: string; body: string }[] {
  return springCallees(ctx).flatMap((callee) => {
    const call = callee.calls[0];
    if (!call) return [];
    const client = callee.field;
    const args = `${call.extraParams.map(() => '"test-id", ').join('')}request`;
    const send = `${client}.${call.method}(${args})`;
    const body = [
      `CalleeStandIn standIn = callee(${javaString(callee.clientClass)});`,
      `${callee.clientClass}.${call.record} request = body(${callee.clientClass}.${call.record}.class, ${javaString(JSON.stringify(exampleObject(call.outbound.fields)))});`,
      `${send};`,
      'assertEquals(1, standIn.received().size(), "the callee received the request once");',
      `assertEquals(${javaString(call.httpMethod)}, standIn.received().get(0).method());`,
      `assertTrue(standIn.received().get(0).path().matches(${javaString(`^${call.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`)}), standIn.received().get(0).path());`,
      `CircuitBreaker breaker = ${client}.calls().circuitBreaker();`,
      'standIn.stop();',
      'for (int i = 0; i < 20 && breaker.getState() != CircuitBreaker.State.OPEN; i++) {',
      `  CalleeUnavailableException down = assertThrows(CalleeUnavailableException.class, () -> ${send});`,
      '  assertEquals(503, down.getStatusCode().value());',
      '}',
      'assertEquals(CircuitBreaker.State.OPEN, breaker.getState(), "the circuit opens after consecutive failures");',
      `CalleeUnavailableException fast = assertThrows(CalleeUnavailableException.class, () -> ${send});`,
      'assertTrue(fast.getBody().getDetail().contains("circuit open"), fast.getBody().getDetail());',
      'standIn.start();',
      '// The open period (10 s in tests) ends, then one trial call goes through and closes the circuit: a bounded wait for that.',
      'long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();',
      'while (true) {',
      '  try {',
      `    ${send};`,
      '    break;',
      '  } catch (CalleeUnavailableException stillOpen) {',
      '    if (System.nanoTime() > deadline) throw stillOpen;',
      '    Thread.sleep(100);',
      '  }',
      '}',
      'assertEquals(CircuitBreaker.State.CLOSED, breaker.getState(), "the circuit closes again");',
      'assertEquals(2, standIn.received().size(), "the callee received the call once it was back");',
    ];
    return [{ name: `calls${callee.clientClass.replace(/Client$/, '')}`, title: `${call.outbound.name || call.method} reaches ${callee.contextName} over HTTP; with ${callee.contextName} stopped the circuit opens (503 without calling), back it closes`, body: body.join('\n') }];
  });
}

/**
 * A warning per call whose callee path has a parameter its request does not carry (e.g.
 * `/insurance-policies/{insurancePolicyId}/verify-coverage` with no `insurancePolicyId`): the
 * Spring client takes it as an argument (a policy fills it from the event's same-named field,
 * else it is an open value); the TypeScript client refuses the call (501).
 */
export function calleePathWarnings(ctx: ContextPlan, boardName: string): string[] {
  const where = `board ${JSON.stringify(boardName)}, context ${JSON.stringify(ctx.name)}`;
  return springCallees(ctx).flatMap((callee) =>
    callee.calls.flatMap((call) =>
      call.extraParams.map(
        (param) =>
          `${where}: the call "${call.outbound.name || call.outbound.camel}" (${call.httpMethod} ${call.path} on ${callee.contextName}) has no request field for {${param}}: Spring services take it from the triggering event's field of that name, else it is a TODO(stormscape); TypeScript services refuse the call (501) until the request carries it.`,
      ),
    ),
  );
}
