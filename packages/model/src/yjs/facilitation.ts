import type * as Y from 'yjs';
import type { FacilitationState, FollowMe, Viewport } from '../workshop/facilitationState';
import { FollowMe as FollowMeSchema, Viewport as ViewportSchema, defaultFacilitationState } from '../workshop/facilitationState';
import { WorkshopPhaseId } from '../workshop/phases';
import type { TimerState } from '../workshop/timer';
import { TimerState as TimerSchema, newTimer, pauseTimer, resetTimer, startTimer } from '../workshop/timer';
import type { DotVote } from '../workshop/votes';
import { VoteTarget } from '../workshop/votes';
import { compareIds } from '../schema/ids';

// Live facilitation state: in the board's Y.Doc (so it syncs, persists and works offline
// like everything else) but in maps of its own that docToBoard never reads, so it is not
// part of the board file. Values are plain JSON; readers validate, since any peer may
// have written anything.

/** Names of the facilitation maps in the Y.Doc. */
export const FACILITATION_KEYS = {
  /** `phase`, `facilitatorId`, `facilitatorName`, `timer`, `dotsPerParticipant`, `voteTarget`, `followMe`, `silentWriting`. */
  state: 'facilitation',
  /** `<participantId>#<slot>` → `{ participantId, targetId }`; slot < dotsPerParticipant. */
  votes: 'facilitationVotes',
  /** sticky id → author id, for stickies written in silence and not yet revealed. */
  hidden: 'facilitationHidden',
} as const;

/** Most dots one participant may be given. */
export const MAX_DOTS_PER_PARTICIPANT = 20;

interface FacilitationMaps {
  state: Y.Map<unknown>;
  votes: Y.Map<unknown>;
  hidden: Y.Map<unknown>;
}

/** The facilitation maps of `doc` (for observing). */
export function facilitationMaps(doc: Y.Doc): FacilitationMaps {
  return {
    state: doc.getMap(FACILITATION_KEYS.state),
    votes: doc.getMap(FACILITATION_KEYS.votes),
    hidden: doc.getMap(FACILITATION_KEYS.hidden),
  };
}

const voteKey = (participantId: string, slot: number) => `${participantId}#${slot}`;

function readDots(state: Y.Map<unknown>): number {
  const n = state.get('dotsPerParticipant');
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_DOTS_PER_PARTICIPANT
    ? n
    : defaultFacilitationState().dotsPerParticipant;
}

function readTimer(state: Y.Map<unknown>): TimerState {
  const t = TimerSchema.safeParse(state.get('timer'));
  return t.success ? t.data : newTimer();
}

/** Valid dots in `votes` as `[slotKey, vote]`, ignoring slots beyond the current allowance. */
function readVoteEntries(maps: FacilitationMaps): Array<[string, DotVote, number]> {
  const dots = readDots(maps.state);
  const out: Array<[string, DotVote, number]> = [];
  maps.votes.forEach((value, key) => {
    if (typeof value !== 'object' || value === null) return;
    const { participantId, targetId } = value as { participantId?: unknown; targetId?: unknown };
    if (typeof participantId !== 'string' || typeof targetId !== 'string' || participantId === '' || targetId === '') return;
    const slot = Number(key.slice(key.lastIndexOf('#') + 1));
    // The key must be the one this participant's slot would have; anything else is junk.
    if (!Number.isInteger(slot) || slot < 0 || slot >= dots || key !== voteKey(participantId, slot)) return;
    out.push([key, { participantId, targetId }, slot]);
  });
  // Map iteration order can differ between peers; sort so every peer lists the same.
  return out.sort(([a], [b]) => compareIds(a, b));
}

/** Every valid dot currently placed, in a peer-independent order. */
export function readVotes(doc: Y.Doc): DotVote[] {
  return readVoteEntries(facilitationMaps(doc)).map(([, vote]) => vote);
}

/** sticky id → author id of stickies hidden until reveal. */
export function readHidden(doc: Y.Doc): Map<string, string> {
  const hidden = new Map<string, string>();
  facilitationMaps(doc).hidden.forEach((author, stickyId) => {
    if (typeof author === 'string') hidden.set(stickyId, author);
  });
  return hidden;
}

/** The whole facilitation state, defaults filled in for anything missing or invalid. */
export function readFacilitation(doc: Y.Doc): FacilitationState {
  const maps = facilitationMaps(doc);
  const s = maps.state;
  const defaults = defaultFacilitationState();
  const phase = WorkshopPhaseId.safeParse(s.get('phase'));
  const facilitatorId = s.get('facilitatorId');
  const facilitatorName = s.get('facilitatorName');
  const followMe = FollowMeSchema.safeParse(s.get('followMe'));
  const voteTarget = VoteTarget.safeParse(s.get('voteTarget'));
  return {
    phase: phase.success ? phase.data : defaults.phase,
    facilitatorId: typeof facilitatorId === 'string' ? facilitatorId : null,
    facilitatorName: typeof facilitatorId === 'string' && typeof facilitatorName === 'string' ? facilitatorName.slice(0, 200) : null,
    timer: readTimer(s),
    dotsPerParticipant: readDots(s),
    voteTarget: voteTarget.success ? voteTarget.data : defaults.voteTarget,
    votes: readVoteEntries(maps).map(([, vote]) => vote),
    followMe: followMe.success ? followMe.data : defaults.followMe,
    silentWriting: s.get('silentWriting') === true,
    hidden: readHidden(doc),
  };
}

/** Calls `onChange` after any change to the facilitation state; returns the unsubscribe. */
export function observeFacilitation(doc: Y.Doc, onChange: () => void): () => void {
  const maps = facilitationMaps(doc);
  const handler = () => onChange();
  for (const m of [maps.state, maps.votes, maps.hidden]) m.observe(handler);
  return () => {
    for (const m of [maps.state, maps.votes, maps.hidden]) m.unobserve(handler);
  };
}

/** Moves the workshop to `phase` (the flow bar shows it to everyone). */
export function setPhase(doc: Y.Doc, phase: WorkshopPhaseId, origin?: unknown): void {
  doc.transact(() => facilitationMaps(doc).state.set('phase', phase), origin);
}

/**
 * Makes `participantId` (shown as `name`) the facilitator; null: nobody. A new
 * facilitator takes the workshop to `phase` (the step they are on), so taking the role
 * never moves them anywhere; "follow me" led by someone else ends, since it was the
 * previous facilitator's.
 */
export function setFacilitator(doc: Y.Doc, participantId: string | null, origin?: unknown, name?: string, phase?: WorkshopPhaseId): void {
  doc.transact(() => {
    const state = facilitationMaps(doc).state;
    state.set('facilitatorId', participantId);
    state.set('facilitatorName', participantId === null ? null : (name ?? '').slice(0, 200));
    if (participantId !== null && phase !== undefined) state.set('phase', WorkshopPhaseId.parse(phase));
    const followMe = FollowMeSchema.safeParse(state.get('followMe'));
    if (participantId !== null && followMe.success && followMe.data.active && followMe.data.leaderId !== participantId) {
      state.set('followMe', { active: false, leaderId: null, viewport: null } satisfies FollowMe);
    }
  }, origin);
}

/** Sets what the dot vote is on, for everyone. */
export function setVoteTarget(doc: Y.Doc, target: VoteTarget, origin?: unknown): void {
  const parsed = VoteTarget.parse(target);
  doc.transact(() => facilitationMaps(doc).state.set('voteTarget', parsed), origin);
}

function updateTimer(doc: Y.Doc, change: (t: TimerState) => TimerState, origin: unknown): TimerState {
  let next = newTimer();
  doc.transact(() => {
    const state = facilitationMaps(doc).state;
    const current = readTimer(state);
    next = change(current);
    if (next !== current) state.set('timer', next);
  }, origin);
  return next;
}

/** Starts or resumes the shared countdown at `now` (the caller's clock). */
export function startSharedTimer(doc: Y.Doc, now: number = Date.now(), origin?: unknown): TimerState {
  return updateTimer(doc, (t) => startTimer(t, now), origin);
}

/** Pauses the shared countdown at `now`, keeping what has elapsed. */
export function pauseSharedTimer(doc: Y.Doc, now: number = Date.now(), origin?: unknown): TimerState {
  return updateTimer(doc, (t) => pauseTimer(t, now), origin);
}

/** Stops and rewinds the shared countdown, optionally to a new duration. */
export function resetSharedTimer(doc: Y.Doc, durationMs?: number, origin?: unknown): TimerState {
  return updateTimer(doc, (t) => resetTimer(t, durationMs), origin);
}

/** Gives every participant `n` dots (0–{@link MAX_DOTS_PER_PARTICIPANT}); dots beyond `n` stop counting. */
export function setDotsPerParticipant(doc: Y.Doc, n: number, origin?: unknown): void {
  const dots = Math.max(0, Math.min(MAX_DOTS_PER_PARTICIPANT, Math.floor(n)));
  doc.transact(() => facilitationMaps(doc).state.set('dotsPerParticipant', dots), origin);
}

/**
 * Places one of `participantId`'s dots on `targetId`. Returns false (and changes
 * nothing) when all their dots are used. Each dot is a numbered slot below the
 * allowance, so even two tabs of one participant voting at once can never exceed it:
 * a concurrent write to the same slot simply wins or loses.
 */
export function placeDot(doc: Y.Doc, participantId: string, targetId: string, origin?: unknown): boolean {
  let placed = false;
  doc.transact(() => {
    const maps = facilitationMaps(doc);
    const dots = readDots(maps.state);
    const taken = new Set(
      readVoteEntries(maps)
        .filter(([, v]) => v.participantId === participantId)
        .map(([, , slot]) => slot),
    );
    for (let slot = 0; slot < dots; slot++) {
      if (taken.has(slot)) continue;
      maps.votes.set(voteKey(participantId, slot), { participantId, targetId });
      placed = true;
      return;
    }
  }, origin);
  return placed;
}

/** Takes back one of `participantId`'s dots from `targetId`; false if they had none there. */
export function removeDot(doc: Y.Doc, participantId: string, targetId: string, origin?: unknown): boolean {
  let removed = false;
  doc.transact(() => {
    const maps = facilitationMaps(doc);
    const mine = readVoteEntries(maps).filter(([, v]) => v.participantId === participantId && v.targetId === targetId);
    const last = mine[mine.length - 1];
    if (!last) return;
    maps.votes.delete(last[0]);
    removed = true;
  }, origin);
  return removed;
}

/** Dots `participantId` has left to place. */
export function dotsLeft(doc: Y.Doc, participantId: string): number {
  const maps = facilitationMaps(doc);
  const used = readVoteEntries(maps).filter(([, v]) => v.participantId === participantId).length;
  return Math.max(0, readDots(maps.state) - used);
}

/** Removes every dot (a new round of voting). */
export function clearVotes(doc: Y.Doc, origin?: unknown): void {
  doc.transact(() => facilitationMaps(doc).votes.clear(), origin);
}

/** Turns "follow me" on for `leaderId` (their viewport is followed) or off. */
export function setFollowMe(doc: Y.Doc, leaderId: string | null, origin?: unknown): void {
  doc.transact(() => {
    const state = facilitationMaps(doc).state;
    const prev = FollowMeSchema.safeParse(state.get('followMe'));
    const viewport = prev.success && prev.data.leaderId === leaderId ? prev.data.viewport : null;
    const next: FollowMe = { active: leaderId !== null, leaderId, viewport };
    state.set('followMe', next);
  }, origin);
}

/**
 * Publishes the leader's viewport while "follow me" is on for `leaderId`; ignored
 * otherwise (returns false). Callers should throttle: every call is a document update.
 */
export function setFollowViewport(doc: Y.Doc, leaderId: string, viewport: Viewport, origin?: unknown): boolean {
  if (!ViewportSchema.safeParse(viewport).success) return false;
  let written = false;
  doc.transact(() => {
    const state = facilitationMaps(doc).state;
    const prev = FollowMeSchema.safeParse(state.get('followMe'));
    if (!prev.success || !prev.data.active || prev.data.leaderId !== leaderId) return;
    state.set('followMe', { ...prev.data, viewport: { x: viewport.x, y: viewport.y, zoom: viewport.zoom } });
    written = true;
  }, origin);
  return written;
}

/** Starts silent writing: stickies marked with {@link hideWrittenInSilence} stay hidden from others. */
export function startSilentWriting(doc: Y.Doc, origin?: unknown): void {
  doc.transact(() => facilitationMaps(doc).state.set('silentWriting', true), origin);
}

/**
 * Call right after creating a sticky: while silent writing is on, records `authorId`
 * as its author so other participants do not see it until the reveal. Returns whether
 * it was hidden.
 */
export function hideWrittenInSilence(doc: Y.Doc, stickyId: string, authorId: string, origin?: unknown): boolean {
  let hidden = false;
  doc.transact(() => {
    const maps = facilitationMaps(doc);
    if (maps.state.get('silentWriting') !== true) return;
    maps.hidden.set(stickyId, authorId);
    hidden = true;
  }, origin);
  return hidden;
}

/** Ends silent writing and shows every hidden sticky to everyone. */
export function revealAll(doc: Y.Doc, origin?: unknown): void {
  doc.transact(() => {
    const maps = facilitationMaps(doc);
    maps.state.set('silentWriting', false);
    maps.hidden.clear();
  }, origin);
}

/** Whether `stickyId` is hidden from `viewerId` (someone else wrote it in silence). */
export function isHiddenFrom(doc: Y.Doc, stickyId: string, viewerId: string): boolean {
  const author = facilitationMaps(doc).hidden.get(stickyId);
  return typeof author === 'string' && author !== viewerId;
}
