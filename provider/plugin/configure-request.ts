import { createRequire } from "node:module";
import type * as grpc from "@grpc/grpc-js";

/**
 * What the engine's `Configure` call carries that the plugin needs: the provider's settings, keyed
 * `visionai:config:<key>` (the engine's wire form of the `visionai:<key>` config).
 */
export type ProviderConfigVariables = Record<string, string>;

type ConfigureCall = { request: { getVariablesMap(): { toObject(): [string, string][] } } };
type Handler = (call: ConfigureCall, callback: (...args: unknown[]) => void) => void;

/**
 * Calls `onConfigure` with the variables of every `Configure` request before the Node provider host answers
 * it. The host (`@pulumi/pulumi/provider`, as of 3.276) accepts `Configure` but drops its variables, and its
 * `Provider` interface has no configure method, while this plugin needs them: they hold the default
 * provider's stack config and an explicit provider resource's arguments. The host's gRPC service is
 * registered through `grpc.Server.addService` of the `@grpc/grpc-js` it loads itself, so the hook wraps that
 * one method of that one service and leaves everything else as the host made it.
 *
 * Must run before `main` from `@pulumi/pulumi/provider` starts serving.
 */
export function interceptConfigure(onConfigure: (variables: ProviderConfigVariables) => void): void {
  const hostRequire = createRequire(require.resolve("@pulumi/pulumi/provider"));
  const hostGrpc = hostRequire("@grpc/grpc-js") as typeof grpc;
  const addService = hostGrpc.Server.prototype.addService;
  hostGrpc.Server.prototype.addService = function (service, implementation) {
    const configure = service.configure;
    if (configure?.path === "/pulumirpc.ResourceProvider/Configure") {
      const answer = (implementation.configure as Handler).bind(implementation);
      const wrapped: Handler = (call, callback) => {
        try {
          onConfigure(Object.fromEntries(call.request.getVariablesMap().toObject()));
        } catch (error) {
          callback(error);
          return;
        }
        answer(call, callback);
      };
      // gRPC binds each handler to the object it is given: a child of the host's object keeps every other
      // handler and its state as they are.
      implementation = Object.create(implementation, { configure: { value: wrapped } });
    }
    return addService.call(this, service, implementation);
  };
}
