import { Field, InputType } from "type-graphql";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import * as Sorting from "../domain/sorting";
import { SortOrder } from "../domain/sorting";
import { registerEnumType } from "type-graphql";
import { pageWindow, type PageArgs } from "./pagination";

// Sorting of every paged list, one helper for all: the list's query takes
// `sort: <Thing>Sort { field: <Thing>SortField!, order: SortOrder = ASC }`; its service
// names the SQL expression of each field (a table keyed by the enum) and its default
// order, and `sortedPage` orders, breaks ties by id and cuts the page. An unknown field
// never reaches a service: GraphQL refuses an unknown enum value (BAD_USER_INPUT,
// reason INVALID_INPUT).

export * from "../domain/sorting";
for (const [name, values] of Object.entries(Sorting)) registerEnumType(values, { name });

/** What a list's `sort` argument holds. */
export interface SortArg<F extends string> {
  field: F;
  order?: SortOrder | null;
}

/** The GraphQL input `<name>Sort` for one list's field enum. */
export function sortInput<F extends string>(name: string, fields: Record<string, F>) {
  @InputType(`${name}Sort`, { description: `How to order the list: a column and a direction; ties go by id` })
  class Sort implements SortArg<F> {
    @Field(() => fields) field!: F;
    @Field(() => SortOrder, { nullable: true, defaultValue: SortOrder.ASC }) order?: SortOrder | null;
  }
  return Sort;
}

/** How one list sorts: SQL per field, its id column and the order when none is asked. */
export interface SortSpec<F extends string> {
  /** Trusted SQL expressions, written in the service, one per field of the enum. */
  columns: Record<F, string>;
  /** The id column ("kp.id"): the tie-breaker. */
  id: string;
  /** The order when no sort is asked (unchanged from before sorting existed). */
  byDefault: [string, "ASC" | "DESC"][];
}

/** Orders the query: the asked field then id, both in the asked direction (so DESC is ASC reversed: NULLs come last ascending, first descending), or the default. */
export function applySort<E extends ObjectLiteral, F extends string>(query: SelectQueryBuilder<E>, sort: SortArg<F> | null | undefined, spec: SortSpec<F>) {
  if (!sort) {
    spec.byDefault.forEach(([expression, order], i) => (i === 0 ? query.orderBy(expression, order) : query.addOrderBy(expression, order)));
    return query;
  }
  const order = sort.order === SortOrder.DESC ? "DESC" : "ASC";
  // the enum value picks a written expression; a value outside the table is a bug, not input
  const expression = spec.columns[sort.field];
  if (!expression) throw new Error(`No sort column for ${String(sort.field)}`);
  return query.orderBy(expression, order).addOrderBy(spec.id, order);
}

/** The ORDER BY list applySort gives, as SQL text: for statements written without the query builder. */
export function orderBySql<F extends string>(sort: SortArg<F> | null | undefined, spec: SortSpec<F>): string {
  if (!sort) return spec.byDefault.map(([expression, order]) => `${expression} ${order}`).join(", ");
  const order = sort.order === SortOrder.DESC ? "DESC" : "ASC";
  const expression = spec.columns[sort.field];
  if (!expression) throw new Error(`No sort column for ${String(sort.field)}`);
  return `${expression} ${order}, ${spec.id} ${order}`;
}

/**
 * One sorted page and the total. OFFSET/LIMIT rather than TypeORM's skip/take: the lists
 * join only many-to-one (one row per item), and skip/take's distinct-id subquery cannot
 * order by an expression such as a municipality's name.
 */
export async function sortedPage<E extends ObjectLiteral, F extends string>(
  query: SelectQueryBuilder<E>,
  sort: SortArg<F> | null | undefined,
  spec: SortSpec<F>,
  page: PageArgs,
): Promise<{ items: E[]; total: number }> {
  const { skip, take } = pageWindow(page);
  const [items, total] = await applySort(query, sort, spec).offset(skip).limit(take).getManyAndCount();
  return { items, total };
}
