import { Transport } from "../../../client/transport";
import type { RunningEmulator } from "../../../emulator";

/** Reads a resource as the server stores it, without the client's seed mapping. */
export async function rawGet(
  emulator: RunningEmulator,
  method: string,
  name: string,
): Promise<Record<string, unknown> & { annotations: Record<string, string> }> {
  const transport = new Transport({ endpoint: { host: emulator.host, port: emulator.port, secure: false } });
  try {
    const deadline = new Date(Date.now() + 5_000);
    return await transport.unary("streams", method, { name }, { deadline, routing: { name } });
  } finally {
    await transport.close();
  }
}
