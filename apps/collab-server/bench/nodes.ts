/**
 * The multi-node table: S1 and S2 with one board served by 1, 2 and 3 of our nodes on
 * PostgreSQL + Redis (viewers and clients spread evenly over the nodes), next to one node on
 * the default embedded storage (SQLite) and the stock server, same workload, same code path
 * (`s1`/`s2` with a list of nodes). Columns are picked by name in BENCH_ONLY.
 */
import os from 'node:os';
import type { Backing } from './cluster';
import { startBacking, startNodes, stopNodes } from './cluster';
import { medianRun, ms, pct, spread } from './format';
import type { S1Result, S2Result } from './scenarios';
import { s1, s2 } from './scenarios';
import type { ServerHandle } from './servers';
import { startServer } from './servers';

/** BENCH_ONLY names of the columns, in the order they run and print. */
export const NODE_COLUMNS = ['N1-stock', 'N1-sqlite', 'N1', 'N2', 'N3'] as const;
type Column = (typeof NODE_COLUMNS)[number];

const titles: Record<Column, string> = { 'N1-stock': 'stock, 1', 'N1-sqlite': 'SQLite, 1', N1: 'PG+Redis, 1', N2: 'PG+Redis, 2', N3: 'PG+Redis, 3' };

/** The workloads: S1 with 500 viewers, S2 with 400 clients (its target is for 2 nodes). */
/**
 * S1's clients run at the servers' priority (as `S1-shared`) unless `BENCH_NODES_LOAD_NICE` puts
 * them that many nice steps below, in every column alike (`bench/sched.ts`). S2's always run at
 * the servers' priority.
 */
const S1_OPTIONS = { viewers: 500, hz: 60, warmupMs: 2_000, measureMs: 10_000, loadNice: Number(process.env.BENCH_NODES_LOAD_NICE ?? 0) };
const S2_OPTIONS = { clients: Number(process.env.BENCH_NODES_S2_CLIENTS ?? 400), cursorHz: 20, draggers: 5, dragHz: 30, probeEvery: 5, warmupMs: 3_000, measureMs: 10_000, echo: true };

/**
 * Each column's S1 and S2 run this many times, the columns in turn and in reverse order every
 * other round (drift in the machine's load hits every column alike); a column's detailed rows are
 * from its run with the median p99. One run's S1 p99 on two nodes read 6.7 and 11 ms in two
 * quiet runs five minutes apart (2026-12-05 10:05/10:10), as one node's does (see `run.ts`).
 */
const REPEATS = Math.max(1, Number(process.env.BENCH_NODES_REPEATS ?? 3));

interface ColumnResult {
  s1: S1Result[];
  s2: S2Result[];
}

async function startColumn(column: Column, backing: () => Promise<Backing>, nodeArgs: string[]): Promise<ServerHandle[]> {
  if (column === 'N1-stock') return [await startServer('stock', {}, nodeArgs)];
  if (column === 'N1-sqlite') return [await startServer('ours', {}, nodeArgs)];
  return startNodes(await backing(), Number(column.slice(1)), nodeArgs);
}

/** Runs the chosen columns; returns false when none was chosen. */
export async function nodesTable(only: string[], nodeArgs: string[], deadline: number): Promise<boolean> {
  const columns = NODE_COLUMNS.filter((c) => only.includes(c));
  const scenarios = (process.env.BENCH_NODES_SCENARIOS ?? 'S1,S2').split(',');
  if (columns.length === 0) return false;
  console.log(`\nSeveral nodes (${columns.join(', ')}): S1 ${S1_OPTIONS.viewers} viewers, S2 ${S2_OPTIONS.clients} clients, spread evenly over the nodes.`);
  let backing: Promise<Backing> | null = null;
  const results = new Map<Column, ColumnResult>(columns.map((c) => [c, { s1: [], s2: [] }]));
  try {
    for (let round = 0; round < REPEATS; round++) {
      for (const column of round % 2 === 0 ? columns : [...columns].reverse()) {
        const result = results.get(column)!;
        for (const name of scenarios) {
          if (Date.now() > deadline) {
            console.log(`  ${name} ${column}: skipped (time budget used up)`);
            continue;
          }
          const t0 = Date.now();
          let nodes: ServerHandle[] = [];
          try {
            nodes = await startColumn(column, () => (backing ??= startBacking()), nodeArgs);
            let p99: number | undefined;
            if (name === 'S1') {
              const run = await s1(nodes[0]!, S1_OPTIONS, nodes);
              result.s1.push(run);
              p99 = run.p99;
            }
            if (name === 'S2') {
              const run = await s2(nodes[0]!, S2_OPTIONS, nodes);
              result.s2.push(run);
              p99 = run.cursorP99;
            }
            console.log(`  ${name} ${column.padEnd(9)} run ${round + 1}/${REPEATS} done in ${((Date.now() - t0) / 1000).toFixed(0)} s, p99 ${ms(p99)} ms (load avg ${os.loadavg()[0]!.toFixed(1)})`);
          } catch (err) {
            console.log(`  ${name} ${column}: failed: ${err instanceof Error ? err.message : String(err)}`);
          } finally {
            await stopNodes(nodes);
          }
        }
      }
    }
  } finally {
    if (backing) await (await (backing as Promise<Backing>)).close();
  }
  print(columns, results);
  return true;
}

const cpus = (v: number[] | undefined) => (v === undefined ? 'n/a' : v.map(pct).join(' '));

/** Busy cores of the whole machine, e.g. "1.42 of 2". */
const busy = (m: { busyCores: number; cores: number }) => `${m.busyCores.toFixed(2)} of ${m.cores}`;

/** Each run's p99. */
const p99s = (values: number[]) => values.map(ms).join(' ');

/** The detailed rows of a column: its run with the median p99. */
interface Shown {
  s1?: S1Result;
  s2?: S2Result;
  s1Runs: number[];
  s2Runs: number[];
}

function print(columns: Column[], results: Map<Column, ColumnResult>): void {
  const shown = (c: Column): Shown => {
    const r = results.get(c) ?? { s1: [], s2: [] };
    return { s1: medianRun(r.s1, (x) => x.p99), s2: medianRun(r.s2, (x) => x.cursorP99), s1Runs: r.s1.map((x) => x.p99), s2Runs: r.s2.map((x) => x.cursorP99) };
  };
  const rows: string[][] = [];
  const row = (scenario: string, metric: string, target: string, value: (r: Shown) => string) => rows.push([scenario, metric, target, ...columns.map((c) => value(shown(c)))]);
  row(`S1 1 writer 60 Hz, ${S1_OPTIONS.viewers} viewers (load nice +${S1_OPTIONS.loadNice})`, `update p99 of each run (ms), ${REPEATS} runs`, '', (r) => p99s(r.s1Runs));
  row('', 'update p99 median (min–max) (ms)', '≤ 10 on 2+ nodes', (r) => spread(r.s1Runs));
  row('', 'run with the median p99: update p50 (ms)', '', (r) => ms(r.s1?.p50));
  row('', 'update p50 / p99, viewer on writer’s node (ms)', '', (r) => (r.s1?.byNode ? `${ms(r.s1.byNode.sameP50)} / ${ms(r.s1.byNode.sameP99)}` : 'n/a'));
  row('', 'update p50 / p99, viewer on other node (ms)', '', (r) => (r.s1?.byNode ? `${ms(r.s1.byNode.otherP50)} / ${ms(r.s1.byNode.otherP99)}` : 'n/a'));
  row('', 'delivered', '100%', (r) => pct(r.s1?.delivered));
  row('', 'CPU per node (1 core)', '', (r) => cpus(r.s1?.cpuPerNode));
  row('', 'busiest load process CPU', '', (r) => pct(r.s1?.loadCpu));
  row('', 'whole machine: busy cores; CPU per update (ms)', '', (r) => (r.s1 ? `${busy(r.s1.machine)}; ${ms(r.s1.machine.msPerUpdate)}` : 'n/a'));
  row(`S2 ${S2_OPTIONS.clients} cursors 20 Hz, 5 drag 30 Hz`, `cursor p99 of each run (ms), ${REPEATS} runs`, '', (r) => p99s(r.s2Runs));
  row('', 'cursor p99 median (min–max) (ms)', '≤ 150 on 2 nodes', (r) => spread(r.s2Runs));
  row('', 'run with the median cursor p99: document p99 (ms)', '', (r) => ms(r.s2?.docP99));
  row('', 'document delivered', '100%', (r) => pct(r.s2?.docDelivered));
  row('', 'cursor p50 (ms)', '', (r) => ms(r.s2?.cursorP50));
  row('', 'cursor p50 / p99, sender on same node (ms)', '', (r) => (r.s2?.cursorByNode ? `${ms(r.s2.cursorByNode.sameP50)} / ${ms(r.s2.cursorByNode.sameP99)}` : 'n/a'));
  row('', 'cursor p50 / p99, sender on other node (ms)', '', (r) => (r.s2?.cursorByNode ? `${ms(r.s2.cursorByNode.otherP50)} / ${ms(r.s2.cursorByNode.otherP99)}` : 'n/a'));
  row('', 'CPU per node (1 core)', '', (r) => cpus(r.s2?.cpuPerNode));
  row('', 'presence msgs/client/s out, in', '', (r) => (r.s2?.presencePerClient ? `${r.s2.presencePerClient.out.toFixed(1)}, ${r.s2.presencePerClient.in.toFixed(1)}` : 'n/a'));
  row('', 'document msgs/client/s out', '', (r) => (typeof r.s2?.documentsPerClient === 'number' ? r.s2.documentsPerClient.toFixed(1) : 'n/a'));
  row('', 'busiest load process CPU', '', (r) => pct(r.s2?.loadCpu));
  row('', 'whole machine: busy cores', '', (r) => (r.s2 ? busy(r.s2.machine) : 'n/a'));
  row('', 'clients dropped', '0', (r) => String(r.s2?.closed ?? 'n/a'));
  const header = ['scenario', 'metric', 'target', ...columns.map((c) => titles[c])];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i >= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows) console.log(line(r));
  console.log('\nColumns: server, nodes. PG+Redis: our nodes on one PostgreSQL and one Redis (the bench starts both); the S1 writer is on the first node.');
}
