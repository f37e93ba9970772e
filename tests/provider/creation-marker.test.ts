import assert from "node:assert/strict";
import { beforeEach, describe, it } from "node:test";
import { CREATED_FOR_ANNOTATION, CREATED_FOR_INPUT, creationIdentity } from "../../kinds/creation-marker";
import { providerFor } from "../../provider";
import { streamsClient } from "../../provider/service-client";
import { providersAgainstEmulator } from "../support/providers-against-emulator";

/**
 * A run killed after the service created a resource but before Pulumi recorded it leaves a resource the
 * next run's create meets as ALREADY_EXISTS. These tests produce exactly that (a create whose result is
 * thrown away, as a killed engine does) and check that the provider adopts the resource only when its
 * creation marker names the same Pulumi resource.
 */

const CLUSTER = "projects/my-project/locations/us-central1/clusters/video-cluster";
const THIS_RESOURCE = creationIdentity("video", "prod", "Cluster", "video-cluster");
const PROGRAM_ARGS = {
  project: "my-project",
  location: "us-central1",
  clusterId: "video-cluster",
  displayName: "Video Processing Cluster",
  annotations: { owner: "video-team" },
  [CREATED_FOR_INPUT]: THIS_RESOURCE,
};

describe("creation marker: a create meeting ALREADY_EXISTS after a killed run", () => {
  const emulator = providersAgainstEmulator();
  const cluster = providerFor("Cluster");

  /** The inputs the engine would pass to create: the program's arguments after `check`. */
  async function checked(args: Record<string, unknown>): Promise<Record<string, unknown>> {
    const result = await cluster.check!({}, args);
    assert.deepEqual(result.failures ?? [], []);
    return result.inputs;
  }

  beforeEach(() => emulator().control.reset());

  it("check keeps the identity among the inputs, so create can send it", async () => {
    assert.equal((await checked(PROGRAM_ARGS))[CREATED_FOR_INPUT], THIS_RESOURCE);
  });

  it("create stores the identity under the reserved annotation, and outputs never show it", async () => {
    const created = await cluster.create(await checked(PROGRAM_ARGS));
    const stored = (await streamsClient().getCluster({ name: CLUSTER })) as { createdFor?: string };
    assert.equal(stored.createdFor, THIS_RESOURCE);
    assert.deepEqual(created.outs.annotations, { owner: "video-team" });
    // A refresh reads the resource back: its outputs must equal the recorded ones, or refresh shows a diff.
    const read = await cluster.read!(created.id, created.outs);
    assert.deepEqual(read.props, created.outs);
  });

  it("the same Pulumi resource adopts what its killed run created, with one create call and no hint", async () => {
    const lost = await cluster.create(await checked(PROGRAM_ARGS));
    emulator().control.clearAuditLog();
    const recovered = await cluster.create(
      await checked({ ...PROGRAM_ARGS, displayName: "Renamed while the run was down" }),
    );
    assert.equal(recovered.id, lost.id);
    assert.equal(recovered.outs.createTime, lost.outs.createTime, "the same resource, not a new one");
    assert.equal(recovered.outs.displayName, "Renamed while the run was down");
    assert.deepEqual(recovered.outs.annotations, { owner: "video-team" });
    assert.deepEqual(
      emulator()
        .control.auditLog("CreateCluster")
        .map((entry) => entry.code),
      ["ALREADY_EXISTS"],
    );
    // The update that brought the name up to date kept the marker, so a second interruption still recovers.
    const again = await cluster.create(await checked(PROGRAM_ARGS));
    assert.equal(again.id, lost.id);
  });

  it("a resource created for another Pulumi resource is refused with the adoptExisting hint", async () => {
    await cluster.create(
      await checked({
        ...PROGRAM_ARGS,
        [CREATED_FOR_INPUT]: creationIdentity("video", "staging", "Cluster", "video-cluster"),
      }),
    );
    await assert.rejects(
      cluster.create(await checked(PROGRAM_ARGS)),
      /ALREADY_EXISTS[\s\S]*set `adoptExisting: true` on the resource/,
    );
  });

  it("a resource created outside Pulumi (no marker) is refused with the adoptExisting hint", async () => {
    const { [CREATED_FOR_INPUT]: _identity, ...byHand } = PROGRAM_ARGS;
    await cluster.create(await checked(byHand));
    await assert.rejects(
      cluster.create(await checked(PROGRAM_ARGS)),
      /ALREADY_EXISTS[\s\S]*set `adoptExisting: true` on the resource/,
    );
  });

  it("a program may not set the marker's annotation key itself", async () => {
    const result = await cluster.check!(
      {},
      { ...PROGRAM_ARGS, annotations: { [CREATED_FOR_ANNOTATION]: THIS_RESOURCE } },
    );
    assert.match(JSON.stringify(result.failures), /annotations[\s\S]*reserved/);
  });
});
