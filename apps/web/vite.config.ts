import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import type { Plugin, PluginOption } from 'vite';

// In development Vite proxies the collab server's REST API and rooms, so the browser
// sees one origin exactly as in production (where the server serves dist/ itself).
const collab = `http://127.0.0.1:${process.env.COLLAB_PORT ?? '8080'}`;

/**
 * Emits dist/sw.js (src/collab/serviceWorker/sw.js) with this build's precache list: every
 * emitted file except source maps, plus a version derived from the file names and
 * index.html, so a new build installs a new cache and drops the old one.
 */
function serviceWorker(): Plugin {
  return {
    name: 'stormscape-service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const assets = Object.keys(bundle)
        .filter((file) => !file.endsWith('.map') && file !== 'index.html' && file !== 'sw.js')
        .sort()
        .map((file) => `/${file}`);
      const html = bundle['index.html'];
      const hash = createHash('sha256').update(assets.join('\n'));
      if (html?.type === 'asset') hash.update(html.source);
      const manifest = { version: hash.digest('hex').slice(0, 16), assets };
      const source = readFileSync(new URL('./src/collab/serviceWorker/sw.js', import.meta.url), 'utf8');
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: `self.__SW_MANIFEST__ = ${JSON.stringify(manifest)};\n${source}` });
    },
  };
}

export default defineConfig({
  // The cast bridges plugin-react's types, which resolve a newer hoisted vite.
  plugins: [react() as unknown as PluginOption, serviceWorker()],
  server: {
    proxy: {
      '/api': collab,
      '/ws': { target: collab, ws: true },
    },
  },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 2000 },
});
