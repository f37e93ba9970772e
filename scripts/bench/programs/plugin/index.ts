/**
 * The benchmark graph through the provider plugin: the Node.js SDK generated from its schema
 * (`pulumi-visionai/plugin`), its resources served by `pulumi-resource-visionai`, against the emulator.
 */
import { buildGraph, graphConfig, type GraphKinds } from "../graph";

type Constructor<K extends keyof GraphKinds> = new (
  ...args: Parameters<GraphKinds[K]>
) => ReturnType<GraphKinds[K]>;

/** The part of the generated SDK this program uses. */
interface PluginSdk {
  Cluster: Constructor<"cluster">;
  Stream: Constructor<"stream">;
  Event: Constructor<"event">;
  Series: Constructor<"series">;
}

// A plain require, not an import: TypeScript maps this package's own compiled SDK back to its generated
// sources and would type-check those under the root project's stricter options. `npm run build` compiles
// the SDK first (sdk/nodejs/tsconfig.json), so the module exists when this program runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const visionai = require("pulumi-visionai/plugin") as PluginSdk;

buildGraph(
  {
    cluster: (name, args) => new visionai.Cluster(name, args),
    stream: (name, args) => new visionai.Stream(name, args),
    event: (name, args) => new visionai.Event(name, args),
    series: (name, args) => new visionai.Series(name, args),
  },
  graphConfig(),
);
