// `npm run dev`: the collab server (embedded storage) and Vite's dev server with hot reload,
// side by side; Vite proxies /api and /ws to the collab server.
import { spawn } from 'node:child_process';

const children = [
  spawn('npm', ['run', 'start', '-w', '@stormscape/collab-server'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: process.env.COLLAB_PORT ?? '8080' },
  }),
  spawn('npm', ['run', 'dev', '-w', '@stormscape/web'], { stdio: 'inherit' }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => { if (code) stop(); });
