// Entry point of the Payments service. Created once by Stormscape: yours to edit
// (wire a real event bus, database repositories and outbound clients here).
import { buildService } from './generated/service.js';

const service = await buildService({ logger: true });
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
await service.http.listen({ port, host });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void service.close().then(() => process.exit(0));
  });
}
