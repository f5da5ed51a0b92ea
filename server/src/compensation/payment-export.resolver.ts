import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { requireActor } from "../auth/auth-checker";
import type { Context } from "../context";
import { Role } from "../shared/enums";
import { BadUserInput } from "../shared/errors";
import { DateScalar } from "../shared/scalars";
import { PaymentExport } from "./compensation.entity";
import { isPaymentFileLocale } from "./payment-csv";
import { PayerAccount, PayerAccountInput, PaymentExportPreview } from "./payment-export.entity";

const FUNDERS = [Role.ORGANISATION, Role.COORDINATOR];
const ORGANISATION = { nullable: true, description: "Omit for the national scheme" } as const;

@Resolver()
export class PaymentExportResolver {
  @Authorized(...FUNDERS)
  @Query(() => PaymentExportPreview, {
    description: "What exportPayments would export for this period, and which lines it would leave out for want of an IBAN",
  })
  paymentExportPreview(
    @Arg("organisationId", () => ID, ORGANISATION) organisationId: string | null,
    @Arg("from", () => DateScalar) from: string,
    @Arg("to", () => DateScalar) to: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.paymentFiles.preview(requireActor(ctx), organisationId, from, to);
  }

  @Authorized(...FUNDERS)
  @Mutation(() => PaymentExport, {
    description:
      "Approved, not yet exported allowances and claims of a funder in a period, as CSV and (with a payer account) a SEPA credit transfer; " +
      "each line is exported once; lines of key persons without an IBAN are left out and listed in leftOut",
  })
  exportPayments(
    @Arg("organisationId", () => ID, ORGANISATION) organisationId: string | null,
    @Arg("from", () => DateScalar) from: string,
    @Arg("to", () => DateScalar) to: string,
    @Arg("locale", () => String, {
      nullable: true,
      description: "Language of the CSV's headers and decimals: nl (comma) or en (point); default: the caller's language",
    })
    locale: string | null,
    @Ctx() ctx: Context,
  ) {
    const language = locale ?? ctx.user?.locale ?? "nl";
    if (!isPaymentFileLocale(language)) {
      throw new BadUserInput(`locale must be nl or en, not "${language}"`, {
        reason: "PAYMENT_FILE_LOCALE_INVALID",
        field: "locale",
        params: { locale: language },
      });
    }
    return ctx.services.paymentFiles.exportPayments(requireActor(ctx), organisationId, from, to, language);
  }

  @Authorized(...FUNDERS)
  @Query(() => PayerAccount, { nullable: true, description: "The account a funder pays from; null until set" })
  payerAccount(@Arg("organisationId", () => ID, ORGANISATION) organisationId: string | null, @Ctx() ctx: Context) {
    return ctx.services.paymentFiles.payerAccount(requireActor(ctx), organisationId);
  }

  @Authorized(...FUNDERS)
  @Mutation(() => PayerAccount, { description: "Sets the account a funder pays from (the debtor of its SEPA files)" })
  setPayerAccount(
    @Arg("organisationId", () => ID, ORGANISATION) organisationId: string | null,
    @Arg("input", () => PayerAccountInput) input: PayerAccountInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.paymentFiles.setPayerAccount(requireActor(ctx), organisationId, input);
  }
}
