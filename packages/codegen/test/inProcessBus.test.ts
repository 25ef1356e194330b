import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { getExample } from '@stormscape/model/examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProject } from '../src/index';
import { scratchDir, writeFiles } from './files';

// The generated in-process event bus (the default when no broker is configured), imported
// from a generated service: it stops a policy loop, and only a policy loop.
type Message = { readonly name: string; readonly channel: string; readonly payload: unknown };
type Bus = { publish(message: Message): Promise<void>; subscribe(channel: string, handler: (message: Message) => Promise<void>): () => void };
const dir = scratchDir('in-process-bus');
let Bus: new (onError: (error: unknown) => void) => Bus;

beforeAll(async () => {
  const example = getExample('food-delivery');
  if (!example) throw new Error('missing example food-delivery');
  writeFiles(dir, new Map([...generateProject(example.board)].filter(([path]) => path.startsWith('delivery/src/generated/'))));
  ({ InProcessEventBus: Bus } = (await import(join(dir, 'delivery/src/generated/eventBus.ts'))) as { InProcessEventBus: typeof Bus });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const message = (n: number): Message => ({ name: 'Ping', channel: 'ping', payload: { n } });

describe('the in-process event bus', () => {
  it('refuses an event cascade deeper than 32 (a handler publishing what it handles)', async () => {
    const errors: unknown[] = [];
    const bus = new Bus((error) => errors.push(error));
    let handled = 0;
    bus.subscribe('ping', async (m) => {
      handled += 1;
      await bus.publish(message((m.payload as { n: number }).n + 1));
    });
    await bus.publish(message(0));
    expect(handled).toBe(32);
    expect(String(errors[0])).toMatch(/event cascade deeper than 32 at ping: is there a policy loop\?/);
  });

  it('does not count publishes that merely run at the same time as a cascade', async () => {
    const errors: unknown[] = [];
    const bus = new Bus((error) => errors.push(error));
    let handled = 0;
    bus.subscribe('ping', async () => {
      // Each handler waits, so all 100 publishes are in flight together.
      await new Promise((resolve) => setImmediate(resolve));
      handled += 1;
    });
    await expect(Promise.all(Array.from({ length: 100 }, (_, n) => bus.publish(message(n))))).resolves.toBeDefined();
    expect({ handled, errors }).toEqual({ handled: 100, errors: [] });
  });
});
