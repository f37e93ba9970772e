// Stand-in for the kind table until it lands in main; same shape as documented.
export interface FieldSpec {
  lifecycle: "name" | "replace" | "update" | "provider" | "outputOnly";
  type: { schema: Record<string, unknown> };
  doc: string;
  required?: boolean;
  secret?: boolean;
  defaultFrom?: string;
}
export interface KindTable {
  kind: string;
  doc: string;
  nameKind: string;
  idField: string;
  readable: boolean;
  fields: Record<string, FieldSpec>;
}
const str = { type: "string" };
const map = { type: "object", additionalProperties: { type: "string" } };
const f = (
  lifecycle: FieldSpec["lifecycle"],
  schema: Record<string, unknown>,
  doc: string,
  extra: Partial<FieldSpec> = {},
): FieldSpec => ({ lifecycle, type: { schema }, doc, ...extra });
const common = {
  labels: f("update", map, "Labels."),
  annotations: f("update", map, "Annotations."),
  adoptExisting: f("provider", { type: "boolean" }, "Adopt."),
  name: f("outputOnly", str, "Full name."),
  createTime: f("outputOnly", str, "Created."),
  updateTime: f("outputOnly", str, "Updated."),
};
const child = (id: string) => ({
  cluster: f("name", str, "Cluster name.", { required: true }),
  [id]: f("name", str, "ID.", { required: true, defaultFrom: "resourceName" }),
});
export const KINDS = {
  Cluster: {
    kind: "Cluster",
    doc: "A cluster.",
    nameKind: "cluster",
    idField: "clusterId",
    readable: true,
    fields: {
      project: f("name", str, "Project.", { required: true, defaultFrom: "config:visionai:project" }),
      location: f("name", str, "Location.", { required: true, defaultFrom: "config:visionai:location" }),
      clusterId: f("name", str, "ID.", { required: true, defaultFrom: "resourceName" }),
      displayName: f("update", str, "Display name."),
      description: f("update", str, "Description."),
      ...common,
      state: f("outputOnly", str, "State."),
      pscTarget: f("outputOnly", str, "PSC."),
      dataplaneServiceEndpoint: f("outputOnly", str, "Endpoint."),
    },
  },
  Stream: {
    kind: "Stream",
    doc: "A stream.",
    nameKind: "stream",
    idField: "streamId",
    readable: true,
    fields: {
      ...child("streamId"),
      displayName: f("update", str, "Display name."),
      description: f("update", str, "Description."),
      enableHlsPlayback: f("update", { type: "boolean" }, "HLS."),
      mediaWarehouseAsset: f("update", str, "Asset."),
      ...common,
    },
  },
  Event: {
    kind: "Event",
    doc: "An event.",
    nameKind: "event",
    idField: "eventId",
    readable: true,
    fields: {
      ...child("eventId"),
      displayName: f("update", str, "Display name."),
      description: f("update", str, "Description."),
      gracePeriod: f("update", str, "Grace."),
      alignmentClock: f("update", str, "Clock."),
      ...common,
    },
  },
  Series: {
    kind: "Series",
    doc: "A series.",
    nameKind: "series",
    idField: "seriesId",
    readable: true,
    fields: {
      ...child("seriesId"),
      displayName: f("update", str, "Display name."),
      description: f("update", str, "Description."),
      stream: f("update", str, "Stream.", { required: true }),
      event: f("update", str, "Event.", { required: true }),
      ...common,
    },
  },
  Channel: {
    kind: "Channel",
    doc: "A channel.",
    nameKind: "channel",
    idField: "channelId",
    readable: false,
    fields: {
      ...child("channelId"),
      stream: f("replace", str, "Stream.", { required: true }),
      event: f("replace", str, "Event.", { required: true }),
      ...common,
    },
  },
} satisfies Record<string, KindTable>;
