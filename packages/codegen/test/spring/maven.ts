import { spawnSync } from 'node:child_process';

/** Signs in Maven's output that an artifact could not be downloaded (no network, no cache). */
const UNREACHABLE = /Could not transfer artifact|Could not resolve dependencies|Non-resolvable parent POM|UnknownHostException|Connection refused|Network is unreachable|offline mode/;

export interface MavenRun {
  readonly ok: boolean;
  readonly output: string;
  readonly seconds: number;
}

/**
 * Runs `mvn -B <args>` in `dir` with the default local repository (~/.m2, reused between
 * runs). When it fails because Maven Central cannot be reached and ~/.m2 lacks an artifact,
 * the error says so plainly (the build needs Maven Central once; no silent skip).
 */
export function mvn(dir: string, args: readonly string[], timeoutMs: number): MavenRun {
  const started = Date.now();
  const result = spawnSync('mvn', ['-B', ...args], { cwd: dir, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 });
  const seconds = Math.round((Date.now() - started) / 1000);
  if (result.error) throw new Error(`mvn ${args.join(' ')} could not run in ${dir}: ${result.error.message} (is Maven installed? the timeout was ${timeoutMs / 1000} s)`);
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0 && UNREACHABLE.test(output)) {
    throw new Error(
      `Maven could not download what the generated Spring services need: Maven Central is unreachable and ~/.m2/repository lacks an artifact. ` +
        `Run the test once with network access to fill the local repository.\n${output.split('\n').filter((l) => l.includes('ERROR')).slice(0, 10).join('\n')}`,
    );
  }
  return { ok: result.status === 0, output, seconds };
}

/** Surefire's totals over every module of a reactor run. */
export function surefireTotals(output: string): { run: number; failures: number; errors: number; skipped: number; suites: number } {
  let run = 0;
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  let suites = 0;
  // Each module prints one summary line "Tests run: N, Failures: F, Errors: E, Skipped: S" without "-- in".
  for (const m of output.matchAll(/^\[(?:INFO|WARNING|ERROR)\] Tests run: (\d+), Failures: (\d+), Errors: (\d+), Skipped: (\d+)$/gm)) {
    run += Number(m[1]);
    failures += Number(m[2]);
    errors += Number(m[3]);
    skipped += Number(m[4]);
    suites += 1;
  }
  return { run, failures, errors, skipped, suites };
}
