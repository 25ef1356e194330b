import * as Y from 'yjs';
import { ProtocolError } from './messages';

/** The contiguous run of a client's structs at the start of an update. */
export interface ClockRange {
  client: number;
  from: number;
  to: number;
}

export interface UpdateInfo {
  /** No structs and no deletions: nothing to store or relay. */
  empty: boolean;
  /** Per client, the gap-free run the update starts with (Skips end a run). */
  ranges: ClockRange[];
}

/**
 * Fully decodes a Yjs (v1) update without applying it anywhere, so a malformed or
 * truncated update is refused before it can reach a document or the log.
 */
export function inspectUpdate(update: Uint8Array): UpdateInfo {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch (err) {
    throw new ProtocolError(`invalid update: ${err instanceof Error ? err.message : 'undecodable'}`);
  }
  const ranges: ClockRange[] = [];
  const seen = new Set<number>();
  let current: (ClockRange & { open: boolean }) | null = null;
  for (const struct of decoded.structs) {
    const client = struct.id.client;
    if (current === null || current.client !== client) {
      // A real encoder writes each client once; a repeat would be read inconsistently by Yjs.
      if (seen.has(client)) throw new ProtocolError('invalid update: client written twice');
      seen.add(client);
      if (current !== null && current.to > current.from) ranges.push({ client: current.client, from: current.from, to: current.to });
      current = { client, from: struct.id.clock, to: struct.id.clock, open: true };
    }
    if (struct instanceof Y.Skip) current.open = false;
    else if (current.open && struct.id.clock === current.to) current.to = struct.id.clock + struct.length;
    else current.open = false;
  }
  if (current !== null && current.to > current.from) ranges.push({ client: current.client, from: current.from, to: current.to });
  return { empty: decoded.structs.length === 0 && decoded.ds.clients.size === 0, ranges };
}

/**
 * Extends `sv` with the ranges that continue it without a gap. Conservative: the result
 * never claims a clock the server does not hold (claiming too little only costs a resend).
 */
export function extendStateVector(sv: Map<number, number>, ranges: readonly ClockRange[]): void {
  for (const r of ranges) {
    const have = sv.get(r.client) ?? 0;
    if (r.from <= have && r.to > have) sv.set(r.client, r.to);
  }
}
