import { z } from 'zod';
import type { Level } from '../schema/notation';

/** Steps of the guided workshop, in order (reference §1). */
export const WORKSHOP_PHASE_IDS = [
  'goals',
  'bigPicture',
  'process',
  'design',
  'thinSlices',
  'boris',
  'snap',
  'contextMap',
  'generate',
] as const;
export const WorkshopPhaseId = z.enum(WORKSHOP_PHASE_IDS);
export type WorkshopPhaseId = z.infer<typeof WorkshopPhaseId>;

export interface WorkshopPhase {
  readonly id: WorkshopPhaseId;
  readonly label: string;
  /** One sentence telling participants what to do in this phase. */
  readonly guidance: string;
  /** Level the board is linted at while in this phase. */
  readonly level: Level;
}

/** The phases as shown in the flow bar, each with its one-sentence guidance. */
export const WORKSHOP_PHASES: readonly WorkshopPhase[] = [
  {
    id: 'goals',
    label: 'Goals',
    guidance: 'Write the goals and non-goals of the system, each with measurable key results.',
    level: 'bigPicture',
  },
  {
    id: 'bigPicture',
    label: 'Big picture',
    guidance: 'Put every domain event you can think of on the timeline in past tense, and mark questions with hotspots.',
    level: 'bigPicture',
  },
  {
    id: 'process',
    label: 'Process',
    guidance: 'Explain each event with the command, actor, policy and read model that lead to it.',
    level: 'process',
  },
  {
    id: 'design',
    label: 'Design',
    guidance: 'Add the aggregates that accept commands and emit events, and frame the bounded contexts.',
    level: 'design',
  },
  {
    id: 'thinSlices',
    label: 'Thin slices',
    guidance: 'Pick one end-to-end flow of events, in order, to design first, then its unhappy paths.',
    level: 'design',
  },
  {
    id: 'boris',
    label: 'Boris',
    guidance: 'Walk the slice through the services and topics, deciding for each hop whether it is sync or async.',
    level: 'design',
  },
  {
    id: 'snap',
    label: 'SNAP-E',
    guidance: 'Fill in each service sheet: APIs, data, publishes, subscribes, external systems, UIs, stories and risks.',
    level: 'design',
  },
  {
    id: 'contextMap',
    label: 'Context map',
    guidance: 'Name how the contexts relate (upstream, downstream, shared kernel…) and the patterns on each side.',
    level: 'design',
  },
  {
    id: 'generate',
    label: 'Generate',
    guidance: 'Fix the remaining lint errors, then export the specs, the summary and the code skeletons.',
    level: 'design',
  },
];

/** The phase with `id` (every id of {@link WORKSHOP_PHASE_IDS} has one). */
export function getWorkshopPhase(id: WorkshopPhaseId): WorkshopPhase {
  const phase = WORKSHOP_PHASES.find((p) => p.id === id);
  if (!phase) throw new Error(`unknown workshop phase ${id}`);
  return phase;
}
