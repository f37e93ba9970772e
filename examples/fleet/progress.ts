/**
 * The fleet's progress as plain lines, one per event, so it reads the same in a terminal and in a CI
 * log: which environments are running, each resource as it is done, and each environment's outcome.
 */
import type { EnvironmentResult, FleetAction, FleetProgressEvent } from "./fleet";

export class FleetProgress {
  private finished = 0;
  private readonly running = new Set<string>();
  private readonly resourcesDone = new Map<string, number>();
  private readonly started = performance.now();

  constructor(
    private readonly action: FleetAction,
    private readonly total: number,
    private readonly concurrency: number,
    private readonly write: (line: string) => void,
  ) {}

  begin(): void {
    this.write(`fleet ${this.action}: ${this.total} environments, at most ${this.concurrency} at a time`);
  }

  /** Pass as FleetOptions.onProgress. */
  readonly onProgress = (event: FleetProgressEvent): void => {
    switch (event.kind) {
      case "started":
        this.running.add(event.stack);
        this.write(
          `${this.counter()} ${event.stack}: ${this.action} started (running: ${[...this.running].join(", ")})`,
        );
        return;
      case "resource": {
        const done = (this.resourcesDone.get(event.stack) ?? 0) + 1;
        this.resourcesDone.set(event.stack, done);
        this.write(`${this.counter()} ${event.stack}: ${event.operation} ${event.resource} (${done} done)`);
        return;
      }
      case "finished":
        this.running.delete(event.result.stack);
        this.finished += 1;
        this.write(`${this.counter()} ${event.result.stack}: ${outcome(event.result)}`);
        return;
    }
  };

  /**
   * The totals and the time taken; `refusedCalls`, when known, is how many calls the service's quotas
   * refused meanwhile (the client waited each one out).
   */
  end(results: readonly EnvironmentResult[], refusedCalls?: number): void {
    const count = (status: EnvironmentResult["status"]) => results.filter((r) => r.status === status).length;
    const seconds = ((performance.now() - this.started) / 1000).toFixed(1);
    const absent = count("absent") > 0 ? `, ${count("absent")} not deployed` : "";
    const refused = refusedCalls === undefined ? "" : `; ${refusedCalls} calls refused by quota and retried`;
    this.write(
      `fleet ${this.action}: ${count("succeeded")} succeeded, ${count("failed")} failed${absent} in ${seconds}s${refused}`,
    );
  }

  private counter(): string {
    return `[${this.finished}/${this.total}]`;
  }
}

function outcome(result: EnvironmentResult): string {
  const seconds = `${result.seconds.toFixed(1)}s`;
  if (result.status === "failed") return `failed after ${seconds}: ${result.error}`;
  if (result.status === "absent") return "no such stack, nothing to do";
  const changes = Object.entries(result.changes)
    .map(([operation, count]) => `${operation} ${count}`)
    .join(", ");
  return `succeeded in ${seconds} (${changes || "no resources"})`;
}
