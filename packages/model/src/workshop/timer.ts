import { z } from 'zod';

/**
 * A shared countdown. Times are wall-clock milliseconds (`Date.now()`) of whoever
 * changed the timer: there is no server clock, so every client computes what is left
 * from the same stored numbers with its own clock. While running, `startedAt` is set
 * and `elapsedMs` holds what had already run before (across pauses).
 */
export const TimerState = z.object({
  durationMs: z.number().finite().nonnegative(),
  startedAt: z.number().finite().nullable(),
  elapsedMs: z.number().finite().nonnegative(),
});
export type TimerState = z.infer<typeof TimerState>;

/** Default length of a workshop timebox (ten minutes). */
export const DEFAULT_TIMER_MS = 10 * 60 * 1000;

/** A stopped timer of `durationMs`, nothing elapsed. */
export function newTimer(durationMs: number = DEFAULT_TIMER_MS): TimerState {
  return { durationMs: Math.max(0, durationMs), startedAt: null, elapsedMs: 0 };
}

/** Whether the countdown is currently running. */
export function isTimerRunning(timer: TimerState): boolean {
  return timer.startedAt !== null;
}

/** Milliseconds elapsed at `now`, never negative nor past the duration. */
export function elapsedMs(timer: TimerState, now: number): number {
  // A peer's clock may run ahead of ours: a start "in the future" counts as just started.
  const running = timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt);
  return Math.min(timer.durationMs, timer.elapsedMs + running);
}

/** Milliseconds left at `now` (0 once expired). */
export function remainingMs(timer: TimerState, now: number): number {
  return timer.durationMs - elapsedMs(timer, now);
}

/** Whether the countdown has run out at `now`. */
export function isTimerExpired(timer: TimerState, now: number): boolean {
  return timer.durationMs > 0 && remainingMs(timer, now) === 0;
}

/** Starts (or resumes) the countdown at `now`; a running or expired timer is unchanged. */
export function startTimer(timer: TimerState, now: number): TimerState {
  if (isTimerRunning(timer) || remainingMs(timer, now) === 0) return timer;
  return { ...timer, startedAt: now };
}

/** Pauses at `now`, keeping what has elapsed; a stopped timer is unchanged. */
export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (!isTimerRunning(timer)) return timer;
  return { ...timer, startedAt: null, elapsedMs: elapsedMs(timer, now) };
}

/** Stops and rewinds to the full duration (or a new one). */
export function resetTimer(timer: TimerState, durationMs: number = timer.durationMs): TimerState {
  return newTimer(durationMs);
}

/** "mm:ss" for a number of milliseconds, rounding up so 0:00 means really over. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
