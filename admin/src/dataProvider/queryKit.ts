import type { CreateParams, GetListParams, GetManyParams, GetOneParams, UpdateParams } from "react-admin";
import type { BuiltQuery, Method } from "./buildQuery";

// Shared by the compensation and oversight modules that buildQuery delegates to: each
// resource there is a small table of methods, each method a GraphQL document with the
// root field aliased `result` (what dataProvider/index.ts's `run` expects).

export type Values = Record<string, unknown>;
export type AnyParams = GetListParams | GetOneParams | GetManyParams | CreateParams | UpdateParams;
export type Handler = (params: AnyParams) => BuiltQuery;
export type ResourceHandlers = Partial<Record<Method, Handler>>;

export const MAX_PER_PAGE = 100;

export const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);

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

interface Page {
  items: Values[];
  total: number;
}

/** A paged list query (`items`/`total`) with a filter. */
export function pagedList(options: {
  field: string;
  filterType: string | null;
  fields: string;
  toFilter?: (filter: Values) => Values;
  decorate?: (record: Values) => Values;
}): { getList: Handler; getMany: Handler; getOne: Handler } {
  const decorate = options.decorate ?? ((record: Values) => record);
  const query = options.filterType
    ? `query List($filter: ${options.filterType}, $page: Int, $perPage: Int) {
        result: ${options.field}(filter: $filter, page: $page, perPage: $perPage) { items { ${options.fields} } total } }`
    : `query List($page: Int, $perPage: Int) {
        result: ${options.field}(page: $page, perPage: $perPage) { items { ${options.fields} } total } }`;
  const parse = ({ result }: { result: unknown }) => {
    const page = result as Page;
    return { data: page.items.map(decorate), total: page.total };
  };
  const byIds = (ids: unknown[]): BuiltQuery => ({
    query,
    variables: { filter: { ids: ids.map(String) }, page: 1, perPage: Math.min(Math.max(ids.length, 1), MAX_PER_PAGE) },
    parseResponse: (data) => ({ data: parse(data).data }),
  });
  return {
    getList: (params) => {
      const { pagination, filter } = params as GetListParams;
      return {
        query,
        variables: {
          ...(options.filterType ? { filter: (options.toFilter ?? ((f: Values) => f))(filter ?? {}) } : {}),
          page: pagination?.page ?? 1,
          perPage: Math.min(pagination?.perPage ?? 25, MAX_PER_PAGE),
        },
        parseResponse: parse,
      };
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

/** One page of a list the API returns whole (a few dozen rows at most), paged in the browser. */
export function pageInBrowser(records: Values[], params: GetListParams): { data: Values[]; total: number } {
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  return { data: records.slice((page - 1) * perPage, page * perPage), total: records.length };
}

/** A mutation whose result becomes the record react-admin keeps. */
export function mutation(document: string, variables: Values, toRecord: (result: unknown) => Values): BuiltQuery {
  return { query: document, variables, parseResponse: ({ result }) => ({ data: toRecord(result) }) };
}

export function buildFrom(table: Record<string, ResourceHandlers>, method: Method, resource: string, params: AnyParams): BuiltQuery {
  const handler = table[resource]?.[method];
  if (!handler) throw new QueryError(`${method} is not offered for ${resource}`, 400);
  return handler(params);
}
