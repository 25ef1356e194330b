// Test support (not exported): a replica's state in a form two converged replicas share.
import * as Y from 'yjs';

const id = (v: Y.ID | null) => (v ? `${v.client}:${v.clock}` : '-');

/** One struct, by what it holds: where it sits and its content (a nested type by its kind only). */
function describeItem(item: Y.Item): string {
  const content = item.content instanceof Y.ContentType ? item.content.type.constructor.name : JSON.stringify(item.content.getContent());
  const parent = typeof item.parent === 'string' ? item.parent : item.parent instanceof Y.ID ? id(item.parent) : '?';
  return `item ${id(item.id)}+${item.length} ${item.content.constructor.name} ${content} after ${id(item.origin)} before ${id(item.rightOrigin)} in ${parent}${item.parentSub === null ? '' : `.${item.parentSub}`}`;
}

/**
 * The document's state vector, delete set and structs, with adjacent garbage-collected runs of
 * one client joined. Yjs keeps a collected run cut where it was collected in pieces, so two
 * replicas holding the same operations can encode them differently: `encodeStateAsUpdate`
 * gave GC 1:0+1, GC 1:1+1 on one and GC 1:0+2 on the other (found by the convergence property).
 */
export function canonicalState(doc: Y.Doc): string {
  const update = Y.encodeStateAsUpdate(doc);
  const { structs, ds } = Y.decodeUpdate(update);
  const lines: string[] = [`sv ${Buffer.from(Y.encodeStateVector(doc)).toString('hex')}`];
  for (const [client, ranges] of [...ds.clients.entries()].sort(([a], [b]) => a - b)) {
    lines.push(`deleted ${client}: ${ranges.map((r) => `${r.clock}+${r.len}`).join(' ')}`);
  }
  let gc: { client: number; clock: number; length: number } | null = null;
  const endGc = () => {
    if (gc) lines.push(`gc ${gc.client}:${gc.clock}+${gc.length}`);
    gc = null;
  };
  for (const struct of structs) {
    if (struct instanceof Y.GC) {
      if (gc && gc.client === struct.id.client && gc.clock + gc.length === struct.id.clock) gc.length += struct.length;
      else {
        endGc();
        gc = { client: struct.id.client, clock: struct.id.clock, length: struct.length };
      }
      continue;
    }
    endGc();
    lines.push(struct instanceof Y.Item ? describeItem(struct) : `${struct.constructor.name} ${id(struct.id)}+${struct.length}`);
  }
  endGc();
  return lines.join('\n');
}
