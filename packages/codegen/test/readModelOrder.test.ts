import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getExample } from '@stormscape/model/examples';
import { startPostgres, type TestPostgres } from '@stormscape/testinfra';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProject } from '../src/index';
import { scratchDir, writeFiles } from './files';

// A generated read model fed by several channels gets one aggregate's events out of order
// (each topic partition is its own lane): food-delivery's Delivery Tracking row must end in
// the state of the latest event of the delivery, whatever order they arrive in. The events
// carry the envelope Kafka delivers (`aggregate-id`, `aggregate-version`); the in-process bus
// hands them to the same projection consumers, on PostgreSQL and in memory.
const dir = scratchDir('read-model-order');
// The same service with a hand-written Delivery Tracking whose steps count every event of a
// delivery (in `etaMinutes`, standing in for a counter): a late event must still count.
const countingDir = scratchDir('read-model-order-counting');
const COUNTING_HANDLER = `import type { Projections } from '../../generated/contracts.js';
import { deliveryTrackingProjection } from '../../generated/defaults/projections.js';
import { notMapped } from '../../generated/errors.js';

const defaults = deliveryTrackingProjection({ key: () => notMapped('key'), status: () => notMapped('status') });
export const projection: Projections['deliveryTracking'] = {
  ...defaults,
  courierAssigned: {
    key: (event) => event.payload.orderId,
    olderEvents: 'as-returned',
    apply: (current, event, order) => ({
      ...(current ?? { id: event.payload.orderId, orderId: event.payload.orderId }),
      status: order.older && current ? current.status : 'Assigned',
      etaMinutes: (current?.etaMinutes ?? 0) + 1,
    }),
  },
  orderCollected: {
    key: (event) => event.payload.orderId,
    olderEvents: 'as-returned',
    apply: (current, event, order) => ({
      ...(current ?? { id: event.payload.orderId, orderId: event.payload.orderId }),
      status: order.older && current ? current.status : 'Collected',
      etaMinutes: (current?.etaMinutes ?? 0) + 1,
    }),
  },
};
`;

type Headers = Record<string, string>;
type Event = { readonly name: string; readonly channel: string; readonly payload: unknown; readonly headers?: Headers };
type Tracking = { readonly id: string; readonly orderId: string; readonly status: string; readonly etaMinutes?: number };
type Couriers = { readonly id: string; readonly courierId: string; readonly shiftId?: string; readonly zone?: string };
interface DeliveryService {
  readonly bus: { publish(message: Event): Promise<void> };
  readonly readModels: {
    readonly deliveryTracking: { get(key: string): Promise<Tracking | undefined> };
    readonly availableCouriers: { get(key: string): Promise<Couriers | undefined> };
  };
  close(): Promise<void>;
}
type EventFactories = Record<'courierAssigned' | 'orderCollected' | 'shiftOpened' | 'shiftClosed', (fields: object) => Event>;

let pg: TestPostgres | undefined;
let passed = 0;

beforeAll(async () => {
  const example = getExample('food-delivery');
  if (!example) throw new Error('missing example food-delivery');
  writeFiles(dir, generateProject(example.board, { contexts: ['Delivery'] }));
  writeFiles(countingDir, generateProject(example.board, { contexts: ['Delivery'] }));
  writeFileSync(join(countingDir, 'delivery', 'src/handlers/projections/deliveryTracking.ts'), COUNTING_HANDLER);
  pg = await startPostgres();
}, 300_000);

afterAll(async () => {
  await pg?.stop();
  if (passed === 4) for (const scratch of [dir, countingDir]) rmSync(scratch, { recursive: true, force: true });
});

const loadFrom = async <M>(project: string, file: string): Promise<M> => (await import(join(project, 'delivery', 'src/generated', file))) as M;

/** The event as Kafka delivers it: its envelope names the aggregate and its version after the change. */
const of = (event: Event, aggregateId: string, version: number): Event => ({ ...event, headers: { 'aggregate-id': aggregateId, 'aggregate-version': String(version) } });

async function withService(kind: 'postgres' | 'memory', work: (service: DeliveryService, events: EventFactories) => Promise<void>, project = dir): Promise<void> {
  const load = <M>(file: string): Promise<M> => loadFrom<M>(project, file);
  const { buildService } = await load<{ buildService(options: object): Promise<DeliveryService> }>('service.ts');
  const { InProcessEventBus } = await load<{ InProcessEventBus: new (onError: (error: unknown) => void) => object }>('eventBus.ts');
  const { events } = await load<{ events: EventFactories }>('events.ts');
  const { PostgresStorage } = await load<{ PostgresStorage: { connect(url: string, migrations: unknown, log: (message: string) => void): Promise<object> } }>('runtime/postgres.ts');
  const { MemoryStorage } = await load<{ MemoryStorage: new () => object }>('runtime/storage.ts');
  const { migrations } = await load<{ migrations: unknown }>('migrations.ts');
  const storage = kind === 'postgres' ? await PostgresStorage.connect(await (pg as TestPostgres).createDatabase(project === dir ? 'delivery-order' : 'delivery-order-counting'), migrations, () => undefined) : new MemoryStorage();
  const failures: unknown[] = [];
  const service = await buildService({ storage, bus: new InProcessEventBus((error) => failures.push(error)), log: () => undefined });
  try {
    await work(service, events);
    expect({ kind, failures }).toEqual({ kind, failures: [] });
  } finally {
    await service.close();
  }
}

describe('read models apply one aggregate’s events in the order they happened (food-delivery Delivery)', () => {
  for (const kind of ['postgres', 'memory'] as const) {
    it(`${kind}: the later event of a delivery arriving first wins; an older one only fills what is unset; another aggregate's events apply as they arrive`, async () => {
      await withService(kind, async (service, events) => {
        // Delivery Tracking: CourierAssigned (version 2) then OrderCollected (version 3) of one delivery.
        const deliveryId = crypto.randomUUID();
        const orderId = crypto.randomUUID();
        const assigned = of(events.courierAssigned({ deliveryId, orderId, courierId: crypto.randomUUID() }), deliveryId, 2);
        const collected = of(events.orderCollected({ deliveryId, orderId, collectedAt: new Date().toISOString() }), deliveryId, 3);
        await service.bus.publish(collected);
        await service.bus.publish(assigned);
        // The row as the API shows it: no bookkeeping in it.
        expect(await service.readModels.deliveryTracking.get(orderId)).toEqual({ id: orderId, orderId, status: 'Collected' });

        // In the order they happened, the same result (the check above is not a stuck row).
        const inOrder = crypto.randomUUID();
        const inOrderDelivery = crypto.randomUUID();
        await service.bus.publish(of(events.courierAssigned({ deliveryId: inOrderDelivery, orderId: inOrder, courierId: crypto.randomUUID() }), inOrderDelivery, 2));
        expect((await service.readModels.deliveryTracking.get(inOrder))?.status).toBe('Assigned');
        await service.bus.publish(of(events.orderCollected({ deliveryId: inOrderDelivery, orderId: inOrder, collectedAt: new Date().toISOString() }), inOrderDelivery, 3));
        expect((await service.readModels.deliveryTracking.get(inOrder))?.status).toBe('Collected');

        // Available Couriers: ShiftClosed (version 2) of a shift arrives before its ShiftOpened
        // (version 1): the older event sets the zone only it carries, not the newer shiftId.
        const courierId = crypto.randomUUID();
        const shiftId = crypto.randomUUID();
        await service.bus.publish(of(events.shiftClosed({ courierId, shiftId }), shiftId, 2));
        await service.bus.publish(of(events.shiftOpened({ courierId, shiftId, zone: 'north' }), shiftId, 1));
        expect(await service.readModels.availableCouriers.get(courierId)).toEqual({ id: courierId, courierId, shiftId, zone: 'north' });

        // Another shift of that courier is another aggregate: no order across aggregates, it applies as it arrives.
        const nextShift = crypto.randomUUID();
        await service.bus.publish(of(events.shiftOpened({ courierId, shiftId: nextShift, zone: 'south' }), nextShift, 1));
        expect(await service.readModels.availableCouriers.get(courierId)).toEqual({ id: courierId, courierId, shiftId: nextShift, zone: 'south' });
      });
      passed += 1;
    }, 300_000);
  }

  for (const kind of ['postgres', 'memory'] as const) {
    it(`${kind}: a hand-written step with olderEvents 'as-returned' is told the event is late and its row is saved as it returns it (a counter counts a late event)`, async () => {
      await withService(
        kind,
        async (service, events) => {
          const deliveryId = crypto.randomUUID();
          const orderId = crypto.randomUUID();
          await service.bus.publish(of(events.orderCollected({ deliveryId, orderId, collectedAt: new Date().toISOString() }), deliveryId, 3));
          await service.bus.publish(of(events.courierAssigned({ deliveryId, orderId, courierId: crypto.randomUUID() }), deliveryId, 2));
          // Both events counted; the late one kept the newer status because its step read `order.older`.
          expect(await service.readModels.deliveryTracking.get(orderId)).toEqual({ id: orderId, orderId, status: 'Collected', etaMinutes: 2 });
        },
        countingDir,
      );
      passed += 1;
    }, 300_000);
  }
});
