import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../test/helpers';
import { DirectWriter } from './directWrite';

const RECORD = 1024;

/** `count` fixed-size records numbered from `first` (4-byte big-endian number, then filler). */
function records(first: number, count = 1): Buffer {
  const out = Buffer.alloc(RECORD * count, 0xab);
  for (let i = 0; i < count; i++) out.writeUInt32BE(first + i, i * RECORD);
  return out;
}

interface Pair {
  /** The server side: what the room writes to. */
  sender: net.Socket;
  /** The client side, collecting everything it reads. */
  receiver: net.Socket;
  received: () => Buffer;
}

const open: net.Server[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

/** A real loopback TCP connection on port 0. */
async function pair(): Promise<Pair> {
  const server = net.createServer();
  open.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const accepted = new Promise<net.Socket>((r) => server.once('connection', r));
  const receiver = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1');
  const sender = await accepted;
  const chunks: Buffer[] = [];
  receiver.on('data', (d: Buffer) => chunks.push(d));
  return { sender, receiver, received: () => Buffer.concat(chunks) };
}

/** The record numbers in `data`, in arrival order. */
function numbers(data: Buffer): number[] {
  const out: number[] = [];
  for (let at = 0; at + RECORD <= data.length; at += RECORD) out.push(data.readUInt32BE(at));
  return out;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('DirectWriter', () => {
  it('writes below the stream layer on an idle plain TCP socket', async () => {
    const { sender, receiver, received } = await pair();
    const writer = new DirectWriter(sender);
    let streamWrites = 0;
    const streamWrite = sender.write.bind(sender) as (chunk: Buffer) => boolean;
    sender.write = ((chunk: Buffer) => (streamWrites++, streamWrite(chunk))) as typeof sender.write;
    writer.write(records(0));
    writer.write(records(1));
    // The stream layer never saw them (a Node upgrade that breaks the handle path fails here).
    expect(streamWrites).toBe(0);
    expect(sender.writableLength).toBe(0);
    await waitFor(() => received().length === 2 * RECORD, 'the records arrive');
    expect(numbers(received())).toEqual([0, 1]);
    // The socket's own counter includes them (it reads the handle's).
    expect(sender.bytesWritten).toBe(2 * RECORD);
    sender.destroy();
    receiver.destroy();
  });

  it('never overtakes bytes queued in the stream (corked writes, as ws makes)', async () => {
    const { sender, receiver, received } = await pair();
    const writer = new DirectWriter(sender);
    sender.cork();
    sender.write(records(0));
    writer.write(records(1));
    sender.uncork();
    writer.write(records(2));
    sender.write(records(3));
    writer.write(records(4));
    await waitFor(() => received().length === 5 * RECORD, 'five records arrive');
    expect(numbers(received())).toEqual(range(5));
    sender.destroy();
    receiver.destroy();
  });

  it('counts what the kernel did not take, and keeps the order with a receiver that stops reading', async () => {
    const { sender, receiver, received } = await pair();
    const writer = new DirectWriter(sender);
    receiver.pause();
    // Fill the kernel's buffers until a direct write has to wait (bounded: 64 MiB).
    let next = 0;
    const CHUNK = 64;
    while (writer.pendingBytes === 0 && next < 64 * 1024) {
      writer.write(records(next, CHUNK));
      next += CHUNK;
    }
    expect(writer.pendingBytes).toBeGreaterThan(0);
    // While bytes wait in libuv, later writes (direct or not) queue behind them.
    for (let i = 0; i < 20; i++) {
      if (i % 2 === 0) writer.write(records(next, CHUNK));
      else sender.write(records(next, CHUNK));
      next += CHUNK;
    }
    expect(writer.pendingBytes + sender.writableLength).toBeGreaterThanOrEqual(20 * CHUNK * RECORD);
    receiver.resume();
    await waitFor(() => received().length === next * RECORD, 'every record arrives', 30_000);
    expect(numbers(received())).toEqual(range(next));
    await waitFor(() => writer.pendingBytes === 0, 'the waiting writes complete');
    sender.destroy();
    receiver.destroy();
  });
});
