import { z } from 'zod';

/** Every sticky kind of the notation (reference §2), plus free notes. */
export const STICKY_KINDS = [
  'event',
  'command',
  'actor',
  'aggregate',
  'policy',
  'readModel',
  'externalSystem',
  'hotspot',
  'ui',
  'opportunity',
  'note',
] as const;
export const StickyKind = z.enum(STICKY_KINDS);
export type StickyKind = z.infer<typeof StickyKind>;

/** Kinds that carry data fields (name, type, required, description). */
export const KINDS_WITH_FIELDS: readonly StickyKind[] = ['command', 'event', 'aggregate', 'readModel'];

export interface KindStyle {
  readonly label: string;
  readonly colour: string;
  readonly defaultSize: { readonly width: number; readonly height: number };
}

/** Conventional colours and default sizes; the UI may theme them. */
export const KIND_STYLES: Readonly<Record<StickyKind, KindStyle>> = {
  event: { label: 'Domain event', colour: '#FFA960', defaultSize: { width: 160, height: 100 } },
  command: { label: 'Command', colour: '#6DD7FA', defaultSize: { width: 160, height: 100 } },
  actor: { label: 'Actor', colour: '#FDF345', defaultSize: { width: 100, height: 60 } },
  aggregate: { label: 'Aggregate', colour: '#FDF7B5', defaultSize: { width: 220, height: 140 } },
  policy: { label: 'Policy', colour: '#BE88C6', defaultSize: { width: 160, height: 100 } },
  readModel: { label: 'Read model', colour: '#D8F79E', defaultSize: { width: 160, height: 100 } },
  externalSystem: { label: 'External system', colour: '#E996BC', defaultSize: { width: 240, height: 100 } },
  hotspot: { label: 'Hotspot', colour: '#F06D7F', defaultSize: { width: 140, height: 100 } },
  ui: { label: 'UI', colour: '#F2F2F2', defaultSize: { width: 160, height: 100 } },
  opportunity: { label: 'Opportunity', colour: '#7ED957', defaultSize: { width: 140, height: 100 } },
  note: { label: 'Note', colour: '#FFFFFF', defaultSize: { width: 160, height: 100 } },
};

export const POLICY_MODES = ['manual', 'automated'] as const;
export const PolicyMode = z.enum(POLICY_MODES);
export type PolicyMode = z.infer<typeof PolicyMode>;

/** Workshop level a board is linted at (reference §1–§3). */
export const LEVELS = ['bigPicture', 'process', 'design'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

/**
 * Kinds a big-picture storm uses (reference §2: level "all" or "big picture"): events
 * (pivotal ones are events with a marker), actors, external systems, hotspots,
 * opportunities, and free notes. Commands, policies, read models, aggregates and UIs
 * come with process and design level.
 */
export const BIG_PICTURE_KINDS: readonly StickyKind[] = ['event', 'actor', 'externalSystem', 'hotspot', 'opportunity', 'note'];

/**
 * The sticky kinds to offer at a level (the palette). Big picture offers its own kinds;
 * process and design offer every kind (teams often add an aggregate while explaining a
 * flow, and nothing is refused).
 */
export function kindsAtLevel(level: Level): readonly StickyKind[] {
  return level === 'bigPicture' ? BIG_PICTURE_KINDS : STICKY_KINDS;
}
