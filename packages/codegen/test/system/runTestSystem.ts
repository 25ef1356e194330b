import { spawnSync } from 'node:child_process';

export interface TestSystemRun {
  readonly status: number | null;
  readonly output: string;
  /** Seconds the Spring build took inside test:system (undefined without Spring services). */
  readonly build: string | undefined;
}

/** Runs a generated system's `npm run test:system` in `dir` and logs its timings under `label`. */
export function runTestSystem(dir: string, label: string, timeoutMs: number): TestSystemRun {
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'test:system'], { encoding: 'utf8', cwd: dir, env: { ...process.env, LOG_LEVEL: 'warn' }, maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs });
  const output = `${result.stdout}${result.stderr}`;
  const build = /Built the Spring Boot services in ([\d.]+) s/.exec(output)?.[1];
  const ready = /Everything is ready after ([\d.]+) s/.exec(output)?.[1];
  const slices = /^# duration_ms ([\d.]+)$/m.exec(output)?.[1];
  console.log(`npm run test:system (${label}): ${((Date.now() - started) / 1000).toFixed(0)} s in all${build ? `, mvn package ${build} s` : ''}, ready after ${ready} s, slices ${(Number(slices) / 1000).toFixed(1)} s, exit ${result.status}`);
  return { status: result.status, output, build };
}
