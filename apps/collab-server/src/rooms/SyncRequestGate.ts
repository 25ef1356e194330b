/**
 * Sync step 1 from one connection, tamed: at most one answer in progress, only the latest
 * waiting request kept (a newer state vector makes older ones moot), and a token bucket.
 * A stock client sends one step 1 per connection (a few with `resyncInterval`), so only a
 * flood ever waits; it then costs one answer at a time instead of one board diff per message.
 */
export class SyncRequestGate<T> {
  private busy = false;
  private next: T | null = null;
  private tokens: number;
  private last = performance.now();
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    /** Answers one request; calls `done` once it is sent (or abandoned). */
    private readonly answer: (request: T, done: () => void) => void,
  ) {
    this.tokens = burst;
  }

  request(request: T): void {
    this.next = request;
    this.pump();
  }

  close(): void {
    this.closed = true;
    this.next = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private pump(): void {
    if (this.busy || this.timer || this.next === null || this.closed) return;
    const now = performance.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) {
      this.timer = setTimeout(
        () => {
          this.timer = null;
          this.pump();
        },
        Math.ceil(((1 - this.tokens) / this.perSecond) * 1000),
      );
      this.timer.unref();
      return;
    }
    this.tokens--;
    const request = this.next;
    this.next = null;
    this.busy = true;
    let finished = false;
    this.answer(request, () => {
      if (finished) return;
      finished = true;
      this.busy = false;
      this.pump();
    });
  }
}
