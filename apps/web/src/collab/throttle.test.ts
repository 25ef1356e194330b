import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle';

describe('throttle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends at most once per interval, always ending with the latest value', () => {
    const sent: number[] = [];
    const send = throttle((n: number) => sent.push(n), 50);
    for (let i = 1; i <= 10; i++) {
      send(i);
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(100);
    expect(sent[0]).toBe(1);
    expect(sent.at(-1)).toBe(10);
    expect(sent.length).toBeLessThanOrEqual(3);
  });

  it('cancel drops a pending call', () => {
    const sent: number[] = [];
    const send = throttle((n: number) => sent.push(n), 50);
    send(1);
    send(2);
    send.cancel();
    vi.advanceTimersByTime(100);
    expect(sent).toEqual([1]);
  });
});
