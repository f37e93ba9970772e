import type { Stack } from "@pulumi/pulumi/automation";

/** How much a stack's checkpoint holds after `up`: the whole of it, and per Vision AI resource. */
export interface StateSize {
  /** Resources other than the stack and providers. */
  resources: number;
  /** The exported deployment, serialized as JSON. */
  checkpointBytes: number;
  /** The mean size of one such resource's entry: inputs, outputs and, for a dynamic resource, its serialized provider. */
  bytesPerResource: number;
}

/**
 * Measured from `pulumi stack export`, which is what the backend stores: a dynamic resource carries its
 * provider's serialized code in its inputs and outputs, a plugin resource names its provider by reference.
 */
export async function measureStateSize(stack: Stack): Promise<StateSize> {
  const exported = await stack.exportStack();
  const resources = ((exported.deployment as { resources?: { type: string }[] }).resources ?? []).filter(
    (resource) => resource.type !== "pulumi:pulumi:Stack" && !resource.type.startsWith("pulumi:providers:"),
  );
  const resourceBytes = resources.reduce((sum, resource) => sum + JSON.stringify(resource).length, 0);
  return {
    resources: resources.length,
    checkpointBytes: JSON.stringify(exported.deployment).length,
    bytesPerResource: resources.length > 0 ? resourceBytes / resources.length : 0,
  };
}
