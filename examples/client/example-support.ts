import { StreamsServiceClient } from "../../client";

/** The seed's paths: project "my-project" in us-central1, cluster "video-cluster". */
export const PARENT = "projects/my-project/locations/us-central1";
export const CLUSTER_PATH = `${PARENT}/clusters/video-cluster`;

/** What every example's `main` accepts; tests pass a client on an in-process emulator and collect the log. */
export interface ExampleOptions {
  /** Defaults to a new client configured from the environment (VISIONAI_EMULATOR_HOST, or ADC). */
  client?: StreamsServiceClient;
  log?: (line: string) => void;
}

/** Runs `body` with the given client, or with one it makes (and closes) itself. */
export async function withClient<T>(
  options: ExampleOptions,
  body: (client: StreamsServiceClient, log: (line: string) => void) => Promise<T>,
): Promise<T> {
  const log = options.log ?? ((line: string) => console.log(line));
  if (options.client) return body(options.client, log);
  const client = new StreamsServiceClient();
  try {
    return await body(client, log);
  } finally {
    await client.close();
  }
}

/** Entry point for `node dist/examples/client/<name>.js`: runs `main`, exits non-zero with the message on failure. */
export function runAsScript(main: (options: ExampleOptions) => Promise<unknown>): void {
  main({}).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
