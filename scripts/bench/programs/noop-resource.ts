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

/**
 * One minimal unary gRPC call: an empty GetStreamRequest to the server at `address` (the benchmark's bare
 * grpc-js server), with no proto library, no retries and no auth, on one channel per process.
 */
function minimalCall(address: string): Promise<void> {
  // Plain require() on purpose: this body is serialized into state and runs in the dynamic-provider
  // process, which resolves modules from the program's directory.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fromProgram = require("module").createRequire(require("path").join(process.cwd(), "index.js"));
  const grpc = fromProgram("@grpc/grpc-js") as typeof import("@grpc/grpc-js");
  const holder = globalThis as { benchFloorClient?: import("@grpc/grpc-js").Client };
  holder.benchFloorClient ??= new grpc.Client(address, grpc.credentials.createInsecure());
  return new Promise((resolve, reject) =>
    holder.benchFloorClient!.makeUnaryRequest(
      "/google.cloud.visionai.v1.StreamsService/GetStream",
      () => Buffer.alloc(0),
      (bytes: Buffer) => bytes,
      {},
      (error) => (error ? reject(error) : resolve()),
    ),
  );
}

/**
 * The second floor: the no-op provider plus one minimal gRPC call wherever this package's provider makes
 * one service call (create, read, update, delete; section 3 of BENCHMARKS.md counts them), to the address
 * in the `floorAddress` input. Compared with it, this package's time is its own overhead and the
 * service's work, without the cost of the calls as such.
 */
const callingProvider: pulumi.dynamic.ResourceProvider = {
  check: noopProvider.check,
  diff: noopProvider.diff,
  async create(inputs: Props) {
    await minimalCall(String(inputs.floorAddress));
    return noopProvider.create(inputs);
  },
  async read(id: string, props?: Props) {
    await minimalCall(String(props?.floorAddress));
    return noopProvider.read!(id, props);
  },
  async update(id: string, olds: Props, news: Props) {
    await minimalCall(String(news.floorAddress));
    return noopProvider.update!(id, olds, news);
  },
  async delete(_id: string, props: Props) {
    await minimalCall(String(props.floorAddress));
  },
};

const COLLECTIONS = { Cluster: "clusters", Stream: "streams", Event: "events", Series: "series" };

/** A resource of the benchmark graph that only lives in Pulumi's state (and, calling, touches a server). */
export class NoopResource extends pulumi.dynamic.Resource {
  declare public readonly name: pulumi.Output<string>;

  /** With `floorAddress`, the calling provider; without, the one that calls nothing. */
  constructor(
    kind: keyof typeof COLLECTIONS,
    name: string,
    inputs: Record<string, pulumi.Input<unknown>>,
    floorAddress?: string,
  ) {
    super(
      floorAddress ? callingProvider : noopProvider,
      name,
      {
        ...inputs,
        collection: COLLECTIONS[kind],
        name: undefined,
        ...(floorAddress ? { floorAddress } : {}),
      },
      {},
      "noop",
      kind,
    );
  }
}
