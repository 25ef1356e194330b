import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { PluginOption } from 'vite';

// In development Vite proxies the collab server's REST API and rooms, so the browser
// sees one origin exactly as in production (where the server serves dist/ itself).
const collab = `http://127.0.0.1:${process.env.COLLAB_PORT ?? '8080'}`;

export default defineConfig({
  // The cast bridges plugin-react's types, which resolve a newer hoisted vite.
  plugins: [react() as unknown as PluginOption],
  server: {
    proxy: {
      '/api': collab,
      '/ws': { target: collab, ws: true },
    },
  },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 2000 },
});
