// Child process of the service bench: runs one variant of the system under test in its own
// event loop (the load generator stays in the parent), prints one `BENCH_READY {json}` line
// with the URLs, and shuts down gracefully on SIGTERM.
//
//   node --import tsx serviceHost.ts <generated dir> <variant>
//   env: ORDERING_DATABASE_URL, KITCHEN_DATABASE_URL, KAFKA_BROKERS (as the variant needs)
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startPlainOrders } from './plainOrders';
import type { Variant } from './variants';

interface Running {
  readonly url: string;
  stop(): Promise<void>;
}
type StartService = (env: Record<string, string | undefined>, overrides?: { bus?: unknown; outbound?: unknown }) => Promise<Running>;

const [dir, variant] = process.argv.slice(2) as [string, Variant];
const load = async <T>(context: string, file: string): Promise<T> => (await import(pathToFileURL(join(dir, context, file)).href)) as T;

const common = { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'production', SHUTDOWN_DRAIN_MS: '5000' };

async function startSystem(): Promise<{ urls: Record<string, string>; stop: () => Promise<void> }> {
  if (variant === 'plain') {
    const { migrations } = await load<{ migrations: readonly { sql: string }[] }>('ordering', 'src/generated/migrations.ts');
    const plain = await startPlainOrders(required('ORDERING_DATABASE_URL'), migrations.map((m) => m.sql));
    return { urls: { ordering: plain.url }, stop: plain.stop };
  }
  const startOrdering = (await load<{ startService: StartService }>('ordering', 'src/generated/runtime/start.ts')).startService;
  const startKitchen = (await load<{ startService: StartService }>('kitchen', 'src/generated/runtime/start.ts')).startService;
  const env = (context: 'ORDERING' | 'KITCHEN') => ({
    ...common,
    ...(variant === 'embedded' ? {} : { DATABASE_URL: required(`${context}_DATABASE_URL`) }),
    ...(variant === 'kafka' ? { KAFKA_BROKERS: required('KAFKA_BROKERS') } : {}),
  });
  // Without Kafka both services share one in-process bus, as they would share a broker.
  let overrides = {};
  if (variant !== 'kafka') {
    const { InProcessEventBus } = await load<{ InProcessEventBus: new (onError: (error: unknown) => void) => unknown }>('ordering', 'src/generated/eventBus.ts');
    overrides = { bus: new InProcessEventBus((error) => console.error('[bench host] a subscriber failed:', error)) };
  }
  // Ordering's policy on OrderPlaced calls Payments (a sync edge). Payments is not under test:
  // the generated RecordingOutbound answers in-process in every variant (unconfigured, the
  // call would fail and, over Kafka, retry into the DLQ; configured, Payments would confirm
  // the orders before the bench does).
  const { RecordingOutbound } = await load<{ RecordingOutbound: new () => unknown }>('ordering', 'src/generated/outbound.ts');
  const kitchen = await startKitchen(env('KITCHEN'), overrides);
  const ordering = await startOrdering(env('ORDERING'), { ...overrides, outbound: new RecordingOutbound() });
  return {
    urls: { ordering: ordering.url, kitchen: kitchen.url },
    stop: async () => {
      await ordering.stop();
      await kitchen.stop();
    },
  };
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`serviceHost: ${name} is not set (variant ${variant})`);
  return value;
}

const system = await startSystem();
console.log(`BENCH_READY ${JSON.stringify(system.urls)}`);
process.once('SIGTERM', () => {
  system.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('[bench host] shutdown failed:', error);
      process.exit(1);
    },
  );
});
