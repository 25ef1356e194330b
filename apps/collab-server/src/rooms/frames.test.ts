import { describe, expect, it } from 'vitest';
import { framedOnce } from './frames';

/** RFC 6455 §5.2 header of an unmasked, final binary frame with this payload length. */
function expectedHeader(length: number): Buffer {
  if (length < 126) return Buffer.from([0x82, length]);
  if (length < 65536) return Buffer.from([0x82, 126, length >> 8, length & 0xff]);
  const header = Buffer.alloc(10);
  header[0] = 0x82;
  header[1] = 127;
  header.writeBigUInt64BE(BigInt(length), 2);
  return header;
}

// frames.ts calls `ws`'s undeclared `Sender.frame` (ws pinned in package.json): if an upgrade
// moves or changes it, these fail before any client sees a wrong byte.
describe('framedOnce (ws Sender.frame)', () => {
  it.each([0, 1, 125, 126, 65_535, 65_536, 70_000])('frames a %i-byte message as one unmasked binary frame', (length) => {
    const payload = Uint8Array.from({ length }, (_, i) => (i * 31) & 0xff);
    // A view into a larger buffer, as the room's messages often are.
    const backing = new Uint8Array(length + 8);
    backing.set(payload, 3);
    const message = backing.subarray(3, 3 + length);
    const frame = framedOnce(message);
    const header = expectedHeader(length);
    expect(frame.subarray(0, header.length)).toEqual(header);
    expect(frame.length).toBe(header.length + length);
    expect(Buffer.compare(frame.subarray(header.length), Buffer.from(payload))).toBe(0);
  });

  it('builds the frame once per message object', () => {
    const message = Uint8Array.of(0, 2, 1, 0);
    expect(framedOnce(message)).toBe(framedOnce(message));
    expect(framedOnce(Uint8Array.of(0, 2, 1, 0))).not.toBe(framedOnce(message));
  });
});
