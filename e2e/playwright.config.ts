import { defineConfig } from '@playwright/test';
import { createServer } from 'node:net';

/** A port nobody listens on now (so parallel runs on one machine never share a server). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

// The collab server (started by global-setup) serves the built web app, /api and /ws
// on this one port. Picked once by the runner; its workers inherit it through the env.
process.env.E2E_PORT ??= String(await freePort());
const port = Number(process.env.E2E_PORT);
// The server's workspace token (list, create, import boards): global-setup starts the server
// with it, the API fixtures send it, and every page starts with it remembered.
process.env.STORMSCAPE_ADMIN_TOKEN ??= `e2e-workspace-${port}-${Date.now().toString(36)}`;

export default defineConfig({
  testDir: './tests',
  // Per run, so two runs on one machine do not clean up each other's traces.
  outputDir: `./test-results/run-${port}`,
  globalSetup: './global-setup.ts',
  forbidOnly: !!process.env.CI,
  fullyParallel: false,
  workers: 1,
  // No retries: a flaky test is a defect to fix, never to hide.
  retries: 0,
  // A hang guard, not a speed check: at load 30 the long board-basics flow and the axe scan
  // of the food-delivery board ran past 60 s while still progressing.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
