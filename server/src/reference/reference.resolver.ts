import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import { Expertise, Language, Municipality } from "./reference.entity";

/** Reference data is public: the public map needs it without a login. */
@Resolver()
export class ReferenceResolver {
  @Query(() => [Municipality], { description: "The 342 municipalities of 2025, by name" })
  municipalities(@Ctx() ctx: Context): Municipality[] {
    return [...ctx.reference.municipalities.values()];
  }

  @Query(() => [Language], { description: "ISO 639-3 languages relevant to newcomers, by English name" })
  languages(@Ctx() ctx: Context): Language[] {
    return [...ctx.reference.languages.values()];
  }

  @Query(() => [Expertise])
  expertiseAreas(@Ctx() ctx: Context): Expertise[] {
    return [...ctx.reference.expertise.values()];
  }
}
