import react from '@vitejs/plugin-react';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { PluginOption } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

/** The baseline page (bare React Flow); our side is the app's own production build. */
export default defineConfig({
  root: resolve(here, 'pages'),
  plugins: [react() as unknown as PluginOption],
  logLevel: 'warn',
  build: {
    outDir: resolve(here, '.bench/dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    target: 'es2022',
    rollupOptions: { input: { bare: resolve(here, 'pages/bare.html') } },
  },
});
