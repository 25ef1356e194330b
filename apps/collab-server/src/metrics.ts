import { collectDefaultMetrics, Counter, Gauge, Registry, Summary } from 'prom-client';

/** Why a message was refused or a connection closed; one label value each. */
export type RejectReason = 'malformed' | 'rate_limit' | 'too_big' | 'read_only' | 'slow_consumer' | 'awareness_limit' | 'awareness_spoof' | 'awareness_too_big' | 'awareness_clock' | 'auth';

/** Values a `LagSummary` holds before folding them into its summary outside a scrape. */
const LAG_BUFFER = 4096;

/**
 * A lag summary (prom-client) fed from the hot path: `add` only stores the value; they are
 * folded into the summary when it is scraped, or every `LAG_BUFFER` values. prom-client's
 * `observe` (a t-digest per age bucket) cost 40–70 µs a call on this box (load ~30), and
 * the log writer's acks arrive on the event loop between fan-outs: one per S1 update.
 */
class LagSummary {
  count = 0;
  private readonly pending = new Float64Array(LAG_BUFFER);
  private held = 0;
  readonly summary: Summary;

  constructor(config: { name: string; help: string; registers: Registry[] }) {
    const fold = () => this.fold();
    this.summary = new Summary({ ...config, percentiles: [0.5, 0.9, 0.99, 1], maxAgeSeconds: 600, ageBuckets: 5, collect: fold });
  }

  add(seconds: number): void {
    this.pending[this.held++] = seconds;
    this.count++;
    if (this.held === LAG_BUFFER) this.fold();
  }

  private fold(): void {
    for (let i = 0; i < this.held; i++) this.summary.observe(this.pending[i]!);
    this.held = 0;
  }
}

type FieldName = 'connections' | 'roomsOpen' | 'documentBytes' | 'roomsLoaded' | 'roomsEvicted' | 'updatesIn' | 'updatesOut' | 'awarenessIn' | 'awarenessOut' | 'awarenessSkipped' | 'bytesIn' | 'bytesOut' | 'persistBatches' | 'compactions' | 'compactionFailures' | 'catchUpRounds' | 'catchUpsScheduled' | 'catchUpBytes';

/** Plain-field metrics exposed through prom-client collectors: [field, name, type, help]. */
const FIELDS: [FieldName, string, 'counter' | 'gauge', string][] = [
  ['connections', 'stormscape_connections', 'gauge', 'Open WebSocket connections.'],
  ['roomsOpen', 'stormscape_rooms_open', 'gauge', 'Boards loaded in memory.'],
  ['documentBytes', 'stormscape_document_bytes', 'gauge', 'Encoded document bytes held by open rooms.'],
  ['roomsLoaded', 'stormscape_rooms_loaded_total', 'counter', 'Boards loaded from storage.'],
  ['roomsEvicted', 'stormscape_rooms_evicted_total', 'counter', 'Boards unloaded after their last client left.'],
  ['updatesIn', 'stormscape_updates_in_total', 'counter', 'Document updates accepted from clients.'],
  ['updatesOut', 'stormscape_updates_out_total', 'counter', 'Document update messages sent to clients.'],
  ['awarenessIn', 'stormscape_awareness_in_total', 'counter', 'Awareness messages received.'],
  ['awarenessOut', 'stormscape_awareness_out_total', 'counter', 'Awareness messages sent.'],
  ['awarenessSkipped', 'stormscape_awareness_skipped_total', 'counter', 'Awareness sends skipped for slow consumers.'],
  ['bytesIn', 'stormscape_bytes_in_total', 'counter', 'WebSocket payload bytes received.'],
  ['bytesOut', 'stormscape_bytes_out_total', 'counter', 'WebSocket payload bytes sent.'],
  ['persistBatches', 'stormscape_persist_batches_total', 'counter', 'Committed (fsync) write batches.'],
  ['compactions', 'stormscape_compactions_total', 'counter', 'Log compactions into a snapshot.'],
  ['compactionFailures', 'stormscape_compaction_failures_total', 'counter', 'Compactions that failed.'],
  ['catchUpRounds', 'stormscape_redis_catch_up_rounds_total', 'counter', 'Catch-up rounds from storage after Redis came back.'],
  ['catchUpsScheduled', 'stormscape_redis_catch_ups_scheduled', 'gauge', 'Catch-up rounds scheduled, not finished.'],
  ['catchUpBytes', 'stormscape_redis_catch_up_bytes_total', 'counter', 'Document bytes catch-up found missing and relayed to clients.'],
];

/**
 * Server metrics. The hot paths only do `+=` on plain fields; prom-client reads them when
 * `/metrics` is scraped (collect callbacks), so counting costs nothing per message.
 */
export class Metrics {
  connections = 0;
  roomsOpen = 0;
  updatesIn = 0;
  updatesOut = 0;
  awarenessIn = 0;
  awarenessOut = 0;
  awarenessSkipped = 0;
  bytesIn = 0;
  bytesOut = 0;
  persistBatches = 0;
  compactions = 0;
  compactionFailures = 0;
  /** Catch-up rounds after Redis came back (each open board compared with storage). */
  catchUpRounds = 0;
  /** Catch-up rounds scheduled but not finished yet. */
  catchUpsScheduled = 0;
  /** Document bytes catch-up rounds found missing and relayed to the rooms' clients. */
  catchUpBytes = 0;
  roomsLoaded = 0;
  roomsEvicted = 0;
  /** Encoded document bytes held by open rooms (kept current by `onScrape`). */
  documentBytes = 0;
  readonly rejected = new Map<RejectReason, number>();
  /** Seconds from receiving an update to its fsync'd commit. */
  readonly persistLag: LagSummary;
  /** Seconds each WAL fsync of the SQLite log writer took: the disk's share of `persistLag`. */
  readonly walFsync: LagSummary;
  readonly registry = new Registry();
  /** Runs before every scrape (the server sets it to refresh gauges it does not push). */
  onScrape: () => void = () => {};

  constructor() {
    const registers = [this.registry];
    const read = (field: FieldName) => this[field];
    for (const [field, name, type, help] of FIELDS) {
      if (type === 'gauge') {
        new Gauge({ name, help, registers, collect() { this.set(read(field)); } });
      } else {
        new Counter({ name, help, registers, collect() { this.reset(); this.inc(read(field)); } });
      }
    }
    const rejected = this.rejected;
    new Counter({
      name: 'stormscape_rejected_messages_total',
      help: 'Messages refused, by reason.',
      labelNames: ['reason'],
      registers,
      collect() {
        this.reset();
        for (const [reason, count] of rejected) this.inc({ reason }, count);
      },
    });
    this.persistLag = new LagSummary({ name: 'stormscape_persist_lag_seconds', help: 'Receipt of an update to its durable commit (last 10 minutes).', registers });
    this.walFsync = new LagSummary({ name: 'stormscape_wal_fsync_seconds', help: "Duration of the SQLite log writer's WAL fsyncs (last 10 minutes): the disk's share of the persist lag.", registers });
    new Gauge({ name: 'nodejs_heap_used_bytes', help: 'V8 heap in use.', registers, collect() { this.set(process.memoryUsage().heapUsed); } });
    new Gauge({ name: 'nodejs_array_buffers_bytes', help: 'ArrayBuffer memory (documents are held as encoded updates).', registers, collect() { this.set(process.memoryUsage().arrayBuffers); } });
    // Resident memory, CPU, event-loop lag, external memory, GC: prom-client's standard set.
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 10 });
  }

  reject(reason: RejectReason): void {
    this.rejected.set(reason, (this.rejected.get(reason) ?? 0) + 1);
  }

  /** Prometheus text exposition format. */
  async render(): Promise<{ contentType: string; text: string }> {
    this.onScrape();
    return { contentType: this.registry.contentType, text: await this.registry.metrics() };
  }

  stop(): void {
    this.registry.clear();
  }
}
