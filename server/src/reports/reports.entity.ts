import { Field, Float, ObjectType } from "type-graphql";
import { ReportChart, ReportPeriod, ReportUnit } from "../shared/enums";
import { DateScalar } from "../shared/scalars";

@ObjectType({ description: "A column of a report table: what its values count and in which unit" })
export class ReportColumn {
  @Field() code!: string;
  @Field(() => ReportUnit) unit!: ReportUnit;
}

@ObjectType({ description: "One line of a report table: a code (and a name from data where there is one) and a value per column" })
export class ReportRow {
  @Field({
    description:
      "What the key is: REQUEST_KIND LANGUAGE EXPERTISE RULE MUNICIPALITY PROVINCE FUNDER ACTIVITY REFERRAL_STATE LEAVING_REASON STATUS OUTCOME TOTAL …",
  })
  keyKind!: string;
  @Field({ description: "The code (e.g. CASE_SUPPORT, ara, GM0363)" }) key!: string;
  @Field(() => String, { nullable: true, description: "Only a name from data (municipality, language, funder, province); null for codes" })
  label!: string | null;
  @Field(() => [Float], { nullable: "items", description: "One per column; null = suppressed or not applicable" })
  values!: (number | null)[];
}

@ObjectType({ description: "One figure of a report, with the table behind its chart" })
export class ReportTable {
  @Field({ description: "REQUESTS_BY_KIND, TIME_TO_ACCEPTANCE, UNMET_BY_RULE … (docs/reports.md defines each)" }) code!: string;
  @Field({ description: "REQUESTS | CONTINUITY | REFERRALS | HOURS | KEY_PERSONS | CARE | FEEDBACK" }) section!: string;
  @Field(() => ReportChart) chart!: ReportChart;
  @Field(() => [ReportColumn]) columns!: ReportColumn[];
  @Field(() => [ReportRow]) rows!: ReportRow[];
}

@ObjectType({ description: "The figures of one month, quarter or year, for the caller's scope" })
export class Report {
  @Field(() => ReportPeriod) period!: ReportPeriod;
  @Field(() => DateScalar) start!: string;
  @Field(() => DateScalar, { description: "The last day of the period (inclusive)" }) end!: string;
  @Field({ description: "NATIONAL | REGION | ORGANISATION" }) scope!: string;
  @Field(() => Date) generatedAt!: Date;
  @Field(() => [ReportTable]) tables!: ReportTable[];
}
