import assert from "node:assert/strict";

/**
 * Assertions that remember what they proved: each method asserts, and only when the assertion holds
 * notes its claim. A scenario's record lists `claims()` after the last assertion, so its checks column
 * says exactly what was asserted in that run, not what a test meant to assert.
 */
export class ScenarioChecks {
  private readonly held: string[] = [];

  equal<T>(actual: T, expected: T, claim: string): void {
    assert.deepEqual(actual, expected, claim);
    this.held.push(claim);
  }

  ok(value: unknown, claim: string): void {
    assert.ok(value, claim);
    this.held.push(claim);
  }

  match(text: string, pattern: RegExp, claim: string): void {
    assert.match(text, pattern, claim);
    this.held.push(claim);
  }

  /** Notes a claim some other assertion (a helper's) has just proved. */
  proved(claim: string): void {
    this.held.push(claim);
  }

  claims(): string[] {
    return [...this.held];
  }
}
