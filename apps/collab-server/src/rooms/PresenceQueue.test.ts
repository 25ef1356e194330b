import { describe, expect, it } from 'vitest';
import { PresenceQueue, URGENT_PRESENCE_BYTES } from './PresenceQueue';

/** A connection that records which of its messages were handled, in order. */
const recorder = (log: string[], name: string) => ({ handlePresence: (data: Buffer) => log.push(`${name}:${data.byteLength}`) });

describe('PresenceQueue', () => {
  it('hands a client’s own small change over before echoes queued earlier, each lane in order', () => {
    const log: string[] = [];
    const queue = new PresenceQueue();
    const echoer = recorder(log, 'echo');
    const mover = recorder(log, 'cursor');
    queue.push(echoer, Buffer.alloc(48 * 1024));
    queue.push(echoer, Buffer.alloc(48 * 1024 + 1));
    queue.push(mover, Buffer.alloc(150));
    queue.push(mover, Buffer.alloc(URGENT_PRESENCE_BYTES));
    expect(queue.bytes).toBe(2 * 48 * 1024 + 1 + 150 + URGENT_PRESENCE_BYTES);
    queue.drain(Number.POSITIVE_INFINITY, false);
    expect(log).toEqual(['cursor:150', `cursor:${URGENT_PRESENCE_BYTES}`, `echo:${48 * 1024}`, `echo:${48 * 1024 + 1}`]);
    expect(queue.length).toBe(0);
    expect(queue.bytes).toBe(0);
  });

  it('stops at the deadline (checked every 8 messages) and goes on where it stopped', () => {
    const log: string[] = [];
    const queue = new PresenceQueue();
    const from = recorder(log, 'm');
    for (let i = 0; i < 20; i++) queue.push(from, Buffer.alloc(10 + i));
    let clock = 0;
    queue.drain(1, false, () => ++clock);
    expect(log).toHaveLength(8);
    queue.drain(0, true, () => ++clock);
    expect(log).toEqual(Array.from({ length: 20 }, (_, i) => `m:${10 + i}`));
  });
});
