import net from 'node:net';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import util from 'node:util';

/**
 * Node's own write request for a libuv stream handle (`internalBinding('stream_wrap')`), what
 * `net.Socket#write` uses underneath. Not a public API: `directWrite.test.ts` fails if a Node
 * upgrade changes it, and every write falls back to `socket.write` when it is missing.
 */
interface WriteReq {
  handle: unknown;
  buffer: Buffer | null;
  oncomplete: (status: number) => void;
}
interface StreamWrapBinding {
  WriteWrap: new () => WriteReq;
  streamBaseState: Int32Array;
  kLastWriteWasAsync: number;
}
interface StreamHandle {
  writeBuffer(req: WriteReq, data: Buffer): number;
}

function loadBinding(): StreamWrapBinding | null {
  try {
    const binding = (process as unknown as { binding(name: string): Partial<StreamWrapBinding> }).binding('stream_wrap');
    const { WriteWrap, streamBaseState, kLastWriteWasAsync } = binding;
    return typeof WriteWrap === 'function' && streamBaseState instanceof Int32Array && typeof kLastWriteWasAsync === 'number' ? (binding as StreamWrapBinding) : null;
  } catch {
    return null;
  }
}
const binding = loadBinding();

/**
 * A write request for writes the kernel takes at once: libuv only keeps (wraps) the request
 * object when a write has to wait, so one object serves every such write and a new one is made
 * only after a write went asynchronous. Single-threaded: no two writes overlap.
 */
let spare: WriteReq | null = null;

/**
 * Writes one room's pre-framed messages (`frames.ts`) to a client's TCP socket below the
 * stream layer: straight to the socket's libuv handle (`writeBuffer`, which tries the kernel
 * write at once), when nothing is queued for that socket anywhere — not in the stream
 * (`writableLength`, corked writes), not in libuv from an earlier direct write. Otherwise it
 * is `socket.write`, which queues behind whatever is pending; so the byte order on the wire is
 * exactly the order of the calls, `ws`'s own writes (pings, close frames) included.
 *
 * Why: a fan-out sends the same small frame to hundreds of sockets per update, and the stream
 * layer's bookkeeping per write (write request, state, deferred callback) is a fixed user-space
 * cost on top of the kernel's send. Measured with `bench/sendPath.ts` (500 loopback peers,
 * 120-byte frame, CPU per send, the two alternated, 2026-12-04 15:20, load 32–39): `socket.write`
 * median 8.95 µs (8.51–9.62) vs this 8.35 µs (7.66–8.94); again at 16:15, load 35–37: 10.23 µs
 * vs 8.71 µs. 7–15% of the fan-out's CPU; the rest is the kernel's TCP send, one syscall per
 * peer, which no user-space change removes.
 */
export class DirectWriter {
  /** Bytes of direct writes the kernel has not taken yet (libuv holds them); counted as buffered. */
  private waiting = 0;
  private readonly direct: boolean;

  constructor(private readonly socket: Duplex) {
    // Plain TCP only: a TLS socket's handle encrypts, a test's duplex has none.
    this.direct = binding !== null && socket instanceof net.Socket && !(socket instanceof tls.TLSSocket);
  }

  /** Bytes queued for this socket and not yet taken by the kernel, besides the stream's own. */
  get pendingBytes(): number {
    return this.waiting;
  }

  write(frame: Buffer): void {
    const socket = this.socket as net.Socket & { _handle?: StreamHandle | null };
    const handle = socket._handle;
    if (!this.direct || this.waiting > 0 || !handle || socket.writableLength > 0 || socket.writableCorked > 0 || socket.destroyed || !socket.writable || socket.connecting) {
      if (socket.writable) socket.write(frame);
      return;
    }
    const { WriteWrap, streamBaseState, kLastWriteWasAsync } = binding!;
    const req = (spare ??= new WriteWrap());
    req.handle = handle;
    const err = handle.writeBuffer(req, frame);
    if (err !== 0) {
      // Broken socket (EPIPE, ECONNRESET): the stream layer reports and destroys it as usual.
      // Node may have wrapped and disposed `req` on the way: never reuse it.
      spare = null;
      socket.write(frame);
      return;
    }
    if (streamBaseState[kLastWriteWasAsync] === 0) return;
    // The kernel took part of it or none: libuv queued the rest and now owns `req`.
    spare = null;
    req.buffer = frame; // keep the bytes alive until libuv is done with them
    this.waiting += frame.byteLength;
    req.oncomplete = (status: number) => {
      this.waiting -= frame.byteLength;
      req.buffer = null;
      if (status < 0 && !socket.destroyed) socket.destroy(Object.assign(new Error(`write ${util.getSystemErrorName(status)}`), { code: util.getSystemErrorName(status), errno: status, syscall: 'write' }));
    };
  }
}
