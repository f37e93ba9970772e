import type * as grpc from "@grpc/grpc-js";
import type { CheckFailure } from "@pulumi/pulumi/dynamic";
import * as plugin from "@pulumi/pulumi/proto/plugin_pb";
import type { IResourceProviderServer } from "@pulumi/pulumi/proto/provider_grpc_pb";
import * as provider from "@pulumi/pulumi/proto/provider_pb";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { PROVIDER_CONFIG } from "../stack-config";
import type { PropertyChange } from "./detailed-diff";
import type { PluginProvider } from "./plugin-provider";
import { configureProvider } from "./provider-config";
import { propsOf, serviceErrorOf, structOf } from "./wire-values";

/** The calls the plugin answers; the rest of the service stays unimplemented. */
type ServedCall =
  | "getPluginInfo"
  | "attach"
  | "getSchema"
  | "checkConfig"
  | "diffConfig"
  | "configure"
  | "check"
  | "diff"
  | "create"
  | "read"
  | "update"
  | "delete"
  | "invoke"
  | "cancel";

const { DiffChanges } = provider.DiffResponse;
const { Kind } = provider.PropertyDiff;

const PROPERTY_DIFF_KINDS: Record<PropertyChange, provider.PropertyDiff.Kind> = {
  add: Kind.ADD,
  addReplace: Kind.ADD_REPLACE,
  delete: Kind.DELETE,
  deleteReplace: Kind.DELETE_REPLACE,
  update: Kind.UPDATE,
  updateReplace: Kind.UPDATE_REPLACE,
};

/**
 * What the plugin tells the engine in its `Configure` answer: secrets arrive marked, so outputs can be
 * re-marked; resource references and output values arrive in their plain form, which is all the core reads.
 * No preview support: the engine then never calls Create or Update in a preview.
 */
const PROTOCOL = { acceptSecrets: true, acceptResources: false, acceptOutputs: false };

/**
 * The `pulumirpc.ResourceProvider` gRPC service on @pulumi/pulumi's own generated stubs, answering each
 * request with the plugin provider (plugin-provider.ts). Served by the plugin itself rather than by
 * `@pulumi/pulumi/provider`, whose server forwards neither `customTimeouts` nor a detailed diff, never
 * answers `Cancel`, and drops `Configure`'s variables. Calls the package does not serve (`Construct`,
 * `Call`, `Parameterize`, mappings) are left unimplemented, which the engine understands; so is `Handshake`,
 * whose answer would promise preview support, so the engine takes the protocol from `Configure`.
 */
export function providerService(
  core: PluginProvider,
  version: string,
  schema: string,
): Pick<IResourceProviderServer, ServedCall> {
  return {
    getPluginInfo: unary(async () => new plugin.PluginInfo().setVersion(version)),

    // The engine's address matters only to providers that call back into it; this one never does.
    attach: unary(async () => new Empty()),

    getSchema: unary(async (request: provider.GetSchemaRequest) => {
      if (request.getVersion() !== 0) throw new Error(`unsupported schema version ${request.getVersion()}`);
      return new provider.GetSchemaResponse().setSchema(schema);
    }),

    // Provider settings are free-form strings: whatever the engine checked is what the provider takes.
    checkConfig: unary(async (request: provider.CheckRequest) =>
      new provider.CheckResponse().setInputs(request.getNews()),
    ),

    // A changed setting reconfigures the provider in place; the resources' own diffs decide what follows.
    diffConfig: unary(async (request: provider.DiffRequest) => {
      const [olds, news] = [propsOf(request.getOlds()), propsOf(request.getNews())];
      const changed = Object.keys(PROVIDER_CONFIG).filter((key) => olds[key] !== news[key]);
      const response = new provider.DiffResponse()
        .setChanges(changed.length > 0 ? DiffChanges.DIFF_SOME : DiffChanges.DIFF_NONE)
        .setDiffsList(changed)
        .setHasdetaileddiff(true);
      for (const key of changed) {
        response.getDetaileddiffMap().set(key, propertyDiff("update"));
      }
      return response;
    }),

    configure: unary(async (request: provider.ConfigureRequest) => {
      configureProvider(Object.fromEntries(request.getVariablesMap().toObject()));
      return new provider.ConfigureResponse()
        .setAcceptsecrets(PROTOCOL.acceptSecrets)
        .setAcceptresources(PROTOCOL.acceptResources)
        .setAcceptoutputs(PROTOCOL.acceptOutputs)
        .setSupportspreview(false);
    }),

    check: unary(async (request: provider.CheckRequest) => {
      const result = await core.check(
        request.getUrn(),
        propsOf(request.getOlds()),
        propsOf(request.getNews()),
      );
      return new provider.CheckResponse()
        .setInputs(structOf(result.inputs ?? {}))
        .setFailuresList(checkFailures(result.failures));
    }),

    diff: unary(async (request: provider.DiffRequest) => {
      const result = await core.diff(
        request.getId(),
        request.getUrn(),
        propsOf(request.getOlds()),
        propsOf(request.getNews()),
      );
      const response = new provider.DiffResponse()
        .setChanges(result.changes ? DiffChanges.DIFF_SOME : DiffChanges.DIFF_NONE)
        .setReplacesList(result.replaces)
        .setDeletebeforereplace(result.deleteBeforeReplace)
        .setDiffsList(Object.keys(result.detailedDiff))
        .setHasdetaileddiff(true);
      for (const [key, change] of Object.entries(result.detailedDiff)) {
        response.getDetaileddiffMap().set(key, propertyDiff(change));
      }
      return response;
    }),

    create: unary(async (request: provider.CreateRequest) => {
      const result = await core.create(
        request.getUrn(),
        propsOf(request.getProperties()),
        request.getTimeout(),
      );
      return new provider.CreateResponse().setId(result.id).setProperties(structOf(result.outs));
    }),

    read: unary(async (request: provider.ReadRequest) => {
      const result = await core.read(request.getId(), request.getUrn(), propsOf(request.getProperties()));
      const response = new provider.ReadResponse().setId(result.id ?? "");
      if (result.props) response.setProperties(structOf(result.props));
      if ("inputs" in result && result.inputs) response.setInputs(structOf(result.inputs));
      return response;
    }),

    update: unary(async (request: provider.UpdateRequest) => {
      const result = await core.update(
        request.getId(),
        request.getUrn(),
        propsOf(request.getOlds()),
        propsOf(request.getNews()),
        request.getTimeout(),
      );
      return new provider.UpdateResponse().setProperties(structOf(result.outs));
    }),

    delete: unary(async (request: provider.DeleteRequest) => {
      await core.delete(
        request.getId(),
        request.getUrn(),
        propsOf(request.getProperties()),
        request.getTimeout(),
      );
      return new Empty();
    }),

    invoke: unary(async (request: provider.InvokeRequest) => {
      const result = await core.invoke(request.getTok(), propsOf(request.getArgs()));
      const response = new provider.InvokeResponse().setFailuresList(checkFailures(result.failures));
      if (result.outputs) response.setReturn(structOf(result.outputs));
      return response;
    }),

    cancel: unary(async () => {
      core.cancel();
      return new Empty();
    }),
  };
}

/** A unary gRPC handler from an async answer; a failure becomes the gRPC error the engine shows. */
function unary<Request, Response>(
  answer: (request: Request) => Promise<Response>,
): grpc.handleUnaryCall<Request, Response> {
  return (call, callback) => {
    answer(call.request).then(
      (response) => callback(null, response),
      (error: unknown) => callback(serviceErrorOf(error)),
    );
  };
}

function propertyDiff(change: PropertyChange): provider.PropertyDiff {
  // The diff compares the recorded state with the new inputs, not old inputs with new ones.
  return new provider.PropertyDiff().setKind(PROPERTY_DIFF_KINDS[change]).setInputdiff(false);
}

function checkFailures(failures: CheckFailure[] | undefined): provider.CheckFailure[] {
  return (failures ?? []).map((failure) =>
    new provider.CheckFailure().setProperty(failure.property).setReason(failure.reason),
  );
}
