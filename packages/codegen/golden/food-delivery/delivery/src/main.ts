// Entry point of the Delivery service. Created once by Stormscape: yours to edit.
// Real parts are chosen by environment variables (DATABASE_URL, KAFKA_BROKERS, <CALLEE>_URL,
// see README.md); without them the service runs alone on its embedded defaults.
import { startService } from './generated/runtime/start.js';

const running = await startService(process.env);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    // Graceful: stop taking requests and events, publish what the outbox holds, disconnect.
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
