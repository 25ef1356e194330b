/**
 * How long a process's main thread waited for a CPU while runnable (the kernel's run-queue
 * delay) and how often it was preempted, from /proc. On this 2-core box the server, the
 * writer and the viewers share the cores, so a fan-out can stall because the bench's own
 * clients hold the CPU; these figures say how much of a latency tail that is, for both servers.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import os from 'node:os';
import { now } from './common';

/** Cumulative counters of one thread (the main thread when given a process id). */
export interface SchedSample {
  /** Time on a CPU (ms). */
  cpuMs: number;
  /** Time runnable but waiting for a CPU (ms). */
  waitMs: number;
  /** Times it gave up the CPU on its own (blocked: epoll, futex) and was preempted. */
  voluntary: number;
  involuntary: number;
}

/** Parses `/proc/<pid>/schedstat`: "cpu-ns wait-ns slices". */
export function parseSchedstat(schedstat: string): { cpuMs: number; waitMs: number } {
  const [cpuNs, waitNs] = schedstat.trim().split(/\s+/).map(Number);
  return { cpuMs: cpuNs! / 1e6, waitMs: waitNs! / 1e6 };
}

/** Parses `/proc/<pid>/schedstat` and the switch counts of `/proc/<pid>/status`. */
export function parseSched(schedstat: string, status: string): SchedSample {
  const count = (name: string) => Number(new RegExp(`^${name}:\\s*(\\d+)`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { ...parseSchedstat(schedstat), voluntary: count('voluntary_ctxt_switches'), involuntary: count('nonvoluntary_ctxt_switches') };
}

/** The main thread of `pid` now (its schedstat and status are that thread's, not the process's sum). */
export function readSched(pid: number): SchedSample {
  return parseSched(readFileSync(`/proc/${pid}/schedstat`, 'utf8'), readFileSync(`/proc/${pid}/status`, 'utf8'));
}

export const schedDelta = (a: SchedSample, b: SchedSample): SchedSample => ({
  cpuMs: b.cpuMs - a.cpuMs,
  waitMs: b.waitMs - a.waitMs,
  voluntary: b.voluntary - a.voluntary,
  involuntary: b.involuntary - a.involuntary,
});

/** Parses the first (all-CPU) line of `/proc/stat`: busy and total clock ticks since boot. */
export function parseProcStat(stat: string): { busy: number; total: number } {
  // cpu user nice system idle iowait irq softirq steal (guest time is counted in user already)
  const [user, nice, system, idle, iowait, irq, softirq, steal] = stat.split('\n', 1)[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  const busy = user! + nice! + system! + irq! + softirq! + (steal ?? 0);
  return { busy, total: busy + idle! + iowait! };
}

/**
 * The whole machine's CPU from now on (every process and the kernel: nodes, PostgreSQL,
 * Redis, the bench's clients): a latency tail on a box whose cores are about full is the box's,
 * not one process's. The returned function gives the busy cores since this call (of `cores`).
 */
export function machineCpu(): () => { busyCores: number; cores: number } {
  const at = parseProcStat(readFileSync('/proc/stat', 'utf8'));
  const cores = os.availableParallelism();
  return () => {
    const now = parseProcStat(readFileSync('/proc/stat', 'utf8'));
    const total = now.total - at.total;
    return { busyCores: total > 0 ? ((now.busy - at.busy) / total) * cores : Number.NaN, cores };
  };
}

/**
 * Lowers every thread of this process by `by` nice steps from where it started (at most to
 * 19; Linux nice is per thread, threads created later inherit the main thread's). Relative,
 * so a bench started with `nice -n -10` keeps the same gap between servers and clients.
 * Returns the main thread's nice value after.
 */
export function lowerPriority(by: number): number {
  const nice = Math.min(19, os.getPriority(0) + by);
  for (const tid of readdirSync('/proc/self/task')) os.setPriority(Number(tid), nice);
  return os.getPriority(0);
}

/**
 * Reads the run-queue wait of some threads every `everyMs` while running, so the wait during
 * any window (an update's sent → last receipt) can be looked up afterwards. It runs in the
 * orchestrator, which shares the cores with the server: a `perf sched` trace showed the first
 * version (both /proc files, every 5 ms) take 205 ms of the server's CPU in 10 s, so it reads
 * only `schedstat`, through descriptors kept open (one `pread` each), every 10 ms.
 */
export class WaitSampler {
  private readonly times: number[] = [];
  private readonly waits: number[][];
  private readonly fds: number[];
  private readonly buffer = Buffer.alloc(128);
  private timer: NodeJS.Timeout | null = null;

  constructor(pids: number[], private readonly everyMs = 10) {
    this.waits = pids.map(() => []);
    this.fds = pids.map((pid) => openSync(`/proc/${pid}/schedstat`, 'r'));
  }

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.everyMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample();
    for (const fd of this.fds) closeSync(fd);
    this.fds.length = 0;
  }

  private sample(): void {
    this.times.push(now());
    this.fds.forEach((fd, i) => {
      const n = readSync(fd, this.buffer, 0, this.buffer.length, 0);
      this.waits[i]!.push(parseSchedstat(this.buffer.toString('latin1', 0, n)).waitMs);
    });
  }

  /** Run-queue wait (ms) of the `index`-th thread between wall-clock times `from` and `to`, interpolated. */
  waitBetween(index: number, from: number, to: number): number {
    return this.at(index, to) - this.at(index, from);
  }

  private at(index: number, t: number): number {
    const times = this.times;
    const waits = this.waits[index]!;
    if (times.length === 0) return 0;
    if (t <= times[0]!) return waits[0]!;
    if (t >= times[times.length - 1]!) return waits[waits.length - 1]!;
    let lo = 0;
    let hi = times.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (times[mid]! <= t) lo = mid;
      else hi = mid;
    }
    const f = (t - times[lo]!) / (times[hi]! - times[lo]! || 1);
    return waits[lo]! + f * (waits[hi]! - waits[lo]!);
  }
}
