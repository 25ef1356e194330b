// Copied from Stormscape's @stormscape/testinfra by `generate`: rewritten on every generation.
import { createServer } from 'node:net';

/**
 * A TCP port on 127.0.0.1 that is free right now (the kernel picks it; we release it for the
 * server to bind). Ports are kept across stop/start so clients can reconnect to the same URL.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('could not get a free port'))));
    });
  });
}
