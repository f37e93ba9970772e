import type { ProgramSettings } from "./scenario";

/**
 * A front end of the parity suite: one way of writing the scenario's program (a language, and the dynamic
 * resources or the provider plugin), driven through the real Pulumi CLI against an emulator of its own.
 *
 * Adding a front end is one file in front-ends/ exporting a FrontEnd, plus its entry in front-ends/index.ts:
 * 1. Write the scenario's program (scenario.ts says what it declares, reads and exports) where users of
 *    that front end would find it, e.g. examples/<language>/.
 * 2. `prepare` builds or installs what the program needs (cached, so a later run is quick); it runs
 *    before `open` and may take minutes the first time.
 * 3. `open` starts the front end's own emulator and a fresh stack with its own state folder, sharing
 *    nothing with other front ends (so the suite may run them at the same time).
 * 4. `run` performs one step: it passes `settings` to the program (stack config, or the program's text
 *    where the language has no conditional declarations), runs `pulumi <command>` and reports the
 *    engine's resource changes and, for `up`, the stack outputs with secrets in plaintext and flagged.
 * 5. `exportState` returns `pulumi stack export` as a person runs it, where secrets must stay encrypted.
 * The suite reads the emulator's audit log around each `run` and compares everything with the scenario.
 */
export interface FrontEnd {
  /** Names its tests, e.g. "Python (plugin SDK)". */
  readonly name: string;
  /** Whether it adopts existing resources with Pulumi's import (dynamic resources cannot; they take `adoptExisting`). */
  readonly importsExisting: boolean;
  prepare(): Promise<void>;
  open(): Promise<FrontEndStack>;
}

/** One stack of a front end's program, with the emulator it deploys to. */
export interface FrontEndStack {
  /** host:port of this stack's emulator. */
  readonly emulatorAddress: string;
  run(command: "up" | "preview" | "destroy", settings: ProgramSettings): Promise<StepOutcome>;
  exportState(): Promise<string>;
  /** Removes the stack and its folders and stops the emulator. */
  dispose(): Promise<void>;
}

/** A stack output: its value (plaintext even when secret) and whether it is secret. */
export interface StackOutput {
  value: unknown;
  secret: boolean;
}

export interface StepOutcome {
  /** The engine's resource changes by kind of change, e.g. `{ same: 10, update: 1 }`. */
  changes: Record<string, number>;
  /** After `up`: the stack's outputs. */
  outputs?: Record<string, StackOutput>;
}
