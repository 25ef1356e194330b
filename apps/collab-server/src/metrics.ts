import { monitorEventLoopDelay } from 'node:perf_hooks';

/** Why a message was refused or a connection closed; one label value each. */
export type RejectReason = 'malformed' | 'rate_limit' | 'too_big' | 'read_only' | 'slow_consumer' | 'awareness_limit' | 'awareness_spoof' | 'awareness_too_big' | 'awareness_clock' | 'auth';

/** Sliding window of recent samples, reported as Prometheus summary quantiles. */
class Window {
  private readonly samples: Float64Array;
  private next = 0;
  private filled = 0;
  sum = 0;
  count = 0;

  constructor(size: number) {
    this.samples = new Float64Array(size);
  }

  add(value: number): void {
    this.samples[this.next] = value;
    this.next = (this.next + 1) % this.samples.length;
    this.filled = Math.min(this.filled + 1, this.samples.length);
    this.sum += value;
    this.count++;
  }

  quantile(q: number): number {
    if (this.filled === 0) return Number.NaN;
    const sorted = Array.from(this.samples.subarray(0, this.filled)).sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  }
}

/** Server counters. Plain fields so the hot paths only do `+=`. */
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
  roomsLoaded = 0;
  roomsEvicted = 0;
  /** Encoded document bytes held by open rooms (set by the server before rendering). */
  documentBytes = 0;
  readonly rejected = new Map<RejectReason, number>();
  /** Seconds from receiving an update to its fsync'd commit. */
  readonly persistLag = new Window(10_000);
  private readonly loopDelay = monitorEventLoopDelay({ resolution: 10 });

  constructor() {
    this.loopDelay.enable();
  }

  reject(reason: RejectReason): void {
    this.rejected.set(reason, (this.rejected.get(reason) ?? 0) + 1);
  }

  stop(): void {
    this.loopDelay.disable();
  }

  /** Prometheus text exposition format 0.0.4. */
  render(): string {
    const lines: string[] = [];
    const metric = (name: string, type: 'counter' | 'gauge', help: string, value: number) => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, `${name} ${value}`);
    };
    metric('stormscape_connections', 'gauge', 'Open WebSocket connections.', this.connections);
    metric('stormscape_rooms_open', 'gauge', 'Boards loaded in memory.', this.roomsOpen);
    metric('stormscape_document_bytes', 'gauge', 'Encoded document bytes held by open rooms.', this.documentBytes);
    metric('stormscape_rooms_loaded_total', 'counter', 'Boards loaded from storage.', this.roomsLoaded);
    metric('stormscape_rooms_evicted_total', 'counter', 'Boards unloaded after their last client left.', this.roomsEvicted);
    metric('stormscape_updates_in_total', 'counter', 'Document updates accepted from clients.', this.updatesIn);
    metric('stormscape_updates_out_total', 'counter', 'Document update messages sent to clients.', this.updatesOut);
    metric('stormscape_awareness_in_total', 'counter', 'Awareness messages received.', this.awarenessIn);
    metric('stormscape_awareness_out_total', 'counter', 'Awareness messages sent.', this.awarenessOut);
    metric('stormscape_awareness_skipped_total', 'counter', 'Awareness sends skipped for slow consumers.', this.awarenessSkipped);
    metric('stormscape_bytes_in_total', 'counter', 'WebSocket payload bytes received.', this.bytesIn);
    metric('stormscape_bytes_out_total', 'counter', 'WebSocket payload bytes sent.', this.bytesOut);
    metric('stormscape_persist_batches_total', 'counter', 'Committed (fsync) write batches.', this.persistBatches);
    metric('stormscape_compactions_total', 'counter', 'Log compactions into a snapshot.', this.compactions);
    metric('stormscape_compaction_failures_total', 'counter', 'Compactions that failed.', this.compactionFailures);
    lines.push('# HELP stormscape_rejected_messages_total Messages refused, by reason.', '# TYPE stormscape_rejected_messages_total counter');
    for (const [reason, count] of this.rejected) lines.push(`stormscape_rejected_messages_total{reason="${reason}"} ${count}`);
    lines.push('# HELP stormscape_persist_lag_seconds Receipt of an update to its durable commit (last 10k updates).', '# TYPE stormscape_persist_lag_seconds summary');
    for (const q of [0.5, 0.9, 0.99, 1]) lines.push(`stormscape_persist_lag_seconds{quantile="${q}"} ${this.persistLag.quantile(q)}`);
    lines.push(`stormscape_persist_lag_seconds_sum ${this.persistLag.sum}`, `stormscape_persist_lag_seconds_count ${this.persistLag.count}`);
    const memory = process.memoryUsage();
    metric('process_resident_memory_bytes', 'gauge', 'Resident set size.', memory.rss);
    metric('nodejs_heap_used_bytes', 'gauge', 'V8 heap in use.', memory.heapUsed);
    metric('nodejs_external_memory_bytes', 'gauge', 'Memory outside the V8 heap (buffers included).', memory.external);
    metric('nodejs_array_buffers_bytes', 'gauge', 'ArrayBuffer memory (documents are held as encoded updates).', memory.arrayBuffers);
    const cpu = process.cpuUsage();
    metric('process_cpu_seconds_total', 'counter', 'User and system CPU time.', (cpu.user + cpu.system) / 1e6);
    metric('nodejs_eventloop_delay_p99_seconds', 'gauge', 'Event loop delay p99 since start.', this.loopDelay.percentile(99) / 1e9);
    return `${lines.join('\n')}\n`;
  }
}
