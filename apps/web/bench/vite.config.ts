import react from '@vitejs/plugin-react';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { PluginOption } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

/** Two pages built the same way: our canvas and bare React Flow default nodes. */
export default defineConfig({
  root: resolve(here, 'pages'),
  plugins: [react() as unknown as PluginOption],
  logLevel: 'warn',
  build: {
    outDir: resolve(here, '.bench/dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    target: 'es2022',
    rollupOptions: { input: { ours: resolve(here, 'pages/ours.html'), bare: resolve(here, 'pages/bare.html') } },
  },
});
