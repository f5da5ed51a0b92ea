import type { CreateParams, GetListParams, GetManyParams, GetOneParams, UpdateParams } from "react-admin";
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from "../../../server/src/domain/paging";
import type { TypedDocumentString } from "../gql/graphql";

// The one way the console talks to the API: every resource is a small table of methods
// (getList, getOne, getMany, create, update), each returning a BuiltQuery: a typed
// document from admin/src/gql (`npm run codegen`, checked against schema/schema.graphql),
// its variables and how its answer becomes react-admin's record(s). Every document aliases
// its root field `result`, which dataProvider/index.ts reads (null = not found).

export type Values = Record<string, unknown>;
export type Method = "getList" | "getOne" | "getMany" | "create" | "update";
export type AnyParams = GetListParams | GetOneParams | GetManyParams | CreateParams | UpdateParams;

export interface Parsed {
  data: unknown;
  total?: number;
  /** What a list brings beside its page (react-admin hands it to useGetList as `meta`). */
  meta?: unknown;
}

// The variables are checked where a document is used with `operation` (the generic ties
// them to the document); a table of resources holds queries of many kinds, hence `any`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface BuiltQuery<Result = any> {
  query: TypedDocumentString<Result, Values>;
  variables: Values;
  parseResponse: (data: Result) => Parsed;
}

export type Handler = (params: AnyParams) => BuiltQuery;
export type ResourceHandlers = Partial<Record<Method, Handler>>;

export { MAX_PER_PAGE };

export const isEmpty = (value: unknown): boolean => value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);

export const pick = (filter: Values, keys: string[]): Values =>
  Object.fromEntries(keys.filter((key) => !isEmpty(filter[key])).map((key) => [key, filter[key]]));

/**
 * An error with an HTTP-like status, as react-admin reads it (HttpError's shape), without
 * a runtime import of react-admin: this module is also loaded by the unit tests.
 */
export class QueryError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export const notFound = () => new QueryError("ra.notification.item_doesnt_exist", 404);

/** A document, its variables (typed by the document) and how its answer becomes the record(s). */
export function operation<Result, Variables extends Values>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  parseResponse: (data: Result) => Parsed,
): BuiltQuery<Result> {
  return { query: document as unknown as TypedDocumentString<Result, Values>, variables, parseResponse };
}

/** A mutation whose `result` becomes the record react-admin keeps. */
export function mutation<Result extends { result: unknown }, Variables extends Values>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  toRecord: (result: Result["result"]) => Values = (result) => result as Values,
): BuiltQuery<Result> {
  return operation(document, variables, (data) => ({ data: toRecord(data.result) }));
}

/**
 * react-admin's sort as the API's `sort` argument: the list's table maps the column a user
 * clicked (react-admin's field, e.g. "homeMunicipality.name") to the list's sort field enum.
 * A field the table does not name (react-admin's default "id") asks for nothing: the API's
 * own order stands.
 */
export function sortOf(params: GetListParams, sorts: Record<string, string> | undefined): { sort?: { field: string; order: "ASC" | "DESC" } } {
  const field = params.sort?.field ? sorts?.[params.sort.field] : undefined;
  if (!field) return {};
  return { sort: { field, order: params.sort?.order === "DESC" ? "DESC" : "ASC" } };
}

/** react-admin's page, capped at what the API serves. */
export const pageOf = (params: GetListParams) => ({
  page: params.pagination?.page ?? 1,
  perPage: Math.min(params.pagination?.perPage ?? DEFAULT_PER_PAGE, MAX_PER_PAGE),
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PageDocument<Item> = TypedDocumentString<{ result: { items: Item[]; total: number } }, any>;

/**
 * A paged list (`items`/`total`) with a filter: getList, getMany (filter { ids }) and,
 * unless the resource has a query of its own for one record, getOne by the same list.
 */
export function pagedList<Item>(options: {
  document: PageDocument<Item>;
  /** the list's filter; null: the query takes none */
  toFilter: ((filter: Values) => Values) | null;
  decorate?: (record: Item) => Values;
  /** react-admin's sortable fields → the list's sort field (its enum in server/src/domain/sorting.ts) */
  sorts?: Record<string, string>;
}): { getList: Handler; getMany: Handler; getOne: Handler } {
  const decorate = options.decorate ?? ((record: Item) => record as Values);
  const parse = ({ result }: { result: { items: Item[]; total: number } }) => ({ data: result.items.map(decorate), total: result.total });
  const byIds = (ids: unknown[]) =>
    operation(options.document, { filter: { ids: ids.map(String) }, page: 1, perPage: Math.min(Math.max(ids.length, 1), MAX_PER_PAGE) }, (data) => ({
      data: parse(data).data,
    }));
  return {
    getList: (params) => {
      const { filter } = params as GetListParams;
      const toFilter = options.toFilter;
      return operation(
        options.document,
        { ...(toFilter ? { filter: toFilter(filter ?? {}) } : {}), ...pageOf(params as GetListParams), ...sortOf(params as GetListParams, options.sorts) },
        parse,
      );
    },
    getMany: (params) => byIds((params as GetManyParams).ids),
    getOne: (params) => {
      const built = byIds([(params as GetOneParams).id]);
      return {
        ...built,
        parseResponse: (data) => {
          const [record] = parse(data).data;
          if (!record) throw notFound();
          return { data: record };
        },
      };
    },
  };
}

/** One record by its own query (`result: thing(id: $id)`); null is "not found" (dataProvider/index.ts). */
export function oneById<Item>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  document: TypedDocumentString<{ result?: Item | null }, any>,
  decorate: (record: Item) => Values = (record) => record as Values,
): Handler {
  return (params) =>
    operation(document, { id: String((params as GetOneParams).id) }, ({ result }) => {
      if (!result) throw notFound();
      return { data: decorate(result) };
    });
}

/** One page of a list the API returns whole (a few dozen rows at most), paged in the browser. */
export function pageInBrowser(records: Values[], params: GetListParams): { data: Values[]; total: number } {
  const { page = 1, perPage = DEFAULT_PER_PAGE } = params.pagination ?? {};
  return { data: records.slice((page - 1) * perPage, page * perPage), total: records.length };
}

export function buildFrom(table: Record<string, ResourceHandlers>, method: Method, resource: string, params: AnyParams): BuiltQuery {
  const handler = table[resource]?.[method];
  if (!handler) throw new QueryError(`${method} is not offered for ${resource}`, 400);
  return handler(params);
}
