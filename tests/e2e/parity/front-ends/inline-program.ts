import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { startEmulatorProcess } from "../../../../scripts/lib/emulator-process";
import { offlinePulumiEnv, pulumiBinDir } from "../../../../scripts/lib/pulumi-cli";
import { REPO_BIN_DIR } from "../../../support/yaml-stack";
import type { FrontEnd, StepOutcome } from "../front-end";

const STACK = "parity";

/**
 * A front end whose program is an Automation API inline program with a command line of its own
 * (examples/python, examples/go): `<program> up|preview|destroy --stack S --work-dir D --config K=V
 * --show-secrets`, printing its result as JSON on the last line of stdout and Pulumi's progress on stderr.
 * It runs as a user runs it: the CLI and the provider plugin on PATH, state in a local folder, the
 * emulator named by VISIONAI_EMULATOR_HOST.
 */
export function inlineProgramFrontEnd(options: {
  name: string;
  /** Builds or installs the program; resolves with the command that runs it (executable, then arguments). */
  build(): Promise<string[]>;
}): FrontEnd {
  let program: string[] | undefined;
  let binDir: string | undefined;
  return {
    name: options.name,
    importsExisting: true,
    async prepare() {
      [program, binDir] = await Promise.all([options.build(), pulumiBinDir()]);
    },
    async open() {
      if (!program || !binDir) throw new Error(`${options.name}: open() before prepare()`);
      const [executable, ...programArgs] = program;
      const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "visionai-inline-"));
      const workDir = path.join(scratch, "project");
      fs.mkdirSync(workDir);
      const emulator = await startEmulatorProcess(["--in-memory"]);
      const pulumiEnv = offlinePulumiEnv({
        binDir,
        home: path.join(scratch, "home"),
        backendDir: path.join(scratch, "state"),
      });
      const env = {
        ...process.env,
        ...pulumiEnv,
        PATH: [REPO_BIN_DIR, pulumiEnv.PATH].join(path.delimiter),
        VISIONAI_EMULATOR_HOST: emulator.address,
      };
      const exec = (file: string, args: string[]) =>
        promisify(execFile)(file, args, { cwd: workDir, env, maxBuffer: 64 * 1024 * 1024 }).catch(
          (error: Error & { stderr?: string }) => {
            throw new Error(
              `${options.name}: \`${path.basename(file)} ${args.join(" ")}\` failed: ${error.stderr ?? error.message}`,
            );
          },
        );
      return {
        emulatorAddress: emulator.address,
        async run(command, settings) {
          const config = Object.entries(settings).flatMap(([key, value]) => ["--config", `${key}=${value}`]);
          const args = [
            ...programArgs,
            command,
            "--stack",
            STACK,
            "--work-dir",
            workDir,
            "--show-secrets",
            ...config,
          ];
          const { stdout } = await exec(executable!, args);
          const result = JSON.parse(stdout.trim().split("\n").pop()!) as StepOutcome;
          return { changes: result.changes, ...(result.outputs ? { outputs: result.outputs } : {}) };
        },
        async exportState() {
          return (await exec(path.join(binDir!, "pulumi"), ["stack", "export", "--stack", STACK])).stdout;
        },
        async dispose() {
          await emulator.stop();
          fs.rmSync(scratch, { recursive: true, force: true });
        },
      };
    },
  };
}
