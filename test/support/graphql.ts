import type { DataSource } from "typeorm";

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string; [key: string]: unknown } }[];
}

/** Posts one GraphQL operation over HTTP, as any client would. */
export async function gql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...(await response.json()) };
}

/** The data of a response that must have succeeded; the errors in the failure message otherwise. */
export async function ok<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await gql<T>(url, query, variables, token);
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data as T;
}

/** The error code of a response that must have failed. */
export async function errorCode(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<string | undefined> {
  const response = await gql(url, query, variables, token);
  if (!response.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(response.data)}`);
  return response.errors[0].extensions?.code;
}

export async function login(url: string, email: string, password: string): Promise<string> {
  const data = await ok(url, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: password });
  return data.login.token;
}

/**
 * Row counts of every table we write, to prove a refused mutation changed nothing. The
 * audit log is left out: a refused mutation on someone else's record is audited on purpose
 * (docs/security.md), outside the transaction that rolled back.
 */
export async function rowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const tables: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'audit_log' ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM "${table_name}"`);
    counts[table_name] = n;
  }
  return counts;
}
