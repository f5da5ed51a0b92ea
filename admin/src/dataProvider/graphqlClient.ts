import { HttpError } from "ra-core";
import type { TypedDocumentString } from "../gql/graphql";

const TOKEN_KEY = "sleutelkaart.token";
const ENDPOINT = "/graphql";

export const getToken = (): string | null => localStorage.getItem(TOKEN_KEY);
export const setToken = (token: string): void => localStorage.setItem(TOKEN_KEY, token);
export const clearToken = (): void => localStorage.removeItem(TOKEN_KEY);

/** The refusal as the server gave it: contract code, reason code with its params, the input at fault, the English message. */
export interface GraphQLErrorBody {
  code?: string;
  reason?: string;
  params?: Record<string, unknown>;
  field?: string;
  serverMessage?: string;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; reason?: string; params?: Record<string, unknown>; retryAfterSeconds?: number } }[];
}

/** Words a reason in the reader's language (set once by App: common/wordReason.ts); null when unknown. */
let wordRefusal: (reason: { code: string; params: Record<string, unknown> }) => string | null = () => null;
export const setRefusalWording = (word: typeof wordRefusal): void => {
  wordRefusal = word;
};

// react-admin logs out on 401 (see authProvider.checkError), so the code must become a status.
const STATUS_BY_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/**
 * Posts one GraphQL document, typed by `npm run codegen` from schema/schema.graphql (see
 * admin/src/gql). Rejects with an HttpError whose message is the refusal's reason worded in
 * the reader's language (react-admin shows `error.message` as the notification), and whose
 * body keeps the extensions (code, reason, params, field).
 */
export async function graphqlRequest<T, V>(query: TypedDocumentString<T, V>, variables: V, signal?: AbortSignal): Promise<T> {
  const token = getToken();
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/graphql-response+json, application/json",
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: query.toString(), variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new HttpError("ra.notification.offline", 0);
  }

  const body = await readBody<T>(response);
  const [firstError] = body?.errors ?? [];
  if (firstError) {
    const { code, reason, params = {}, field } = firstError.extensions ?? {};
    const errorBody: GraphQLErrorBody = { code, reason, params, field, serverMessage: firstError.message };
    const worded = reason ? wordRefusal({ code: reason, params }) : null;
    throw new HttpError(worded ?? firstError.message, (code && STATUS_BY_CODE[code]) || response.status || 500, errorBody);
  }
  if (!response.ok || !body?.data) {
    throw new HttpError("ra.notification.http_error", response.status);
  }
  return body.data;
}

async function readBody<T>(response: Response): Promise<GraphQLResponse<T> | null> {
  try {
    return (await response.json()) as GraphQLResponse<T>;
  } catch {
    return null;
  }
}
