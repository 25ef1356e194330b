import { startRedis, type TestRedis } from '@stormscape/testinfra';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Metrics } from '../metrics';
import { RedisFanout } from './RedisFanout';
import { waitFor } from '../../test/helpers';

// Two fan-outs (two "nodes") on one real Redis: what one publishes, the other relays; a node
// never hears its own messages back; boards stay apart.
const silent = pino({ level: 'silent' });

let redis: TestRedis;
const fanouts: RedisFanout[] = [];
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await Promise.all(fanouts.map((f) => f.close()));
  await redis?.close();
});

describe('RedisFanout', () => {
  it('relays a message from one node to another, not back to its sender, per board', async () => {
    const [a, b] = ['node-a', 'node-b'].map((id) => new RedisFanout(redis.url, id, new Metrics(), silent));
    fanouts.push(a!, b!);
    const onA: number[][] = [];
    const onB: number[][] = [];
    const onOther: number[][] = [];
    a!.subscribe('board-1', (m) => onA.push([...m]));
    b!.subscribe('board-1', (m) => onB.push([...m]));
    b!.subscribe('board-2', (m) => onOther.push([...m]));
    await waitFor(() => a!.isReady() && b!.isReady(), 'both fan-outs connected and subscribed', 30_000);
    a!.publish('board-1', Uint8Array.of(0, 1, 2, 3));
    await waitFor(() => onB.length === 1, 'node B to receive node A’s message', 30_000);
    expect(onB[0]).toEqual([0, 1, 2, 3]);
    // A marker after it: once B has it, A's echo of the first has come and gone.
    b!.publish('board-1', Uint8Array.of(9));
    await waitFor(() => onA.length === 1, 'node A to receive node B’s message', 30_000);
    expect(onA).toEqual([[9]]);
    expect(onOther).toEqual([]);
  });

  it('starts while Redis is down, relays once it is up, and goes on after Redis restarts', async () => {
    await redis.stop();
    const [a, b] = ['node-c', 'node-d'].map((id) => new RedisFanout(redis.url, id, new Metrics(), silent));
    fanouts.push(a!, b!);
    const onB: number[][] = [];
    b!.subscribe('board-3', (m) => onB.push([...m]));
    a!.publish('board-3', Uint8Array.of(1));
    expect(a!.dropped).toBe(1);
    await redis.start();
    await waitFor(() => a!.isReady() && b!.isReady(), 'both fan-outs connected once Redis is up', 30_000);
    a!.publish('board-3', Uint8Array.of(2));
    await waitFor(() => onB.length === 1, 'node B to receive node A’s message', 30_000);
    await redis.restart();
    await waitFor(() => a!.isReady() && b!.isReady(), 'both fan-outs back after the restart', 30_000);
    a!.publish('board-3', Uint8Array.of(3));
    await waitFor(() => onB.length === 2, 'node B to receive node A’s message after the restart', 30_000);
    expect(onB).toEqual([[2], [3]]);
  });

  it('names its connections on Redis, and close returns once both have ended', async () => {
    const probe = new Redis(redis.url);
    try {
      const names = async () => ((await probe.client('LIST')) as string).split('\n').flatMap((line) => /name=(\S+)/.exec(line)?.[1] ?? []);
      const fanout = new RedisFanout(redis.url, 'node-e', new Metrics(), silent);
      fanouts.push(fanout);
      await waitFor(() => fanout.isReady(), 'the fan-out connected and subscribed', 30_000);
      expect((await names()).filter((n) => n.startsWith('stormscape:node-e:')).sort()).toEqual(['stormscape:node-e:pub', 'stormscape:node-e:sub']);
      await fanout.close();
      // Redis has let go of both: nothing was left for the process's exit to cut off.
      expect((await names()).filter((n) => n.startsWith('stormscape:node-e:'))).toEqual([]);
    } finally {
      probe.disconnect();
    }
  });
});
