import type { BoardFileError } from '@stormscape/model';

/** Messages between the event loop and the board-file thread (REST import/export/create/rename). */
export type BoardFileRequest =
  | { id: number; kind: 'create-empty'; name: string }
  | { id: number; kind: 'create-example'; exampleId: string; name: string }
  | { id: number; kind: 'import'; file: Uint8Array }
  | { id: number; kind: 'export'; parts: Uint8Array[] }
  | { id: number; kind: 'rename'; parts: Uint8Array[]; name: string };

export type BoardFileResponse =
  | { kind: 'created'; name: string; state: Uint8Array; migratedFrom: number | null }
  | { kind: 'invalid'; errors: BoardFileError[] }
  | { kind: 'exported'; name: string; text: string }
  | { kind: 'renamed'; update: Uint8Array | null }
  | { kind: 'error'; message: string };
