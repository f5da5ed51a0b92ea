import { Field, InputType } from "type-graphql";
import { ReportPeriod } from "../shared/enums";
import { DateScalar } from "../shared/scalars";

@InputType()
export class ReportInput {
  @Field(() => ReportPeriod) period!: ReportPeriod;
  @Field(() => DateScalar, { description: "The first day of that month / quarter / year, else BAD_USER_INPUT reason REPORT_PERIOD_START" })
  start!: string;
  @Field(() => [String], { nullable: true, description: "Narrow to these municipalities (within the caller's scope; outside = FORBIDDEN)" })
  municipalityCodes?: string[] | null;
  @Field(() => String, { nullable: true, description: "Or a province (PV20…)" })
  provinceCode?: string | null;
  @Field(() => String, { nullable: true, description: "Narrow to one funder: NATIONAL_SCHEME or ORGANISATION:<id>" })
  funder?: string | null;
}
