import type { ProjectPlan } from '../plan/types';
import { calleeUrlEnv } from '../render/view/runtimeView';

/** One generated service as the system-level files see it. */
export interface SystemService {
  /** Folder name (the context slug), e.g. `ordering`. */
  readonly slug: string;
  readonly name: string;
  /** Kubernetes / Compose / Cloud Foundry name (an RFC 1035 label). */
  readonly host: string;
  /** Env variable other services and the gateway read its base URL from, e.g. `ORDERING_URL`. */
  readonly urlEnv: string;
  /** Port for `npm start` on one machine (embedded defaults). */
  readonly localPort: number;
  /** Services it calls synchronously (Boris sync edges that got a client), by slug. */
  readonly callees: readonly SystemService[];
  /** How the service is built and run: a TypeScript (npm workspace) or Spring Boot (Maven module) project. */
  readonly target: ServiceTarget;
  /** Spring only: the executable jar `mvn package` builds, relative to the system root. */
  readonly jar: string | null;
  /** Operations the gateway routes under `/<slug>`: method and OpenAPI path. */
  readonly operations: readonly { readonly method: string; readonly path: string; readonly operationId: string }[];
}

/** The service flavours a system mixes (generateProject's `Target`). */
export type ServiceTarget = 'typescript' | 'spring';

/** The jar a Spring service's Maven module builds (its artifactId is `<slug>-service`, version 0.1.0). */
export function springJar(slug: string): string {
  return `${slug}/target/${slug}-service-0.1.0.jar`;
}

export interface SystemPlan {
  readonly boardName: string;
  readonly services: readonly SystemService[];
  readonly gateway: { readonly host: string; readonly localPort: number };
}

/** Port every service listens on inside a container (the Dockerfile's PORT). */
export const CONTAINER_PORT = 3000;
export const GATEWAY_PORT = 8080;
const FIRST_LOCAL_PORT = 3001;

/** Folders and host names the system-level output uses itself. */
const RESERVED = new Set(['gateway', 'deploy', 'slices', 'scripts', 'node-modules', 'node_modules', 'postgres', 'kafka', 'zipkin']);

/** A slug as an RFC 1035 label: lowercase letters, digits and dashes, starting with a letter, at most 63 long. */
export function hostName(slug: string): string {
  const label = slug.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  const lettered = /^[a-z]/.test(label) ? label : `svc-${label}`;
  return lettered.slice(0, 63).replace(/-+$/, '');
}

/**
 * The services of a project as deployment sees them: names, ports, the env variables the
 * generated runtime reads (`<CALLEE>_URL`, from `calleeUrlEnv`, the same function the
 * services' outbound clients use) and the operations the gateway exposes.
 */
export function systemPlan(plan: ProjectPlan, targets: ReadonlyMap<string, ServiceTarget> = new Map()): SystemPlan {
  const hosts = new Set<string>();
  const bySlug = new Map<string, { slug: string; name: string; host: string; urlEnv: string; localPort: number; target: ServiceTarget; jar: string | null; callees: SystemService[]; operations: SystemService['operations'] }>();
  plan.contexts.forEach((ctx, i) => {
    const host = hostName(ctx.slug);
    if (RESERVED.has(ctx.slug) || RESERVED.has(host)) throw new Error(`context "${ctx.name}" has the folder name "${ctx.slug}", which the system-level output uses itself: give the context another code name`);
    if (hosts.has(host)) throw new Error(`contexts "${ctx.name}" and another context both deploy as "${host}": give one of them another code name`);
    hosts.add(host);
    const operations = [
      { method: 'GET', path: '/health', operationId: ctx.healthOperationId },
      ...ctx.aggregates.flatMap((a) => [...a.commands.map((c) => c.http), ...a.queries]).map((h) => ({ method: h.method.toUpperCase(), path: h.path, operationId: h.operationId })),
      ...ctx.readModels.flatMap((r) => [r.list, r.get]).map((h) => ({ method: h.method.toUpperCase(), path: h.path, operationId: h.operationId })),
    ];
    const target = targets.get(ctx.id) ?? 'typescript';
    const jar = target === 'spring' ? springJar(ctx.slug) : null;
    bySlug.set(ctx.id, { slug: ctx.slug, name: ctx.name, host, urlEnv: calleeUrlEnv(ctx.slug), localPort: FIRST_LOCAL_PORT + i, target, jar, callees: [], operations });
  });
  for (const ctx of plan.contexts) {
    const caller = bySlug.get(ctx.id);
    if (!caller) continue;
    for (const o of ctx.outbound) {
      if (o.target.kind !== 'context') continue;
      const callee = bySlug.get(o.target.contextId);
      if (callee && callee !== caller && !caller.callees.includes(callee)) caller.callees.push(callee);
    }
  }
  return { boardName: plan.boardName, services: [...bySlug.values()], gateway: { host: 'gateway', localPort: GATEWAY_PORT } };
}
