// GraphQL Code Generator: the console's documents, checked against the committed
// schema/schema.graphql (no server, no browser), and their result and variable types.
// `npm run codegen` writes admin/src/gql and admin/src/public/gql (committed);
// test/unit/codegen.test.ts fails when a document does not validate or the output is stale.
import type { CodegenConfig } from "@graphql-codegen/cli";

const typesConfig = {
  // documents are sent as strings: no GraphQL runtime in the browser bundles
  documentMode: "string",
  // string unions, as the console compares them with literals
  enumsAsTypes: true,
  useTypeImports: true,
  skipTypename: true,
  scalars: {
    Date: "string",
    DateTime: "string",
    JSONObject: "Record<string, unknown>",
  },
} as const;

const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  ignoreNoDocuments: false,
  generates: {
    // the console (react-admin)
    "admin/src/gql/": {
      preset: "client",
      documents: ["admin/src/**/*.{ts,tsx}", "!admin/src/gql/**", "!admin/src/public/**"],
      // every field of a fragment is visible where it is spread (no masking)
      presetConfig: { fragmentMasking: false },
      config: typesConfig,
    },
    // the public map: a bundle of its own, anonymous queries only
    "admin/src/public/gql/": {
      preset: "client",
      documents: ["admin/src/public/**/*.{ts,tsx}", "!admin/src/public/gql/**"],
      // every field of a fragment is visible where it is spread (no masking)
      presetConfig: { fragmentMasking: false },
      config: typesConfig,
    },
  },
};

export default config;
