/**
 * Graphviz (`dot` layout) compiled to WebAssembly, so no system package is needed. @viz-js/viz declares its
 * types for ES modules only, hence the dynamic import from this CommonJS project.
 */
export async function renderSvg(dot: string): Promise<string> {
  const { instance } = await import("@viz-js/viz");
  const viz = await instance();
  return viz.renderString(dot, { format: "svg", engine: "dot" });
}
