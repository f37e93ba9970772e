import type { NameKind } from "../resource-names";
import { dateFromWire } from "../timestamps";
import type { WireResource } from "../wire-types";
import { packSeedFields, unpackSeedFields, type SeedField } from "./seed-annotations";

/**
 * How one resource kind moves between the seed-shaped objects callers use and the v1 wire messages. Each kind
 * file fills one of these in with the same skeleton.
 */
export interface KindMapping<Resource, Input, Wire> {
  /** Kind name as it appears in messages, e.g. "Cluster". */
  readonly kind: string;
  /** Name pattern of the kind (see resource-names.ts). */
  readonly nameKind: NameKind;
  /** Seed fields v1 lacks, kept in annotations under reserved keys. */
  readonly seedFields: readonly SeedField[];
  /** Fields an update mask may name, in wire (snake_case) spelling, seed-only fields included. */
  readonly updatableFields: readonly string[];
  /** The wire message for an input; throws a plain Error naming the bad field. */
  toWire(input: Input): Wire;
  fromWire(wire: Wire): Resource;
}

/** Fields every kind shares, seed fields included, from an input. */
export function commonToWire(
  input: { name?: string; labels?: Record<string, string>; annotations?: Record<string, string> } & Partial<
    Record<SeedField, string>
  >,
  seedFields: readonly SeedField[],
): WireResource {
  const wire: WireResource = {
    labels: { ...(input.labels ?? {}) },
    annotations: packSeedFields(input.annotations, input, seedFields),
  };
  if (input.name) wire.name = input.name;
  return wire;
}

/** Fields every kind shares, seed fields unpacked from annotations, from a wire message. */
export function commonFromWire(wire: WireResource, seedFields: readonly SeedField[]) {
  const { annotations, values } = unpackSeedFields(wire.annotations, seedFields);
  const seedValues: Partial<Record<SeedField, string>> = {};
  for (const field of seedFields) seedValues[field] = values[field];
  return {
    common: {
      name: wire.name ?? "",
      labels: { ...(wire.labels ?? {}) },
      annotations,
      ...timesFromWire(wire),
    },
    seedValues,
  };
}

function timesFromWire(wire: WireResource): { createTime?: Date; updateTime?: Date } {
  const times: { createTime?: Date; updateTime?: Date } = {};
  const createTime = dateFromWire(wire.createTime);
  const updateTime = dateFromWire(wire.updateTime);
  if (createTime) times.createTime = createTime;
  if (updateTime) times.updateTime = updateTime;
  return times;
}
