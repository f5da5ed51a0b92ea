import type { CreateParams, GetListParams, GetManyParams, GetOneParams, UpdateParams } from "react-admin";
import type { AssignmentRecord, MatchRequestRecord } from "../matchRequests/types";
import type { Funding, BackgroundPreference } from "../matchRequests/types";
import type { Gender, GeoPoint } from "../types";
import type { BuiltQuery, Method } from "./buildQuery";
import { graphqlRequest } from "./graphqlClient";

// The matching resources, in the shape buildQuery returns (every root field aliased as
// `result`), plus the actions beside them (propose, answer, complete, relocate), which
// the pages call directly.
//
//   matchRequests    an organisation's own requests; coordinators all (regional: region)
//   unmetRequests    the same, only those without any candidate (coordinators)
//   assignments      a key person's own proposals and assignments
//   matchCandidates  the ranked candidates of one request: filter { requestId }

const LIST_MAX = 100;
export const CANDIDATE_LIMIT = 10;

const NAMED = "code name nameNl";

const ASSIGNMENT_ON_REQUEST_FIELDS = `
  id status hoursPerWeek proposedAt respondBy respondedAt declineReason endedAt proposedBecause
  keyPerson { id displayName homeMunicipality { code name } email phone }`;

const REQUEST_LIST_FIELDS = `
  id caseReference status createdAt startsOn hoursPerWeek
  municipality { code name province }
  languages { ${NAMED} } expertise { ${NAMED} }
  organisation { id name }
  unmetSince unmetExclusions { rule count }`;

const REQUEST_FIELDS = `
  ${REQUEST_LIST_FIELDS}
  remoteAcceptable funding autoEscalate preferredGender backgroundPreference newcomerOrigin
  location { lat lon }
  assignments { ${ASSIGNMENT_ON_REQUEST_FIELDS} }`;

/**
 * What a key person sees of a proposal: the work, the place (municipality) and who asks;
 * never the case reference, the newcomer's location or origin.
 */
const ASSIGNMENT_FIELDS = `
  id status hoursPerWeek proposedAt respondBy respondedAt declineReason endedAt proposedBecause
  request {
    id hoursPerWeek startsOn remoteAcceptable
    municipality { code name province }
    languages { ${NAMED} } expertise { ${NAMED} }
    organisation { id name }
  }`;

const CANDIDATE_FIELDS = `
  score distanceKm reasons explanation { code params }
  keyPerson {
    id displayName gender homeMunicipality { code name }
    languages { language { ${NAMED} } level }
    workload { weeklyCapacityHours committedHours utilisation }
  }`;

type Values = Record<string, unknown>;

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);

const pick = (filter: Values, keys: string[]): Values =>
  Object.fromEntries(keys.filter((key) => !isEmpty(filter[key])).map((key) => [key, filter[key]]));

interface PagedResource {
  list: string;
  one: string;
  filterType: string;
  fields: string;
  listFields: string;
  toFilter: (filter: Values) => Values;
}

const REQUESTS: PagedResource = {
  list: "matchRequests",
  one: "matchRequest",
  filterType: "MatchRequestFilter",
  fields: REQUEST_FIELDS,
  listFields: REQUEST_LIST_FIELDS,
  toFilter: (filter) => pick(filter, ["ids", "q", "status", "unmet"]),
};

const PAGED: Record<string, PagedResource> = {
  matchRequests: REQUESTS,
  unmetRequests: { ...REQUESTS, toFilter: (filter) => ({ ...REQUESTS.toFilter(filter), unmet: true }) },
  assignments: {
    list: "assignments",
    one: "assignment",
    filterType: "AssignmentFilter",
    fields: ASSIGNMENT_FIELDS,
    listFields: ASSIGNMENT_FIELDS,
    toFilter: (filter) => pick(filter, ["ids", "status", "requestId"]),
  },
};

export const MATCHING_RESOURCES = [...Object.keys(PAGED), "matchCandidates"];

// ---- form values -> MatchRequestInput -------------------------------------------------

export interface MatchRequestFormValues {
  caseReference: string;
  newcomerConsent?: boolean;
  location?: GeoPoint | null;
  languageCodes?: string[];
  expertiseCodes?: string[];
  preferredGender?: Gender | "" | null;
  backgroundPreference?: BackgroundPreference | null;
  newcomerOrigin?: string | null;
  hoursPerWeek: number | string;
  startsOn?: string | null;
  remoteAcceptable?: boolean;
  funding: Funding;
  autoEscalate?: boolean;
}

export const toMatchRequestInput = (values: MatchRequestFormValues) => {
  const origin = values.newcomerOrigin?.trim().toUpperCase() || null;
  const background = values.backgroundPreference ?? "NO_PREFERENCE";
  return {
    caseReference: values.caseReference.trim(),
    newcomerConsent: values.newcomerConsent === true,
    location: values.location ? { lat: Number(values.location.lat), lon: Number(values.location.lon) } : null,
    languageCodes: values.languageCodes ?? [],
    expertiseCodes: values.expertiseCodes ?? [],
    preferredGender: values.preferredGender || null,
    backgroundPreference: background,
    // the origin is only kept for a background preference: it is not asked otherwise
    newcomerOrigin: background === "NO_PREFERENCE" ? null : origin,
    hoursPerWeek: Number(values.hoursPerWeek),
    startsOn: values.startsOn || null,
    remoteAcceptable: Boolean(values.remoteAcceptable),
    funding: values.funding,
    autoEscalate: Boolean(values.autoEscalate),
  };
};

// ---- buildQuery for the matching resources --------------------------------------------

type Params = GetListParams | GetOneParams | GetManyParams | CreateParams | UpdateParams;

const listQuery = (ops: PagedResource, fields: string) =>
  `query List($filter: ${ops.filterType}, $page: Int, $perPage: Int) {
    result: ${ops.list}(filter: $filter, page: $page, perPage: $perPage) { items { ${fields} } total } }`;

const parsePage = ({ result }: { result: unknown }) => {
  const page = result as { items: Values[]; total: number };
  return { data: page.items, total: page.total };
};

interface RawCandidate {
  score: number;
  distanceKm: number;
  reasons: string[];
  explanation: { code: string; params: Record<string, unknown> | null }[];
  keyPerson: { id: string };
}

/** The query for a matching resource, or null when the resource is not one of them. */
export function buildMatchingQuery(method: Method, resource: string, params: Params): BuiltQuery | null {
  if (resource === "matchCandidates") {
    if (method !== "getList") throw new Error(`matchCandidates supports getList only, not ${method}`);
    const { filter, pagination } = params as GetListParams;
    return {
      query: `query Candidates($requestId: ID!, $limit: Int!) {
        result: matchCandidates(requestId: $requestId, limit: $limit) { ${CANDIDATE_FIELDS} } }`,
      variables: { requestId: filter?.requestId, limit: Math.min(pagination?.perPage ?? CANDIDATE_LIMIT, LIST_MAX) },
      parseResponse: ({ result }) => {
        const candidates = (result as RawCandidate[]).map((candidate, index) => ({
          ...candidate,
          id: candidate.keyPerson.id,
          rank: index + 1,
        }));
        return { data: candidates, total: candidates.length };
      },
    };
  }

  const ops = PAGED[resource];
  if (!ops) return null;
  switch (method) {
    case "getList": {
      const { pagination, filter } = params as GetListParams;
      return {
        query: listQuery(ops, ops.listFields),
        variables: {
          filter: ops.toFilter(filter ?? {}),
          page: pagination?.page ?? 1,
          perPage: Math.min(pagination?.perPage ?? 25, LIST_MAX),
        },
        parseResponse: parsePage,
      };
    }
    case "getMany": {
      const { ids } = params as GetManyParams;
      return {
        query: listQuery(ops, ops.listFields),
        variables: { filter: { ids }, page: 1, perPage: Math.min(Math.max(ids.length, 1), LIST_MAX) },
        parseResponse: (data) => ({ data: parsePage(data).data }),
      };
    }
    case "getOne": {
      const { id } = params as GetOneParams;
      if (ops.list === "assignments") {
        // no assignment(id) query: the list filtered by id
        return {
          query: listQuery(ops, ops.fields),
          variables: { filter: { ids: [id] }, page: 1, perPage: 1 },
          parseResponse: (data) => {
            const [record] = parsePage(data).data;
            if (!record) throw new Error("ra.notification.item_doesnt_exist");
            return { data: record };
          },
        };
      }
      return {
        query: `query One($id: ID!) { result: ${ops.one}(id: $id) { ${ops.fields} } }`,
        variables: { id },
        parseResponse: ({ result }) => ({ data: result }),
      };
    }
    case "create": {
      if (resource !== "matchRequests") throw new Error(`${resource} cannot be created here`);
      return {
        query: `mutation CreateMatchRequest($input: MatchRequestInput!) {
          result: createMatchRequest(input: $input) { ${REQUEST_FIELDS} } }`,
        variables: { input: toMatchRequestInput((params as CreateParams).data as MatchRequestFormValues) },
        parseResponse: ({ result }) => ({ data: result }),
      };
    }
    case "update":
      throw new Error(`${resource} cannot be edited: use the actions on its page`);
  }
}

// ---- the actions beside the pages -----------------------------------------------------

const mutate = async <T>(document: string, variables: Values): Promise<T> =>
  (await graphqlRequest<{ result: T }>(document, variables)).result;

export const matchingActions = {
  /** Organisation: propose one candidate; CONFLICT when it would over-book. */
  propose: (requestId: string, keyPersonId: string) =>
    mutate<{ id: string; status: string }>(
      `mutation Propose($requestId: ID!, $keyPersonId: ID!) {
        result: proposeAssignment(requestId: $requestId, keyPersonId: $keyPersonId) { id status } }`,
      { requestId, keyPersonId },
    ),

  /** The key person accepts or declines (with an optional reason). */
  respond: (assignmentId: string, accept: boolean, reason: string | null = null) =>
    mutate<AssignmentRecord>(
      `mutation Respond($assignmentId: ID!, $accept: Boolean!, $reason: String) {
        result: respondToAssignment(assignmentId: $assignmentId, accept: $accept, reason: $reason) { ${ASSIGNMENT_FIELDS} } }`,
      { assignmentId, accept, reason: reason?.trim() || null },
    ),

  /** The organisation, the key person or a coordinator ends an active assignment. */
  complete: (assignmentId: string) =>
    mutate<{ id: string; status: string }>(
      `mutation Complete($assignmentId: ID!) { result: completeAssignment(assignmentId: $assignmentId) { id status } }`,
      { assignmentId },
    ),

  /** Organisation: no key person is needed any more; open proposals and active support end. */
  cancel: (requestId: string) =>
    mutate<MatchRequestRecord>(
      `mutation CancelRequest($requestId: ID!) { result: cancelMatchRequest(requestId: $requestId) { ${REQUEST_FIELDS} } }`,
      { requestId },
    ),

  /** Organisation: the newcomer moved; the server keeps the key person in reach or proposes a handover. */
  relocate: (requestId: string, location: GeoPoint) =>
    mutate<MatchRequestRecord>(
      `mutation Relocate($requestId: ID!, $location: GeoPointInput!) {
        result: relocateNewcomer(requestId: $requestId, location: $location) { ${REQUEST_FIELDS} } }`,
      { requestId, location: { lat: location.lat, lon: location.lon } },
    ),
};
