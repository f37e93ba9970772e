import type { FrontEnd } from "../front-end";
import { go } from "./go";
import { python } from "./python";
import { typescriptDynamic } from "./typescript-dynamic";
import { yaml } from "./yaml";

/** Every front end the parity suite runs the scenario through (front-end.ts says how to add one). */
export const FRONT_ENDS: readonly FrontEnd[] = [typescriptDynamic, yaml, python, go];
