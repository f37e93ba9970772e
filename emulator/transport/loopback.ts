import * as net from "node:net";

/**
 * Whether `host` (as given to `--host`, IPv6 possibly in brackets) only accepts connections from this
 * machine. The emulator has no authentication, so anything else exposes it to the network.
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  if (bare === "localhost" || bare.endsWith(".localhost")) return true;
  if (net.isIPv4(bare)) return bare.startsWith("127.");
  if (net.isIPv6(bare)) {
    if (bare === "::1") return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
    return mapped !== null && mapped[1]!.startsWith("127.");
  }
  return false;
}

/** The one-line warning the CLI prints on stderr when it listens beyond loopback. */
export function exposedHostWarning(host: string): string {
  return (
    `warning: listening on ${host}, which is reachable from other machines; the emulator has no ` +
    `authentication or TLS, so anyone who can reach it can change its state. Use --host 127.0.0.1 ` +
    `(the default) unless other machines must connect.`
  );
}
