/**
 * What the service bench runs, side by side with the same workload:
 * - `kafka`    generated Ordering + Kitchen on PostgreSQL (outbox, inbox) and Apache Kafka;
 * - `postgres` the same on PostgreSQL, the relay publishing to one shared in-process bus
 *              (isolates what Kafka costs, for commands and for the publish-to-consume lag);
 * - `embedded` the same on the embedded defaults (in-memory storage, in-process bus);
 * - `plain`    a hand-written server doing the same INSERTs (`plainOrders.ts`): the floor.
 */
export type Variant = 'kafka' | 'postgres' | 'embedded' | 'plain';

export const VARIANTS: readonly { readonly variant: Variant; readonly label: string; readonly database: boolean; readonly lag: boolean }[] = [
  { variant: 'kafka', label: 'generated, PostgreSQL + Kafka', database: true, lag: true },
  { variant: 'postgres', label: 'generated, PostgreSQL + in-process bus', database: true, lag: true },
  { variant: 'embedded', label: 'generated, embedded (memory + in-process)', database: false, lag: false },
  { variant: 'plain', label: 'plain Fastify + pg, same INSERTs', database: true, lag: false },
];
