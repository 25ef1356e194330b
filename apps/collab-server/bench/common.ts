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

/** Byte values the marker scan looks for. */
const AT = 0x40; // '@'
const COLON = 0x3a;
const DOT = 0x2e;
const isDigit = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x39;

/**
 * Finds markers `@@<kind><sender>:<time>@@` in a raw message. Writers put them in the
 * values they write (Yjs and awareness both keep strings byte-for-byte), so receivers can
 * time delivery without decoding Yjs at all.
 *
 * Parsed byte by byte, without strings: the viewers run this for every message they get (S1:
 * 250 per update per load process), and the first version (`indexOf('@@')`, `toString`,
 * `Number`) cost 9–37 µs per S1 message against 2.5–4 µs for this (same machine, load ~40),
 * which made the bench's own clients a large part of the tail, for both servers alike.
 */
export function scanMarkers(buf: Buffer, onMarker: (kind: number, sender: number, sentAt: number) => void): void {
  const n = buf.length;
  for (let i = 0; i + 3 < n; i++) {
    if (buf[i] !== AT || buf[i + 1] !== AT) continue;
    const kind = buf[i + 2]!;
    let j = i + 3;
    let sender = 0;
    const senderStart = j;
    while (isDigit(buf[j])) sender = sender * 10 + buf[j++]! - 0x30;
    if (j === senderStart || buf[j] !== COLON) continue;
    const timeStart = ++j;
    let whole = 0;
    while (isDigit(buf[j])) whole = whole * 10 + buf[j++]! - 0x30;
    if (j === timeStart) continue;
    let fraction = 0;
    let scale = 1;
    if (buf[j] === DOT) {
      j++;
      while (isDigit(buf[j])) {
        fraction = fraction * 10 + buf[j++]! - 0x30;
        scale *= 10;
      }
    }
    if (buf[j] !== AT || buf[j + 1] !== AT) continue;
    onMarker(kind, sender, whole + fraction / scale);
    i = j + 1;
  }
}

export const marker = (kind: 'w' | 'd' | 'a', sender: number): string => `@@${kind}${sender}:${now().toFixed(3)}@@`;
