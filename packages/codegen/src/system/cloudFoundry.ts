import type { JsonObject } from '../specs/jsonSchema';
import type { SystemPlan } from './systemPlan';

/**
 * Cloud Foundry manifest (`cf push -f deploy/manifest.yml --vars-file vars.yml`): every
 * TypeScript service and the gateway from its folder with the Node.js buildpack, every Spring
 * Boot service as its jar (`mvn -B package` first) with the Java buildpack. Services get internal
 * routes (container-to-container); the gateway the public one. What only the platform knows
 * (domain, database URLs, brokers) is a `((variable))` the push must supply.
 */
export function cloudFoundryManifest(system: SystemPlan): JsonObject {
  const common = { buildpacks: ['nodejs_buildpack'], memory: '256M', instances: 1, command: 'npx tsx src/main.ts', 'health-check-type': 'http' };
  const JAVA = { buildpacks: ['java_buildpack'], memory: '1G', instances: 1, 'health-check-type': 'http', timeout: 180 };
  const applications: JsonObject[] = system.services.map((s) => ({
    name: s.host,
    ...(s.jar ? { path: `../${s.jar}`, ...JAVA } : { path: `../${s.slug}`, ...common }),
    'health-check-http-endpoint': '/health/ready',
    routes: [{ route: `${s.host}.apps.internal` }],
    env: {
      ...(s.jar
        ? // The Java buildpack's JRE line; Spring reads PORT (set by CF), DATABASE_URL and KAFKA_BROKERS like the TypeScript services.
          { JBP_CONFIG_OPEN_JDK_JRE: '{ jre: { version: 17.+ } }' }
        : // tsx runs the TypeScript sources: keep devDependencies.
          { NPM_CONFIG_PRODUCTION: 'false' }),
      HOST: '0.0.0.0',
      DATABASE_URL: `((${s.host}-database-url))`,
      KAFKA_BROKERS: '((kafka-brokers))',
      ...Object.fromEntries(s.callees.map((c) => [c.urlEnv, `http://${c.host}.apps.internal:8080`])),
    },
  }));
  applications.push({
    name: system.gateway.host,
    path: '../gateway',
    ...common,
    // Liveness only: readiness depends on every service, and CF restarts an app whose check fails.
    'health-check-http-endpoint': '/health/live',
    routes: [{ route: `${system.gateway.host}.((domain))` }],
    env: { NPM_CONFIG_PRODUCTION: 'false', HOST: '0.0.0.0', ...Object.fromEntries(system.services.map((s) => [s.urlEnv, `http://${s.host}.apps.internal:8080`])) },
  });
  return { applications };
}
