// `npx tsx bench/trace.ts <dir>`: where the time went in the traces and CPU profiles that
// `BENCH_TRACE=<dir> npm run bench` wrote (see measure.ts). For each gesture: busy time
// per thread, the main thread's self time per trace event (script, style, layout, paint,
// layerize, commit…), and the JavaScript functions with the most self time.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

const TOP = Number(process.env.TOP ?? 25);
const ms = (us: number) => (us / 1000).toFixed(0).padStart(7);

/** Self time (µs) per event name on one thread: each complete event minus the events nested in it. */
function selfTimes(events: TraceEvent[]): Map<string, number> {
  const spans = events.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: TraceEvent[] = [];
  for (const e of spans) {
    while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - Math.min(e.dur!, parent.ts + parent.dur! - e.ts));
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur!);
    stack.push(e);
  }
  return self;
}

function summariseTrace(file: string): void {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(raw) ? raw : raw.traceEvents;
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key)!.push(e);
  }
  // Busy time per thread: top-level tasks only.
  const busy = [...byThread].map(([key, evs]) => {
    const top = evs.filter((e) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'));
    return { key, name: names.get(key) ?? key, busy: top.reduce((t, e) => t + e.dur!, 0), events: evs.length };
  });
  console.log(`\n== ${file}`);
  console.log('busy per thread (ms of top-level tasks):');
  for (const t of busy.filter((b) => b.busy > 0).sort((a, b) => b.busy - a.busy).slice(0, 8)) console.log(`  ${ms(t.busy)}  ${t.name} (${t.key})`);
  const mains = busy.filter((b) => b.name === 'CrRendererMain').sort((a, b) => b.busy - a.busy);
  const main = mains[0];
  if (!main) return;
  const self = [...selfTimes(byThread.get(main.key)!)].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  console.log(`main thread self time per event (ms), ${main.key}:`);
  for (const [name, t] of self) console.log(`  ${ms(t)}  ${name}`);
}

function summariseProfile(file: string): void {
  const p = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (p.timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`JS self time, ${file} (total ${ms(total)} ms sampled):`);
  for (const [name, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${ms(t)}  ${name}`);
}

const dir = process.argv[2];
if (!dir) throw new Error('usage: tsx bench/trace.ts <dir written by BENCH_TRACE>');
for (const f of readdirSync(dir).sort()) {
  if (f.endsWith('.trace.json')) summariseTrace(join(dir, f));
  else if (f.endsWith('.cpuprofile')) summariseProfile(join(dir, f));
}
