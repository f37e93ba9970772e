import { main } from "@pulumi/pulumi/provider";
import { packageInfo } from "../../client";
import { interceptConfigure } from "./configure-request";
import { pluginProvider } from "./plugin-provider";
import { configureProvider } from "./provider-config";
import { packageSchema } from "./schema";

/**
 * Entry point of the `pulumi-resource-visionai` plugin, started by the engine with its address as the
 * argument. The plugin's version is the package's, so the engine and generated SDKs name the release.
 */
const { version } = packageInfo();
interceptConfigure(configureProvider);
void main(pluginProvider(version, JSON.stringify(packageSchema(version))), process.argv.slice(2));
