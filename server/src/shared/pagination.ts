import { Max, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";

export const MAX_PER_PAGE = 100;

/** `page` counts from 1; `perPage` is 25 unless asked, never more than 100. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 1 })
  @Min(1, { message: "page counts from 1" })
  @Max(100_000, { message: "page is too large" })
  page: number = 1;

  @Field(() => Int, { nullable: true, defaultValue: 25 })
  @Min(1, { message: "perPage must be at least 1" })
  @Max(MAX_PER_PAGE, { message: `perPage must be at most ${MAX_PER_PAGE}` })
  perPage: number = 25;
}

export function pageWindow({ page, perPage }: PageArgs): { skip: number; take: number } {
  return { skip: (page - 1) * perPage, take: perPage };
}
