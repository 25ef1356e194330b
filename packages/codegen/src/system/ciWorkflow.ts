import type { JsonObject } from '../specs/jsonSchema';
import type { SystemPlan } from './systemPlan';

/**
 * GitHub Actions: build and test every TypeScript service and the gateway (one job each), the
 * Spring Boot services in one Maven reactor (`mvn -B verify`), then the system test.
 */
export function ciWorkflow(system: SystemPlan): JsonObject {
  const setup: JsonObject[] = [{ uses: 'actions/checkout@v4' }, { uses: 'actions/setup-node@v4', with: { 'node-version': '20' } }];
  // Java 17 and Maven (on the runner), the local repository cached between runs: Kafka for test:system, and the Spring services.
  const java: JsonObject = { uses: 'actions/setup-java@v4', with: { distribution: 'temurin', 'java-version': '17', cache: 'maven' } };
  const spring = system.services.some((s) => s.target === 'spring');
  const jobs: JsonObject = {
    service: {
      name: 'build and test ${{ matrix.service }}',
      'runs-on': 'ubuntu-latest',
      strategy: { 'fail-fast': false, matrix: { service: [...system.services.filter((s) => s.target === 'typescript').map((s) => s.slug), 'gateway'] } },
      steps: [...setup, { run: 'npm install --no-audit --no-fund' }, { run: 'npm run build', 'working-directory': '${{ matrix.service }}' }, { run: 'npm test', 'working-directory': '${{ matrix.service }}' }],
    },
  };
  if (spring) jobs.spring = { name: 'build and test the Spring Boot services', 'runs-on': 'ubuntu-latest', steps: [{ uses: 'actions/checkout@v4' }, java, { run: 'mvn -B verify' }] };
  jobs.system = {
    name: 'system test',
    needs: spring ? ['service', 'spring'] : 'service',
    'runs-on': 'ubuntu-latest',
    steps: [...setup, java, { run: 'npm install --no-audit --no-fund' }, { run: 'npm run test:system' }],
  };
  return { name: 'ci', on: { push: { branches: ['main'] }, pull_request: {} }, jobs };
}
