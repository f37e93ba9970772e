import * as pulumi from "@pulumi/pulumi";

/**
 * Project and location fall back to stack config, so one program serves every environment and each
 * stack's Pulumi.<stack>.yaml says where it deploys: `visionai:project` and `visionai:location`, then the
 * Google provider's `gcp:project` and `gcp:region` that many stacks already set.
 */
export function defaultProject(): string | undefined {
  return new pulumi.Config("visionai").get("project") ?? new pulumi.Config("gcp").get("project");
}

export function defaultLocation(): string | undefined {
  return new pulumi.Config("visionai").get("location") ?? new pulumi.Config("gcp").get("region");
}
