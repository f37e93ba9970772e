import { goExampleBinary } from "../../../support/go-program";
import { inlineProgramFrontEnd } from "./inline-program";

/** examples/go built against the generated Go SDK through a `replace`. */
export const go = inlineProgramFrontEnd({
  name: "Go (plugin SDK)",
  build: async () => [await goExampleBinary()],
});
