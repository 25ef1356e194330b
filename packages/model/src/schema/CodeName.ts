import { z } from 'zod';

/** Longest code name. */
export const CODE_NAME_MAX_LENGTH = 60;

/**
 * An ASCII identifier a person may set beside a sticky's or context's display text, so the
 * generated contracts are named as the team wants ("예약 생성" → `createReservation`).
 * Letters, digits and "_", starting with a letter; casing is applied per use. Optional:
 * absent means "derive it" (see `codeNameOf`), so boards without one need no migration.
 */
export const CodeName = z
  .string()
  .max(CODE_NAME_MAX_LENGTH)
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'a code name: ASCII letters, digits or "_", starting with a letter');
export type CodeName = z.infer<typeof CodeName>;
