/**
 * The stock server for comparison: exactly `@y/websocket-server@0.1.1`'s bin (`src/server.js`:
 * http + ws upgrade → `setupWSConnection`, no persistence), plus a read-only memory
 * endpoint for the benchmark and PORT=0 support.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { setupWSConnection } from '@y/websocket-server/utils';

const wss = new WebSocketServer({ noServer: true });
const server = http.createServer((req, res) => {
  if (req.url?.startsWith('/__bench/mem')) {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc) gc();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(process.memoryUsage()));
    return;
  }
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end('okay');
});
wss.on('connection', setupWSConnection);
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(JSON.stringify({ msg: 'listening', port: (server.address() as AddressInfo).port }));
});
