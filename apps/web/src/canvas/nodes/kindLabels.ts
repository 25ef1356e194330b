import type { StickyKind } from '@stormscape/model';
import { KIND_STYLES } from '@stormscape/model';

/** Shortcut key of each kind (one key adds one sticky at the pointer). */
export const KIND_SHORTCUTS: Readonly<Record<StickyKind, string>> = {
  event: 'E',
  command: 'C',
  actor: 'A',
  aggregate: 'G',
  policy: 'P',
  readModel: 'R',
  externalSystem: 'X',
  hotspot: 'H',
  ui: 'U',
  note: 'N',
  opportunity: 'O',
};

export const kindLabel = (kind: StickyKind): string => KIND_STYLES[kind].label;

/** Text colour readable on every kind's background. */
export const STICKY_TEXT_COLOUR = '#1B1B1B';
