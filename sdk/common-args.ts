import type * as pulumi from "@pulumi/pulumi";
import type { OperationTimeouts } from "../provider";

/** Arguments every resource kind accepts. */
export interface CommonArgs {
  displayName?: pulumi.Input<string>;
  description?: pulumi.Input<string>;
  labels?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /** Free-form annotations; keys starting with `pulumi-visionai/` are reserved. */
  annotations?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /** Manage a resource that already exists under this name instead of failing (stands in for `pulumi import`). */
  adoptExisting?: pulumi.Input<boolean>;
  /** Operation time limits in seconds (dynamic resources do not receive `customTimeouts`). */
  timeouts?: pulumi.Input<OperationTimeouts>;
}

/** Output-only properties every kind reports; registered as unknown so the engine fills them in. */
export const COMMON_OUTPUTS = { name: undefined, createTime: undefined, updateTime: undefined };
