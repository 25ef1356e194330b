/**
 * Micro-benchmark of the fan-out's per-peer write: CPU per send of one small pre-framed
 * message to 500 loopback sockets, `socket.write` (the stream layer) vs `writeFrame`
 * (`src/rooms/directWrite.ts`, the libuv handle directly). The receivers run in a child
 * process that only drains. Methods alternate (A B B A …) so drift in the machine's load hits
 * both alike. `npx tsx bench/sendPath.ts` (from this package).
 */
import { fork } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { DirectWriter } from '../src/rooms/directWrite';

const PEERS = 500;
const ROUNDS = 200;
const BLOCKS = 4;
const frame = Buffer.alloc(120, 7);

if (process.argv[2] === 'receiver') {
  const port = Number(process.argv[3]);
  let open = 0;
  for (let i = 0; i < PEERS; i++) {
    const c = net.connect(port, '127.0.0.1', () => {
      if (++open === PEERS) process.send!('ready');
    });
    c.on('data', () => {});
    c.on('error', () => {});
  }
} else {
  const sockets: net.Socket[] = [];
  const server = net.createServer((s) => {
    s.setNoDelay(true);
    sockets.push(s);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  const child = fork(fileURLToPath(import.meta.url), ['receiver', String(port)], { execArgv: ['--import', 'tsx'] });
  await new Promise((r) => child.once('message', r));
  while (sockets.length < PEERS) await new Promise((r) => setImmediate(r));
  const writers = sockets.map((s) => new DirectWriter(s));
  const methods = {
    'socket.write': (i: number) => void sockets[i]!.write(frame),
    writeFrame: (i: number) => writers[i]!.write(frame),
  };
  const results: Record<string, number[]> = { 'socket.write': [], writeFrame: [] };
  const order = ['socket.write', 'writeFrame', 'writeFrame', 'socket.write'] as const;
  for (let b = 0; b < BLOCKS; b++) {
    for (const name of order) {
      const send = methods[name];
      const t0 = process.cpuUsage();
      for (let r = 0; r < ROUNDS; r++) {
        for (let i = 0; i < PEERS; i++) send(i);
        // Let the stream layer's deferred callbacks run, as between two loop turns.
        await new Promise((res) => setImmediate(res));
      }
      const used = process.cpuUsage(t0);
      results[name]!.push((used.user + used.system) / (ROUNDS * PEERS));
    }
  }
  const fmt = (v: number[]) => {
    const s = [...v].sort((a, b) => a - b);
    return `median ${s[s.length >> 1]!.toFixed(2)} µs (${s[0]!.toFixed(2)}–${s.at(-1)!.toFixed(2)})`;
  };
  console.log(`CPU per send, ${PEERS} loopback peers, ${frame.length}-byte frame, load avg ${os.loadavg()[0]!.toFixed(1)}:`);
  for (const [name, v] of Object.entries(results)) console.log(`  ${name.padEnd(13)} ${fmt(v)}`);
  child.kill();
  for (const s of sockets) s.destroy();
  server.close();
}
