import * as pulumi from "@pulumi/pulumi";
import { stackDefault } from "../provider/stack-config";

/**
 * Project and location fall back to stack config, so one program serves every environment and each
 * stack's Pulumi.<stack>.yaml says where it deploys: `visionai:project` and `visionai:location`, then the
 * Google provider's `gcp:project` and `gcp:region` that many stacks already set (the order is
 * provider/stack-config.ts's, which the plugin follows too).
 */
export function defaultProject(): string | undefined {
  return stackDefault("stackProject", programConfig);
}

export function defaultLocation(): string | undefined {
  return stackDefault("stackLocation", programConfig);
}

/** A stack config value as the program sees it, by its full key (`gcp:region`). */
function programConfig(key: string): string | undefined {
  const [namespace, name] = key.split(":");
  return new pulumi.Config(namespace).get(name);
}
