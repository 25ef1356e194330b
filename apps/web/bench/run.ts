// `npm run bench -w @stormscape/web`: renders a 2,000-sticky / 500-link board with our
// canvas and with bare React Flow default nodes in the same headless chromium run, and
// prints time-to-rendered and frame times while panning, zooming and dragging 50
// selected stickies, with our/bare ratios. Loopback only, bounded in time.
import { boardToDoc } from '@stormscape/model/yjs';
import { generateLargeBoard } from '@stormscape/model/testing';
import { createReadStream, existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import * as Y from 'yjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, '.bench/dist');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const STICKIES = 2000;
const LINKS = 500;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.bin': 'application/octet-stream' };

async function main() {
  await build({ configFile: resolve(here, 'vite.config.ts') });
  const board = generateLargeBoard({ stickies: STICKIES, links: LINKS, contexts: 10, seed: 7 });
  writeFileSync(join(dist, 'board.json'), JSON.stringify(board));
  writeFileSync(join(dist, 'board.bin'), Y.encodeStateAsUpdate(boardToDoc(board)));
  writeFileSync(join(dist, 'meta.json'), JSON.stringify({ nodes: board.stickies.length + board.contexts.length, edges: board.links.length }));
  // `--prepare`: build the pages and data only (to open them by hand or profile).
  if (process.argv.includes('--prepare')) return;

  const server = createServer((req, res) => {
    const path = join(dist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!path.startsWith(dist) || !existsSync(path)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const results: Record<'ours' | 'bare', Measure[]> = { ours: [], bare: [] };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const variant of ['ours', 'bare'] as const) {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        results[variant].push(await measure(page, `${base}/${variant}.html`, board.stickies.map((s) => s.id)));
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  report(results);
}

interface Measure {
  ready: number;
  pan: number[];
  zoom: number[];
  drag: number[];
}

async function frames(page: Page, drive: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => window.__bench.startFrames());
  await drive();
  return page.evaluate(() => window.__bench.stopFrames());
}

async function measure(page: Page, url: string, stickyIds: string[]): Promise<Measure> {
  await page.goto(url);
  await page.waitForFunction(() => window.__bench?.ready != null, null, { timeout: 60_000, polling: 50 });
  const ready = await page.evaluate(() => window.__bench.ready!);
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const cx = pane.x + pane.width / 2;
  const cy = pane.y + pane.height / 2;
  await page.waitForTimeout(500);

  // Pan: hold Space and drag (works over nodes too), 60 moves.
  const pan = await frames(page, async () => {
    await page.keyboard.down('Space');
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    // A loop that ends where it started, so the view is back at the fit for the next phase.
    for (let i = 1; i <= 60; i++) await page.mouse.move(cx + Math.sin((i / 60) * 2 * Math.PI) * 200, cy + (1 - Math.cos((i / 60) * 2 * Math.PI)) * 100);
    await page.mouse.up();
    await page.keyboard.up('Space');
  });
  // Zoom: 30 wheel steps in, 30 out, around the centre.
  const zoom = await frames(page, async () => {
    await page.mouse.move(cx, cy);
    for (let i = 0; i < 60; i++) await page.mouse.wheel(0, i < 30 ? -60 : 60);
  });
  // Drag 50 selected stickies by one of them.
  const chosen = stickyIds.slice(0, 50);
  await page.evaluate((ids) => window.__bench.select(ids), chosen);
  await page.waitForTimeout(300);
  const handle = page.locator(`.react-flow__node[data-id="${chosen[0]}"]`);
  const box = (await handle.boundingBox())!;
  const sx = box.x + box.width / 2;
  const sy = box.y + box.height / 2;
  const drag = await frames(page, async () => {
    await page.mouse.move(sx, sy);
    await page.mouse.down();
    for (let i = 1; i <= 60; i++) await page.mouse.move(sx + i * 4, sy + Math.sin(i / 5) * 40);
    await page.mouse.up();
  });
  return { ready, pan, zoom, drag };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? NaN;
};

function report(results: Record<'ours' | 'bare', Measure[]>) {
  const rows: [string, (m: Measure[]) => number, string][] = [
    ['navigation → rendered (ms)', (ms) => median(ms.map((m) => m.ready)), '≤ 1500'],
    ['pan: median frame (ms)', (ms) => median(ms.flatMap((m) => m.pan)), '≤ 20'],
    ['pan: p95 frame (ms)', (ms) => p95(ms.flatMap((m) => m.pan)), ''],
    ['zoom: median frame (ms)', (ms) => median(ms.flatMap((m) => m.zoom)), '≤ 20'],
    ['zoom: p95 frame (ms)', (ms) => p95(ms.flatMap((m) => m.zoom)), ''],
    ['drag 50: median frame (ms)', (ms) => median(ms.flatMap((m) => m.drag)), '≤ 20'],
    ['drag 50: p95 frame (ms)', (ms) => p95(ms.flatMap((m) => m.drag)), ''],
  ];
  console.log(`\nweb canvas bench: ${STICKIES} stickies, ${LINKS} links, ${ROUNDS} rounds, headless chromium (no GPU)`);
  console.log(`${'metric'.padEnd(30)}${'ours'.padStart(10)}${'bare RF'.padStart(10)}${'ours/bare'.padStart(11)}  target`);
  for (const [name, f, target] of rows) {
    const o = f(results.ours);
    const b = f(results.bare);
    console.log(`${name.padEnd(30)}${o.toFixed(1).padStart(10)}${b.toFixed(1).padStart(10)}${(o / b).toFixed(2).padStart(10)}×  ${target}${target ? ', ratio ≤ 1.3×' : ''}`);
  }
}

await main();
