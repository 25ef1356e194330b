import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ephemeralStart, freePort } from './freePort';

function listenOn(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

describe('freePort', () => {
  it('reads where the kernel’s ephemeral range starts, with the usual default when it cannot', () => {
    expect(ephemeralStart('32768\t60999\n')).toBe(32768);
    expect(ephemeralStart('40000 65000')).toBe(40000);
    expect(ephemeralStart(null)).toBe(32768);
    expect(ephemeralStart('garbage')).toBe(32768);
    // A range reaching down into the picked ports: the default bound, not an empty choice.
    expect(ephemeralStart('1024 65535')).toBe(32768);
  });

  // Outgoing connections take their local ports from the ephemeral range, so a port picked there
  // can be gone before the server binds it (EADDRINUSE seen in CI).
  it('picks free ports below the ephemeral range, which a server can then bind', async () => {
    const ports = await Promise.all(Array.from({ length: 20 }, () => freePort()));
    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(15_000);
      expect(port).toBeLessThan(ephemeralStart());
    }
    await Promise.all([...new Set(ports)].map(listenOn));
  });
});
