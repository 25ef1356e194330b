import { fork } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Command, Report } from '../bench/loadWorker';
import { machineCpu, parseProcStat, parseSched, readSched, schedDelta } from '../bench/sched';

/** Nice value of every thread of `pid` (field 19 of /proc/<pid>/task/<tid>/stat). */
function threadNices(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).map((tid) => {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  });
}

// The S1 tail analysis rests on these: a wrong field would blame the wrong party for the tail.
describe('bench scheduling figures', () => {
  it('parses schedstat (CPU ns, wait ns, slices) and the switch counts of status', () => {
    const status = 'Name:\tnode\nvoluntary_ctxt_switches:\t12\nnonvoluntary_ctxt_switches:\t3\n';
    expect(parseSched('79399140 164709278 35\n', status)).toEqual({ cpuMs: 79.39914, waitMs: 164.709278, voluntary: 12, involuntary: 3 });
  });

  it('parses /proc/stat’s all-CPU line: busy ticks (user, nice, system, irq, softirq, steal) and the total with idle and iowait', () => {
    const stat = 'cpu  100 2 30 500 7 1 4 3 0 0\ncpu0 50 1 15 250 3 0 2 1 0 0\n';
    expect(parseProcStat(stat)).toEqual({ busy: 140, total: 647 });
  });

  it('counts this process spinning as about one busy core of the machine', () => {
    const since = machineCpu();
    const t0 = performance.now();
    // /proc/stat counts in 10 ms ticks: spin 300 ms so a core's worth shows clearly.
    while (performance.now() - t0 < 300);
    const { busyCores, cores } = since();
    expect(cores).toBe(os.availableParallelism());
    expect(busyCores).toBeGreaterThanOrEqual(0.8);
    expect(busyCores).toBeLessThanOrEqual(cores);
  });

  it('reads the main thread’s CPU time, run-queue wait and switch counts from /proc, in ms', () => {
    const t0 = performance.now();
    const before = readSched(process.pid);
    // Spin until the kernel has counted 20 ms of CPU for this thread (bounded: 20 s of wall time).
    while (readSched(process.pid).cpuMs - before.cpuMs < 20 && performance.now() - t0 < 20_000);
    const used = schedDelta(before, readSched(process.pid));
    const wall = performance.now() - t0;
    expect(used.cpuMs).toBeGreaterThanOrEqual(20);
    // In milliseconds (the kernel's clock and ours differ slightly, so only the unit is checked).
    expect(used.cpuMs).toBeLessThan(wall * 1.5 + 5);
    expect(used.waitMs).toBeGreaterThanOrEqual(0);
    expect(used.waitMs).toBeLessThan(wall * 1.5 + 5);
    expect(Number.isInteger(used.voluntary) && Number.isInteger(used.involuntary)).toBe(true);
  });

  it('runs every thread of a load process the requested nice steps below the bench', async () => {
    const child = fork(path.join(import.meta.dirname, '../bench/loadWorker.ts'), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, BENCH_LOAD_PROCESS_NICE: '5' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    try {
      const report = await new Promise<Report>((resolve) => {
        child.once('message', (m: { report: Report }) => resolve(m.report));
        child.send({ cmd: 'report' } satisfies Command);
      });
      const expected = Math.min(19, os.getPriority(0) + 5);
      expect(report.nice).toBe(expected);
      expect(new Set(threadNices(child.pid!))).toEqual(new Set([expected]));
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);
});
