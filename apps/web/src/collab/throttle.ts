/**
 * Calls `fn` at most once per `ms` (a number, or read at each call), always delivering
 * the latest arguments (trailing call).
 */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, interval: number | (() => number)): ((...args: A) => void) & { cancel(): void } {
  const msNow = () => (typeof interval === 'number' ? interval : interval());
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: A | null = null;
  const run = () => {
    timer = null;
    last = Date.now();
    if (pending) {
      const args = pending;
      pending = null;
      fn(...args);
    }
  };
  const throttled = (...args: A) => {
    pending = args;
    const wait = msNow() - (Date.now() - last);
    if (wait <= 0 && !timer) run();
    else if (!timer) timer = setTimeout(run, wait);
  };
  throttled.cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    pending = null;
  };
  return throttled;
}
