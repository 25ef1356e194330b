// Copied from Stormscape's @stormscape/testinfra by `generate`: rewritten on every generation.
// Bounded waits on a ManagedProcess: until its log says it is ready, or until a one-shot tool
// finishes. Every failure kills what we started and quotes the tail of its log.
import { readLogFrom } from './logFile';
import { describeExit, ManagedProcess, ServerStartError, type ManagedProcessOptions } from './ManagedProcess';

const POLL_MS = 100;

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}

function failure(proc: ManagedProcess, what: string): ServerStartError {
  const { name, command, args, logFile } = proc.options;
  return new ServerStartError(
    `${name} ${what}.\n  command: ${command} ${args.join(' ')}\n  log: ${logFile}\n  last lines:\n${proc.tail()}`,
  );
}

/**
 * Resolve once `ready` matches this run's log output. Rejects (after killing the process) when
 * it exits first or `timeoutMs` passes.
 */
export async function waitForLog(proc: ManagedProcess, ready: RegExp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (ready.test(readLogFrom(proc.options.logFile, proc.logOffset))) return;
    if (!proc.running) throw failure(proc, `${describeExit(await proc.exited)} before it was ready`);
    if (Date.now() > deadline) {
      await proc.kill();
      throw failure(proc, `was not ready within ${seconds(timeoutMs)} (killed it)`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Run a one-shot tool (initdb, Kafka's storage formatter) to completion; throws unless it exits 0. */
export async function runToCompletion(options: ManagedProcessOptions, timeoutMs: number): Promise<void> {
  const proc = await ManagedProcess.start(options);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(resolve, timeoutMs, 'timeout');
  });
  const outcome = await Promise.race([proc.exited, timeout]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    await proc.kill();
    throw failure(proc, `did not finish within ${seconds(timeoutMs)} (killed it)`);
  }
  await proc.stop();
  if (outcome.code !== 0) throw failure(proc, describeExit(outcome));
}
