import { HttpError } from "ra-core";

const TOKEN_KEY = "sleutelkaart.token";
const ENDPOINT = "/graphql";

export const getToken = (): string | null => localStorage.getItem(TOKEN_KEY);
export const setToken = (token: string): void => localStorage.setItem(TOKEN_KEY, token);
export const clearToken = (): void => localStorage.removeItem(TOKEN_KEY);

export interface GraphQLErrorBody {
  code?: string;
  field?: string;
  /** Why the server refused (domain/reasons.ts), and its values: the console words it. */
  reason?: string;
  params?: Record<string, unknown>;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; reason?: string; params?: Record<string, unknown>; retryAfterSeconds?: number } }[];
}

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
 * Posts one GraphQL document. Rejects with an HttpError whose message is the server's
 * own message, because react-admin shows `error.message` as the notification.
 */
export async function graphqlRequest<T>(
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<T> {
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
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new HttpError("ra.notification.offline", 0);
  }

  const body = await readBody<T>(response);
  const [firstError] = body?.errors ?? [];
  if (firstError) {
    const code = firstError.extensions?.code;
    const errorBody: GraphQLErrorBody = { code, field: firstError.extensions?.field, reason: firstError.extensions?.reason, params: firstError.extensions?.params };
    throw new HttpError(firstError.message, (code && STATUS_BY_CODE[code]) || response.status || 500, errorBody);
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
