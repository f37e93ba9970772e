import type { KindName } from "../../kinds";
import { KIND_NAMES } from "../registry";

/** The package's resource type tokens: `visionai:index:<Kind>`. */
export const TYPE_PREFIX = "visionai:index:";

/** The kind and Pulumi resource name a URN (`urn:pulumi:stack::project::[parent$]type::name`) names. */
export function resourceOfUrn(urn: string): { kind: KindName; name: string } {
  const [, , qualifiedType = "", ...nameParts] = urn.split("::");
  const type = qualifiedType.split("$").pop() ?? "";
  const kind = type.startsWith(TYPE_PREFIX) ? type.slice(TYPE_PREFIX.length) : "";
  if (!(KIND_NAMES as string[]).includes(kind)) {
    throw new Error(
      `unknown resource type "${type}": the visionai provider manages ${KIND_NAMES.map((k) => TYPE_PREFIX + k).join(", ")}`,
    );
  }
  return { kind: kind as KindName, name: nameParts.join("::") };
}
