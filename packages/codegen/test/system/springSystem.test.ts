import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseBoardFile } from '@stormscape/model';
import { afterAll, describe, expect, it } from 'vitest';
import { generateProject } from '../../src/index';
import { PACKAGE_DIR, scratchDir, writeFiles } from '../files';
import { runTestSystem } from './runTestSystem';

// The container-shipping board (not one of the team's examples) generated with --target spring:
// its own `npm run test:system` builds the three Spring Boot services in one Maven reactor,
// runs their jars on a real PostgreSQL and Kafka behind the Fastify gateway and plays the same
// slice files as the TypeScript target: booking to invoice across services (Invoicing's policy
// reacting to Booking's event), the lifecycle refusal (409) and the voyage, each event awaited
// on Kafka with the slice's trace id and the TypeScript envelope, the read model read back
// through the gateway.
const dir = scratchDir('system-spring-container-shipping');
let passed = false;
afterAll(() => {
  if (passed) rmSync(dir, { recursive: true, force: true });
});

describe('container-shipping generated with --target spring', () => {
  const parsed = parseBoardFile(readFileSync(join(PACKAGE_DIR, 'test/boards/container-shipping.storm.json'), 'utf8'));
  if (!parsed.ok) throw new Error(`invalid board file: ${parsed.errors.map((e) => e.message).join('; ')}`);
  const files = generateProject(parsed.board, { target: 'spring' });
  writeFiles(dir, files);

  it('npm run test:system passes against real PostgreSQL and Kafka through the gateway: booking to invoice across services, the refusal, the voyage', () => {
    const { status, output, build } = runTestSystem(dir, 'container-shipping, Spring', 1_500_000);
    expect(status, output.slice(-8000)).toBe(0);
    expect(build, 'the Spring services were built by test:system').toBeDefined();
    expect(output).toMatch(/^# fail 0$/m);
    // Three slice tests and the gateway's two smoke tests, each by name.
    expect(Number(/^# pass (\d+)$/m.exec(output)?.[1] ?? 0)).toBe(5);
    for (const slice of ['Shipper books cargo \\(happy path\\)', 'Confirming a cancelled booking \\(unhappy path\\)', 'Voyage opens and closes \\(happy path\\)']) expect(output).toMatch(new RegExp(`^\\s*ok \\d+ - ${slice}`, 'm'));
    passed = true;
  }, 1_500_000);
});
