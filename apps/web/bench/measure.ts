/**
 * Drives one page (ours or bare) through the same gestures and reads the timings from the
 * probe injected into both (`probe.js`): navigation → rendered, then pan, zoom and
 * drag-50 at the fit zoom and at a zoom where stickies render in full detail.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';

/** Frame times (ms, requestAnimationFrame deltas) of one gesture per kind. */
export interface Gestures {
  pan: number[];
  zoom: number[];
  drag: number[];
}

export interface Measure {
  ready: number;
  /** React Flow's transform [x, y, zoom] at each level, to check both pages saw the same view. */
  fitView: [number, number, number];
  detailView: [number, number, number];
  /** The stickies dragged (same ids on both sides when the views match). */
  selected: string[];
  pane: { width: number; height: number };
  fit: Gestures;
  detail: Gestures;
  /** With BENCH_PROFILE=1: main-thread ms per gesture (script, style, layout, all tasks). */
  profile: Record<string, Record<string, number>>;
}

const PROFILED = ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'TaskDuration'];

interface Probe {
  ready: number | null;
  startFrames(): void;
  stopFrames(): number[];
  viewport(): [number, number, number] | null;
  visibleNodes(ids: string[], count: number, margin: number): { id: string; x: number; y: number }[];
  emptySpot(): { x: number; y: number } | null;
  selectedIds(): string[];
}

declare global {
  interface Window {
    __probe: Probe;
  }
}

/** Zoom at which the full-detail gestures run (stickies switch to tiles below 0.3). */
export const DETAIL_ZOOM = 0.35;
/** React Flow's wheel zoom: each 60 px wheel step scales by 2^(60 × 0.002). */
const WHEEL_STEP = 60;
const WHEEL_FACTOR = 2 ** (WHEEL_STEP * 0.002);
const DRAGGED = 50;

let cdp: CDPSession | null = null;
let profile: Measure['profile'] = {};

async function metrics(): Promise<Record<string, number>> {
  const { metrics: all } = (await cdp!.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(all.filter((m) => PROFILED.includes(m.name)).map((m) => [m.name, m.value * 1000]));
}

async function frames(page: Page, drive: () => Promise<void>, name: string): Promise<number[]> {
  const before = cdp ? await metrics() : null;
  const tracing = await startTrace(page, name);
  await page.evaluate(() => window.__probe.startFrames());
  await drive();
  const result = await page.evaluate(() => window.__probe.stopFrames());
  await tracing?.stop();
  if (before) {
    const after = await metrics();
    profile[name] = Object.fromEntries(PROFILED.map((k) => [k, after[k]! - before[k]!]));
  }
  return result;
}

/**
 * BENCH_TRACE=<dir> (with BENCH_TRACE_ONLY=ours|bare and BENCH_TRACE_GESTURES=a,b): a
 * Chromium trace (main-thread tasks, paint, layers) and a CDP CPU profile of each
 * gesture, written to <dir>/<page>-<gesture>.trace.json / .cpuprofile for `bench/trace.ts`.
 */
async function startTrace(page: Page, name: string): Promise<{ stop(): Promise<void> } | null> {
  const dir = process.env.BENCH_TRACE;
  const side = new URL(page.url()).pathname.includes('bare') ? 'bare' : 'ours';
  const only = process.env.BENCH_TRACE_GESTURES?.split(',');
  if (!dir || (process.env.BENCH_TRACE_ONLY && process.env.BENCH_TRACE_ONLY !== side) || (only && !only.includes(name))) return null;
  const browser = page.context().browser()!;
  const session = await page.context().newCDPSession(page);
  const file = join(dir, `${side}-${name.replace(/\W+/g, '-')}`);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 500 });
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await session.send('Profiler.start');
  return {
    async stop() {
      const { profile: cpu } = await session.send('Profiler.stop');
      writeFileSync(`${file}.cpuprofile`, JSON.stringify(cpu));
      writeFileSync(`${file}.trace.json`, await browser.stopTracing());
      await session.detach();
    },
  };
}

/**
 * BENCH_TRACE_PAINT=1 adds what each frame invalidated (style and layout invalidation
 * tracking, paint, frame events): large traces, for one gesture at a time.
 */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink',
  'cc',
  'toplevel',
  'v8.execute',
  '__metadata',
  ...(process.env.BENCH_TRACE_PAINT
    ? ['disabled-by-default-devtools.timeline.invalidationTracking', 'disabled-by-default-devtools.timeline.paint', 'disabled-by-default-devtools.timeline.layers', 'disabled-by-default-devtools.timeline.frame']
    : []),
];

const viewport = async (page: Page) => {
  const v = await page.evaluate(() => window.__probe.viewport());
  if (!v) throw new Error('no React Flow viewport on the page');
  return v;
};

/**
 * Drag the background near the centre in a loop that ends where it started (the view
 * comes back). It starts on empty pane: a drag that starts on a node moves the node.
 */
async function pan(page: Page, name: string): Promise<number[]> {
  const at = await page.evaluate(() => window.__probe.emptySpot());
  if (!at) throw new Error('no empty spot on the pane to start a pan');
  return frames(
    page,
    async () => {
      await page.mouse.move(at.x, at.y);
      await page.mouse.down();
      for (let i = 1; i <= 60; i++) await page.mouse.move(at.x + Math.sin((i / 60) * 2 * Math.PI) * 200, at.y + (1 - Math.cos((i / 60) * 2 * Math.PI)) * 100);
      await page.mouse.up();
    },
    name,
  );
}

/** 30 wheel steps in, 30 out, around the pane's centre: the view comes back. */
const zoom = (page: Page, cx: number, cy: number, step: number, name: string) =>
  frames(
    page,
    async () => {
      await page.mouse.move(cx, cy);
      for (let i = 0; i < 60; i++) await page.mouse.wheel(0, i < 30 ? -step : step);
    },
    name,
  );

/** Drag the selection by one of its stickies, 60 pointer moves. */
const drag = (page: Page, at: { x: number; y: number }, name: string) =>
  frames(
    page,
    async () => {
      await page.mouse.move(at.x, at.y);
      await page.mouse.down();
      for (let i = 1; i <= 60; i++) await page.mouse.move(at.x + i * 4, at.y + Math.sin(i / 5) * 40);
      await page.mouse.up();
    },
    name,
  );

async function wheelSteps(page: Page, cx: number, cy: number, steps: number, deltaY: number): Promise<void> {
  await page.mouse.move(cx, cy);
  for (let i = 0; i < steps; i++) await page.mouse.wheel(0, deltaY);
  await page.waitForTimeout(800);
}

/**
 * `url` is opened in a fresh context (empty IndexedDB, no service worker yet). `focus` is
 * the board point the full-detail view zooms in on (inside a bounded context, where the
 * stickies are dense enough to pick 50 on screen).
 */
export async function measure(page: Page, url: string, stickyIds: string[], focus: { x: number; y: number }): Promise<Measure> {
  profile = {};
  cdp = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
  await cdp?.send('Performance.enable');
  await page.goto(url);
  await page.waitForFunction(() => window.__probe?.ready != null, null, { timeout: 180_000, polling: 100 });
  const ready = await page.evaluate(() => window.__probe.ready!);
  const box = (await page.locator('.react-flow').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.waitForTimeout(1000);

  // Fit zoom (as the board opens): tiles on our side.
  const fitView = await viewport(page);
  const fit: Gestures = { pan: await pan(page, 'fit pan'), zoom: await zoom(page, cx, cy, WHEEL_STEP, 'fit zoom'), drag: [] };

  // Full detail: wheel in around `focus` to ≥ DETAIL_ZOOM, same steps on both sides.
  const steps = Math.ceil(Math.log(DETAIL_ZOOM / fitView[2]) / Math.log(WHEEL_FACTOR));
  const fx = box.x + fitView[0] + focus.x * fitView[2];
  const fy = box.y + fitView[1] + focus.y * fitView[2];
  await wheelSteps(page, fx, fy, steps, -WHEEL_STEP);
  const detailView = await viewport(page);
  if (detailView[2] < 0.3) throw new Error(`zoomed to ${detailView[2]}, not full detail`);
  // Half-size wheel steps here, so 30 steps in stay below the 3× maximum zoom.
  const detail: Gestures = { pan: await pan(page, 'detail pan'), zoom: await zoom(page, cx, cy, WHEEL_STEP / 2, 'detail zoom'), drag: [] };

  // Select 50 stickies on screen, nearest the centre first, by Ctrl+click (both pages).
  const chosen = await page.evaluate(([ids, n]) => window.__probe.visibleNodes(ids, n, 20), [stickyIds, DRAGGED] as const);
  await page.keyboard.down('Control');
  for (const node of chosen) await page.mouse.click(node.x, node.y);
  await page.keyboard.up('Control');
  await page.waitForTimeout(500);
  const selected = (await page.evaluate(() => window.__probe.selectedIds())).filter((id) => stickyIds.includes(id)).sort();
  if (selected.length !== DRAGGED) throw new Error(`selected ${selected.length} stickies (clicked ${chosen.length}), expected ${DRAGGED}`);
  detail.drag = await drag(page, chosen[0]!, 'detail drag 50');
  await page.waitForTimeout(500);

  // Back out to the fit (same steps out) and drag the same selection there.
  await wheelSteps(page, fx, fy, steps, WHEEL_STEP);
  const [handle] = await page.evaluate((ids) => window.__probe.visibleNodes(ids, 1, 20), selected);
  if (!handle) throw new Error('no selected sticky on screen at the fit zoom');
  fit.drag = await drag(page, handle, 'fit drag 50');
  return { ready, fitView, detailView, selected, pane: { width: box.width, height: box.height }, fit, detail, profile };
}
