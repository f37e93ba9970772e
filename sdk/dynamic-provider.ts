import type * as pulumi from "@pulumi/pulumi";
import type { KindName } from "../provider";

/**
 * One provider object per kind. @pulumi/pulumi caches the serialized form of a provider per object, so
 * handing every resource of a kind the same object makes the program serialize each kind's closure once
 * instead of once per resource (serializing a closure inspects it through the V8 inspector and costs
 * milliseconds).
 */
const providers = new Map<KindName, pulumi.dynamic.ResourceProvider>();

/**
 * The provider object Pulumi serializes into state for every resource of `kind` (`__provider`): the same
 * object for every call with the same kind.
 */
export function serializedProvider(kind: KindName): pulumi.dynamic.ResourceProvider {
  let provider = providers.get(kind);
  if (!provider) {
    provider = providerStub(kind);
    providers.set(kind, provider);
  }
  return provider;
}

/**
 * Kept tiny and stateless on purpose: each method loads the real implementation by package name when it
 * runs inside the engine's dynamic-provider process, so state holds no copy of the implementation and
 * upgrading the package upgrades every existing resource. Built in its own function so that the closure
 * captures `kind` and nothing of this module (the cache above stays out of state).
 *
 * The module is resolved from the program's directory (the provider process's working directory), which
 * finds `node_modules/pulumi-visionai` in a user's project and the package itself (by its own name) in
 * this repository.
 */
function providerStub(kind: KindName): pulumi.dynamic.ResourceProvider {
  const load = (): pulumi.dynamic.ResourceProvider => {
    // Plain require() on purpose: this body is serialized and runs in another process, where imports
    // from this file do not exist.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fromProgramDirectory = require("module").createRequire(
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require("path").join(process.cwd(), "index.js"),
    );
    return fromProgramDirectory("pulumi-visionai/provider").providerFor(kind);
  };
  return {
    configure: (request) => load().configure!(request),
    check: (olds, news) => load().check!(olds, news),
    diff: (id, olds, news) => load().diff!(id, olds, news),
    create: (inputs) => load().create(inputs),
    read: (id, props) => load().read!(id, props),
    update: (id, olds, news) => load().update!(id, olds, news),
    delete: (id, props) => load().delete!(id, props),
  };
}
