import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** Where picked ports start: above the well-known and the usual development ports (3000, 5432, 8080, 9092 …). */
const LOWEST = 15_000;
/** The kernel's ephemeral range starts here unless it says otherwise (Linux's default; macOS and Windows start at 49152). */
const EPHEMERAL_START = 32_768;

/** First port of the ephemeral range on this machine (Linux), or the default. */
export function ephemeralStart(procRange = readProcRange()): number {
  const low = Number(procRange?.trim().split(/\s+/)[0]);
  return Number.isInteger(low) && low > LOWEST + 1_000 ? low : EPHEMERAL_START;
}

function readProcRange(): string | null {
  try {
    return readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8');
  } catch {
    return null;
  }
}

/** Binds `port` on 127.0.0.1 (0: the kernel picks) and releases it; resolves the port, or null when it is taken. */
function probe(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(bound > 0 ? bound : null));
    });
  });
}

/** Whether `port` on 127.0.0.1 can be bound right now (bound and released at once). */
export async function portIsFree(port: number): Promise<boolean> {
  return (await probe(port)) !== null;
}

/**
 * A TCP port on 127.0.0.1 that is free right now, released for the server to bind. Ports are
 * kept across stop/start so clients can reconnect to the same URL.
 *
 * Picked at random *below* the kernel's ephemeral range: a port the kernel hands out (listen on
 * 0) is one that every outgoing connection on the machine may get as its local port between our
 * release and the server's bind — a service of a generated system once failed to start with
 * EADDRINUSE that way while the tests beside it opened Kafka and PostgreSQL connections. Below
 * the range only another explicit pick can collide. The kernel's pick remains the fallback.
 */
export async function freePort(): Promise<number> {
  const high = ephemeralStart();
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = await probe(LOWEST + Math.floor(Math.random() * (high - LOWEST)));
    if (port !== null) return port;
  }
  const port = await probe(0);
  if (port === null) throw new Error('could not get a free port');
  return port;
}
