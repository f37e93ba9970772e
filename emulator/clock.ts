/**
 * The emulator's only source of time. Timestamps on resources and operations, operation deadlines,
 * request-id windows and HLS token lifetimes all read it, so a test can inject a clock it controls.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /** Runs `callback` once after `delayMillis`; the returned function cancels it. */
  schedule(delayMillis: number, callback: () => void): () => void;
}

/** Wall-clock time and real timers. */
export const systemClock: Clock = {
  now: () => Date.now(),
  schedule(delayMillis, callback) {
    const timer = setTimeout(callback, Math.max(0, delayMillis));
    return () => clearTimeout(timer);
  },
};

/**
 * A clock that only moves when told to: `advance` fires every timer that falls due, in deadline order.
 * Lets tests observe an operation that is still running, then finish it, without waiting.
 */
export class ManualClock implements Clock {
  private current: number;
  private timers: { due: number; seq: number; callback: () => void }[] = [];
  private seq = 0;

  constructor(startMillis = Date.parse("2026-01-01T00:00:00Z")) {
    this.current = startMillis;
  }

  now(): number {
    return this.current;
  }

  schedule(delayMillis: number, callback: () => void): () => void {
    const timer = { due: this.current + Math.max(0, delayMillis), seq: this.seq++, callback };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  advance(millis: number): void {
    const target = this.current + millis;
    for (;;) {
      const next = this.timers
        .filter((t) => t.due <= target)
        .sort((a, b) => a.due - b.due || a.seq - b.seq)[0];
      if (!next) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.current = Math.max(this.current, next.due);
      next.callback();
    }
    this.current = target;
  }
}
