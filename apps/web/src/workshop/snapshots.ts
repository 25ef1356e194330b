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

/** Keeps the previous value of each part that did not change, so memoised consumers skip work. */
function share(prev: FacilitationState | null, next: FacilitationState): FacilitationState {
  if (!prev) return next;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return {
    ...next,
    timer: same(prev.timer, next.timer) ? prev.timer : next.timer,
    votes: same(prev.votes, next.votes) ? prev.votes : next.votes,
    followMe: same(prev.followMe, next.followMe) ? prev.followMe : next.followMe,
    hidden: same([...prev.hidden], [...next.hidden]) ? prev.hidden : next.hidden,
  };
}

/** The live facilitation state (phase, timer, votes, follow-me, silent writing). */
export function facilitationSnapshot(doc: Y.Doc): DocSnapshot<FacilitationState> {
  const listeners = new Set<() => void>();
  let value: FacilitationState | null = null;
  let last: FacilitationState | null = null;
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
      if (!value) {
        value = share(last, readFacilitation(doc));
        last = value;
      }
      return value;
    },
    destroy: off,
  };
}
