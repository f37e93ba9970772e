import assert from "node:assert/strict";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import type { EngineEvent } from "@pulumi/pulumi/automation";
import { StreamsServiceClient } from "../../client";
import { KINDS, fieldsWhere, forcesReplacement, storageOf, wireNameOf, type KindTable } from "../../kinds";
import * as types from "../../kinds/field-types";
import { REPO_ROOT } from "../../scripts/lib/repo-paths";
import { auditLog } from "../support/emulator-control-client";
import { createLocalStack, type LocalStack } from "../support/local-stack";

/**
 * Walks every kind table: each `update` field changed alone in a real `pulumi up` previews as one in-place
 * update and sends exactly its path in update_mask; each field that forces replacement previews as a
 * replacement. A field added to a table is covered here with no new test code, and a field whose lifecycle
 * is wrong fails here.
 */

const PROGRAM_DIR = path.join(REPO_ROOT, "tests", "e2e", "fixtures", "kind-table");
const CLUSTER = "projects/walk-project/locations/us-central1/clusters/walk";
const OTHER_CLUSTER = "projects/walk-project/locations/us-central1/clusters/elsewhere";

/** The program's first resource of each kind (the one `overrides` applies to), by Pulumi name and full name. */
const TARGETS: Record<string, { resource: string; name: string }> = {
  Cluster: { resource: "walk", name: CLUSTER },
  Stream: { resource: "stream-a", name: `${CLUSTER}/streams/stream-a` },
  Event: { resource: "event-a", name: `${CLUSTER}/events/event-a` },
  Series: { resource: "series", name: `${CLUSTER}/series/series` },
  Channel: { resource: "channel", name: `${CLUSTER}/channels/channel` },
};
/** Every resource the program declares, plus the stack itself. */
const RESOURCE_COUNT = 8;

/** Name fields get values of the same form that name another resource. */
const NEW_NAME_PARTS: Record<string, string> = {
  project: "other-project",
  location: "europe-west4",
  clusterId: "walk-2",
  streamId: "stream-c",
  eventId: "event-c",
  seriesId: "series-2",
  channelId: "channel-2",
};

/**
 * Overrides that change `field` of `table`'s resource, and only it, to a valid new value; undefined when the
 * field's type has no value other than the one the program has (the seed's empty channel `inputConfig`).
 */
function changeOf(table: KindTable, field: string): Record<string, unknown> | undefined {
  const spec = table.fields[field];
  if (field === table.parentField) {
    // Moving to another cluster: references that must share the cluster move with it.
    const moved: Record<string, unknown> = { [field]: OTHER_CLUSTER };
    for (const reference of fieldsWhere(table, (candidate) => candidate.sameCluster === true)) {
      moved[reference] = `${OTHER_CLUSTER}/${reference === "stream" ? "streams" : "events"}/moved`;
    }
    return moved;
  }
  if (NEW_NAME_PARTS[field]) return { [field]: NEW_NAME_PARTS[field] };
  if (spec.type === types.streamReference) return { [field]: `${CLUSTER}/streams/stream-b` };
  if (spec.type === types.eventReference) return { [field]: `${CLUSTER}/events/event-b` };
  if (spec.type === types.flag) return { [field]: true };
  if (spec.type === types.duration) return { [field]: "45s" };
  if (spec.type === types.emptyMessage) return undefined;
  if ("type" in spec.type.schema && spec.type.schema.type === "object")
    return { [field]: { walk: `changed-${field.toLowerCase()}` } };
  if (spec.type.allowedValues) return { [field]: spec.type.allowedValues[0] };
  return { [field]: `Changed ${field}` };
}

/**
 * While a stream or event moves to another cluster, the series and channel that must share its cluster point
 * at its sibling that stays (`stream-b`, `event-b`), so the program stays valid; no overrides otherwise.
 */
function referencesToSiblings(table: KindTable, field: string): Record<string, Record<string, unknown>> {
  const referenceType = { Stream: types.streamReference, Event: types.eventReference }[table.kind as string];
  if (field !== table.parentField || !referenceType) return {};
  const sibling = `${CLUSTER}/${table.plural.toLowerCase()}/${table.kind.toLowerCase()}-b`;
  const overrides: Record<string, Record<string, unknown>> = {};
  for (const dependant of Object.values(KINDS) as KindTable[]) {
    for (const reference of fieldsWhere(
      dependant,
      (spec) => spec.sameCluster === true && spec.type === referenceType,
    )) {
      overrides[dependant.kind] = { ...overrides[dependant.kind], [reference]: sibling };
    }
  }
  return overrides;
}

/** The update_mask path a change to `field` is sent under: fields kept in annotations travel as `annotations`. */
function expectedMaskPath(table: KindTable, field: string): string {
  return storageOf(table.fields[field]) === "annotation" ? "annotations" : wireNameOf(field);
}

describe("every field of every kind table behaves as its lifecycle says, through the real CLI", () => {
  let local: LocalStack;
  let client: StreamsServiceClient;
  /** Overrides applied so far; update steps accumulate, so each `up` changes exactly one more field. */
  const applied: Record<string, Record<string, unknown>> = {};

  const setOverrides = (overrides: Record<string, Record<string, unknown>>) =>
    local.stack.setConfig("overrides", { value: JSON.stringify(overrides) });

  before(async () => {
    local = await createLocalStack(PROGRAM_DIR, "e2e-kind-table");
    client = new StreamsServiceClient({ emulatorHost: local.emulator.address });
    await setOverrides({});
    const result = await local.stack.up();
    assert.equal(result.summary.result, "succeeded");
  });

  after(async () => {
    await client?.close();
    await local?.stack.destroy().catch(() => undefined);
    await local?.dispose();
  });

  for (const table of Object.values(KINDS) as KindTable[]) {
    for (const field of fieldsWhere(table, (spec) => spec.lifecycle === "update")) {
      it(`${table.kind}.${field} changed alone previews as one update and sends update_mask [${expectedMaskPath(table, field)}]`, async () => {
        const change = changeOf(table, field)!;
        const overrides = { ...applied, [table.kind]: { ...applied[table.kind], ...change } };
        await setOverrides(overrides);
        try {
          const preview = await local.stack.preview();
          assert.deepEqual(preview.changeSummary, { same: RESOURCE_COUNT - 1, update: 1 });

          const method = `Update${table.kind}`;
          const before = (await auditLog(local.emulator.address, method)).length;
          await local.stack.up();
          const sent = (await auditLog(local.emulator.address, method)).slice(before);
          assert.deepEqual(
            sent.map((call) => [call.resource, call.updateMaskPaths]),
            [[TARGETS[table.kind].name, [expectedMaskPath(table, field)]]],
          );
          applied[table.kind] = overrides[table.kind];
        } catch (failure) {
          // Back to the fields applied so far, so the next field's case still changes exactly one field.
          await setOverrides(applied);
          await local.stack.up().catch(() => undefined);
          throw failure;
        }
      });
    }
  }

  it("after every field was changed one at a time, the service holds all the new values: none was lost", async () => {
    const read = {
      Cluster: () => client.getCluster({ name: TARGETS.Cluster.name }),
      Stream: () => client.getStream({ name: TARGETS.Stream.name }),
      Event: () => client.getEvent({ name: TARGETS.Event.name }),
      Series: () => client.getSeries({ name: TARGETS.Series.name }),
    };
    for (const [kind, get] of Object.entries(read)) {
      const resource = (await get()) as unknown as Record<string, unknown>;
      for (const [field, value] of Object.entries(applied[kind] ?? {})) {
        const actual =
          field === "gracePeriod"
            ? `${(resource.gracePeriod as { seconds: number }).seconds}s`
            : resource[field];
        assert.deepEqual(actual, value, `${kind}.${field}`);
      }
    }
  });

  for (const table of Object.values(KINDS) as KindTable[]) {
    for (const field of fieldsWhere(table, forcesReplacement)) {
      const change = changeOf(table, field);
      if (!change) continue;
      it(`${table.kind}.${field} changed previews as a replacement of the ${table.kind}`, async () => {
        // From the program's own values, where every reference is an output, so a renamed cluster renames
        // what it holds; literal references that the update walk applied would point at the old cluster.
        await setOverrides({ ...referencesToSiblings(table, field), [table.kind]: change });
        const ops: string[] = [];
        const target = `::${TARGETS[table.kind].resource}`;
        await local.stack
          .preview({
            onEvent: (event: EngineEvent) => {
              const metadata = event.resourcePreEvent?.metadata;
              if (metadata?.urn.endsWith(target)) ops.push(metadata.op);
            },
          })
          .finally(() => setOverrides(applied));
        assert.ok(
          ops.includes("replace") || ops.includes("create-replacement"),
          `expected a replacement of ${TARGETS[table.kind].resource}, got ${JSON.stringify(ops)}`,
        );
      });
    }
  }

  it("the emptyMessage `inputConfig` has no other valid value, so it is the only field the walk cannot change", () => {
    const unchangeable = (Object.values(KINDS) as KindTable[]).flatMap((table) =>
      Object.keys(table.fields)
        .filter((field) => table.fields[field].lifecycle !== "outputOnly")
        .filter((field) => table.fields[field].lifecycle !== "provider")
        .filter((field) => changeOf(table, field) === undefined)
        .map((field) => `${table.kind}.${field}`),
    );
    assert.deepEqual(unchangeable, ["Channel.inputConfig"]);
  });
});
