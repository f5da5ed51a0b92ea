import { ArgsType, Field, Int } from "type-graphql";
import { DEFAULT_PER_PAGE, MAX_PAGE, MAX_PER_PAGE } from "../domain/paging";
import { BadUserInput } from "./errors";

// the numbers live in domain/paging.ts, which the console reads too
export { DEFAULT_PER_PAGE, MAX_PAGE, MAX_PER_PAGE };

/**
 * `page` counts from 1; `perPage` is 25 unless asked, never more than 100. An explicit
 * null is the default, as if the argument were left out. Checked in pageWindow.
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 1 })
  page: number | null = 1;

  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PER_PAGE })
  perPage: number | null = DEFAULT_PER_PAGE;
}

/** The rows of one page; BAD_USER_INPUT naming the argument when it is out of range. */
export function pageWindow({ page, perPage }: PageArgs): { skip: number; take: number } {
  const number = page ?? 1;
  const size = perPage ?? DEFAULT_PER_PAGE;
  if (number < 1 || number > MAX_PAGE)
    throw new BadUserInput(`page counts from 1 and goes up to ${MAX_PAGE}, got ${number}`, {
      reason: "NUMBER_OUT_OF_RANGE",
      field: "page",
      params: { min: 1, max: MAX_PAGE },
    });
  if (size < 1 || size > MAX_PER_PAGE)
    throw new BadUserInput(`perPage must be from 1 to ${MAX_PER_PAGE}, got ${size}`, {
      reason: "NUMBER_OUT_OF_RANGE",
      field: "perPage",
      params: { min: 1, max: MAX_PER_PAGE },
    });
  return { skip: (number - 1) * size, take: size };
}
