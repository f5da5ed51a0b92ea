// The columns each paged list of the API may be sorted by (the `sort` argument of the
// list's query). An enum per list, never a free string: the server maps each value to
// its own SQL expression (the services' SORTS tables, through shared/sorting.ts), so no
// text from a request reaches the SQL. The console maps react-admin's sort fields to
// these values (admin/src/dataProvider/*.ts). Ties are broken by id, in the same
// direction, so a page never repeats or skips a row.

export enum SortOrder {
  ASC = "ASC",
  DESC = "DESC",
}

export enum KeyPersonSortField {
  DISPLAY_NAME = "DISPLAY_NAME",
  MUNICIPALITY = "MUNICIPALITY",
  STATUS = "STATUS",
  PROFILE_CONFIRMED_AT = "PROFILE_CONFIRMED_AT",
  CREATED_AT = "CREATED_AT",
}

export enum OrganisationSortField {
  NAME = "NAME",
  KIND = "KIND",
  MUNICIPALITY = "MUNICIPALITY",
  CREATED_AT = "CREATED_AT",
}

export enum MatchRequestSortField {
  CASE_REFERENCE = "CASE_REFERENCE",
  /** The request kind, in the enum's order: case support, appointment, consult, information session. */
  KIND = "KIND",
  ORGANISATION = "ORGANISATION",
  MUNICIPALITY = "MUNICIPALITY",
  STATUS = "STATUS",
  CREATED_AT = "CREATED_AT",
  UNMET_SINCE = "UNMET_SINCE",
}

export enum AssignmentSortField {
  PROPOSED_AT = "PROPOSED_AT",
  STATUS = "STATUS",
  CASE_REFERENCE = "CASE_REFERENCE",
  KEY_PERSON = "KEY_PERSON",
  HOURS_PER_WEEK = "HOURS_PER_WEEK",
}

export enum HourEntrySortField {
  DATE = "DATE",
  ACTIVITY = "ACTIVITY",
  HOURS = "HOURS",
  STATUS = "STATUS",
}

export enum ExpenseClaimSortField {
  DATE = "DATE",
  KIND = "KIND",
  AMOUNT = "AMOUNT",
  STATUS = "STATUS",
}

export enum UserSortField {
  EMAIL = "EMAIL",
  ROLE = "ROLE",
  ORGANISATION = "ORGANISATION",
  CREATED_AT = "CREATED_AT",
  LAST_LOGIN_AT = "LAST_LOGIN_AT",
}

export enum NotificationSortField {
  STATUS = "STATUS",
  SUBJECT = "SUBJECT",
  CREATED_AT = "CREATED_AT",
  SENT_AT = "SENT_AT",
}

export enum AuditSortField {
  AT = "AT",
  ACTION = "ACTION",
  ENTITY_TYPE = "ENTITY_TYPE",
}
