import type { CreateParams, GetListParams, GetOneParams, UpdateParams } from "react-admin";
import { DECLARE_AFTER_END_DAYS } from "../../../server/src/domain/allowance";
import { centsToEuros, eurosToCents } from "../compensation/money";
import { graphql } from "../gql";
import type { Activity, CompensationRulesFieldsFragment, ExpenseKind, OwnActivity } from "../gql/graphql";
import {
  MAX_PER_PAGE,
  mutation,
  notFound,
  operation,
  pageInBrowser,
  pagedList,
  pick,
  QueryError,
  type AnyParams,
  type ResourceHandlers,
  type Values,
} from "./queryKit";
import { ExpenseClaimSortField, HourEntrySortField } from "../../../server/src/domain/sorting";

// Hours, expense claims, allowances, the year's figures and payment exports.

graphql(`
  fragment HourEntryFields on HourEntry {
    id
    date
    hours
    activity
    ownActivity
    note
    status
    reviewReason
    allowanceCents
    createdAt
    reviewedAt
    exportedAt
    keyPerson {
      id
      displayName
    }
    assignment {
      id
      request {
        id
        caseReference
        municipality {
          code
          name
        }
        organisation {
          id
          name
        }
      }
    }
  }
`);

graphql(`
  fragment ExpenseClaimFields on ExpenseClaim {
    id
    date
    kind
    km
    amountCents
    description
    status
    reviewReason
    createdAt
    reviewedAt
    exportedAt
    keyPerson {
      id
      displayName
    }
    assignment {
      id
      request {
        id
        caseReference
        municipality {
          code
          name
        }
        organisation {
          id
          name
        }
      }
    }
  }
`);

/**
 * The key person's own assignments: who asks and where. The newcomer's location is read
 * only to propose the km of a travel claim; it is never shown.
 */
graphql(`
  fragment DeclarableAssignmentFields on Assignment {
    id
    status
    hoursPerWeek
    proposedAt
    endedAt
    request {
      id
      funding
      location {
        lat
        lon
      }
      municipality {
        code
        name
      }
      organisation {
        id
        name
      }
    }
  }
`);

graphql(`
  fragment CompensationRulesFields on CompensationRules {
    year
    hourlyRateCents
    hourlyRateUnder21Cents
    monthCapCents
    yearCapCents
    kmRateCents
    provisional
    updatedAt
  }
`);

graphql(`
  fragment PaymentExportFields on PaymentExport {
    id
    funder
    periodFrom
    periodTo
    lineCount
    totalCents
    createdAt
    csv
  }
`);

const HOUR_ENTRIES = graphql(`
  query HourEntryList($filter: ReviewFilter, $page: Int, $perPage: Int, $sort: HourEntrySort) {
    result: hourEntries(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {
      items {
        ...HourEntryFields
      }
      total
    }
  }
`);

const DECLARE_HOURS = graphql(`
  mutation DeclareHours($input: HourEntryInput!) {
    result: declareHours(input: $input) {
      ...HourEntryFields
    }
  }
`);

const DECLARE_OWN_ACTIVITY = graphql(`
  mutation DeclareOwnActivity($input: OwnActivityInput!) {
    result: declareOwnActivity(input: $input) {
      ...HourEntryFields
    }
  }
`);

const REVIEW_HOURS = graphql(`
  mutation ReviewHours($id: ID!, $approve: Boolean!, $reason: String) {
    result: reviewHours(id: $id, approve: $approve, reason: $reason) {
      ...HourEntryFields
    }
  }
`);

const EXPENSE_CLAIMS = graphql(`
  query ExpenseClaimList($filter: ReviewFilter, $page: Int, $perPage: Int, $sort: ExpenseClaimSort) {
    result: expenseClaims(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {
      items {
        ...ExpenseClaimFields
      }
      total
    }
  }
`);

const SUBMIT_CLAIM = graphql(`
  mutation SubmitExpenseClaim($input: ExpenseClaimInput!) {
    result: submitExpenseClaim(input: $input) {
      ...ExpenseClaimFields
    }
  }
`);

const REVIEW_CLAIM = graphql(`
  mutation ReviewExpenseClaim($id: ID!, $approve: Boolean!, $reason: String) {
    result: reviewExpenseClaim(id: $id, approve: $approve, reason: $reason) {
      ...ExpenseClaimFields
    }
  }
`);

const DECLARABLE = graphql(`
  query DeclarableAssignments($perPage: Int) {
    result: assignments(filter: { status: ACTIVE }, perPage: $perPage) {
      items {
        ...DeclarableAssignmentFields
      }
    }
    completed: assignments(filter: { status: COMPLETED }, perPage: $perPage) {
      items {
        ...DeclarableAssignmentFields
      }
    }
  }
`);

const PAYMENT_EXPORTS = graphql(`
  query PaymentExportList($page: Int, $perPage: Int) {
    result: paymentExports(page: $page, perPage: $perPage) {
      items {
        ...PaymentExportFields
      }
      total
    }
  }
`);

const RULES = graphql(`
  query CompensationRules {
    result: compensationRules {
      ...CompensationRulesFields
    }
  }
`);

const SET_RULES = graphql(`
  mutation SetCompensationRules($year: Int!, $input: CompensationRulesInput!) {
    result: setCompensationRules(year: $year, input: $input) {
      ...CompensationRulesFields
    }
  }
`);

const RULES_MISSING = graphql(`
  query CompensationRulesMissing {
    result: compensationRulesMissing
  }
`);

const OVERVIEW = graphql(`
  query AllowanceOverview($keyPersonId: ID!, $year: Int!) {
    result: allowanceOverview(keyPersonId: $keyPersonId, year: $year) {
      year
      legalHourlyRateCents
      allowanceCents
      roomCents
      figures {
        ...CompensationRulesFields
      }
      months {
        month
        hoursDeclared
        hoursApproved
        allowanceCents
        roomCents
      }
    }
  }
`);

/**
 * The rate may be null (the legal maximum), and dataProvider/index.ts reads a null
 * `result` as "not found": the rate travels as `rate`, `result` is only the type name.
 */
const RATE = graphql(`
  query AllowanceRate($organisationId: ID) {
    result: __typename
    rate: allowanceRate(organisationId: $organisationId)
  }
`);

const SET_RATE = graphql(`
  mutation SetAllowanceRate($organisationId: ID, $hourlyRateCents: Int) {
    result: __typename
    rate: setAllowanceRate(organisationId: $organisationId, hourlyRateCents: $hourlyRateCents)
  }
`);

const SET_PAYMENT_DETAILS = graphql(`
  mutation SetPaymentDetails($keyPersonId: ID!, $iban: String!) {
    result: setPaymentDetails(keyPersonId: $keyPersonId, iban: $iban)
  }
`);

/** The id of the national scheme's allowance rate (the coordinator funds it). */
export const NATIONAL_SCHEME = "NATIONAL_SCHEME";

const DAY_MS = 86_400_000;

const reviewFilter = (filter: Values) => pick(filter, ["ids", "status", "toReview", "keyPersonId", "assignmentId"]);

/** The figures with their amounts also in euros, for the form. */
const decorateRules = (record: CompensationRulesFieldsFragment) => ({
  ...record,
  id: record.year,
  hourlyRate: centsToEuros(record.hourlyRateCents),
  hourlyRateUnder21: centsToEuros(record.hourlyRateUnder21Cents),
  monthCap: centsToEuros(record.monthCapCents),
  yearCap: centsToEuros(record.yearCapCents),
  kmRate: centsToEuros(record.kmRateCents),
});

/** An amount the form requires (its inputs are validated before this runs). */
const requiredCents = (euros: unknown): number => {
  const cents = eurosToCents(euros as number | string | null | undefined);
  if (cents === null) throw new QueryError("ra.validation.required", 400);
  return cents;
};

export const toRulesInput = (data: Values) => ({
  hourlyRateCents: requiredCents(data.hourlyRate),
  hourlyRateUnder21Cents: requiredCents(data.hourlyRateUnder21),
  monthCapCents: requiredCents(data.monthCap),
  yearCapCents: requiredCents(data.yearCap),
  kmRateCents: requiredCents(data.kmRate),
});

const setRules = (year: unknown, data: Values) => mutation(SET_RULES, { year: Number(year), input: toRulesInput(data) }, decorateRules);

/** update(…, { data: { approve, reason } }) reviews one item. */
const reviewVariables = (params: AnyParams) => {
  const { id, data } = params as UpdateParams;
  return { id: String(id), approve: Boolean(data.approve), reason: (data.reason as string | undefined)?.trim() || null };
};

/** Assignments (active, or completed within the grace period) of the key person who asks. */
const declarableAssignments: ResourceHandlers = {
  getList: () =>
    operation(DECLARABLE, { perPage: MAX_PER_PAGE }, ({ result, completed }) => {
      const since = Date.now() - DECLARE_AFTER_END_DAYS * DAY_MS;
      const recent = completed.items.filter((a) => a.endedAt && new Date(a.endedAt).getTime() >= since);
      const all = [...result.items, ...recent];
      return { data: all, total: all.length };
    }),
};

export const COMPENSATION: Record<string, ResourceHandlers> = {
  hourEntries: {
    ...pagedList({
      document: HOUR_ENTRIES,
      toFilter: reviewFilter,
      sorts: { date: HourEntrySortField.DATE, activity: HourEntrySortField.ACTIVITY, hours: HourEntrySortField.HOURS, status: HourEntrySortField.STATUS },
    }),
    create: (params) => {
      const data = (params as CreateParams).data as Values;
      // An own activity (issue 16): no assignment, the national scheme reviews it.
      if (data.ownActivity) {
        const note = typeof data.note === "string" ? data.note.trim() : "";
        return mutation(DECLARE_OWN_ACTIVITY, {
          input: { activity: data.ownActivity as OwnActivity, date: String(data.date), hours: Number(data.hours), note: note || null },
        });
      }
      return mutation(DECLARE_HOURS, {
        input: {
          assignmentId: String(data.assignmentId),
          date: String(data.date),
          hours: Number(data.hours),
          activity: data.activity as Activity,
        },
      });
    },
    update: (params) => mutation(REVIEW_HOURS, reviewVariables(params)),
  },
  expenseClaims: {
    ...pagedList({
      document: EXPENSE_CLAIMS,
      toFilter: reviewFilter,
      sorts: {
        date: ExpenseClaimSortField.DATE,
        kind: ExpenseClaimSortField.KIND,
        amountCents: ExpenseClaimSortField.AMOUNT,
        status: ExpenseClaimSortField.STATUS,
      },
    }),
    create: (params) => {
      const data = (params as CreateParams).data as Values;
      const isKm = data.kind === "OWN_TRANSPORT_KM";
      return mutation(SUBMIT_CLAIM, {
        input: {
          idempotencyKey: String(data.idempotencyKey),
          kind: data.kind as ExpenseKind,
          assignmentId: (data.assignmentId as string | undefined) || null,
          date: String(data.date),
          description: String(data.description ?? "").trim(),
          km: isKm ? Number(data.km) : null,
          amountCents: isKm ? null : eurosToCents(data.amount as string | number),
        },
      });
    },
    update: (params) => mutation(REVIEW_CLAIM, reviewVariables(params)),
  },
  declarableAssignments,
  paymentExports: {
    ...pagedList({ document: PAYMENT_EXPORTS, toFilter: null }),
    // paymentExports takes no filter: find the one asked for among the latest
    getOne: (params) =>
      operation(PAYMENT_EXPORTS, { page: 1, perPage: MAX_PER_PAGE }, ({ result }) => {
        const record = result.items.find((item) => String(item.id) === String((params as GetOneParams).id));
        if (!record) throw notFound();
        return { data: record };
      }),
  },
  compensationRules: {
    getList: (params) =>
      operation(RULES, {}, ({ result }) => {
        // newest year first
        const records = result.map(decorateRules).sort((a, b) => b.year - a.year);
        return pageInBrowser(records, params as GetListParams);
      }),
    getOne: (params) =>
      operation(RULES, {}, ({ result }) => {
        const record = result.find((rules) => String(rules.year) === String((params as GetOneParams).id));
        if (!record) throw notFound();
        return { data: decorateRules(record) };
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
    getList: () =>
      operation(RULES_MISSING, {}, ({ result }) => {
        const years = result.map((year) => ({ id: year, year }));
        return { data: years, total: years.length };
      }),
  },
  /** id: `${keyPersonId}:${year}` */
  allowanceOverviews: {
    getOne: (params) => {
      const id = String((params as GetOneParams).id);
      const [keyPersonId, year] = id.split(":");
      return operation(OVERVIEW, { keyPersonId, year: Number(year) }, ({ result }) => ({ data: { ...result, id } }));
    },
  },
  /** A funder's hourly allowance rate: id = the organisation's id, or "NATIONAL_SCHEME". */
  allowanceRates: {
    getOne: (params) => {
      const id = String((params as GetOneParams).id);
      return operation(RATE, { organisationId: id === NATIONAL_SCHEME ? null : id }, ({ rate }) => ({
        data: { id, hourlyRateCents: rate ?? null },
      }));
    },
    update: (params) => {
      const { id, data } = params as UpdateParams;
      const cents = data.hourlyRateCents === null || data.hourlyRateCents === undefined ? null : Number(data.hourlyRateCents);
      return operation(SET_RATE, { organisationId: String(id) === NATIONAL_SCHEME ? null : String(id), hourlyRateCents: cents }, ({ rate }) => ({
        data: { id, hourlyRateCents: rate ?? null },
      }));
    },
  },
  /** create({ keyPersonId, iban }): the IBAN is written, never read back */
  paymentDetails: {
    create: (params) => {
      const data = (params as CreateParams).data as Values;
      return mutation(SET_PAYMENT_DETAILS, { keyPersonId: String(data.keyPersonId), iban: String(data.iban) }, () => ({
        id: data.keyPersonId as string,
      }));
    },
  },
};
