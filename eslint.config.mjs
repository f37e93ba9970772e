// Lint rules for the whole tree: the recommended TypeScript set, a ban on focused or skipped tests,
// which would otherwise hide failures in CI, and the direction of imports between the layers. The
// generated Node.js SDK (sdk/nodejs) is left as Pulumi's generator writes it; a test checks it matches
// the schema instead.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/**
 * The layers, top to bottom: sdk/ -> provider/ -> client/ -> kinds/. A layer imports only layers below it,
 * and another layer only through its index file; emulator/ imports none of them (it is the independent
 * check of what the others send). Each entry: the folder, the layers it must not import at all, and the
 * layers it may import through their index only.
 */
const LAYERS = [
  { folder: "kinds", forbidden: ["client", "provider", "sdk", "emulator"], indexOnly: [] },
  { folder: "client", forbidden: ["provider", "sdk", "emulator"], indexOnly: ["kinds"] },
  { folder: "provider", forbidden: ["sdk", "emulator"], indexOnly: ["kinds", "client"] },
  { folder: "sdk", forbidden: ["emulator"], indexOnly: ["kinds", "client", "provider"] },
  { folder: "emulator", forbidden: ["kinds", "client", "provider", "sdk"], indexOnly: [] },
];

const layerRules = LAYERS.map(({ folder, forbidden, indexOnly }) => ({
  files: [`${folder}/**/*.ts`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            regex: `^(\\.\\./)+(${forbidden.join("|")})(/|$)`,
            message: `${folder}/ may not import ${forbidden.map((layer) => `${layer}/`).join(", ")}: imports go down only (CONTRIBUTING.md, "The layers").`,
          },
          ...(indexOnly.length > 0
            ? [
                {
                  regex: `^(\\.\\./)+(${indexOnly.join("|")})/`,
                  message: `${folder}/ imports ${indexOnly.map((layer) => `${layer}/`).join(", ")} through their index files only (e.g. "../kinds").`,
                },
              ]
            : []),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", ".tools/**", "**/*.mjs", "sdk/nodejs/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-properties": [
        "error",
        { object: "it", property: "only", message: "Focused tests hide the rest of the suite." },
        { object: "it", property: "skip", message: "Skipped tests hide failures." },
        { object: "test", property: "only", message: "Focused tests hide the rest of the suite." },
        { object: "test", property: "skip", message: "Skipped tests hide failures." },
        { object: "describe", property: "only", message: "Focused tests hide the rest of the suite." },
        { object: "describe", property: "skip", message: "Skipped tests hide failures." },
      ],
    },
  },
  ...layerRules,
);
