// Lint rules for the whole tree: the recommended TypeScript set, plus a ban on focused or
// skipped tests, which would otherwise hide failures in CI. The generated Node.js SDK (sdk/nodejs) is
// left as Pulumi's generator writes it; a test checks it matches the schema instead.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

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
);
