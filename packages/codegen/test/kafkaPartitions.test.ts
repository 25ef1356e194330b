import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Admin, Producer, stringSerializers } from '@platformatic/kafka';
import { getExample } from '@stormscape/model/examples';
import { startKafka, type TestKafka } from '@stormscape/testinfra';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProject } from '../src/index';
import { scratchDir, writeFiles } from './files';
import { readTopic } from './runtime/kafkaProbe';

// The generated Kafka consumer (runtime/kafkaBus.ts) on a real broker: a topic of three
// partitions, one of them held by a handler that waits for the test. The other two go on,
// each in order, with their offsets committed; the held one commits nothing past it.
const dir = scratchDir('kafka-partitions');
const HANG_GUARD_MS = 120_000;
const TOPIC = 'lanes.checked';
const GROUP = 'lanes-test';
const PER_KEY = 15;

interface Delivery {
  readonly payload: unknown;
}
interface Bus {
  subscribe(channel: string, handler: (message: Delivery) => Promise<void>): () => void;
  start(): Promise<void>;
  close(): Promise<void>;
}
type BusClass = new (options: object) => Bus;

/** Polls `check` until it returns a value (hang guard only: no timing is asserted). */
async function eventually<T>(what: string, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + HANG_GUARD_MS;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`hang guard: ${what} did not happen`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('generated Kafka consumer: partitions side by side, each in order', () => {
  let kafka: TestKafka;
  let bus: Bus;
  let admin: Admin;
  const handled: string[] = [];
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let holding = false;

  beforeAll(async () => {
    const example = getExample('food-delivery');
    if (!example) throw new Error('missing example food-delivery');
    const files = generateProject(example.board, { contexts: ['Kitchen'] });
    const runtime = new Map([...files].filter(([path]) => /^kitchen\/src\/generated\/(runtime\/(kafkaBus|partitionLanes)|eventBus)\.ts$/.test(path)));
    expect(runtime.size).toBe(3);
    writeFiles(dir, runtime);
    kafka = await startKafka();
    admin = new Admin({ clientId: 'lanes-test', bootstrapBrokers: [...kafka.brokers] });
    const { KafkaEventBus } = (await import(join(dir, 'kitchen/src/generated/runtime/kafkaBus.ts'))) as { KafkaEventBus: BusClass };
    bus = new KafkaEventBus({
      brokers: kafka.brokers,
      groupId: GROUP,
      clientId: 'lanes-test',
      nameOfChannel: { [TOPIC]: 'Checked' },
      published: [TOPIC],
      partitions: 3,
      replicationFactor: 1,
      maxAttempts: 2,
      retryBaseMs: 10,
      commitIntervalMs: 100,
      maxInFlight: 64,
      log: () => undefined,
    });
    bus.subscribe(TOPIC, async ({ payload }) => {
      const { key, seq } = payload as { key: string; seq: number };
      if (key === 'poison') throw new Error('cannot handle this one');
      if (key === 'held' && seq === 1) {
        holding = true;
        await held;
      }
      handled.push(`${key}:${seq}`);
    });
    await bus.start();
  }, 400_000);

  afterAll(async () => {
    release();
    await bus?.close().catch(() => undefined);
    await admin?.close().catch(() => undefined);
    await kafka?.close();
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  const committed = async (): Promise<Map<number, bigint>> => {
    const [group] = await admin.listConsumerGroupOffsets({ groups: [GROUP] });
    const topic = group?.topics.find((t) => t.name === TOPIC);
    return new Map((topic?.partitions ?? []).map((p) => [p.partitionIndex, p.committedOffset]));
  };
  const seqsOf = (key: string) => handled.filter((h) => h.startsWith(`${key}:`)).map((h) => Number(h.split(':')[1]));

  it('a held handler stalls only its partition; per-key order, per-partition commits and the DLQ hold', async () => {
    const message = (key: string, seq: number, partition: number) => ({ topic: TOPIC, partition, key, value: JSON.stringify({ key, seq }), headers: { 'event-name': 'Checked' } });
    const producer = new Producer({ clientId: 'lanes-test', bootstrapBrokers: [...kafka.brokers], serializers: stringSerializers });
    const messages: ReturnType<typeof message>[] = [];
    for (let seq = 1; seq <= PER_KEY; seq += 1) {
      messages.push(message('a', seq, 1), message('b', seq, 2), message('c', seq, 2));
      // A poison message in the middle of partition 1: dead-lettered, the partition goes on.
      if (seq === 5) messages.push(message('poison', 1, 1));
    }
    try {
      // Partition 0's first message is in hand (and held) before the others are sent.
      await producer.send({ messages: [message('held', 1, 0), message('held', 2, 0), message('held', 3, 0)] });
      await eventually('the held message is in hand', async () => (holding ? true : undefined));
      await producer.send({ messages });
    } finally {
      await producer.close();
    }

    // Partitions 1 and 2 are handled to their end while partition 0's first message is held.
    await eventually('the other partitions are handled', async () => (handled.length === 3 * PER_KEY ? true : undefined));
    for (const key of ['a', 'b', 'c']) expect(seqsOf(key)).toEqual(Array.from({ length: PER_KEY }, (_, i) => i + 1));
    expect(seqsOf('held')).toEqual([]);
    const dead = await readTopic(kafka.brokers, `${TOPIC}.dlq`, (seen) => seen.some((m) => m.key === 'poison'));
    expect(dead.find((m) => m.key === 'poison')?.headers['dlq-error']).toBe('cannot handle this one');
    // Each partition's offset is committed once its messages are handled; the held one's is not.
    const offsets = await eventually('partitions 1 and 2 are committed', async () => {
      const now = await committed();
      return now.get(1) === BigInt(PER_KEY + 1) && now.get(2) === BigInt(2 * PER_KEY) ? now : undefined;
    });
    expect(offsets.get(0) ?? -1n).toBeLessThan(1n);

    release();
    await eventually('the held partition goes on, in order', async () => (seqsOf('held').length === 3 ? true : undefined));
    expect(seqsOf('held')).toEqual([1, 2, 3]);
    await eventually('partition 0 is committed', async () => ((await committed()).get(0) === 3n ? true : undefined));
  }, 300_000);
});
