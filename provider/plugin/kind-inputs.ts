import { NAME_PATTERNS, parseName } from "../../client";
import { providerFor, type KindName } from "../registry";
import { providerSetting } from "./provider-config";

type Props = Record<string, unknown>;

// Until the kind table lands these few facts are listed here.
const ID_FIELD: Record<KindName, string> = {
  Cluster: "clusterId",
  Stream: "streamId",
  Event: "eventId",
  Series: "seriesId",
  Channel: "channelId",
};
const NAME_KIND = {
  Cluster: "cluster",
  Stream: "stream",
  Event: "event",
  Series: "series",
  Channel: "channel",
} as const;
const OUTPUT_ONLY = new Set([
  "name",
  "createTime",
  "updateTime",
  "state",
  "pscTarget",
  "dataplaneServiceEndpoint",
]);
const READABLE: Record<KindName, boolean> = {
  Cluster: true,
  Stream: true,
  Event: true,
  Series: true,
  Channel: false,
};

/**
 * Inputs with the defaults the TypeScript classes apply in the program: the resource ID is the Pulumi
 * resource name, and a cluster's project and location come from the provider's configuration.
 */
export function withDefaults(kind: KindName, resourceName: string, inputs: Props): Props {
  const defaults: Props = { [ID_FIELD[kind]]: resourceName };
  if (kind === "Cluster") {
    defaults.project = providerSetting("project");
    defaults.location = providerSetting("location");
  }
  const given = Object.fromEntries(Object.entries(inputs).filter(([, value]) => value !== undefined));
  const applied = Object.fromEntries(Object.entries(defaults).filter(([, value]) => value !== undefined));
  return { ...applied, ...given };
}

/**
 * Reads an existing resource by its full name for `pulumi import`: its outputs, and the inputs a program
 * would give to describe it (empty values left out, as a person would write it).
 */
export async function importInputs(
  kind: KindName,
  name: string,
): Promise<{ id: string; props: Props; inputs: Props }> {
  if (!READABLE[kind]) {
    throw new Error(
      `a ${kind} cannot be imported: the Vision AI v1 API has no call that reads an existing ${kind.toLowerCase()}. ` +
        `Declare a new ${kind} with another \`${ID_FIELD[kind]}\` instead.`,
    );
  }
  const nameKind = NAME_KIND[kind];
  try {
    parseName(nameKind, name);
  } catch {
    throw new Error(
      `cannot import "${name}": the ID of a ${kind} to import is its full name, ${NAME_PATTERNS[nameKind]}`,
    );
  }
  const result = await providerFor(kind).read!(name);
  if (!result.id) {
    throw new Error(
      `cannot import ${kind} ${name}: it does not exist. Check the project, location and IDs in the name.`,
    );
  }
  const props = result.props as Props;
  const inputs = Object.fromEntries(
    Object.entries(props).filter(([key, value]) => !OUTPUT_ONLY.has(key) && !isEmpty(value)),
  );
  return { id: result.id, props, inputs };
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === "" || value === false) return true;
  return typeof value === "object" && Object.keys(value).length === 0;
}
