import { z } from 'zod';
import { freeText, SNAP_DERIVED_ID_MAX_LENGTH } from './text';
import { Id } from './ids';

export const SNAP_SECTIONS = [
  'apis',
  'data',
  'publishes',
  'subscribes',
  'externalSystems',
  'uis',
  'stories',
  'risks',
] as const;
export const SnapSection = z.enum(SNAP_SECTIONS);
export type SnapSection = z.infer<typeof SnapSection>;

/** An entry a person added to a SNAP-E sheet by hand. */
export const SnapManualEntry = z.object({
  id: Id,
  contextId: Id,
  section: SnapSection,
  text: freeText('note'),
});
export type SnapManualEntry = z.infer<typeof SnapManualEntry>;

/** People's edits to derived SNAP-E sheets, kept apart from the derivation. */
export const SnapOverrides = z.object({
  manualEntries: z.array(SnapManualEntry),
  /** Derived entry ids a person dismissed; remembered across re-derivation. */
  dismissedIds: z.array(z.string().max(SNAP_DERIVED_ID_MAX_LENGTH)),
});
export type SnapOverrides = z.infer<typeof SnapOverrides>;

export function emptySnapOverrides(): SnapOverrides {
  return { manualEntries: [], dismissedIds: [] };
}
