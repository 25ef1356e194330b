import { Admin, Consumer, MessagesStreamModes, Producer, stringDeserializers, stringSerializers } from '@platformatic/kafka';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKafka, type TestKafka } from './startKafka';

async function produce(brokers: string[], topic: string, key: string, value: string, retries: number | false = 3): Promise<void> {
  const producer = new Producer({ clientId: 'testinfra-producer', bootstrapBrokers: brokers, serializers: stringSerializers, retries });
  try {
    await producer.send({ messages: [{ topic, key, value }] });
  } finally {
    await producer.close();
  }
}

/** Read the topic from the start with a fresh consumer group until `count` messages arrived. */
async function consumeFromStart(brokers: string[], topic: string, count: number): Promise<Array<[string, string]>> {
  const consumer = new Consumer({
    clientId: 'testinfra-consumer',
    groupId: `testinfra-${Math.random().toString(36).slice(2)}`,
    bootstrapBrokers: brokers,
    deserializers: stringDeserializers,
  });
  const received: Array<[string, string]> = [];
  try {
    const stream = await consumer.consume({ topics: [topic], mode: MessagesStreamModes.EARLIEST, autocommit: false });
    for await (const message of stream) {
      received.push([message.key, message.value]);
      if (received.length === count) break;
    }
    await stream.close();
  } finally {
    await consumer.close(true);
  }
  return received;
}

describe('startKafka', () => {
  let kafka: TestKafka;
  beforeAll(async () => {
    kafka = await startKafka();
  });
  afterAll(async () => {
    await kafka?.close();
  });

  it('runs a real KRaft broker: create a topic, produce, consume', async () => {
    expect(kafka.brokers).toEqual([`127.0.0.1:${kafka.port}`]);
    const admin = new Admin({ clientId: 'testinfra-admin', bootstrapBrokers: kafka.brokers });
    try {
      await admin.createTopics({ topics: ['bookings'], partitions: 1, replicas: 1 });
    } finally {
      await admin.close();
    }
    await produce(kafka.brokers, 'bookings', 'booking-1', 'BookingRequested');
    expect(await consumeFromStart(kafka.brokers, 'bookings', 1)).toEqual([['booking-1', 'BookingRequested']]);
  });

  it('stops (clients fail) and starts again on the same address with the log kept', async () => {
    await kafka.stop();
    expect(kafka.running).toBe(false);
    await expect(produce(kafka.brokers, 'bookings', 'booking-2', 'during outage', false)).rejects.toThrow();

    await kafka.start();
    await produce(kafka.brokers, 'bookings', 'booking-2', 'BookingConfirmed');
    expect(await consumeFromStart(kafka.brokers, 'bookings', 2)).toEqual([
      ['booking-1', 'BookingRequested'],
      ['booking-2', 'BookingConfirmed'],
    ]);
  });
});
