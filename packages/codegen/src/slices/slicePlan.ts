import type { Board, SliceDrivability } from '@stormscape/model';
import { codeWords, kebabWords, slicesDrivability } from '@stormscape/model';
import type { AggregatePlan, CommandPlan, ContextPlan, EventPlan, FieldPlan, ProjectPlan, ReadModelPlan } from '../plan/types';
import { sameShape } from '../render/tsCode';
import { commandBody, commandOpen, hasBody, refusalBody } from '../render/view/commandCode';
import type { OpenValues } from '../render/view/openValues';
import { policyBody, policyOpen } from '../render/view/policyCode';

// A thin slice read as an acceptance test of the generated system: what to send through the
// gateway, which events to see on Kafka in which order, which read-model rows to read back.
// The model decides whether a slice is drivable (`sliceDrivability`); this only resolves its
// steps to the plan's operations, channels and properties.

/** A field the test fills with fresh test data (a new UUID, a unique string…) on every run. */
export interface TestField {
  readonly prop: string;
  readonly type: FieldPlan['type'];
  readonly list: boolean;
}

/** An HTTP call the test makes through the gateway. */
export interface SliceCall {
  readonly method: string;
  /** Gateway path: `/<context-slug><operation path>`, e.g. `/delivery/shifts/{shiftId}/close`. */
  readonly path: string;
  readonly operationId: string;
  /** The path parameter naming the aggregate, filled with the id the slice created; null for a creating call. */
  readonly idParam: string | null;
  /** The aggregate the call acts on (key into the ids the test remembers). */
  readonly aggregate: string;
  /** Property of the aggregate's id in a creating call's answer (`shiftId`). */
  readonly idProp: string;
  readonly body: readonly TestField[] | null;
  /** 201/200/204 when accepted, 409 when the lifecycle refuses it. */
  readonly status: number;
}

/** One event of the slice, in board order. */
export interface SliceEventStep {
  readonly event: string;
  readonly channel: string;
  /**
   * The aggregate that publishes the event (key into the ids the test remembers); null for a
   * timed event. An aggregate a policy created has no answer of ours to take its id from: its
   * first event's `aggregate-id` is it.
   */
  readonly aggregate: string | null;
  /** Who makes it happen: the test (`call`), a policy reacting to an earlier event, or the scheduler (`timer`). */
  readonly call: SliceCall | null;
  readonly policy: string | null;
  /**
   * A timed event: its service's scheduler raises it `duration` after `after`, and the test
   * waits for it (bounded: the slice deadline plus `ms`, the nominal duration, times the
   * services' SCHEDULER_TIME_SCALE).
   */
  readonly timer: { readonly after: string; readonly duration: string; readonly ms: number } | null;
  readonly outcome: 'success' | 'rejection';
  /**
   * The earlier step (index) this event cannot precede: for a policy's reaction or a timer,
   * the step whose event causes it; for a call, the step before it (the test calls once that
   * step's event arrived); null for the first. Events without such a link may occur in either
   * order: two policies reacting to one event run concurrently, and a policy reacting to an
   * early event may finish before a later call.
   */
  readonly cause: number | null;
  /** For a refusal: the aggregate must still be in this state afterwards. */
  readonly unchanged: { readonly path: string; readonly prop: string; readonly state: string } | null;
}

/** A read-model row the slice updates, and where each checked field's value comes from. */
export interface SliceRowCheck {
  readonly readModel: string;
  /** Gateway path of one row, `{id}` for the key. */
  readonly path: string;
  /** The key: property of the first event updating it. */
  readonly key: { readonly event: number; readonly prop: string };
  /** Row property → the step (index) whose event payload sets it last, and its property there. */
  readonly fields: readonly { readonly prop: string; readonly event: number; readonly from: string }[];
}

export interface SliceTestPlan {
  readonly id: string;
  readonly name: string;
  readonly path: 'happy' | 'unhappy';
  /** File stem in `slices/`, unique. */
  readonly fileName: string;
  readonly steps: readonly SliceEventStep[];
  readonly rows: readonly SliceRowCheck[];
}

export interface UndrivableSlice {
  readonly id: string;
  readonly name: string;
  readonly reasons: readonly string[];
}

export interface SlicesPlan {
  readonly tests: readonly SliceTestPlan[];
  readonly undrivable: readonly UndrivableSlice[];
}

interface Lookup {
  readonly contextOf: Map<string, ContextPlan>;
  readonly commands: Map<string, CommandPlan>;
  readonly events: Map<string, EventPlan>;
  readonly readModels: Map<string, ReadModelPlan>;
}

function lookup(contexts: readonly ContextPlan[]): Lookup {
  const l: Lookup = { contextOf: new Map(), commands: new Map(), events: new Map(), readModels: new Map() };
  for (const ctx of contexts) {
    for (const agg of ctx.aggregates) {
      for (const c of agg.commands) {
        l.commands.set(c.id, c);
        l.contextOf.set(c.id, ctx);
      }
      for (const e of agg.events) for (const id of [e.id, ...e.aliasIds]) if (!l.events.has(id)) l.events.set(id, e);
    }
    for (const e of [...ctx.published, ...ctx.subscribed]) for (const id of [e.id, ...e.aliasIds]) if (!l.events.has(id)) l.events.set(id, e);
    for (const rm of ctx.readModels) {
      l.readModels.set(rm.id, rm);
      l.contextOf.set(rm.id, ctx);
    }
  }
  return l;
}

const testFields = (fields: readonly FieldPlan[]): TestField[] => fields.map((f) => ({ prop: f.prop, type: f.type, list: f.list }));

function getPath(agg: AggregatePlan): string | null {
  const get = agg.queries.find((q) => q.kind === 'get') ?? agg.commands.find((c) => c.http.kind === 'get')?.http;
  return get ? get.path : null;
}

/**
 * The values a command's default leaves open on the outcome the slice takes: its body for a
 * success, its refusal for a rejection (each open value is read only where it is used).
 */
function openOnOutcome(command: CommandPlan, outcome: 'success' | 'rejection'): OpenValues {
  const open = commandOpen(command);
  if (outcome === 'rejection') refusalBody(command, open);
  else commandBody(command, open);
  return open;
}

/** What code generation still leaves open on the slice's commands and policies (the model's rule cannot see codegen's fills). */
function openOnPath(d: SliceDrivability, l: Lookup, contexts: readonly ContextPlan[]): string[] {
  const out: string[] = [];
  for (const step of d.steps) {
    if (step.cause === 'timer') {
      const ctx = contexts.find((c) => c.id === step.contextId);
      const unscheduled = ctx?.unscheduled.find((u) => u.event.id === step.event.id);
      if (unscheduled) out.push(`code generation does not schedule it: ${unscheduled.why}`);
      else if (!ctx?.timers.some((t) => t.event.id === step.event.id)) out.push(`code generation raises no timer for "${step.event.text}"`);
      continue;
    }
    const command = l.commands.get(step.command.id);
    if (command) for (const v of openOnOutcome(command, step.outcome).values) out.push(`code generation leaves ${v.what} open in ${command.name || command.pascal} (${v.why})`);
    if (step.cause !== 'policy') continue;
    const policy = contexts.flatMap((c) => c.policies).find((p) => p.id === step.issuer.id);
    if (!policy) continue;
    const open = policyOpen(policy);
    policyBody(policy, open);
    for (const v of open.values) out.push(`code generation leaves ${v.what} open in policy ${policy.name || policy.pascal} (${v.why})`);
  }
  return [...new Set(out)];
}

/** An ISO 8601 duration in milliseconds, months as 30 days and years as 365 (only bounds a test's wait). */
export function nominalMs(duration: string): number {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(duration);
  if (!match) throw new Error(`not an ISO 8601 duration: ${JSON.stringify(duration)}`);
  const [y, mo, w, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number, number];
  return ((((y * 365 + mo * 30 + w * 7 + d) * 24 + h) * 60 + mi) * 60 + s) * 1000;
}

/** The step `index` cannot precede (see `SliceEventStep.cause`): its trigger's latest earlier step, else the one before it. */
function causeOf(d: SliceDrivability, index: number): number | null {
  const step = d.steps[index];
  const trigger = step && step.cause !== 'drive' ? step.after : null;
  if (trigger) {
    for (let i = index - 1; i >= 0; i -= 1) if (d.steps[i]?.event.id === trigger.id) return i;
  }
  return index === 0 ? null : index - 1;
}

function sliceTest(d: SliceDrivability, l: Lookup, fileName: string): SliceTestPlan | string {
  const steps: SliceEventStep[] = [];
  const eventPlans: EventPlan[] = [];
  for (const step of d.steps) {
    if (step.cause === 'timer') {
      const event = l.events.get(step.event.id);
      const after = l.events.get(step.after.id);
      if (!event || !after) return `"${step.event.text}" has no generated channel`;
      eventPlans.push(event);
      steps.push({ event: event.pascal, channel: event.channel, aggregate: null, call: null, policy: null, timer: { after: after.pascal, duration: step.duration, ms: nominalMs(step.duration) }, outcome: 'success', cause: causeOf(d, steps.length), unchanged: null });
      continue;
    }
    const command = l.commands.get(step.command.id);
    const ctx = l.contextOf.get(step.command.id);
    const event = l.events.get(step.event.id);
    if (!command || !ctx || !event) return `"${step.event.text}" has no generated operation or channel`;
    eventPlans.push(event);
    const agg = command.aggregate;
    const gateway = (path: string) => `/${ctx.slug}${path}`;
    const call: SliceCall | null =
      step.cause === 'drive'
        ? {
            method: command.http.method.toUpperCase(),
            path: gateway(command.http.path),
            operationId: command.http.operationId,
            idParam: command.http.path.includes(`{${agg.idParam}}`) ? agg.idParam : null,
            aggregate: `${ctx.slug}.${agg.camel}`,
            idProp: agg.idParam,
            body: hasBody(command) ? testFields(command.fields) : null,
            status: step.outcome === 'rejection' ? 409 : command.http.status,
          }
        : null;
    const get = getPath(agg);
    const unchanged = step.refusedIn !== null && agg.lifecycle && get ? { path: gateway(get), prop: agg.lifecycle.prop, state: step.refusedIn } : null;
    steps.push({ event: event.pascal, channel: event.channel, aggregate: `${ctx.slug}.${agg.camel}`, call, policy: step.cause === 'policy' ? step.issuer.text : null, timer: null, outcome: step.outcome, cause: causeOf(d, steps.length), unchanged });
  }
  const rows: SliceRowCheck[] = [];
  const stepOf = new Map(d.steps.map((s, i) => [s.event.id, i]));
  for (const slice of d.readModels) {
    const rm = l.readModels.get(slice.readModel.id);
    const ctx = l.contextOf.get(slice.readModel.id);
    if (!rm || !ctx) return `read model "${slice.readModel.text}" is not generated`;
    const keyProp = rm.idField && rm.idField.name === slice.key.name ? 'id' : rm.fields.find((f) => f.name === slice.key.name)?.prop;
    const feeding = slice.events.map((e) => stepOf.get(e.id)).filter((i): i is number => i !== undefined);
    const first = feeding[0];
    if (keyProp === undefined || first === undefined) return `read model "${slice.readModel.text}" has no generated key`;
    const carried = (i: number, field: FieldPlan) => {
      const event = eventPlans[i] as EventPlan;
      if (event.keyProp === field.prop) return event.keyProp;
      return event.fields.find((f) => f.prop === field.prop && f.required && sameShape(f, field))?.prop;
    };
    const keyField = rm.idField ?? rm.fields.find((f) => f.prop === keyProp);
    const keyFrom = keyField ? carried(first, keyField) : undefined;
    if (keyFrom === undefined) return `"${slice.events[0]?.text}" carries no ${keyProp}, the key of "${rm.name}"`;
    const fields: SliceRowCheck['fields'][number][] = [];
    for (const f of rm.fields) {
      const last = [...feeding].reverse().find((i) => carried(i, f) !== undefined);
      if (last !== undefined) fields.push({ prop: f.prop, event: last, from: carried(last, f) as string });
    }
    rows.push({ readModel: rm.name || rm.pascal, path: `/${ctx.slug}${rm.get.path}`, key: { event: first, prop: keyFrom }, fields });
  }
  return { id: d.slice.id, name: d.slice.name.trim() || d.slice.id, path: d.slice.path, fileName, steps, rows };
}

/**
 * The slice tests of a project: one per thin slice the model finds drivable and whose
 * path code generation leaves nothing open on; every other slice with its reasons.
 */
export function planSlices(board: Board, plan: Pick<ProjectPlan, 'contexts'>): SlicesPlan {
  const l = lookup(plan.contexts);
  const tests: SliceTestPlan[] = [];
  const undrivable: UndrivableSlice[] = [];
  const used = new Set<string>();
  for (const d of slicesDrivability(board)) {
    const name = d.slice.name.trim() || d.slice.id;
    if (!d.drivable) {
      undrivable.push({ id: d.slice.id, name, reasons: d.problems.map((p) => p.message) });
      continue;
    }
    const open = openOnPath(d, l, plan.contexts);
    if (open.length > 0) {
      undrivable.push({ id: d.slice.id, name, reasons: open });
      continue;
    }
    const stem = kebabWords(codeWords(name)) || 'slice';
    let fileName = stem;
    for (let n = 2; used.has(fileName); n += 1) fileName = `${stem}-${n}`;
    used.add(fileName);
    const test = sliceTest(d, l, fileName);
    if (typeof test === 'string') undrivable.push({ id: d.slice.id, name, reasons: [test] });
    else tests.push(test);
  }
  return { tests, undrivable };
}
