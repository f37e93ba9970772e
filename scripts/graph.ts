/**
 * `npm run graph`: draws a stack's resource graph as SVG, from `pulumi stack graph`, with each teardown
 * step in its own box so the order of `pulumi destroy` reads top to bottom.
 *
 *   npm run graph                                      the demo stack (`npm run demo`) to docs/demo-stack.svg
 *   npm run graph -- --stack dev --cwd examples/environments --out dev.svg
 *
 * With `--stack`, Pulumi runs in the current environment (PULUMI_BACKEND_URL, the passphrase, …), as the
 * `pulumi` command would. Exits with 1 when the graph cannot be read, 2 on a usage error.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { graphDot } from "./graph/graph-dot";
import { pulumiStackGraph, type StackLocation } from "./graph/pulumi-stack-graph";
import { renderSvg } from "./graph/render-svg";
import { parseStackGraph } from "./graph/stack-graph";
import { teardownSteps } from "./graph/teardown-steps";
import { DEMO_PROGRAM_DIR, DEMO_STACK_NAME, demoPulumiEnv } from "./lib/demo-stack";
import { pathWithPulumi, pulumiBinDir } from "./lib/pulumi-cli";
import { REPO_ROOT } from "./lib/repo-paths";

/** The README's picture of the demo stack. */
export const DEMO_GRAPH_FILE = path.join(REPO_ROOT, "docs", "demo-stack.svg");

const USAGE = "usage: graph [--stack NAME [--cwd DIR]] [--out FILE.svg]";

/** Writes the SVG of the stack's graph to `out`; resolves with the number of resources drawn. */
export async function writeStackGraph(location: StackLocation, out: string): Promise<number> {
  const graph = parseStackGraph(await pulumiStackGraph(location));
  if (graph.resources.length === 0) {
    throw new Error(`stack \`${location.stack}\` has no resources: deploy it (\`pulumi up\`) first`);
  }
  const svg = await renderSvg(graphDot(graph, teardownSteps(graph), `stack ${location.stack}`));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, svg);
  return graph.resources.length;
}

async function main(args: string[]): Promise<number> {
  let values: { stack?: string; cwd?: string; out?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: { stack: { type: "string" }, cwd: { type: "string" }, out: { type: "string" } },
    }));
    if (values.cwd !== undefined && values.stack === undefined) {
      throw new Error("`--cwd` names another stack's program: give its `--stack` too");
    }
  } catch (error) {
    process.stderr.write(`graph: ${(error as Error).message.split("\n")[0]}\n${USAGE}\n`);
    return 2;
  }
  const binDir = await pulumiBinDir();
  const location: StackLocation = values.stack
    ? {
        stack: values.stack,
        cwd: path.resolve(values.cwd ?? "."),
        // The user's own backend and secrets settings, with the project's CLI first on PATH.
        env: { ...process.env, PATH: pathWithPulumi(binDir) },
      }
    : { stack: DEMO_STACK_NAME, cwd: DEMO_PROGRAM_DIR, env: { ...process.env, ...demoPulumiEnv(binDir) } };
  const out = path.resolve(values.out ?? (values.stack ? `${values.stack}-stack.svg` : DEMO_GRAPH_FILE));
  try {
    const count = await writeStackGraph(location, out);
    process.stdout.write(
      `wrote ${path.relative(process.cwd(), out)}: ${count} resources of stack ${location.stack}\n`,
    );
    return 0;
  } catch (error) {
    const hint = values.stack ? "" : " (run `npm run demo` first)";
    process.stderr.write(`graph: ${(error as Error).message}${hint}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
