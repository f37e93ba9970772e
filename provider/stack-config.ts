import type { StreamsServiceClientOptions } from "../client";

/**
 * Client options from the stack's `visionai:*` config, so a stack can pin its target in
 * Pulumi.<stack>.yaml (reviewable in a pull request). Unset keys fall through to the client's own
 * defaults: VISIONAI_EMULATOR_HOST, then visionai.googleapis.com with Application Default Credentials.
 */
export function clientOptionsFromConfig(
  get: (key: string) => string | undefined,
): StreamsServiceClientOptions {
  const options: StreamsServiceClientOptions = {};
  const emulatorHost = get("visionai:emulatorHost");
  const apiEndpoint = get("visionai:apiEndpoint");
  const quotaProjectId = get("visionai:quotaProjectId");
  if (emulatorHost) options.emulatorHost = emulatorHost;
  if (apiEndpoint) options.apiEndpoint = apiEndpoint;
  if (quotaProjectId) options.quotaProjectId = quotaProjectId;
  return options;
}
