/**
 * The engine's `Cancel` (sent when the user interrupts `pulumi up`): from then on the plugin stops waiting
 * for the service's operations. The operations themselves keep running on the server; what they leave
 * behind is recovered by the next run (see plugin-provider.ts), so stopping to wait loses nothing.
 */
export class Cancellation {
  private cancelled = false;
  private readonly waiters = new Set<(error: Error) => void>();

  /** Ends every wait now and every wait started later. */
  cancel(): void {
    this.cancelled = true;
    for (const stop of this.waiters) stop(new OperationCancelled());
    this.waiters.clear();
  }

  /** `work`'s result, or an OperationCancelled rejection as soon as the engine cancels. */
  async unlessCancelled<T>(work: Promise<T>): Promise<T> {
    if (this.cancelled) throw new OperationCancelled();
    let stop: ((error: Error) => void) | undefined;
    const cancelled = new Promise<never>((_, reject) => {
      stop = reject;
      this.waiters.add(reject);
    });
    try {
      return await Promise.race([work, cancelled]);
    } finally {
      this.waiters.delete(stop!);
      // The abandoned work may still fail later; nobody waits for it any more.
      work.catch(() => undefined);
    }
  }
}

/** Raised in place of an operation's result once the engine has cancelled the run. */
export class OperationCancelled extends Error {
  constructor() {
    super("the update was cancelled");
    this.name = "OperationCancelled";
  }
}
