// Refused mutations on someone else's record are audited: who tried what, on which
// record, and why it was refused. A refusal rolls its transaction back, and with it any
// audit entry written inside; so the entry is written here, after the operation, on the
// plain connection, by an Apollo plugin that sees every error of every mutation.
//
// Which refusals: NOT_FOUND and FORBIDDEN of a signed-in caller (an id outside their scope,
// or an action their role may not take on that record), and any error a service marked with
// auditRefusal() (a proposal of someone who is no candidate, a relocation over the limit),
// which also says which record and why in terms only the audit log may hold.
import type { RefusedAction } from "../domain/audit-actions";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, type FieldNode, type OperationDefinitionNode, type ValueNode } from "graphql";
import type { Context } from "../context";
import { audit } from "./audit.service";

const REFUSAL = Symbol("auditRefusal");

export interface RefusalRecord {
  entityType: string;
  entityId: string | number;
  /** Why, for the coordinators reading the log (e.g. the hard rule that failed): codes, never personal content. */
  detail?: Record<string, unknown>;
}

/** Marks an error as a refusal to audit, with the record it was about. Returns the error, to throw. */
export function auditRefusal<E extends Error>(error: E, record: RefusalRecord): E {
  Object.defineProperty(error, REFUSAL, { value: record, enumerable: false });
  return error;
}

function refusalOf(error: GraphQLError): RefusalRecord | null {
  const original = (error.originalError ?? error) as unknown as Record<symbol, RefusalRecord | undefined>;
  return original[REFUSAL] ?? (error as unknown as Record<symbol, RefusalRecord | undefined>)[REFUSAL] ?? null;
}

const AUDITED_CODES = new Set(["NOT_FOUND", "FORBIDDEN"]);

/** "Match request" (NotFound's wording) → "MatchRequest" (the schema's type name). */
const typeName = (what: string) =>
  what
    .split(/\s+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");

/** The id arguments of the root field (requestId, keyPersonId, id, …), as sent. */
function idArguments(field: FieldNode | undefined, variables: Record<string, unknown> | undefined): Record<string, string> {
  const ids: Record<string, string> = {};
  const valueOf = (node: ValueNode): unknown => {
    if (node.kind === Kind.VARIABLE) return variables?.[node.name.value];
    if (node.kind === Kind.STRING || node.kind === Kind.INT) return node.value;
    return undefined;
  };
  for (const argument of field?.arguments ?? []) {
    if (!/(^id$|Id$)/.test(argument.name.value)) continue;
    const value = valueOf(argument.value);
    if (typeof value === "string" || typeof value === "number") ids[argument.name.value] = String(value).slice(0, 40);
  }
  return ids;
}

function rootField(operation: OperationDefinitionNode, responseKey: string | number | undefined): FieldNode | undefined {
  return operation.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && (s.alias?.value ?? s.name.value) === responseKey);
}

export function refusalAuditPlugin(log: (line: string) => void): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, operation, errors, request }) {
          const actor = contextValue?.actor;
          if (!actor || operation?.operation !== "mutation") return;
          for (const error of errors) {
            const marked = refusalOf(error);
            const code = error.extensions?.code;
            if (!marked && !(typeof code === "string" && AUDITED_CODES.has(code))) continue;
            const field = rootField(operation, error.path?.[0]);
            const name = field?.name.value ?? "unknown";
            const ids = idArguments(field, request.variables);
            const params = (error.extensions?.params ?? {}) as { entity?: string; id?: string };
            const entityType = marked?.entityType ?? (params.entity ? typeName(params.entity) : "Mutation");
            const entityId = marked?.entityId ?? params.id ?? Object.values(ids)[0] ?? null;
            try {
              await audit(contextValue.services.audit.manager, actor, {
                action: `refused${name.charAt(0).toUpperCase()}${name.slice(1)}`.slice(0, 60) as RefusedAction,
                entityType: entityType.slice(0, 40),
                entityId: entityId === null ? null : String(entityId).slice(0, 40),
                detail: { code, reason: error.extensions?.reason ?? null, ...ids, ...marked?.detail },
              });
            } catch (failure) {
              // The answer is already decided; a lost audit line is logged, not turned into an error.
              log(`Could not audit a refused ${name}: ${(failure as Error)?.message ?? String(failure)}`);
            }
          }
        },
      };
    },
  };
}
