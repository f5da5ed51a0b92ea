// The compensation records: the generated types of the console's documents (admin/src/gql,
// from schema/schema.graphql), plus the few form-friendly fields the dataProvider derives
// (marked "derived"). Money is euro cents.
import * as Enums from "../../../server/src/domain/enums";
import type {
  AllowanceOverviewQuery,
  CompensationRulesFieldsFragment,
  DeclarableAssignmentFieldsFragment,
  ExpenseClaimFieldsFragment,
  HourEntryFieldsFragment,
  PaymentExportFieldsFragment,
} from "../gql/graphql";

import type { Activity, ExpenseKind, OwnActivity } from "../gql/graphql";

export type { Activity, ExpenseKind, OwnActivity, ReviewStatus } from "../gql/graphql";

/** The server's own values (domain/enums.ts), in its order. */
export const ACTIVITIES: readonly Activity[] = Object.values(Enums.Activity);
/** What a key person declares without an assignment (issue 16), in the server's order. */
export const OWN_ACTIVITIES: readonly OwnActivity[] = Object.values(Enums.OwnActivity);
export const EXPENSE_KINDS: readonly ExpenseKind[] = Object.values(Enums.ExpenseKind);

/** An assignment the key person may declare hours and claims on: active, or completed not long ago. */
export type DeclarableAssignment = DeclarableAssignmentFieldsFragment;

export type HourEntryRecord = HourEntryFieldsFragment;

export type ExpenseClaimRecord = ExpenseClaimFieldsFragment;

export type PaymentExportRecord = PaymentExportFieldsFragment;

export type CompensationRulesRecord = CompensationRulesFieldsFragment & {
  /** derived: the year */
  id: number;
  /** derived: the same amounts in euros, the values of the form's inputs */
  hourlyRate: number;
  hourlyRateUnder21: number;
  monthCap: number;
  yearCap: number;
  kmRate: number;
};

export type AllowanceOverviewRecord = AllowanceOverviewQuery["result"] & {
  /** derived: `${keyPersonId}:${year}` */
  id: string;
};

export type MonthAllowance = AllowanceOverviewRecord["months"][number];
