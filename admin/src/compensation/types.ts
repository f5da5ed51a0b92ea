// The compensation records as the API returns them (schema.graphql), plus the few
// form-friendly fields the dataProvider derives (marked "derived"). Money is euro cents.

import type { GeoPoint, MunicipalityRef } from "../types";

export type Activity = "SUPPORT" | "ACCOMPANIMENT" | "INFORMATION_SESSION" | "TRAVEL" | "SUPERVISION";
export type ReviewStatus = "SUBMITTED" | "APPROVED" | "REJECTED";
export type ExpenseKind = "OWN_TRANSPORT_KM" | "PUBLIC_TRANSPORT" | "OTHER";
export type Funding = "ORGANISATION" | "NATIONAL_SCHEME";
export type AssignmentStatus = "PROPOSED" | "ACTIVE" | "DECLINED" | "EXPIRED" | "CANCELLED" | "COMPLETED";

export const ACTIVITIES: readonly Activity[] = ["SUPPORT", "ACCOMPANIMENT", "INFORMATION_SESSION", "TRAVEL", "SUPERVISION"];
export const EXPENSE_KINDS: readonly ExpenseKind[] = ["OWN_TRANSPORT_KM", "PUBLIC_TRANSPORT", "OTHER"];

/** An assignment the key person may declare hours and claims on: active, or completed not long ago. */
export interface DeclarableAssignment {
  id: string;
  status: AssignmentStatus;
  hoursPerWeek: number;
  proposedAt: string;
  endedAt: string | null;
  request: {
    id: string;
    funding: Funding;
    location: GeoPoint;
    municipality: MunicipalityRef;
    organisation: { id: string; name: string };
  };
}

/** The assignment an hour entry or claim is on; the case reference is the funder's own pseudonym. */
export interface AssignmentOfItem {
  id: string;
  request: { id: string; caseReference: string; municipality: MunicipalityRef; organisation: { id: string; name: string } };
}

interface ReviewedItem {
  id: string;
  date: string;
  status: ReviewStatus;
  reviewReason: string | null;
  reviewedAt: string | null;
  exportedAt: string | null;
  createdAt: string;
  keyPerson: { id: string; displayName: string };
}

export interface HourEntryRecord extends ReviewedItem {
  hours: number;
  activity: Activity;
  allowanceCents: number | null;
  assignment: AssignmentOfItem;
}

export interface ExpenseClaimRecord extends ReviewedItem {
  kind: ExpenseKind;
  km: number | null;
  amountCents: number;
  description: string;
  assignment: AssignmentOfItem | null;
}

export interface PaymentExportRecord {
  id: string;
  funder: string;
  periodFrom: string;
  periodTo: string;
  lineCount: number;
  totalCents: number;
  createdAt: string;
  csv: string;
}

export interface CompensationRulesRecord {
  /** the year */
  id: number;
  year: number;
  hourlyRateCents: number;
  hourlyRateUnder21Cents: number;
  monthCapCents: number;
  yearCapCents: number;
  kmRateCents: number;
  provisional: boolean;
  updatedAt: string;
  /** derived: the same amounts in euros, the values of the form's inputs */
  hourlyRate: number;
  hourlyRateUnder21: number;
  monthCap: number;
  yearCap: number;
  kmRate: number;
}

export interface MonthAllowance {
  month: number;
  hoursDeclared: number;
  hoursApproved: number;
  allowanceCents: number;
  roomCents: number | null;
}

export interface AllowanceOverviewRecord {
  /** `${keyPersonId}:${year}` */
  id: string;
  year: number;
  figures: Omit<CompensationRulesRecord, "id" | "hourlyRate" | "hourlyRateUnder21" | "monthCap" | "yearCap" | "kmRate"> | null;
  legalHourlyRateCents: number | null;
  months: MonthAllowance[];
  allowanceCents: number;
  roomCents: number | null;
}
