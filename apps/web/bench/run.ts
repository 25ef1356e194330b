// `npm run bench -w @stormscape/web`: the 2,000-sticky / 500-link board on our canvas and on
// bare React Flow, in one headless chromium with the same flags, viewport and gestures.
// Ours is the production build opened by its board link from the real collab server
// (started here on port 0 with a temp data dir): stock y-websocket provider, IndexedDB,
// awareness. Bare is React Flow default nodes with width/height given, the same
// @xyflow/react, in a pane of the same size. Prints navigation → rendered and frame times
// for pan, zoom and drag-50 at the fit zoom and at full detail, with ours/bare ratios.
// BENCH_PROFILE=1 adds main-thread time per gesture (script, style, layout) from CDP;
// BENCH_TRACE=<dir> records a trace and CPU profile per gesture (unminified build, so
// functions keep their names; read them with `npx tsx bench/trace.ts <dir>`).
import { serialiseBoard } from '@stormscape/model';
import type { Board } from '@stormscape/model';
import { generateLargeBoard } from '@stormscape/model/testing';
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { startCollabServer } from './collabServer';
import type { Measure } from './measure';
import { measure } from './measure';
import { report, reportProfile } from './report';

const here = dirname(fileURLToPath(import.meta.url));
const appDir = resolve(here, '..');
const appDist = resolve(here, '.bench/app');
const bareDist = resolve(here, '.bench/dist');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const STICKIES = 2000;
const LINKS = 500;
const VIEWPORT = { width: 1440, height: 900 };
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Static files of the bare page (it needs no server of ours). */
async function serveBare(): Promise<{ url: string; close(): void }> {
  const server = createServer((req, res) => {
    const path = join(bareDist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!path.startsWith(bareDist) || !existsSync(path)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/** The centre of the bounded context nearest the board's centre (full of stickies). */
function denseSpot(board: Board): { x: number; y: number } {
  const xs = board.stickies.map((s) => s.position.x);
  const ys = board.stickies.map((s) => s.position.y);
  const mid = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  const centres = board.contexts.map((c) => ({ x: c.position.x + c.size.width / 2, y: c.position.y + c.size.height / 2 }));
  return centres.sort((a, b) => Math.hypot(a.x - mid.x, a.y - mid.y) - Math.hypot(b.x - mid.x, b.y - mid.y))[0] ?? mid;
}

/** A fresh context per page: empty IndexedDB and storage, as a first visit. */
async function run(browser: Browser, url: string, probe: string, board: Board, storage: Record<string, string>): Promise<Measure> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(
      (entries) => {
        for (const [k, v] of entries) localStorage.setItem(k, v);
      },
      Object.entries(storage),
    );
    await context.addInitScript({ content: probe });
    const page = await context.newPage();
    try {
      return await measure(page, url, board.stickies.map((s) => s.id), denseSpot(board));
    } catch (err) {
      // What the page looked like when it went wrong, for whoever reads the error.
      const shot = resolve(here, `.bench/failure-${new URL(url).port}.png`);
      await page.screenshot({ path: shot }).catch(() => undefined);
      throw new Error(`${url}: ${(err as Error).message} (screenshot ${shot})`);
    }
  } finally {
    await context.close();
  }
}

async function main() {
  const loadBefore = loadavg();
  // The app exactly as `npm run build` makes it, into a directory of the bench's own.
  await build({ configFile: resolve(appDir, 'vite.config.ts'), root: appDir, logLevel: 'error', build: { outDir: appDist, emptyOutDir: true, ...(process.env.BENCH_TRACE ? { minify: false } : {}) } });
  await build({ configFile: resolve(here, 'vite.config.ts') });
  const board = generateLargeBoard({ stickies: STICKIES, links: LINKS, contexts: 10, seed: 7 });
  writeFileSync(join(bareDist, 'board.json'), JSON.stringify(board));
  const expected = { nodes: board.stickies.length + board.contexts.length, edges: board.links.length };
  const probe = `${readFileSync(resolve(here, 'probe.js'), 'utf8')}\ninstallProbe(${JSON.stringify(expected)});`;
  const file = serialiseBoard(board);

  const server = await startCollabServer(appDist);
  const bare = await serveBare();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  const results: Record<'ours' | 'bare', Measure[]> = { ours: [], bare: [] };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      // A fresh copy of the board each round (the previous round dragged 50 stickies).
      const link = await server.importBoard(file);
      const ours = await run(browser, `${server.url}${link}`, probe, board, { 'stormscape.userName': 'Bench' });
      results.ours.push(ours);
      // Tracing our page only: no need to wait for the baseline (and no table).
      if (process.env.BENCH_TRACE_ONLY === 'ours') continue;
      // Bare gets a pane of exactly our canvas's size, so fitting gives the same view.
      results.bare.push(await run(browser, `${bare.url}/bare.html?w=${ours.pane.width}&h=${ours.pane.height}`, probe, board, {}));
      console.log(`round ${round + 1}/${ROUNDS}: ready ours ${ours.ready.toFixed(0)} ms, bare ${results.bare.at(-1)!.ready.toFixed(0)} ms`);
    }
  } finally {
    await browser.close();
    bare.close();
    await server.stop();
  }
  if (results.bare.length === 0) return;
  report(results, { stickies: STICKIES, links: LINKS, rounds: ROUNDS, loadBefore });
  if (process.env.BENCH_PROFILE) reportProfile(results);
}

await main();
