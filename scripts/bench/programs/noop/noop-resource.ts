import * as pulumi from "@pulumi/pulumi";

type Props = Record<string, unknown>;

/**
 * A dynamic provider that calls nothing: check accepts, diff compares inputs, create and update echo them
 * with a `name`. One object for every resource, the way Pulumi's docs write dynamic providers, so the
 * engine serializes it once.
 */
const noopProvider: pulumi.dynamic.ResourceProvider = {
  async check(_olds: Props, news: Props) {
    return { inputs: news };
  },
  async diff(_id: string, olds: Props, news: Props) {
    const changed = ["parent", "id", "labels", "stream", "event"].some(
      (key) => JSON.stringify(olds[key]) !== JSON.stringify(news[key]),
    );
    return { changes: changed };
  },
  async create(inputs: Props) {
    const name = `${String(inputs.parent)}/${String(inputs.collection)}/${String(inputs.id)}`;
    return { id: name, outs: { ...inputs, name } };
  },
  async read(id: string, props?: Props) {
    return { id, props };
  },
  async update(_id: string, olds: Props, news: Props) {
    return { outs: { ...olds, ...news } };
  },
  async delete() {},
};

const COLLECTIONS = { Cluster: "clusters", Stream: "streams", Event: "events", Series: "series" };

/** A resource of the benchmark graph that only lives in Pulumi's state. */
export class NoopResource extends pulumi.dynamic.Resource {
  declare public readonly name: pulumi.Output<string>;

  constructor(kind: keyof typeof COLLECTIONS, name: string, inputs: Record<string, pulumi.Input<unknown>>) {
    super(
      noopProvider,
      name,
      { ...inputs, collection: COLLECTIONS[kind], name: undefined },
      {},
      "noop",
      kind,
    );
  }
}
