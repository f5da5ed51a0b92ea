import type { CreateParams, GetListParams, GetOneParams, UpdateParams } from "react-admin";
import { centsToEuros, eurosToCents } from "../compensation/money";
import type { BuiltQuery, Method } from "./buildQuery";
import {
  buildFrom,
  mutation,
  notFound,
  pageInBrowser,
  pagedList,
  pick,
  type AnyParams,
  type ResourceHandlers,
  type Values,
} from "./queryKit";

// Hours, expense claims, allowances, the year's figures and payment exports: the
// resources buildQuery hands to this module (see COMPENSATION_RESOURCES).

export const HOUR_ENTRY_FIELDS = `
  id date hours activity status reviewReason allowanceCents createdAt reviewedAt exportedAt
  keyPerson { id displayName }
  assignment { id request { id caseReference municipality { code name } organisation { id name } } }`;

export const EXPENSE_CLAIM_FIELDS = `
  id date kind km amountCents description status reviewReason createdAt reviewedAt exportedAt
  keyPerson { id displayName }
  assignment { id request { id caseReference municipality { code name } organisation { id name } } }`;

/**
 * The key person's own assignments: who asks and where. The newcomer's location is read
 * only to propose the km of a travel claim; it is never shown.
 */
const ASSIGNMENT_FIELDS = `
  id status hoursPerWeek proposedAt endedAt
  request { id funding location { lat lon } municipality { code name } organisation { id name } }`;

const RULES_FIELDS = `year hourlyRateCents hourlyRateUnder21Cents monthCapCents yearCapCents kmRateCents provisional updatedAt`;

const EXPORT_FIELDS = `id funder periodFrom periodTo lineCount totalCents createdAt csv`;

const OVERVIEW_FIELDS = `
  year legalHourlyRateCents allowanceCents roomCents
  figures { ${RULES_FIELDS} }
  months { month hoursDeclared hoursApproved allowanceCents roomCents }`;

/** The id of the national scheme's allowance rate (the coordinator funds it). */
export const NATIONAL_SCHEME = "NATIONAL_SCHEME";

/** Hours may still be declared this long after an assignment was completed (the server's DECLARE_AFTER_END_DAYS). */
export const DECLARE_AFTER_END_DAYS = 60;
const DAY_MS = 86_400_000;

const reviewFilter = (filter: Values) => pick(filter, ["ids", "status", "toReview", "keyPersonId", "assignmentId"]);

/** The figures with their amounts also in euros, for the form. */
const decorateRules = (record: Values): Values => ({
  ...record,
  id: record.year,
  hourlyRate: centsToEuros(record.hourlyRateCents as number),
  hourlyRateUnder21: centsToEuros(record.hourlyRateUnder21Cents as number),
  monthCap: centsToEuros(record.monthCapCents as number),
  yearCap: centsToEuros(record.yearCapCents as number),
  kmRate: centsToEuros(record.kmRateCents as number),
});

const RULES_QUERY = `query Rules { result: compensationRules { ${RULES_FIELDS} } }`;

const SET_RULES = `mutation SetRules($year: Int!, $input: CompensationRulesInput!) {
  result: setCompensationRules(year: $year, input: $input) { ${RULES_FIELDS} } }`;

export const toRulesInput = (data: Values) => ({
  hourlyRateCents: eurosToCents(data.hourlyRate as number),
  hourlyRateUnder21Cents: eurosToCents(data.hourlyRateUnder21 as number),
  monthCapCents: eurosToCents(data.monthCap as number),
  yearCapCents: eurosToCents(data.yearCap as number),
  kmRateCents: eurosToCents(data.kmRate as number),
});

const setRules = (year: unknown, data: Values): BuiltQuery =>
  mutation(SET_RULES, { year: Number(year), input: toRulesInput(data) }, (result) => decorateRules(result as Values));

const REVIEW_HOURS = `mutation ReviewHours($id: ID!, $approve: Boolean!, $reason: String) {
  result: reviewHours(id: $id, approve: $approve, reason: $reason) { ${HOUR_ENTRY_FIELDS} } }`;

const REVIEW_CLAIM = `mutation ReviewClaim($id: ID!, $approve: Boolean!, $reason: String) {
  result: reviewExpenseClaim(id: $id, approve: $approve, reason: $reason) { ${EXPENSE_CLAIM_FIELDS} } }`;

/** update(…, { data: { approve, reason } }) reviews one item. */
const review = (document: string) => (params: AnyParams) => {
  const { id, data } = params as UpdateParams;
  return mutation(document, { id, approve: Boolean(data.approve), reason: (data.reason as string | undefined)?.trim() || null }, (r) => r as Values);
};

/** Assignments (active, or completed within the grace period) of the key person who asks. */
const declarableAssignments: ResourceHandlers = {
  getList: () => ({
    query: `query Declarable {
      result: assignments(filter: { status: ACTIVE }, perPage: 100) { items { ${ASSIGNMENT_FIELDS} } }
      completed: assignments(filter: { status: COMPLETED }, perPage: 100) { items { ${ASSIGNMENT_FIELDS} } } }`,
    variables: {},
    parseResponse: (data) => {
      const { result, completed } = data as unknown as { result: { items: Values[] }; completed: { items: Values[] } };
      const since = Date.now() - DECLARE_AFTER_END_DAYS * DAY_MS;
      const recent = completed.items.filter((a) => a.endedAt && new Date(a.endedAt as string).getTime() >= since);
      const all = [...result.items, ...recent];
      return { data: all, total: all.length };
    },
  }),
};

const COMPENSATION: Record<string, ResourceHandlers> = {
  hourEntries: {
    ...pagedList({ field: "hourEntries", filterType: "ReviewFilter", fields: HOUR_ENTRY_FIELDS, toFilter: reviewFilter }),
    create: (params) =>
      mutation(
        `mutation Declare($input: HourEntryInput!) { result: declareHours(input: $input) { ${HOUR_ENTRY_FIELDS} } }`,
        { input: pick((params as CreateParams).data as Values, ["assignmentId", "date", "hours", "activity"]) },
        (r) => r as Values,
      ),
    update: review(REVIEW_HOURS),
  },
  expenseClaims: {
    ...pagedList({ field: "expenseClaims", filterType: "ReviewFilter", fields: EXPENSE_CLAIM_FIELDS, toFilter: reviewFilter }),
    create: (params) => {
      const data = (params as CreateParams).data as Values;
      const isKm = data.kind === "OWN_TRANSPORT_KM";
      return mutation(
        `mutation Claim($input: ExpenseClaimInput!) { result: submitExpenseClaim(input: $input) { ${EXPENSE_CLAIM_FIELDS} } }`,
        {
          input: {
            idempotencyKey: data.idempotencyKey,
            kind: data.kind,
            assignmentId: data.assignmentId || null,
            date: data.date,
            description: String(data.description ?? "").trim(),
            km: isKm ? Number(data.km) : null,
            amountCents: isKm ? null : eurosToCents(data.amount as string | number),
          },
        },
        (r) => r as Values,
      );
    },
    update: review(REVIEW_CLAIM),
  },
  declarableAssignments,
  paymentExports: {
    ...pagedList({ field: "paymentExports", filterType: null, fields: EXPORT_FIELDS }),
    // paymentExports takes no filter: find the one asked for among the latest
    getOne: (params) => ({
      query: `query Exports { result: paymentExports(page: 1, perPage: 100) { items { ${EXPORT_FIELDS} } } }`,
      variables: {},
      parseResponse: ({ result }) => {
        const record = (result as { items: Values[] }).items.find((item) => String(item.id) === String((params as GetOneParams).id));
        if (!record) throw notFound();
        return { data: record };
      },
    }),
    create: (params) => {
      const data = (params as CreateParams).data as Values;
      return mutation(
        `mutation Export($organisationId: ID, $from: Date!, $to: Date!) {
          result: exportPayments(organisationId: $organisationId, from: $from, to: $to) { ${EXPORT_FIELDS} } }`,
        { organisationId: data.organisationId ?? null, from: data.from, to: data.to },
        (r) => r as Values,
      );
    },
  },
  compensationRules: {
    getList: (params) => ({
      query: RULES_QUERY,
      variables: {},
      parseResponse: ({ result }) => {
        // newest year first
        const records = (result as Values[]).map(decorateRules).sort((a, b) => Number(b.year) - Number(a.year));
        return pageInBrowser(records, params as GetListParams);
      },
    }),
    getOne: (params) => ({
      query: RULES_QUERY,
      variables: {},
      parseResponse: ({ result }) => {
        const record = (result as Values[]).find((rules) => String(rules.year) === String((params as GetOneParams).id));
        if (!record) throw notFound();
        return { data: decorateRules(record) };
      },
    }),
    create: (params) => {
      const data = (params as CreateParams).data as Values;
      return setRules(data.year, data);
    },
    update: (params) => {
      const { id, data } = params as UpdateParams;
      return setRules(id, data as Values);
    },
  },
  compensationRulesMissing: {
    getList: () => ({
      query: `query Missing { result: compensationRulesMissing }`,
      variables: {},
      parseResponse: ({ result }) => {
        const years = (result as number[]).map((year) => ({ id: year, year }));
        return { data: years, total: years.length };
      },
    }),
  },
  /** id: `${keyPersonId}:${year}` */
  allowanceOverviews: {
    getOne: (params) => {
      const id = String((params as GetOneParams).id);
      const [keyPersonId, year] = id.split(":");
      return {
        query: `query Overview($keyPersonId: ID!, $year: Int!) { result: allowanceOverview(keyPersonId: $keyPersonId, year: $year) { ${OVERVIEW_FIELDS} } }`,
        variables: { keyPersonId, year: Number(year) },
        parseResponse: ({ result }) => ({ data: { ...(result as Values), id } }),
      };
    },
  },
  /**
   * A funder's hourly allowance rate: id = the organisation's id, or "NATIONAL_SCHEME".
   * The rate may be null (the legal maximum), and dataProvider/index.ts reads a null
   * `result` as "not found": the rate travels as `rate`, `result` is only the type name.
   */
  allowanceRates: {
    getOne: (params) => {
      const id = String((params as GetOneParams).id);
      return {
        query: `query Rate($organisationId: ID) { result: __typename rate: allowanceRate(organisationId: $organisationId) }`,
        variables: { organisationId: id === NATIONAL_SCHEME ? null : id },
        parseResponse: (data) => ({ data: { id, hourlyRateCents: (data as unknown as { rate: number | null }).rate } }),
      };
    },
    update: (params) => {
      const { id, data } = params as UpdateParams;
      const cents = data.hourlyRateCents === null || data.hourlyRateCents === undefined ? null : Number(data.hourlyRateCents);
      return {
        query: `mutation SetRate($organisationId: ID, $hourlyRateCents: Int) {
          result: __typename rate: setAllowanceRate(organisationId: $organisationId, hourlyRateCents: $hourlyRateCents) }`,
        variables: { organisationId: String(id) === NATIONAL_SCHEME ? null : id, hourlyRateCents: cents },
        parseResponse: (data) => ({ data: { id, hourlyRateCents: (data as unknown as { rate: number | null }).rate } }),
      };
    },
  },
  /** create({ keyPersonId, iban }): the IBAN is written, never read back */
  paymentDetails: {
    create: (params) => {
      const data = (params as CreateParams).data as Values;
      return mutation(
        `mutation Iban($keyPersonId: ID!, $iban: String!) { result: setPaymentDetails(keyPersonId: $keyPersonId, iban: $iban) }`,
        { keyPersonId: data.keyPersonId, iban: data.iban },
        () => ({ id: data.keyPersonId as string }),
      );
    },
  },
};

export const COMPENSATION_RESOURCES = Object.keys(COMPENSATION);

export const isCompensationResource = (resource: string): boolean => Object.hasOwn(COMPENSATION, resource);

export const buildCompensationQuery = (method: Method, resource: string, params: AnyParams): BuiltQuery =>
  buildFrom(COMPENSATION, method, resource, params);
