/** Shared by the benchmark orchestrator and its load-generating processes. */

/** Wall-clock milliseconds with sub-millisecond precision, comparable across local processes. */
export const now = (): number => performance.timeOrigin + performance.now();

/** Log-bucketed latency histogram (2% resolution), mergeable across processes. */
export class Histogram {
  counts: Record<number, number> = {};
  total = 0;

  add(ms: number): void {
    const bucket = ms <= 0.01 ? -1000 : Math.floor(Math.log(ms) / Math.log(1.02));
    this.counts[bucket] = (this.counts[bucket] ?? 0) + 1;
    this.total++;
  }

  merge(other: { counts: Record<number, number>; total: number }): void {
    for (const [bucket, n] of Object.entries(other.counts)) this.counts[Number(bucket)] = (this.counts[Number(bucket)] ?? 0) + n;
    this.total += other.total;
  }

  quantile(q: number): number {
    if (this.total === 0) return Number.NaN;
    const target = q * this.total;
    let seen = 0;
    for (const bucket of Object.keys(this.counts).map(Number).sort((a, b) => a - b)) {
      seen += this.counts[bucket]!;
      if (seen >= target) return bucket === -1000 ? 0.01 : Math.pow(1.02, bucket + 1);
    }
    return Number.NaN;
  }
}

/**
 * Finds markers `@@<kind><sender>:<time>@@` in a raw message. Writers put them in the
 * values they write (Yjs and awareness both keep strings byte-for-byte), so receivers can
 * time delivery without decoding Yjs at all.
 */
export function scanMarkers(buf: Buffer, onMarker: (kind: number, sender: number, sentAt: number) => void): void {
  let i = buf.indexOf('@@');
  while (i !== -1 && i + 3 < buf.length) {
    const kind = buf[i + 2]!;
    const end = buf.indexOf('@@', i + 3);
    if (end === -1) return;
    const body = buf.toString('latin1', i + 3, end);
    const colon = body.indexOf(':');
    const sentAt = Number(body.slice(colon + 1));
    if (colon > 0 && Number.isFinite(sentAt)) onMarker(kind, Number(body.slice(0, colon)), sentAt);
    i = buf.indexOf('@@', end + 2);
  }
}

export const marker = (kind: 'w' | 'd' | 'a', sender: number): string => `@@${kind}${sender}:${now().toFixed(3)}@@`;
