import type { JsonObject } from '../specs/jsonSchema';
import type { SystemPlan } from './systemPlan';

/** GitHub Actions: build and test every service (one job per service), then the system test. */
export function ciWorkflow(system: SystemPlan): JsonObject {
  const setup: JsonObject[] = [{ uses: 'actions/checkout@v4' }, { uses: 'actions/setup-node@v4', with: { 'node-version': '20' } }];
  return {
    name: 'ci',
    on: { push: { branches: ['main'] }, pull_request: {} },
    jobs: {
      service: {
        name: 'build and test ${{ matrix.service }}',
        'runs-on': 'ubuntu-latest',
        strategy: { 'fail-fast': false, matrix: { service: [...system.services.map((s) => s.slug), 'gateway'] } },
        steps: [...setup, { run: 'npm install --no-audit --no-fund' }, { run: 'npm run build', 'working-directory': '${{ matrix.service }}' }, { run: 'npm test', 'working-directory': '${{ matrix.service }}' }],
      },
      system: {
        name: 'system test',
        needs: 'service',
        'runs-on': 'ubuntu-latest',
        steps: [...setup, { uses: 'actions/setup-java@v4', with: { distribution: 'temurin', 'java-version': '17' } }, { run: 'npm install --no-audit --no-fund' }, { run: 'npm run test:system' }],
      },
    },
  };
}
