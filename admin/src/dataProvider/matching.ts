import type { CreateParams, GetListParams } from "react-admin";
import { DEFAULT_CANDIDATES } from "../../../server/src/domain/matching";
import { graphql } from "../gql";
import type { BackgroundPreference, Funding, Gender, MatchRequestInput } from "../gql/graphql";
import type { GeoPoint } from "../types";
import { isRequestKind, KIND_FIELDS, parseTopics, slotOf, type AppointmentModeValue, type RequestKindValue, type SlotValues } from "../matchRequests/kinds";
import { graphqlRequest } from "./graphqlClient";
import { isEmpty, MAX_PER_PAGE, oneById, operation, pagedList, pick, QueryError, type ResourceHandlers } from "./queryKit";
import { AssignmentSortField, MatchRequestSortField } from "../../../server/src/domain/sorting";

// The matching resources, plus the actions beside them (propose, answer, complete,
// relocate), which the pages call directly.
//
//   matchRequests    an organisation's own requests; coordinators all (regional: region)
//   unmetRequests    the same, only those without any candidate (coordinators)
//   assignments      a key person's own proposals and assignments
//   matchCandidates  the ranked candidates of one request: filter { requestId }

/** How many candidates a request's page shows: the API's own default. */
export const CANDIDATE_LIMIT = DEFAULT_CANDIDATES;

graphql(`
  fragment MatchRequestListFields on MatchRequest {
    id
    caseReference
    status
    kind
    startsAt
    endsAt
    createdAt
    startsOn
    hoursPerWeek
    municipality {
      code
      name
      province
    }
    languages {
      code
      name
      nameNl
    }
    expertise {
      code
      name
      nameNl
    }
    organisation {
      id
      name
    }
    unmetSince
    unmetExclusions {
      rule
      count
    }
  }
`);

// Fragments are not nested: the server's depth limit (QUERY_LIMITS in server/src/app.ts)
// counts every spread as a level; test/unit/codegen.test.ts checks each document against it.
graphql(`
  fragment MatchRequestFields on MatchRequest {
    id
    caseReference
    status
    kind
    startsAt
    endsAt
    appointment {
      mode
      setting
      role
    }
    consult {
      topic
      hours
    }
    session {
      expectedParticipants
      topics
    }
    requiredDialect
    preferredDialect
    createdAt
    startsOn
    hoursPerWeek
    municipality {
      code
      name
      province
    }
    languages {
      code
      name
      nameNl
    }
    expertise {
      code
      name
      nameNl
    }
    organisation {
      id
      name
    }
    unmetSince
    unmetExclusions {
      rule
      count
    }
    remoteAcceptable
    funding
    autoEscalate
    preferredGender
    backgroundPreference
    newcomerOrigin
    location {
      lat
      lon
    }
    assignments {
      id
      status
      hoursPerWeek
      proposedAt
      respondBy
      respondedAt
      declineReason
      endedAt
      proposedBecause
      rating {
        score
      }
      handovers {
        handedOverOn
        overlapUntil
        fromAssignmentId
        toAssignmentId
      }
      keyPerson {
        id
        displayName
        homeMunicipality {
          code
          name
        }
        email
        phone
      }
    }
  }
`);

/**
 * What a key person sees of a proposal: the work, the place (municipality) and who asks;
 * never the case reference, the newcomer's location or origin.
 */
graphql(`
  fragment AssignmentFields on Assignment {
    id
    status
    hoursPerWeek
    proposedAt
    respondBy
    respondedAt
    declineReason
    endedAt
    proposedBecause
    handovers {
      handedOverOn
      overlapUntil
      fromAssignmentId
      toAssignmentId
    }
    request {
      id
      kind
      startsAt
      endsAt
      appointment {
        mode
        setting
        role
      }
      consult {
        topic
        hours
      }
      session {
        expectedParticipants
        topics
      }
      requiredDialect
      preferredDialect
      hoursPerWeek
      startsOn
      remoteAcceptable
      municipality {
        code
        name
        province
      }
      languages {
        code
        name
        nameNl
      }
      expertise {
        code
        name
        nameNl
      }
      organisation {
        id
        name
      }
    }
  }
`);

graphql(`
  fragment CandidateFields on MatchCandidate {
    score
    distanceKm
    parts {
      distance
      load
      language
      preferences
      continuity
    }
    reasons
    explanation {
      code
      params
    }
    keyPerson {
      id
      displayName
      gender
      homeMunicipality {
        code
        name
      }
      languages {
        language {
          code
          name
          nameNl
        }
        level
      }
      workload {
        weeklyCapacityHours
        committedHours
        utilisation
      }
    }
  }
`);

const MATCH_REQUESTS = graphql(`
  query MatchRequestList($filter: MatchRequestFilter, $page: Int, $perPage: Int, $sort: MatchRequestSort) {
    result: matchRequests(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {
      items {
        ...MatchRequestListFields
      }
      total
    }
  }
`);

const MATCH_REQUEST = graphql(`
  query MatchRequestOne($id: ID!) {
    result: matchRequest(id: $id) {
      ...MatchRequestFields
    }
  }
`);

const CREATE_MATCH_REQUEST = graphql(`
  mutation CreateMatchRequest($input: MatchRequestInput!) {
    result: createMatchRequest(input: $input) {
      ...MatchRequestFields
    }
  }
`);

/** No assignment(id) query: one assignment is the list filtered by its id. */
const ASSIGNMENTS = graphql(`
  query AssignmentList($filter: AssignmentFilter, $page: Int, $perPage: Int, $sort: AssignmentSort) {
    result: assignments(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {
      items {
        ...AssignmentFields
      }
      total
    }
  }
`);

const CANDIDATES = graphql(`
  query MatchCandidates($requestId: ID!, $limit: Int!) {
    result: matchCandidates(requestId: $requestId, limit: $limit) {
      ...CandidateFields
    }
  }
`);

const PROPOSE = graphql(`
  mutation ProposeAssignment($requestId: ID!, $keyPersonId: ID!) {
    result: proposeAssignment(requestId: $requestId, keyPersonId: $keyPersonId) {
      id
      status
    }
  }
`);

const RESPOND = graphql(`
  mutation RespondToAssignment($assignmentId: ID!, $accept: Boolean!, $reason: String) {
    result: respondToAssignment(assignmentId: $assignmentId, accept: $accept, reason: $reason) {
      ...AssignmentFields
    }
  }
`);

const COMPLETE = graphql(`
  mutation CompleteAssignment($assignmentId: ID!) {
    result: completeAssignment(assignmentId: $assignmentId) {
      id
      status
    }
  }
`);

const CANCEL = graphql(`
  mutation CancelMatchRequest($requestId: ID!) {
    result: cancelMatchRequest(requestId: $requestId) {
      ...MatchRequestFields
    }
  }
`);

const RELOCATE = graphql(`
  mutation RelocateNewcomer($requestId: ID!, $location: GeoPointInput!) {
    result: relocateNewcomer(requestId: $requestId, location: $location) {
      ...MatchRequestFields
    }
  }
`);

// ---- form values -> MatchRequestInput -------------------------------------------------

export interface MatchRequestFormValues {
  /** the kind of help asked for (issue 16); left out: weekly case support, today's meaning */
  kind?: RequestKindValue | null;
  caseReference: string;
  newcomerConsent?: boolean;
  location?: GeoPoint | null;
  languageCodes?: string[];
  expertiseCodes?: string[];
  preferredGender?: Gender | "" | null;
  backgroundPreference?: BackgroundPreference | null;
  newcomerOrigin?: string | null;
  hoursPerWeek?: number | string | null;
  startsOn?: string | null;
  remoteAcceptable?: boolean;
  funding: Funding;
  autoEscalate?: boolean;
  requiredDialect?: string | null;
  preferredDialect?: string | null;
  /** the appointment's date and times as the form holds them (Amsterdam wall clock) */
  appointment?: (SlotValues & { mode?: AppointmentModeValue | null; setting?: string | null; role?: string | null }) | null;
  consult?: { topic?: string | null; hours?: number | string | null } | null;
  session?: (SlotValues & { expectedParticipants?: number | string | null; topics?: string[] | string | null }) | null;
}

/** The newcomer's location, which the form requires (validated before this runs). */
const pointOf = (location: GeoPoint | null | undefined): GeoPoint => {
  if (!location) throw new QueryError("ra.validation.required", 400);
  return { lat: Number(location.lat), lon: Number(location.lon) };
};

/** The slot of a dated kind, which the form requires (validated before this runs). */
const requiredSlot = (values: SlotValues | null | undefined) => {
  const slot = slotOf(values);
  if (!slot) throw new QueryError("ra.validation.required", 400);
  return slot;
};

const blankToNull = (value: string | null | undefined): string | null => value?.trim() || null;

/**
 * The form's values as the API's input: only what the chosen kind asks for (the form
 * keeps the values of a kind chosen before; they are left out here).
 */
export const toMatchRequestInput = (values: MatchRequestFormValues): MatchRequestInput => {
  const kind: RequestKindValue = isRequestKind(values.kind) ? values.kind : "CASE_SUPPORT";
  const fields = KIND_FIELDS[kind];
  const origin = values.newcomerOrigin?.trim().toUpperCase() || null;
  const background = fields.preferences ? (values.backgroundPreference ?? "NO_PREFERENCE") : "NO_PREFERENCE";
  const input: MatchRequestInput = {
    kind,
    caseReference: values.caseReference.trim(),
    newcomerConsent: fields.consent ? values.newcomerConsent === true : false,
    languageCodes: values.languageCodes ?? [],
    expertiseCodes: values.expertiseCodes ?? [],
    preferredGender: fields.preferences ? values.preferredGender || null : null,
    backgroundPreference: background,
    // the origin is only kept for a background preference: it is not asked otherwise
    newcomerOrigin: background === "NO_PREFERENCE" ? null : origin,
    funding: values.funding,
    autoEscalate: Boolean(values.autoEscalate),
    requiredDialect: blankToNull(values.requiredDialect),
    preferredDialect: blankToNull(values.preferredDialect),
  };
  if (fields.location) input.location = pointOf(values.location);
  if (fields.weekly) {
    input.hoursPerWeek = Number(values.hoursPerWeek);
    input.startsOn = values.startsOn || null;
    input.remoteAcceptable = Boolean(values.remoteAcceptable);
  }
  if (kind === "APPOINTMENT") {
    const appointment = values.appointment ?? {};
    input.appointment = {
      ...requiredSlot(appointment),
      mode: appointment.mode ?? "ON_SITE",
      setting: blankToNull(appointment.setting),
      role: blankToNull(appointment.role),
    };
  }
  if (kind === "CONSULT") input.consult = { topic: (values.consult?.topic ?? "").trim(), hours: Number(values.consult?.hours) };
  if (kind === "INFORMATION_SESSION") {
    const session = values.session ?? {};
    input.session = { ...requiredSlot(session), expectedParticipants: Number(session.expectedParticipants), topics: parseTopics(session.topics) };
  }
  return input;
};

// ---- the resources ---------------------------------------------------------------------

/** The requests list's filters; the console picks one organisation, municipality and language, the API takes lists. */
export const requestFilter = (filter: Record<string, unknown>) => ({
  ...pick(filter, ["ids", "q", "status", "unmet", "createdFrom", "createdTo"]),
  ...(isEmpty(filter.organisationId) ? {} : { organisationIds: [String(filter.organisationId)] }),
  ...(isEmpty(filter.municipalityCode) ? {} : { municipalityCodes: [String(filter.municipalityCode)] }),
  ...(isEmpty(filter.languageCodes) ? {} : { languageCodes: filter.languageCodes as string[] }),
});

/** react-admin's columns of the requests lists → the API's sort fields. */
const REQUEST_SORTS = {
  caseReference: MatchRequestSortField.CASE_REFERENCE,
  kind: MatchRequestSortField.KIND,
  "organisation.name": MatchRequestSortField.ORGANISATION,
  "municipality.name": MatchRequestSortField.MUNICIPALITY,
  status: MatchRequestSortField.STATUS,
  createdAt: MatchRequestSortField.CREATED_AT,
  unmetSince: MatchRequestSortField.UNMET_SINCE,
};

const matchRequests: ResourceHandlers = {
  ...pagedList({ document: MATCH_REQUESTS, toFilter: requestFilter, sorts: REQUEST_SORTS }),
  getOne: oneById(MATCH_REQUEST),
  create: (params) =>
    operation(CREATE_MATCH_REQUEST, { input: toMatchRequestInput((params as CreateParams).data as MatchRequestFormValues) }, ({ result }) => ({
      data: result,
    })),
};

export const MATCHING: Record<string, ResourceHandlers> = {
  matchRequests,
  unmetRequests: {
    ...pagedList({ document: MATCH_REQUESTS, toFilter: (filter) => ({ ...requestFilter(filter), unmet: true }), sorts: REQUEST_SORTS }),
    getOne: matchRequests.getOne,
  },
  assignments: pagedList({
    document: ASSIGNMENTS,
    toFilter: (filter) => pick(filter, ["ids", "status", "requestId"]),
    sorts: {
      proposedAt: AssignmentSortField.PROPOSED_AT,
      status: AssignmentSortField.STATUS,
      "request.caseReference": AssignmentSortField.CASE_REFERENCE,
      "keyPerson.displayName": AssignmentSortField.KEY_PERSON,
      hoursPerWeek: AssignmentSortField.HOURS_PER_WEEK,
    },
  }),
  matchCandidates: {
    getList: (params) => {
      const { filter, pagination } = params as GetListParams;
      return operation(
        CANDIDATES,
        { requestId: String(filter?.requestId ?? ""), limit: Math.min(pagination?.perPage ?? CANDIDATE_LIMIT, MAX_PER_PAGE) },
        ({ result }) => {
          const candidates = result.map((candidate, index) => ({ ...candidate, id: candidate.keyPerson.id, rank: index + 1 }));
          return { data: candidates, total: candidates.length };
        },
      );
    },
  },
};

// ---- the actions beside the pages -----------------------------------------------------

export const matchingActions = {
  /** Organisation: propose one candidate; CONFLICT when it would over-book. */
  propose: async (requestId: string, keyPersonId: string) => (await graphqlRequest(PROPOSE, { requestId, keyPersonId })).result,

  /** The key person accepts or declines (with an optional reason). */
  respond: async (assignmentId: string, accept: boolean, reason: string | null = null) =>
    (await graphqlRequest(RESPOND, { assignmentId, accept, reason: reason?.trim() || null })).result,

  /** The organisation, the key person or a coordinator ends an active assignment. */
  complete: async (assignmentId: string) => (await graphqlRequest(COMPLETE, { assignmentId })).result,

  /** Organisation: no key person is needed any more; open proposals and active support end. */
  cancel: async (requestId: string) => (await graphqlRequest(CANCEL, { requestId })).result,

  /** Organisation: the newcomer moved; the server keeps the key person in reach or proposes a handover. */
  relocate: async (requestId: string, location: GeoPoint) =>
    (await graphqlRequest(RELOCATE, { requestId, location: { lat: location.lat, lon: location.lon } })).result,
};
