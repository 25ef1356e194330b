/** The bench's table: ours vs bare React Flow, medians over rounds, ours/bare ratios. */
import { loadavg } from 'node:os';
import type { Gestures, Measure } from './measure';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? NaN;
};
const fmtView = (v: readonly number[]) => `x ${v[0]!.toFixed(0)}, y ${v[1]!.toFixed(0)}, zoom ${v[2]!.toFixed(3)}`;

type Row = [name: string, value: (ms: Measure[]) => number, target: string];

function gestureRows(level: 'fit' | 'detail', label: string, full: boolean): Row[] {
  const all = (kind: keyof Gestures) => (ms: Measure[]) => ms.flatMap((m) => m[level][kind]);
  const target = full ? '≤ 20, ratio ≤ 1.3×' : '≤ 20';
  return (['pan', 'zoom', 'drag'] as const).flatMap((kind): Row[] => {
    const name = kind === 'drag' ? 'drag 50' : kind;
    const rows: Row[] = [
      [`${label} ${name}: median frame (ms)`, (ms) => median(all(kind)(ms)), target],
      [`${label} ${name}: p95 frame (ms)`, (ms) => p95(all(kind)(ms)), full ? 'ratio ≤ 1.3×' : ''],
    ];
    // The whole gesture (sum of its frames, median over rounds): frame times reward work
    // split over more frames, this shows what the same 60 inputs cost from end to end.
    if (full) rows.push([`${label} ${name}: whole gesture (ms)`, (ms) => median(ms.map((m) => m[level][kind].reduce((a, b) => a + b, 0))), '']);
    return rows;
  });
}

export function report(results: Record<'ours' | 'bare', Measure[]>, setup: { stickies: number; links: number; rounds: number; loadBefore: number[] }): void {
  const [o0, b0] = [results.ours[0]!, results.bare[0]!];
  const rows: Row[] = [
    ['navigation → rendered (ms)', (ms) => median(ms.map((m) => m.ready)), ''],
    ...gestureRows('fit', 'fit', false),
    ...gestureRows('detail', 'detail', true),
  ];
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  console.log(`\nweb canvas bench: ${setup.stickies} stickies, ${setup.links} links, ${setup.rounds} rounds, headless chromium (no GPU), ${new Date().toISOString().slice(0, 16)}Z`);
  console.log(`ours: the production build through the real collab server (y-websocket, IndexedDB, awareness); bare: React Flow default nodes with width/height`);
  console.log(`pane ${o0.pane.width.toFixed(0)}×${o0.pane.height.toFixed(0)} px; fit view ours ${fmtView(o0.fitView)} / bare ${fmtView(b0.fitView)}; detail view ours ${fmtView(o0.detailView)} / bare ${fmtView(b0.detailView)}`);
  const sameSelection = results.ours.every((m, i) => m.selected.join() === results.bare[i]?.selected.join());
  if (!sameSelection) console.log('note: the 50 dragged stickies differ between the pages (something covers part of one canvas)');
  console.log(`load average (1, 5, 15 min): before ${load(setup.loadBefore)}, after ${load(loadavg())}`);
  console.log(`${'metric'.padEnd(36)}${'ours'.padStart(9)}${'bare RF'.padStart(9)}${'ours/bare'.padStart(11)}  target`);
  for (const [name, f, target] of rows) {
    const o = f(results.ours);
    const b = f(results.bare);
    console.log(`${name.padEnd(36)}${o.toFixed(1).padStart(9)}${b.toFixed(1).padStart(9)}${(o / b).toFixed(2).padStart(10)}×  ${target}`);
  }
}

/** BENCH_PROFILE=1: where the main thread's time went per gesture (CDP Performance metrics, first round). */
export function reportProfile(results: Record<'ours' | 'bare', Measure[]>): void {
  const [ours, bare] = [results.ours[0]!.profile, results.bare[0]!.profile];
  console.log(`\nmain-thread ms per gesture, first round (ours / bare): script, style, layout, all tasks`);
  for (const name of Object.keys(ours)) {
    const cell = (k: string) => `${ours[name]![k]!.toFixed(0)} / ${bare[name]?.[k]?.toFixed(0) ?? '?'}`;
    console.log(`${name.padEnd(18)}${['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'TaskDuration'].map((k) => cell(k).padStart(14)).join('')}`);
  }
}
