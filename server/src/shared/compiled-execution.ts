import type { ApolloServerOptionsWithGateway, BaseContext } from "@apollo/server";
import {
  execute,
  getNamedType,
  getVariableValues,
  GraphQLError,
  isEnumType,
  isInputObjectType,
  isNonNullType,
  isSpecifiedScalarType,
  typeFromAST,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

type Gateway = ApolloServerOptionsWithGateway<BaseContext>["gateway"];

/**
 * Executes operations with graphql-jit: each document is compiled once into a function
 * that fills the answer without graphql-js's per-field bookkeeping (an info object and a
 * path for each of the ~2,200 fields of a registry page). Apollo Server has no executor
 * option; its gateway interface is the documented way to bring one, and everything before
 * and after execution stays Apollo's: parsing, validation (depth, cost and alias limits),
 * the plugins, error formatting.
 *
 * Only the plan is kept, keyed by the parsed document (Apollo's document store hands the
 * same object for the same query text), never an answer: every request runs its resolvers
 * with its own context. Variables are first coerced by graphql-js: when they are wrong,
 * graphql-js answers (no resolver runs), so those errors read exactly as before. A document
 * graphql-jit cannot compile is executed by graphql-js, and so is one with a variable whose
 * type graphql-jit would coerce differently (`jitCoercesAsGraphqlJs`).
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  const plans = new WeakMap<DocumentNode, Map<string | null, CompiledQuery | null>>();
  const planFor = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    let byName = plans.get(document);
    if (!byName) plans.set(document, (byName = new Map()));
    let plan = byName.get(operationName);
    if (plan === undefined) {
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === "OperationDefinition" && (operationName === null || d.name?.value === operationName),
      );
      const variableTypes = (operation?.variableDefinitions ?? []).map((v) => typeFromAST(schema, v.type) as GraphQLInputType | undefined);
      try {
        const compiled = compileQuery(schema, document, operationName ?? undefined);
        plan = operation && variableTypes.every((t) => t && jitCoercesAsGraphqlJs(t)) && isCompiledQuery(compiled) ? (compiled as CompiledQuery) : null;
      } catch {
        plan = null;
      }
      byName.set(operationName, plan);
    }
    return plan;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    async load() {
      return {
        executor: async ({ document, operation, operationName, request, context }): Promise<ExecutionResult> => {
          const variableValues = request.variables ?? {};
          const plan = planFor(document, operationName);
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues);
          if (!plan || coerced.errors) {
            return execute({ schema, document, operationName, variableValues, contextValue: context });
          }
          const result = await plan.query(undefined, context, variableValues);
          // graphql-js always answers `data` once variables are valid: null when an error
          // reached the root (a refused login, a protected query without a token);
          // graphql-jit leaves it out then.
          return { ...result, data: result.data ?? null, ...(result.errors ? { errors: result.errors.map(asGraphQLError) } : {}) };
        },
      };
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors are its own objects with read-only fields; Apollo's plugins (graphql-armor
 * drops "did you mean" suggestions) and formatError expect graphql-js's GraphQLError, as
 * graphql-js would have made it from the resolver's error: the same message, locations,
 * path, extensions and original error.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const made = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  if (error.locations) (made as { locations?: GraphQLError["locations"] }).locations = error.locations;
  return made;
}

/**
 * Whether graphql-jit coerces a variable of this type as graphql-js does. It does not for
 * a required input field with a default (graphql-jit refuses it when omitted; graphql-js
 * takes the default), a default that is not plain JSON (graphql-jit writes it as JSON), an
 * enum whose internal values are not its names, or a custom scalar (not checked here).
 */
function jitCoercesAsGraphqlJs(type: GraphQLInputType, seen = new Set<GraphQLInputType>()): boolean {
  const named = getNamedType(type);
  if (seen.has(named)) return true;
  seen.add(named);
  if (isSpecifiedScalarType(named)) return true;
  if (isEnumType(named)) return named.getValues().every((v) => v.value === v.name);
  if (!isInputObjectType(named)) return false;
  return Object.values(named.getFields()).every(
    (field) => (field.defaultValue === undefined || (!isNonNullType(field.type) && isPlainJson(field.defaultValue))) && jitCoercesAsGraphqlJs(field.type, seen),
  );
}

function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  return false;
}
