import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import path from "node:path";

// The HSDS 3.0 answers checked against the specification's own files (data/hsds-3.0/):
// openapi.json's response schemas, whose $refs point at the compiled schemas on GitHub, are
// resolved to the copies in data/hsds-3.0/compiled/. JSON Schema 2020-12 (openapi.json's
// jsonSchemaDialect), formats (uuid, uri, email, date-time) checked by ajv-formats,
// non-strict because the schemas carry data-package keywords (constraints, name, example).

const DIR = path.join(__dirname, "..", "..", "data", "hsds-3.0");
const REMOTE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/compiled/";
const COMPILED = ["service", "service_list", "organization", "organization_list", "service_at_location", "service_at_location_list"] as const;
export type CompiledName = (typeof COMPILED)[number];

type Json = Record<string, unknown>;
const read = (file: string) => JSON.parse(readFileSync(path.join(DIR, file), "utf8")) as Json;

/** Every field of the Page envelope is required here: the spec lists them, our answers always have them. */
const PAGE_FIELDS = ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"];

export class HsdsSchemas {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  private readonly cache = new Map<string, ValidateFunction>();
  readonly openapi = read("openapi.json");

  constructor() {
    addFormats(this.ajv);
    for (const name of COMPILED) this.ajv.addSchema(read(`compiled/${name}.json`), `${REMOTE}${name}.json`);
    const page = (this.openapi.components as { schemas: { Page: Json } }).schemas.Page;
    this.ajv.addSchema({ ...page, required: PAGE_FIELDS }, "hsds:Page");
  }

  /**
   * Compiles every schema now: compiling the large ones blocks for seconds, which between two
   * requests outlasts the server's keep-alive and resets the next request's connection.
   */
  warm(): this {
    for (const name of COMPILED) this.problemsFor(name, {});
    for (const specPath of ["/", "/services", "/services/{id}", "/organizations", "/organizations/{id}", "/service_at_locations", "/service_at_locations/{id}"])
      this.problemsForPath(specPath, {});
    return this;
  }

  /** The 200 answer's schema of `GET path` in openapi.json (path as the spec writes it, e.g. "/services/{id}"). */
  private responseSchema(specPath: string): Json {
    const paths = this.openapi.paths as Record<string, { get: { responses: Record<string, { content: Record<string, { schema: Json }> }> } }>;
    const schema = paths[specPath]?.get?.responses?.["200"]?.content?.["application/json"]?.schema;
    if (!schema) throw new Error(`openapi.json has no 200 answer for GET ${specPath}`);
    return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/Page"', '"hsds:Page"')) as Json;
  }

  private validator(key: string, schema: () => Json | string): ValidateFunction {
    let validate = this.cache.get(key);
    if (!validate) {
      const s = schema();
      validate = typeof s === "string" ? this.ajv.getSchema(s)! : this.ajv.compile(s);
      this.cache.set(key, validate);
    }
    return validate;
  }

  /** The problems of `body` as the answer of GET specPath, per openapi.json (empty when valid). */
  problemsForPath(specPath: string, body: unknown): string[] {
    return this.problems(
      this.validator(`path:${specPath}`, () => this.responseSchema(specPath)),
      body,
    );
  }

  /** The problems of `body` against one compiled schema. */
  problemsFor(name: CompiledName, body: unknown): string[] {
    return this.problems(
      this.validator(`compiled:${name}`, () => `${REMOTE}${name}.json`),
      body,
    );
  }

  private problems(validate: ValidateFunction, body: unknown): string[] {
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.keyword}: ${e.message ?? ""} ${JSON.stringify(e.params)}`);
  }
}
