import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";
import { pulumiCli } from "../support/cli-command";
import { createLocalStack, type LocalStack } from "../support/local-stack";
import { recordScenario } from "../../scripts/lib/reliability-scenarios";

/**
 * Secrets never leave the stack in plaintext: an HLS token (getStreamHlsTokenOutput) and a credential
 * given as secret stack config are searched for in `pulumi stack export`, in everything the CLI prints,
 * and in the engine's and the dynamic provider's logs (verbose logging flowed to every plugin).
 */

const SECRETS_STACK_DIR = path.join(REPO_ROOT, "tests", "reliability", "secrets-stack");
const PLAYER_API_KEY = "player-key-7f3a9c1e5b2d4608";
/** Everything the engine and its plugins log, at a verbosity that includes gRPC traffic. */
const VERBOSE_LOGS = { logToStdErr: true, logFlow: true, logVerbosity: 9 };

describe("secrets: the HLS token and secret config and the passphrase never appear in plaintext", () => {
  let local: LocalStack;
  const printed: string[] = [];
  let token: string;
  /** Each secret with what it is: the HLS token, the secret config value, the stack's passphrase. */
  const secrets = () => [
    ["the HLS token", token],
    ["the secret config value", PLAYER_API_KEY],
    ["the passphrase", local.stack.workspace.envVars.PULUMI_CONFIG_PASSPHRASE!],
  ];

  before(async () => {
    local = await createLocalStack(SECRETS_STACK_DIR, "secrets");
    await local.stack.setConfig("secrets:playerApiKey", { value: PLAYER_API_KEY, secret: true });
    const started = Date.now();
    const up = await local.stack.up(VERBOSE_LOGS);
    printed.push(up.stdout, up.stderr);
    const refresh = await local.stack.refresh(VERBOSE_LOGS);
    printed.push(refresh.stdout, refresh.stderr);
    const preview = await local.stack.preview(VERBOSE_LOGS);
    printed.push(preview.stdout, preview.stderr);
    const outputs = await local.stack.outputs();
    assert.equal(outputs.hlsToken?.secret, true, "the HLS token output is secret");
    assert.equal(outputs.playerApiKey?.secret, true, "the secret config output is secret");
    token = outputs.hlsToken!.value as string;
    recordScenario({
      scenario: "secrets: up, refresh and preview with verbose logs",
      injected: "an HLS token output and a secret config value; logs at -v=9 flowed to plugins",
      resources: 2,
      result: "no plaintext secret in export, CLI output or logs",
      seconds: (Date.now() - started) / 1000,
    });
  });
  after(() => local?.dispose());

  it("the token the stack holds is a real HLS token, so the searches below look for the right thing", () => {
    assert.match(token, /^[\w-]+\.[\w-]+\.[\w-]+$/, "an HS256 JWT");
  });

  it("logging was verbose enough to show the provider's gRPC traffic", () => {
    assert.match(
      printed.join("\n"),
      /Provider\[0x[0-9a-f]+\]\.Create\(urn:\S+visionai:Stream::lobby\) executing/,
    );
  });

  it("`pulumi stack export` holds both only as ciphertext", async () => {
    const exported = await pulumiCli(local.stack, ["stack", "export"]);
    for (const [what, value] of secrets())
      assert.equal(around(exported, value), "", `${what} is in the export`);
    assert.match(exported, /"ciphertext"/);
  });

  it("the CLI output and the engine's and provider's logs never show them", () => {
    for (const [index, text] of printed.entries()) {
      for (const [what, value] of secrets())
        assert.equal(around(text, value), "", `${what} is in output ${index}`);
    }
  });

  it("neither is written to a log file under the CLI's home", () => {
    const home = local.stack.workspace.envVars.PULUMI_HOME!;
    for (const file of filesUnder(home)) {
      const text = fs.readFileSync(file, "latin1");
      for (const [what, value] of secrets()) assert.equal(around(text, value), "", `${what} is in ${file}`);
    }
  });
});

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
