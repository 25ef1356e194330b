import type { JsonObject } from '../specs/jsonSchema';
import type { SystemPlan } from './systemPlan';

/** npm package name for the system root: the board name as a lowercase npm name. */
function packageName(boardName: string): string {
  const base = boardName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${base || 'stormscape'}-system`;
}

/**
 * `<dir>/package.json`: an npm-workspaces root over every TypeScript service folder and the
 * gateway. `start` runs everything, `test` every workspace's own tests (and `mvn -B verify`
 * of the Maven reactor `<dir>/pom.xml` when the system has Spring services), `test:system`
 * the slice tests against real PostgreSQL and Kafka (scripts/testSystem.ts).
 */
export function rootPackageJson(system: SystemPlan): JsonObject {
  const spring = system.services.some((s) => s.target === 'spring');
  return {
    name: packageName(system.boardName),
    version: '0.1.0',
    private: true,
    type: 'module',
    description: `${system.boardName}: the generated services, their API gateway and the thin-slice system tests`,
    workspaces: [...system.services.filter((s) => s.target === 'typescript').map((s) => s.slug), 'gateway'],
    scripts: {
      // node itself, not the tsx CLI: one process under npm's shell, so it notices when npm is stopped.
      start: 'node --import tsx scripts/start.ts',
      test: spring ? 'npm test --workspaces && mvn -B verify' : 'npm test --workspaces',
      'test:system': 'tsx scripts/testSystem.ts',
      typecheck: 'npm run typecheck --workspaces && tsc -p scripts/tsconfig.json',
    },
    devDependencies: {
      // The slice tests read Kafka with the client the services use.
      '@platformatic/kafka': '^1.35.0',
      '@types/node': '^20.19.0',
      tsx: '^4.20.0',
      typescript: '~5.9.3',
    },
    engines: { node: '>=20.19' },
    // npm 11 runs a dependency's install script only when approved here; tsx's esbuild is
    // the one the system installs (without it npm warns on every install).
    allowScripts: { esbuild: true },
  };
}

/** `scripts/system.json`: what the start scripts need of every service. */
export function systemJson(system: SystemPlan): JsonObject {
  return {
    services: system.services.map((s) => ({ slug: s.slug, name: s.name, target: s.target, jar: s.jar, urlEnv: s.urlEnv, localPort: s.localPort, calleeUrlEnvs: s.callees.map((c) => c.urlEnv) })),
    gateway: { localPort: system.gateway.localPort },
  };
}
