import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { recordScenario } from "../../scripts/lib/reliability-scenarios";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";
import { pulumiCli } from "../support/cli-command";
import { createLocalStack, type LocalStack } from "../support/local-stack";
import { ScenarioChecks } from "../support/scenario-checks";

/**
 * Secrets never leave the stack in plaintext: an HLS token (getStreamHlsTokenOutput), a credential given
 * as secret stack config and the stack's passphrase are searched for everywhere they could land: the
 * state as `pulumi stack export` shows it, every file of the state backend (checkpoints, history,
 * backups), everything the CLI prints with verbose logs flowed to every plugin, the log files the engine
 * writes when logs do not go to stderr, and every file the CLI, language host and plugins leave in their
 * temporary directory (TMPDIR, pointed at a directory of this test's own) or under PULUMI_HOME.
 */

const SECRETS_STACK_DIR = path.join(REPO_ROOT, "tests", "reliability", "secrets-stack");
const PLAYER_API_KEY = "player-key-7f3a9c1e5b2d4608";
const SCENARIO = "secrets: up, refresh and preview with verbose logs";
/** Everything the engine and its plugins log, at a verbosity that includes gRPC traffic, on stderr. */
const LOGS_TO_OUTPUT = { logToStdErr: true, logFlow: true, logVerbosity: 9 };
/** The same logs, to the engine's log files (in TMPDIR), as when a user runs `pulumi up -v=9`. */
const LOGS_TO_FILES = { logFlow: true, logVerbosity: 9 };

describe("secrets: the HLS token, the secret config value and the passphrase never appear in plaintext", () => {
  let local: LocalStack;
  let tmpDir: string;
  const printed: string[] = [];
  let token: string;
  let started: number;
  const checks = new ScenarioChecks();
  /** Each secret with what it is: the HLS token, the secret config value, the stack's passphrase. */
  const secrets = () => [
    ["the HLS token", token],
    ["the secret config value", PLAYER_API_KEY],
    ["the passphrase", local.stack.workspace.envVars.PULUMI_CONFIG_PASSPHRASE!],
  ];
  const envVar = (name: string) => local.stack.workspace.envVars[name]!;

  before(async () => {
    local = await createLocalStack(SECRETS_STACK_DIR, "secrets");
    tmpDir = path.join(path.dirname(envVar("PULUMI_HOME")), "tmp");
    fs.mkdirSync(tmpDir);
    // Every process of the run (CLI, language host, plugins) takes its temporary files and log files here.
    local.stack.workspace.envVars.TMPDIR = tmpDir;
    await local.stack.setConfig("secrets:playerApiKey", { value: PLAYER_API_KEY, secret: true });
    started = Date.now();
    const up = await local.stack.up(LOGS_TO_FILES);
    printed.push(up.stdout, up.stderr);
    const refresh = await local.stack.refresh(LOGS_TO_OUTPUT);
    printed.push(refresh.stdout, refresh.stderr);
    const preview = await local.stack.preview(LOGS_TO_OUTPUT);
    printed.push(preview.stdout, preview.stderr);
    const outputs = await local.stack.outputs();
    checks.equal(outputs.hlsToken?.secret, true, "the HLS token output is secret");
    checks.equal(outputs.playerApiKey?.secret, true, "the secret config output is secret");
    token = outputs.hlsToken!.value as string;
  });
  after(async () => {
    await local?.dispose();
  });

  it("they are in none of the places searched: export, state backend, CLI output, log files, temporary files, PULUMI_HOME", async () => {
    // The token the stack holds is a real HLS token, so the searches below look for the right thing.
    checks.match(
      token,
      /^[\w-]+\.[\w-]+\.[\w-]+$/,
      "the token searched for is the stack's HLS token (a JWT)",
    );
    // Logging was verbose enough to show the provider's gRPC traffic.
    checks.match(
      printed.join("\n"),
      /Provider\[0x[0-9a-f]+\]\.\w+\(urn:\S+visionai:Stream::lobby\) executing/,
      "the CLI's output held the engine's and plugins' verbose logs",
    );
    // `pulumi stack export` holds them only as ciphertext.
    const exported = await pulumiCli(local.stack, ["stack", "export"]);
    for (const [what, value] of secrets())
      assert.equal(around(exported, value), "", `${what} is in the export`);
    assert.match(exported, /"ciphertext"/);
    checks.proved("`pulumi stack export` holds none of them in plaintext, the secrets as ciphertext");
    // No file of the state backend (checkpoints, history, backups) holds them.
    const stateFiles = filesUnder(envVar("PULUMI_BACKEND_URL").replace(/^file:\/\//, ""));
    assert.ok(
      stateFiles.some((file) => file.endsWith(".json")),
      `state files found: ${stateFiles.join(", ")}`,
    );
    assertNoneHolds(stateFiles, secrets());
    checks.proved(`none of the ${stateFiles.length} files of the state backend holds them`);
    // The CLI output with the engine's and plugins' verbose logs never shows them.
    for (const [index, text] of printed.entries()) {
      for (const [what, value] of secrets())
        assert.equal(around(text, value), "", `${what} is in output ${index}`);
    }
    checks.proved("the CLI's output of up, refresh and preview, verbose logs included, holds none of them");
    // The engine's log files and every temporary file of the run never hold them.
    const files = filesUnder(tmpDir);
    const logs = files.filter((file) => /pulumi.*\.log/.test(path.basename(file)));
    assert.ok(logs.length > 0, `the up wrote log files into TMPDIR; found: ${files.join(", ")}`);
    assert.match(
      logs.map((file) => fs.readFileSync(file, "latin1")).join("\n"),
      /Provider\[0x[0-9a-f]+\]\.\w+\(urn:\S+visionai:Stream::lobby\)/,
      "the log files hold the provider's traffic, so they are the logs searched for",
    );
    assertNoneHolds(files, secrets());
    checks.proved(
      `the ${logs.length} log file(s) of the up at -v=9 and every other file in TMPDIR (${files.length} in all) hold none of them`,
    );
    // No file under the CLI's home holds them.
    assertNoneHolds(filesUnder(envVar("PULUMI_HOME")), secrets());
    checks.proved("no file under PULUMI_HOME holds them");
    recordScenario({
      scenario: SCENARIO,
      checks: checks.claims(),
      injected:
        "an HLS token output, a secret config value and the passphrase; logs at -v=9 flowed to plugins, to stderr and to log files",
      figures: { resources: 2, seconds: (Date.now() - started) / 1000 },
    });
  });
});

function assertNoneHolds(files: string[], secrets: string[][]): void {
  for (const file of files) {
    const text = fs.readFileSync(file, "latin1");
    for (const [what, value] of secrets) assert.equal(around(text, value!), "", `${what} is in ${file}`);
  }
}

/** The text around the first place `secret` occurs in `text` (empty if nowhere), to show where it leaked. */
function around(text: string, secret: string): string {
  const at = text.indexOf(secret);
  return at < 0 ? "" : text.slice(Math.max(0, at - 400), at + secret.length + 100);
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}
