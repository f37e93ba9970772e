import type { VisionAiError } from "./errors";
import type { CallKind } from "./retry-policy";

/**
 * How long a quota stays "careful" after its last refusal: Google's rate quotas are per minute, so a quota
 * that refused a call a minute ago may well refuse the next burst.
 */
export const CAREFUL_AFTER_REFUSAL_MILLIS = 60_000;

/**
 * A refusal comes back within a round trip; a call still unanswered after this long was admitted, so the
 * next waiting call may go (WaitOperation, for one, is held by the server for seconds).
 */
export const ADMISSION_ANSWER_MILLIS = 500;

/** Which quota a call draws on, as far as the client can tell before sending it: its kind and project. */
export function quotaKey(kind: CallKind, resourceName: string | undefined): string {
  const project = /^projects\/([^/]+)/.exec(resourceName ?? "")?.[1] ?? "";
  return `${kind}:${project}`;
}

/** One call let through the limiter; it says how the quota answered. */
export interface QuotaTicket {
  /** The quota let the call through (whatever the call's own outcome). */
  admitted(): void;
  /** The quota refused the call and asked for `retryDelayMillis` before the next one. */
  refused(retryDelayMillis: number, refusal: VisionAiError): void;
}

/** Node fires longer timers at once; a deadline further away than this is no deadline. */
const LONGEST_TIMER_MILLIS = 2_147_483_647;

interface Waiter {
  release: (ticket: QuotaTicket | undefined) => void;
  timer: NodeJS.Timeout;
}

/** The state of one quota as this process has seen it. */
class QuotaGate {
  /** No call goes before this time: the quota said when it admits the next one. */
  reopensAt = 0;
  /** Until this time calls go one at a time. */
  carefulUntil = 0;
  /** A call is out whose admission is not yet known. */
  probing = false;
  readonly queue: Waiter[] = [];
  lastRefusal?: VisionAiError;
  private timer?: NodeJS.Timeout;

  constructor(private readonly now: () => number) {}

  acquire(deadline: number, first: boolean): Promise<QuotaTicket | undefined> {
    if (this.now() >= this.carefulUntil && this.queue.length === 0)
      return Promise.resolve(this.ticket(false));
    return new Promise((resolve) => {
      const waiter: Waiter = {
        release: resolve,
        timer: setTimeout(
          () => {
            this.queue.splice(this.queue.indexOf(waiter), 1);
            resolve(undefined);
          },
          Math.min(LONGEST_TIMER_MILLIS, Math.max(0, deadline - this.now())),
        ),
      };
      // A call the quota already refused goes before calls that have not tried yet: it has waited longest.
      if (first) this.queue.unshift(waiter);
      else this.queue.push(waiter);
      this.pump();
    });
  }

  /** Lets the next waiting call go when the quota is open and no call's admission is pending. */
  private pump(): void {
    if (this.probing || this.queue.length === 0 || this.timer) return;
    const wait = this.reopensAt - this.now();
    if (wait > 0) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.pump();
      }, wait);
      return;
    }
    const waiter = this.queue.shift()!;
    clearTimeout(waiter.timer);
    waiter.release(this.ticket(true));
  }

  private ticket(probe: boolean): QuotaTicket {
    let answered = false;
    const answer = () => {
      if (answered) return false;
      answered = true;
      clearTimeout(admissionTimer);
      if (probe) this.probing = false;
      return true;
    };
    if (probe) this.probing = true;
    const admissionTimer = setTimeout(() => {
      if (answer()) this.pump();
    }, ADMISSION_ANSWER_MILLIS);
    admissionTimer.unref();
    return {
      admitted: () => {
        if (answer()) this.pump();
      },
      refused: (retryDelayMillis, refusal) => {
        answer();
        this.lastRefusal = refusal;
        this.reopensAt = Math.max(this.reopensAt, this.now() + retryDelayMillis);
        this.carefulUntil = Math.max(this.carefulUntil, this.reopensAt + CAREFUL_AFTER_REFUSAL_MILLIS);
        this.pump();
      },
    };
  }
}

/**
 * Keeps a process's calls within the quotas the service enforces, shared by every client in the process.
 * While a quota has not refused anything, calls go at once. Once it refuses, its calls wait until the time
 * its RetryInfo names and then go one at a time, the next as soon as the previous one is admitted, so
 * waiting calls neither hammer the quota nor all retry at the same instant; after a quiet minute they go
 * freely again.
 */
export class QuotaLimiter {
  private readonly gates = new Map<string, QuotaGate>();

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * Waits until a call on quota `key` may go. Resolves with its ticket, or undefined when `deadline` (epoch
   * ms) passes first. `refusedBefore`: the call was refused already and goes before calls that were not.
   */
  acquire(key: string, deadline: number, refusedBefore = false): Promise<QuotaTicket | undefined> {
    let gate = this.gates.get(key);
    if (!gate) {
      gate = new QuotaGate(this.now);
      this.gates.set(key, gate);
    }
    return gate.acquire(deadline, refusedBefore);
  }

  /** The last refusal of quota `key`, which a call that waited in vain reports. */
  lastRefusal(key: string): VisionAiError | undefined {
    return this.gates.get(key)?.lastRefusal;
  }
}

/** The one limiter of this process: every client's calls share it, as they share the project's quota. */
export const processQuotaLimiter = new QuotaLimiter();
