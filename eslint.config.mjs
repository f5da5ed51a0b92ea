// The house rules that run: `npm run lint` (and CI) lints every TypeScript file with
// typescript-eslint's recommended rules, the console with the rules of React hooks, and
// enforces the dependency rules of docs/architecture.md ("Dependency rules").
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** server/src/domain/ is pure: it imports only its own modules (no framework, no node:, no other folder). */
export const DOMAIN_RULE = {
  patterns: [
    {
      regex: "^(?!\\./[^/]+$)",
      message: "server/src/domain/ is pure: import only its own modules (./x), no package, node: module or other folder (docs/architecture.md).",
    },
  ],
};

/** The console may import from the server only its pure domain/ and the import report's types. */
export const CONSOLE_RULE = {
  patterns: [
    {
      regex: "^(\\.\\./)+server/(?!src/domain/[^/]+$|src/registry-import/report$)",
      message:
        "The console imports from the server only server/src/domain/ and server/src/registry-import/report (docs/architecture.md); anything else belongs behind the GraphQL API.",
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "admin/dist/",
      "coverage/",
      ".data/",
      "bench/scratch/",
      "bench/results/",
      "test-results/",
      "admin/src/gql/",
      "admin/src/public/gql/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // Unused names fail; a leading underscore marks one that is unused on purpose.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
      // type-graphql decorators need `() => Type` thunks and class declarations merged with interfaces.
      "@typescript-eslint/no-unsafe-declaration-merging": "off",
    },
  },
  {
    // Tests read GraphQL answers as they come: `any` is how they say "whatever the server sent".
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // TypeORM's DataSourceOptions types the migration classes as `Function`.
    files: ["migrations/index.ts"],
    rules: { "@typescript-eslint/no-unsafe-function-type": "off" },
  },
  {
    files: ["server/src/domain/**/*.ts"],
    rules: { "no-restricted-imports": ["error", DOMAIN_RULE] },
  },
  {
    files: ["admin/src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      // The rules of hooks; the React Compiler's stricter rules (set-state-in-effect, refs)
      // are left off: the console is not compiled by it.
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "no-restricted-imports": ["error", CONSOLE_RULE],
    },
  },
);
