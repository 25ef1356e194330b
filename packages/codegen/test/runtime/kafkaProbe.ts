import { Consumer, MessagesStreamModes, Producer, stringDeserializers, stringSerializers } from '@platformatic/kafka';

/** A message as the test sees it on a topic. */
export interface Seen {
  readonly key: string;
  readonly value: string;
  readonly headers: Record<string, string>;
}

/** Sends raw messages (as another service, or a broken producer, would). */
export async function produce(brokers: readonly string[], topic: string, messages: readonly { key: string; value: string; headers?: Record<string, string> }[]): Promise<void> {
  const producer = new Producer({ clientId: 'runtime-test', bootstrapBrokers: [...brokers], serializers: stringSerializers });
  try {
    await producer.send({ messages: messages.map((m) => ({ topic, key: m.key, value: m.value, headers: m.headers ?? {} })) });
  } finally {
    await producer.close();
  }
}

/**
 * Reads `topic` from the start with a fresh consumer group until `done(seen)` holds, then
 * returns everything seen. Bounded by `hangGuardMs` (a hang guard, not a timing check).
 */
export async function readTopic(brokers: readonly string[], topic: string, done: (seen: readonly Seen[]) => boolean, hangGuardMs = 90_000): Promise<Seen[]> {
  const consumer = new Consumer({
    clientId: 'runtime-test',
    groupId: `runtime-test-${Math.random().toString(36).slice(2)}`,
    bootstrapBrokers: [...brokers],
    deserializers: stringDeserializers,
  });
  const seen: Seen[] = [];
  const guard = setTimeout(() => void stream.close(), hangGuardMs);
  const stream = await consumer.consume({ topics: [topic], mode: MessagesStreamModes.EARLIEST, autocommit: false, maxWaitTime: 300 });
  try {
    if (done(seen)) return seen;
    for await (const message of stream) {
      seen.push({ key: message.key, value: message.value, headers: Object.fromEntries(message.headers) });
      if (done(seen)) break;
    }
  } finally {
    clearTimeout(guard);
    await stream.close();
    await consumer.close(true);
  }
  return seen;
}

/** Everything on `topic` now (read up to the partitions' end offsets). */
export async function readAll(brokers: readonly string[], topic: string): Promise<Seen[]> {
  const consumer = new Consumer({ clientId: 'runtime-test', groupId: `runtime-test-${Math.random().toString(36).slice(2)}`, bootstrapBrokers: [...brokers], deserializers: stringDeserializers });
  let total = 0;
  try {
    const offsets = await consumer.listOffsets({ topics: [topic] });
    total = (offsets.get(topic) ?? []).reduce((sum, end) => sum + Number(end), 0);
  } finally {
    await consumer.close(true);
  }
  return readTopic(brokers, topic, (seen) => seen.length >= total);
}
