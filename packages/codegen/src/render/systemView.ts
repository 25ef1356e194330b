import type { ProjectPlan } from '../plan/types';
import type { SliceTestPlan } from '../slices/slicePlan';
import { COMMAND_TIMEOUT_MS, QUERY_TIMEOUT_MS, gatewayUpstreams } from '../system/gatewayRoutes';
import type { ServiceTarget } from '../system/systemPlan';
import { CONTAINER_PORT, GATEWAY_PORT, systemPlan } from '../system/systemPlan';

/** What a slice test checks, in one line for the README: its calls, events, refusals and rows. */
export function sliceChecks(test: SliceTestPlan): string {
  const parts: string[] = [];
  for (const step of test.steps) {
    if (step.call) parts.push(`${step.call.method} ${step.call.path} → ${step.call.status}${step.outcome === 'rejection' ? ` (refused: ${step.event})` : ''}`);
    else if (step.policy) parts.push(`policy ${step.policy} reacts`);
    else if (step.timer) parts.push(`${step.event} raised ${step.timer.duration} after ${step.timer.after} (waited for)`);
    if (step.unchanged) parts.push(`state stays ${step.unchanged.state}`);
  }
  const published = test.steps.filter((s) => s.outcome === 'success').map((s) => s.event);
  if (published.length > 0) parts.push(`${published.join(' → ')} on Kafka in this order, one trace id`);
  for (const row of test.rows) parts.push(`read model ${row.readModel} answers (${row.fields.map((f) => f.prop).join(', ') || 'row exists'})`);
  return parts.join('; ');
}

/** Ports and environment of the generated system, for the root README (any target). */
export function systemView(plan: ProjectPlan, targets: ReadonlyMap<string, ServiceTarget> = new Map()) {
  const system = systemPlan(plan, targets);
  const routes = gatewayUpstreams(plan, system).flatMap((u) => u.routes);
  return {
    queryTimeoutMs: QUERY_TIMEOUT_MS,
    commandTimeoutMs: COMMAND_TIMEOUT_MS,
    /** One route's env key, as an example of GATEWAY_…_<ROUTE>. */
    routeExample: (routes.find((r) => r.method !== 'GET') ?? routes[0])?.envKey ?? 'SERVICE_OPERATION',
    gatewayPort: GATEWAY_PORT,
    containerPort: CONTAINER_PORT,
    /** The Spring Boot services (Maven modules of `<dir>/pom.xml`), by folder. */
    springFolders: system.services.filter((s) => s.target === 'spring').map((s) => `\`${s.slug}/\``).join(', '),
    /** The TypeScript services, by folder (empty in an all-Spring system). */
    typescriptFolders: system.services.filter((s) => s.target === 'typescript').map((s) => `\`${s.slug}/\``).join(', '),
    services: system.services.map((s) => ({
      name: s.name,
      slug: s.slug,
      host: s.host,
      urlEnv: s.urlEnv,
      localPort: s.localPort,
      calleeEnvs: s.callees.map((c) => `\`${c.urlEnv}\``).join(', '),
    })),
  };
}
