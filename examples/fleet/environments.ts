/**
 * The per-environment config of a fleet: N sites stamped out from the examples/environments program,
 * each a stack named `site-NN` whose config says which cameras and events it has.
 */

/** One environment: its stack name and the stack config the template program reads. */
export interface EnvironmentSpec {
  stack: string;
  /** Config keys (without the project prefix for the program's own keys) to values. */
  config: Record<string, string>;
}

/** The template's project name, which prefixes its own config keys. */
const TEMPLATE_PROJECT = "visionai-environments";

/** At most this many sites: stack names keep two digits and cluster IDs stay short. */
export const MAX_SITES = 99;

const EVENTS = [{ id: "motion", displayName: "Motion detected", gracePeriod: "30s" }];

/**
 * `count` sites: site-01 … site-NN. Site i has 1 to 3 cameras (i mod 3 + 1) and HLS playback on odd
 * sites, so the fleet is not N copies of one environment.
 */
export function siteEnvironments(
  count: number,
  project = "my-project",
  location = "us-central1",
): EnvironmentSpec[] {
  if (!Number.isInteger(count) || count < 1 || count > MAX_SITES) {
    throw new Error(
      `the number of environments (\`--count\`) must be a whole number from 1 to ${MAX_SITES} (got ${count})`,
    );
  }
  return Array.from({ length: count }, (_, i) => {
    const site = i + 1;
    const cameras = Array.from({ length: (site % 3) + 1 }, (_, c) => ({
      id: `camera-${c + 1}`,
      displayName: `Site ${site} camera ${c + 1}`,
    }));
    return {
      stack: `site-${String(site).padStart(2, "0")}`,
      config: {
        "visionai:project": project,
        "visionai:location": location,
        [`${TEMPLATE_PROJECT}:cameras`]: JSON.stringify(cameras),
        [`${TEMPLATE_PROJECT}:events`]: JSON.stringify(EVENTS),
        [`${TEMPLATE_PROJECT}:hlsPlayback`]: String(site % 2 === 1),
      },
    };
  });
}
