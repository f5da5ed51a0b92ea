import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import { requireActor } from "../auth/auth-checker";
import type { Context } from "../context";
import { Role } from "../shared/enums";
import { Report } from "./reports.entity";
import { ReportInput } from "./reports.inputs";

@Resolver()
export class ReportResolver {
  @Authorized(Role.COORDINATOR, Role.REGIONAL_COORDINATOR, Role.ORGANISATION)
  @Query(() => Report, {
    description:
      "Figures per month, quarter or year (docs/reports.md). Coordinators: the country; regional coordinators: their municipalities; organisations: their own requests (no key-person tables)",
  })
  report(@Arg("input", () => ReportInput) input: ReportInput, @Ctx() ctx: Context) {
    return ctx.services.reports.report(requireActor(ctx), input);
  }
}
