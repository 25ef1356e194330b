import type { ContextPlan, EventPlan } from '../../plan/types';
import { str } from '../tsCode';

/** `orderHistory` → `order_history` (plan camels are ASCII identifiers). */
function snake(camel: string): string {
  return camel.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** A PostgreSQL identifier of at most 63 bytes, from a prefix and a plan camel name. */
function tableName(prefix: string, camel: string): string {
  const name = `${prefix}_${snake(camel)}`;
  if (name.length <= 63) return name;
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `${name.slice(0, 54)}_${hash.toString(36)}`;
}

/** `payments` → `PAYMENTS_URL`; `order-taking-2` → `ORDER_TAKING_2_URL`. */
export function calleeUrlEnv(slug: string): string {
  return `${slug.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toUpperCase() || 'CALLEE'}_URL`;
}

function tableSql(table: string): string {
  return `CREATE TABLE IF NOT EXISTS ${table} (id text PRIMARY KEY, state jsonb NOT NULL, version integer NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now())`;
}

/**
 * What the runtime templates (storage, migrations, Kafka, outbound clients) need of a
 * context: table names and migrations per aggregate and read model, the key property of
 * each event (its Kafka key), and the HTTP target and env variable of each outbound call.
 */
export function runtimeView(ctx: ContextPlan, slugOfContext: (contextId: string) => string | undefined) {
  const events: EventPlan[] = [...ctx.published, ...ctx.subscribed];
  const aggregateTables = ctx.aggregates.map((a) => {
    const table = tableName('agg', a.camel);
    return { camel: a.camel, table, migration: { name: str(`create_${table}`), sql: str(tableSql(table)) } };
  });
  const readModelTables = ctx.readModels.map((r) => {
    const table = tableName('rm', r.camel);
    return { camel: r.camel, table, migration: { name: str(`create_${table}`), sql: str(tableSql(table)) } };
  });
  // Each read-model row's bookkeeping (runtime/readModelOrder.ts): a migration of its own, so a
  // database created before it gets the column too.
  const appliedColumns = readModelTables.map((t) => ({ name: str(`add_applied_to_${t.table}`), sql: str(`ALTER TABLE ${t.table} ADD COLUMN IF NOT EXISTS applied jsonb NOT NULL DEFAULT '[]'::jsonb`) }));
  const calls = ctx.outbound.map((o) => {
    const target = o.target;
    // The callee's folder name; a callee left out by --context gets its name in kebab case.
    const slug = target.kind === 'context' ? (slugOfContext(target.contextId) ?? target.contextName.toLowerCase()) : undefined;
    return {
      camel: o.camel,
      requestType: o.requestType,
      http: target.kind === 'context' && slug !== undefined,
      envLiteral: str(slug === undefined ? '' : calleeUrlEnv(slug)),
      calleeLiteral: str(target.kind === 'context' ? target.contextName : target.kind === 'external' ? target.name : 'nobody'),
      methodLiteral: str(target.kind === 'context' ? target.method.toUpperCase() : 'POST'),
      pathLiteral: str(target.kind === 'context' ? target.path : ''),
      whyStubLiteral: str(
        target.kind === 'external'
          ? `the external system ${target.name} has no generated client: implement it in src/main.ts`
          : target.kind === 'none'
            ? 'the board names no target for this command'
            : '',
      ),
    };
  });
  const callees = [...new Map(calls.filter((c) => c.http).map((c) => [c.envLiteral, { envLiteral: c.envLiteral, calleeLiteral: c.calleeLiteral }])).values()];
  return {
    aggregateTables,
    readModelTables,
    migrations: [...[...aggregateTables, ...readModelTables].map((t) => t.migration), ...appliedColumns],
    eventKeys: events.filter((e) => e.keyProp).map((e) => ({ nameLiteral: str(e.pascal), keyLiteral: str(e.keyProp as string) })),
    publishedChannels: ctx.published.map((e) => str(e.channel)),
    calls,
    callees,
    calleeEnvs: callees.map((c) => JSON.parse(c.envLiteral) as string),
  };
}
