// Temporary: a small schema to exercise the plugin until the kind table lands.
const str = { type: "string" };
const map = { type: "object", additionalProperties: { type: "string" } };
export function packageSchema(version: string) {
  return {
    name: "visionai",
    version,
    config: { variables: { project: str, location: str, emulatorHost: str } },
    provider: { inputProperties: { project: str, location: str, emulatorHost: str } },
    resources: {
      "visionai:index:Cluster": {
        inputProperties: { project: str, location: str, clusterId: str, displayName: str, labels: map },
        properties: { name: str, project: str, location: str, clusterId: str, displayName: str, labels: map },
        required: ["name"],
      },
      "visionai:index:Stream": {
        inputProperties: {
          cluster: str,
          streamId: str,
          displayName: str,
          enableHlsPlayback: { type: "boolean" },
        },
        requiredInputs: ["cluster"],
        properties: {
          name: str,
          cluster: str,
          streamId: str,
          displayName: str,
          enableHlsPlayback: { type: "boolean" },
        },
        required: ["name"],
      },
    },
    functions: {},
    language: { nodejs: {} },
  };
}
