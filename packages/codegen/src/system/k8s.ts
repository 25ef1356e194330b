import type { JsonObject } from '../specs/jsonSchema';
import type { SystemPlan, SystemService } from './systemPlan';
import { CONTAINER_PORT, GATEWAY_PORT } from './systemPlan';

/** Name of the Gateway (Gateway API) the HTTPRoutes attach to: the cluster's, patch it with kustomize if yours differs. */
export const PARENT_GATEWAY = 'public-gateway';

interface Workload {
  readonly host: string;
  readonly port: number;
  /** A JVM (Spring Boot) container: more memory, and a startup probe for its slower start. */
  readonly jvm: boolean;
  readonly config: Readonly<Record<string, string>>;
  readonly secret: Readonly<Record<string, string>> | null;
}

function labels(host: string): JsonObject {
  return { 'app.kubernetes.io/name': host, 'app.kubernetes.io/part-of': 'stormscape-system' };
}

function workloadManifests(w: Workload): JsonObject[] {
  const meta = { name: w.host, labels: labels(w.host) };
  const envFrom: JsonObject[] = [{ configMapRef: { name: `${w.host}-config` } }];
  if (w.secret) envFrom.push({ secretRef: { name: `${w.host}-secrets` } });
  const docs: JsonObject[] = [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `${w.host}-config`, labels: labels(w.host) }, data: { ...w.config } }];
  if (w.secret) docs.push({ apiVersion: 'v1', kind: 'Secret', metadata: { name: `${w.host}-secrets`, labels: labels(w.host) }, type: 'Opaque', stringData: { ...w.secret } });
  docs.push(
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: meta,
      spec: {
        replicas: 2,
        selector: { matchLabels: { 'app.kubernetes.io/name': w.host } },
        template: {
          metadata: { labels: labels(w.host) },
          spec: {
            securityContext: { runAsNonRoot: true, runAsUser: 1000 },
            terminationGracePeriodSeconds: 30,
            containers: [
              {
                name: w.host,
                image: `${w.host}:latest`,
                ports: [{ name: 'http', containerPort: w.port }],
                envFrom,
                // Both targets serve /health/live and /health/ready (Spring: Actuator's liveness and readiness groups).
                ...(w.jvm ? { startupProbe: { httpGet: { path: '/health/live', port: 'http' }, periodSeconds: 5, failureThreshold: 36 } } : {}),
                livenessProbe: { httpGet: { path: '/health/live', port: 'http' }, periodSeconds: 10, failureThreshold: 3 },
                readinessProbe: { httpGet: { path: '/health/ready', port: 'http' }, periodSeconds: 5, failureThreshold: 3 },
                resources: w.jvm
                  ? { requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '1', memory: '768Mi' } }
                  : { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
              },
            ],
          },
        },
      },
    },
    { apiVersion: 'v1', kind: 'Service', metadata: meta, spec: { selector: { 'app.kubernetes.io/name': w.host }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] } },
    {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: meta,
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: w.host },
        minReplicas: 2,
        maxReplicas: 10,
        metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
      },
    },
  );
  return docs;
}

function serviceWorkload(s: SystemService): Workload {
  const config: Record<string, string> = { PORT: String(CONTAINER_PORT), HOST: '0.0.0.0', KAFKA_BROKERS: 'kafka:9092', LOG_LEVEL: 'info' };
  for (const callee of s.callees) config[callee.urlEnv] = `http://${callee.host}`;
  const jvm = s.target === 'spring';
  if (jvm) {
    config.ZIPKIN_URL = 'http://zipkin:9411/api/v2/spans';
    // The heap follows the container's memory limit.
    config.JAVA_TOOL_OPTIONS = '-XX:MaxRAMPercentage=75';
  }
  // A value only the cluster's operators know: the placeholder makes the service fail its readiness probe, visibly.
  return { host: s.host, port: CONTAINER_PORT, jvm, config, secret: { DATABASE_URL: `postgres://TODO-user:TODO-password@postgres:5432/${s.slug}` } };
}

/** Per file under deploy/k8s/: the manifests it holds (one document each). */
export function k8sManifests(system: SystemPlan): Map<string, JsonObject[]> {
  const files = new Map<string, JsonObject[]>();
  for (const s of system.services) files.set(`${s.host}.yaml`, workloadManifests(serviceWorkload(s)));
  const gw = system.gateway.host;
  const gatewayConfig: Record<string, string> = { PORT: String(GATEWAY_PORT), HOST: '0.0.0.0', LOG_LEVEL: 'info' };
  for (const s of system.services) gatewayConfig[s.urlEnv] = `http://${s.host}`;
  files.set(`${gw}.yaml`, workloadManifests({ host: gw, port: GATEWAY_PORT, jvm: false, config: gatewayConfig, secret: null }));
  files.set('ingress.yaml', [
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: gw, labels: labels(gw) },
      spec: {
        rules: [
          {
            http: {
              paths: (system.services.length > 0 ? system.services.map((s) => `/${s.slug}`) : ['/']).map((path) => ({ path, pathType: 'Prefix', backend: { service: { name: gw, port: { name: 'http' } } } })),
            },
          },
        ],
      },
    },
  ]);
  if (system.services.length > 0)
    files.set(
    'httproutes.yaml',
    system.services.map((s) => ({
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: `${s.host}-route`.slice(0, 63), labels: labels(gw) },
      spec: {
        parentRefs: [{ name: PARENT_GATEWAY }],
        rules: [{ matches: [{ path: { type: 'PathPrefix', value: `/${s.slug}` } }], backendRefs: [{ name: gw, port: 80 }] }],
      },
    })),
  );
  return files;
}

/** The Kustomization tying every file of deploy/k8s/ together. */
export function kustomization(files: readonly string[]): JsonObject {
  return { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', labels: [{ pairs: { 'app.kubernetes.io/part-of': 'stormscape-system' } }], resources: [...files] };
}
