// `npm run bench -w @stormscape/codegen`: generating everything (plan, OpenAPI, AsyncAPI,
// every template of every service) for a generated 1,000-sticky, 20-context board.
// Prints median and p90 against a 2 s target. Never part of `npm test`.
import os from 'node:os';
import { generateLargeBoard } from '@stormscape/model/testing';
import { generateProject, generateSpecs, planProject } from '../src/index';

const SIZE = { stickies: 1000, contexts: 20, seed: 1 };
const TARGET_MS = 2000;
const WARMUP = 2;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

interface Row {
  name: string;
  median: number;
  p90: number;
  cpu: number;
  target: number | null;
}

function measure(name: string, target: number | null, run: () => unknown): Row {
  for (let i = 0; i < WARMUP; i++) run();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    run();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  const at = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)] ?? Number.NaN;
  return { name, median: at(times, 0.5), p90: at(times, 0.9), cpu: at(cpu, 0.5), target };
}

const board = generateLargeBoard(SIZE);
// The first call also compiles every template once (cached afterwards): report it apart.
const coldStart = performance.now();
const files = generateProject(board);
const cold = performance.now() - coldStart;
const plan = planProject(board);
const operations = plan.contexts.reduce((n, c) => n + c.aggregates.reduce((m, a) => m + a.commands.length + a.queries.length, 0) + c.readModels.length * 2, 0);
const bytes = [...files.values()].reduce((n, f) => n + f.length, 0);

const rows: Row[] = [
  measure('generateProject (everything)', TARGET_MS, () => generateProject(board)),
  measure('  of which specs only (generateSpecs)', null, () => generateSpecs(board)),
  measure('  of which planning (planProject)', null, () => planProject(board)),
];

const fmt = (ms: number) => ms.toFixed(1).padStart(8);
console.log(`Codegen bench: ${board.stickies.length} stickies, ${board.links.length} links, ${plan.contexts.length} contexts → ${operations} operations, ${files.size} files, ${(bytes / 1e6).toFixed(1)} MB; ${RUNS} runs after ${WARMUP} warm-up`);
console.log(`first run (compiles the templates): ${cold.toFixed(0)} ms`);
console.log(`${'operation'.padEnd(40)}${'median ms'.padStart(10)}${'p90 ms'.padStart(10)}${'cpu ms'.padStart(10)}${'target'.padStart(8)}  status`);
for (const row of rows) {
  const status = row.target === null ? '' : row.median <= row.target ? 'ok' : 'OVER TARGET';
  console.log(`${row.name.padEnd(40)}${fmt(row.median)}  ${fmt(row.p90)}  ${fmt(row.cpu)}${(row.target === null ? '' : String(row.target)).padStart(8)}  ${status}`);
}
console.log(`(machine load average ${os.loadavg()[0]?.toFixed(1)} on ${os.availableParallelism()} cores: wall times grow with it, cpu times much less)`);
