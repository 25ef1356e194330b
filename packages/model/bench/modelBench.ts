// `npm run bench -w @stormscape/model`: the model's hot paths on a generated 5,000-sticky
// board (2,000 links, 20 contexts). Prints median and p90 over several runs against a
// 100 ms target. Never part of `npm test`: timings depend on the machine and its load.
import os from 'node:os';
import { deriveBoris } from '../src/derive/index';
import { checkBoardIntegrity, parseBoardFile, serialiseBoard } from '../src/file/index';
import { lintBoard } from '../src/lint/index';
import { generateLargeBoard } from '../src/testing/index';
import { boardToDoc, docToBoard } from '../src/yjs/index';

const SIZE = { stickies: 5000, links: 2000, contexts: 20, seed: 1 };
const TARGET_MS = 100;
const WARMUP = 3;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

interface Row {
  name: string;
  median: number;
  p90: number;
  /** Median CPU time of this process: less sensitive than wall time to other load on the machine. */
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
const text = serialiseBoard(board);
const doc = boardToDoc(board);
const check = parseBoardFile(text);
if (!check.ok) throw new Error(`the generated board does not load: ${JSON.stringify(check.errors.slice(0, 3))}`);

const rows: Row[] = [
  measure('parse + validate (parseBoardFile)', TARGET_MS, () => parseBoardFile(text)),
  measure('serialise (serialiseBoard)', TARGET_MS, () => serialiseBoard(board)),
  measure('docToBoard', TARGET_MS, () => docToBoard(doc)),
  measure('lintBoard (design level)', TARGET_MS, () => lintBoard(board, { level: 'design' })),
  measure('deriveBoris', TARGET_MS, () => deriveBoris(board)),
  // Context for the figures above, no target of their own.
  measure('  of which checkBoardIntegrity', null, () => checkBoardIntegrity(board)),
  measure('  boardToDoc (new doc)', null, () => boardToDoc(board)),
];

const fmt = (ms: number) => ms.toFixed(1).padStart(8);
console.log(`Model bench: ${SIZE.stickies} stickies, ${board.links.length} links, ${SIZE.contexts} contexts; file ${(text.length / 1e6).toFixed(1)} MB; ${RUNS} runs after ${WARMUP} warm-up`);
console.log(`${'operation'.padEnd(36)}${'median ms'.padStart(10)}${'p90 ms'.padStart(10)}${'cpu ms'.padStart(10)}${'target'.padStart(8)}  status`);
for (const row of rows) {
  const status = row.target === null ? '' : row.median <= row.target ? 'ok' : 'OVER TARGET';
  console.log(`${row.name.padEnd(36)}${fmt(row.median)}  ${fmt(row.p90)}  ${fmt(row.cpu)}${(row.target === null ? '' : String(row.target)).padStart(8)}  ${status}`);
}
console.log(`(machine load average ${os.loadavg()[0]?.toFixed(1)} on ${os.availableParallelism()} cores: wall times grow with it, cpu times much less)`);
const over = rows.filter((r) => r.target !== null && r.median > r.target);
if (over.length > 0) console.log(`\n${over.length} operation(s) over the ${TARGET_MS} ms target (medians depend on machine load).`);
