import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { isLoopbackHost } from "../../emulator/transport/loopback";
import { EmulatorProcesses } from "./support/emulator-process";

const WARNING =
  /^visionai-emulator: warning: listening on 0\.0\.0\.0, which is reachable from other machines;.*--host 127\.0\.0\.1/;

/** Reads a child's stderr until `pattern` shows up: stderr and the stdout ready line travel separately. */
async function waitForStderr(read: () => string, pattern: RegExp, timeoutMillis = 5000): Promise<string> {
  const deadline = Date.now() + timeoutMillis;
  while (!pattern.test(read()) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 20));
  return read();
}

describe("where the emulator listens", () => {
  const processes = new EmulatorProcesses();
  after(() => processes.killAll());

  it("listens on 127.0.0.1 by default and warns about nothing", async () => {
    const emulator = await processes.start(["--in-memory"]);
    assert.match(emulator.process.address, /^127\.0\.0\.1:\d+$/);
    await emulator.streams("ListClusters", { parent: "projects/p/locations/l" });
    await processes.stop(emulator, "SIGTERM");
    assert.equal(emulator.process.stderr(), "");
  });

  it("prints one warning line on stderr when bound beyond loopback", async () => {
    const emulator = await processes.start(["--in-memory", "--host", "0.0.0.0"]);
    const stderr = await waitForStderr(() => emulator.process.stderr(), WARNING);
    assert.match(stderr, WARNING);
    assert.equal(stderr.trimEnd().split("\n").length, 1);
    await processes.stop(emulator, "SIGTERM");
  });

  it("counts 127.0.0.0/8, ::1 (bracketed or not), localhost and IPv4-mapped loopback as loopback, and nothing else", () => {
    for (const host of [
      "127.0.0.1",
      "127.1.2.3",
      "::1",
      "[::1]",
      "localhost",
      "LOCALHOST",
      "::ffff:127.0.0.1",
    ]) {
      assert.equal(isLoopbackHost(host), true, host);
    }
    for (const host of [
      "0.0.0.0",
      "::",
      "[::]",
      "10.0.0.1",
      "192.168.1.5",
      "example.com",
      "::ffff:10.0.0.1",
    ]) {
      assert.equal(isLoopbackHost(host), false, host);
    }
  });
});
