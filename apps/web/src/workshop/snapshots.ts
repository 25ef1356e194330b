import type { Board, FacilitationState } from '@stormscape/model';
import { docToBoard, observeFacilitation, readFacilitation } from '@stormscape/model/yjs';
import type * as Y from 'yjs';

/** A cached, lazily recomputed value of a Y.Doc, for `useSyncExternalStore`. */
export interface DocSnapshot<T> {
  subscribe(listener: () => void): () => void;
  get(): T;
  destroy(): void;
}

/**
 * The whole board, re-read with `docToBoard` at most once per animation frame and only
 * while someone is subscribed (the workshop views need goals, slices and overrides the
 * canvas store does not keep).
 */
export function boardSnapshot(doc: Y.Doc): DocSnapshot<Board> {
  const listeners = new Set<() => void>();
  let value: Board | null = null;
  let frame = 0;
  const onUpdate = () => {
    if (listeners.size === 0) {
      value = null;
      return;
    }
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      value = null;
      listeners.forEach((l) => l());
    });
  };
  doc.on('update', onUpdate);
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get() {
      value ??= docToBoard(doc);
      return value;
    },
    destroy() {
      cancelAnimationFrame(frame);
      doc.off('update', onUpdate);
    },
  };
}

/** The live facilitation state (phase, timer, votes, follow-me, silent writing). */
export function facilitationSnapshot(doc: Y.Doc): DocSnapshot<FacilitationState> {
  const listeners = new Set<() => void>();
  let value: FacilitationState | null = null;
  const off = observeFacilitation(doc, () => {
    value = null;
    listeners.forEach((l) => l());
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get() {
      value ??= readFacilitation(doc);
      return value;
    },
    destroy: off,
  };
}
