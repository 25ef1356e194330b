import type { BoardFileError } from '@stormscape/model';

/** Messages between the event loop and the board-file thread (REST import/export/create/rename). */
export type BoardFileRequest =
  | { id: number; kind: 'create-empty'; name: string }
  | { id: number; kind: 'create-example'; exampleId: string; name: string }
  | { id: number; kind: 'import'; file: Uint8Array }
  | { id: number; kind: 'export'; parts: Uint8Array[] }
  | { id: number; kind: 'rename'; parts: Uint8Array[]; name: string }
  /** Board history: the whole document as one update plus its state vector. */
  | { id: number; kind: 'version'; parts: Uint8Array[] }
  /** Board history: the update that brings the current document back to `version`. */
  | { id: number; kind: 'restore'; parts: Uint8Array[]; version: Uint8Array };

export type BoardFileResponse =
  | { kind: 'created'; name: string; state: Uint8Array; migratedFrom: number | null }
  | { kind: 'invalid'; errors: BoardFileError[] }
  | { kind: 'exported'; name: string; text: string }
  | { kind: 'renamed'; update: Uint8Array | null }
  | { kind: 'versioned'; state: Uint8Array; stateVector: Uint8Array }
  | { kind: 'restored'; update: Uint8Array | null }
  | { kind: 'error'; message: string };
