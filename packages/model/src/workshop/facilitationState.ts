import { z } from 'zod';
import type { WorkshopPhaseId } from './phases';
import type { TimerState } from './timer';
import { newTimer } from './timer';
import type { DotVote, VoteTarget } from './votes';
import { DEFAULT_DOTS_PER_PARTICIPANT } from './votes';

/**
 * The leader's view, which followers copy: `x`, `y` are the board (flow) coordinates at
 * the centre of the leader's screen and `zoom` its zoom, so followers with other screen
 * sizes look at the same spot.
 */
export const Viewport = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  zoom: z.number().finite().positive(),
});
export type Viewport = z.infer<typeof Viewport>;

/** "Follow me": while `active`, participants' viewports follow `leaderId`'s. */
export const FollowMe = z.object({
  active: z.boolean(),
  leaderId: z.string().max(200).nullable(),
  viewport: Viewport.nullable(),
});
export type FollowMe = z.infer<typeof FollowMe>;

/**
 * Live facilitation state shared by everyone on a board. It lives in the same Y.Doc as
 * the board but is not part of the board file (a workshop session, not the model).
 */
export interface FacilitationState {
  phase: WorkshopPhaseId;
  facilitatorId: string | null;
  /** Display name the facilitator had when taking the role. */
  facilitatorName: string | null;
  timer: TimerState;
  dotsPerParticipant: number;
  /** What everyone votes on (shared, so every participant sees the same candidates). */
  voteTarget: VoteTarget;
  votes: DotVote[];
  followMe: FollowMe;
  silentWriting: boolean;
  /** sticky id → author id of stickies hidden until the facilitator reveals all. */
  hidden: Map<string, string>;
}

/** Facilitation state of a board nobody has facilitated yet. */
export function defaultFacilitationState(): FacilitationState {
  return {
    phase: 'goals',
    facilitatorId: null,
    facilitatorName: null,
    timer: newTimer(),
    dotsPerParticipant: DEFAULT_DOTS_PER_PARTICIPANT,
    voteTarget: 'hotspot',
    votes: [],
    followMe: { active: false, leaderId: null, viewport: null },
    silentWriting: false,
    hidden: new Map(),
  };
}
