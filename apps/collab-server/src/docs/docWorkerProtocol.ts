/** Messages between the event loop and the document worker. */
export type DocRequest =
  | { id: number; kind: 'compact'; parts: Uint8Array[]; migrate?: boolean }
  | { id: number; kind: 'diff'; parts: Uint8Array[]; stateVector: Uint8Array }
  | { id: number; kind: 'missing'; have: Uint8Array[]; stored: Uint8Array[] };

export type DocResponse =
  | { kind: 'compact'; state: Uint8Array; stateVector: Uint8Array; name: string | null; skipped: number; migratedFrom: number | null }
  | { kind: 'diff'; update: Uint8Array }
  /** `update` null: `have` already holds everything `stored` does. */
  | { kind: 'missing'; update: Uint8Array | null }
  | { kind: 'error'; message: string };
