import type { z } from "zod";
import type { StreamsServiceClient } from "../client";

/** Per-operation time limits, in seconds, a resource input because dynamic providers never see `customTimeouts`. */
export interface OperationTimeouts {
  createSeconds?: number;
  updateSeconds?: number;
  deleteSeconds?: number;
}

/** Inputs every kind shares: its maps, and how the provider treats it. */
export interface CommonInputs {
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  /**
   * Take over a resource that already exists under the same name instead of failing with ALREADY_EXISTS.
   * This stands in for `pulumi import`, which dynamic resources cannot use.
   */
  adoptExisting?: boolean;
  timeouts?: OperationTimeouts;
}

/** Outputs every kind shares, on top of its inputs. */
export interface CommonOutputs {
  /** Full resource name, e.g. `projects/p/locations/l/clusters/c`; also the Pulumi resource id. */
  name: string;
  createTime: string;
  updateTime: string;
}

/**
 * Everything the generic provider needs to know about one resource kind. Each kind file fills one of these in
 * (the same skeleton in each), and `resource-provider.ts` turns it into check/diff/create/read/update/delete.
 */
export interface KindSpec<Inputs extends CommonInputs, Outputs extends Inputs & CommonOutputs, Resource> {
  /** Kind name as users see it in messages and in the Pulumi type token. */
  readonly kind: string;
  /** Validates and normalizes inputs; every issue becomes one check failure. */
  readonly schema: z.ZodType<Inputs>;
  /** Inputs whose change gives the resource a new name, so the engine must replace it. */
  readonly replaceOnChange: readonly (keyof Inputs & string)[];
  /** Inputs that `update` can change in place; each maps 1:1 to an update_mask path. */
  readonly updatable: readonly (keyof Inputs & string)[];
  /** The resource's full name, computed from its inputs. */
  resourceName(inputs: Inputs): string;
  create(client: StreamsServiceClient, inputs: Inputs, totalTimeoutMillis: number): Promise<Resource>;
  /** Absent for kinds the API cannot read back (channels): `read` then keeps the recorded state. */
  get?(client: StreamsServiceClient, name: string): Promise<Resource>;
  /** Absent for kinds the API cannot update (channels): `updatable` is then empty. */
  update?(
    client: StreamsServiceClient,
    inputs: Inputs,
    updateMask: string[],
    totalTimeoutMillis: number,
  ): Promise<Resource>;
  delete(client: StreamsServiceClient, name: string, totalTimeoutMillis: number): Promise<void>;
  /** Outputs recorded in state: the inputs as the server now holds them, plus output-only fields. */
  toOutputs(inputs: Inputs, resource: Resource): Outputs;
}
