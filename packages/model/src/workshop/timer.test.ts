import { describe, expect, it } from 'vitest';
import { formatRemaining, isTimerExpired, isTimerRunning, newTimer, pauseTimer, remainingMs, resetTimer, startTimer } from './timer';

describe('timer', () => {
  it('counts down while running and holds while paused', () => {
    let t = newTimer(60_000);
    expect(remainingMs(t, 1_000)).toBe(60_000);
    t = startTimer(t, 1_000);
    expect(isTimerRunning(t)).toBe(true);
    expect(remainingMs(t, 11_000)).toBe(50_000);
    t = pauseTimer(t, 21_000);
    expect(remainingMs(t, 99_000)).toBe(40_000);
    t = startTimer(t, 100_000);
    expect(remainingMs(t, 130_000)).toBe(10_000);
  });

  it('never goes below zero and reports expiry', () => {
    const t = startTimer(newTimer(5_000), 0);
    expect(remainingMs(t, 9_000)).toBe(0);
    expect(isTimerExpired(t, 9_000)).toBe(true);
    expect(isTimerExpired(t, 1_000)).toBe(false);
    expect(startTimer(pauseTimer(t, 9_000), 10_000).startedAt).toBeNull();
  });

  it('treats a start in the future (clock skew) as just started', () => {
    const t = startTimer(newTimer(5_000), 10_000);
    expect(remainingMs(t, 8_000)).toBe(5_000);
  });

  it('is idempotent on start and pause, and resets', () => {
    const t = startTimer(newTimer(5_000), 0);
    expect(startTimer(t, 2_000)).toBe(t);
    const p = pauseTimer(t, 1_000);
    expect(pauseTimer(p, 3_000)).toBe(p);
    expect(resetTimer(p)).toEqual(newTimer(5_000));
    expect(resetTimer(p, 9_000)).toEqual(newTimer(9_000));
  });

  it('formats mm:ss rounding up', () => {
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(1)).toBe('0:01');
    expect(formatRemaining(61_000)).toBe('1:01');
    expect(formatRemaining(600_000)).toBe('10:00');
  });
});
