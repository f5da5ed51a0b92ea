// A tiny GraphQL client for the public map: anonymous, fetch only, no console code. The
// documents are typed from schema/schema.graphql by `npm run codegen` (./gql).
import { graphql as gql } from "./gql";
import type {
  LanguageLevel,
  PublicCareServiceFieldsFragment,
  PublicKeyPersonFieldsFragment,
  PublicOrganisationFieldsFragment,
  PublicReferenceQuery,
  PublicSearchQuery,
} from "./gql/graphql";
import type { PublicMessageFormQuery, SendPublicMessageMutationVariables, TypedDocumentString } from "./gql/graphql";

export type { LanguageLevel };
export type Named = PublicReferenceQuery["languages"][number];
export type PublicKeyPerson = PublicKeyPersonFieldsFragment;
export type PublicOrganisation = PublicOrganisationFieldsFragment;
export type PublicCareService = PublicCareServiceFieldsFragment;
export type MunicipalityCount = PublicSearchQuery["publicMunicipalityCounts"][number];
export type Reference = PublicReferenceQuery;

export interface Page<T> {
  items: T[];
  total: number;
}

export interface SearchInput {
  languageCodes: string[] | null;
  expertiseCodes: string[] | null;
  near: { lat: number; lon: number } | null;
  withinKm: number | null;
}

/** An error the page can show: the server's message, and its code (RATE_LIMITED, NETWORK, …). */
export class ApiError extends Error {
  /** The refusal's reason and params, as the console's errors carry them (common/wordReason.ts). */
  readonly body: { reason?: string; params?: Record<string, unknown> };
  constructor(
    message: string,
    readonly code: string,
    readonly retryAfterSeconds?: number,
    reason?: string,
    params?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "ApiError";
    this.body = { reason, params };
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string; params?: Record<string, unknown>; retryAfterSeconds?: number } }[];
}

export async function graphql<T, V>(query: TypedDocumentString<T, V>, variables: V, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query: query.toString(), variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(error instanceof Error ? error.message : String(error), "NETWORK");
  }
  let body: GraphQLResponse<T> | null = null;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    body = null;
  }
  const first = body?.errors?.[0];
  if (first) {
    const retryAfter = first.extensions?.retryAfterSeconds ?? (Number(response.headers.get("retry-after")) || undefined);
    const { code, reason, params } = first.extensions ?? {};
    throw new ApiError(first.message, code ?? (response.status === 429 ? "RATE_LIMITED" : "ERROR"), retryAfter, reason, params);
  }
  if (!response.ok || !body?.data) {
    throw new ApiError(`HTTP ${response.status}`, response.status === 429 ? "RATE_LIMITED" : "HTTP");
  }
  return body.data;
}

gql(`
  fragment PublicKeyPersonFields on PublicKeyPerson {
    id
    displayName
    municipality { code name province }
    languages { language { code name nameNl } level dialect }
    expertise { code name nameNl }
    email
    phone
    remoteAvailable
    reach { code name }
    contactable
  }
`);

gql(`
  fragment PublicOrganisationFields on PublicOrganisation {
    id name kind municipality { code name } website offers
  }
`);

gql(`
  fragment PublicCareServiceFields on PublicCareService {
    id name description organisationName url email
    phones { number description }
    languages { code name nameNl }
    interpretersAvailable
    topics { code name nameNl }
    municipalities { code name }
    nationwide anonymousLine applicationProcess feesDescription
  }
`);

const REFERENCE = gql(`
  query PublicReference {
    languages { code name nameNl }
    expertiseAreas { code name nameNl }
    publicLanguageCounts { language { code } keyPersons }
  }
`);

const SEARCH = gql(`
  query PublicSearch(
    $languageCodes: [String!]
    $expertiseCodes: [String!]
    $near: GeoPointInput
    $withinKm: Float
    $perPage: Int
    $organisationsPerPage: Int
    $servicesPerPage: Int
  ) {
    publicKeyPersons(languageCodes: $languageCodes, expertiseCodes: $expertiseCodes, near: $near, withinKm: $withinKm, page: 1, perPage: $perPage) {
      items { ...PublicKeyPersonFields }
      total
    }
    publicMunicipalityCounts(languageCodes: $languageCodes, expertiseCodes: $expertiseCodes) {
      municipality { code name }
      keyPersons
      organisations
    }
    publicOrganisations(near: $near, withinKm: $withinKm, page: 1, perPage: $organisationsPerPage) {
      items { ...PublicOrganisationFields }
      total
    }
    publicServices(languageCodes: $languageCodes, expertiseCodes: $expertiseCodes, near: $near, withinKm: $withinKm, page: 1, perPage: $servicesPerPage) {
      items { ...PublicCareServiceFields }
      total
    }
  }
`);

const MORE_PEOPLE = gql(`
  query PublicKeyPersons($languageCodes: [String!], $expertiseCodes: [String!], $near: GeoPointInput, $withinKm: Float, $page: Int, $perPage: Int) {
    publicKeyPersons(languageCodes: $languageCodes, expertiseCodes: $expertiseCodes, near: $near, withinKm: $withinKm, page: $page, perPage: $perPage) {
      items { ...PublicKeyPersonFields }
      total
    }
  }
`);

const MORE_ORGANISATIONS = gql(`
  query PublicOrganisations($near: GeoPointInput, $withinKm: Float, $page: Int, $perPage: Int) {
    publicOrganisations(near: $near, withinKm: $withinKm, page: $page, perPage: $perPage) {
      items { ...PublicOrganisationFields }
      total
    }
  }
`);

const MORE_SERVICES = gql(`
  query PublicServices($languageCodes: [String!], $expertiseCodes: [String!], $near: GeoPointInput, $withinKm: Float, $page: Int, $perPage: Int) {
    publicServices(languageCodes: $languageCodes, expertiseCodes: $expertiseCodes, near: $near, withinKm: $withinKm, page: $page, perPage: $perPage) {
      items { ...PublicCareServiceFields }
      total
    }
  }
`);

export const PEOPLE_PER_PAGE = 20;
export const SERVICES_PER_PAGE = 10;
export const ORGANISATIONS_PER_PAGE = 10;

export function loadReference(signal?: AbortSignal): Promise<Reference> {
  return graphql(REFERENCE, {}, signal);
}

export type SearchResult = PublicSearchQuery;

/** One request for everything a change of filters shows: the first page, the map's counts, the organisations. */
export function search(input: SearchInput, signal?: AbortSignal): Promise<SearchResult> {
  return graphql(SEARCH, { ...input, perPage: PEOPLE_PER_PAGE, organisationsPerPage: ORGANISATIONS_PER_PAGE, servicesPerPage: SERVICES_PER_PAGE }, signal);
}

export async function morePeople(input: SearchInput, page: number): Promise<Page<PublicKeyPerson>> {
  const data = await graphql(MORE_PEOPLE, { ...input, page, perPage: PEOPLE_PER_PAGE });
  return data.publicKeyPersons;
}

export async function moreOrganisations(input: SearchInput, page: number): Promise<Page<PublicOrganisation>> {
  const data = await graphql(MORE_ORGANISATIONS, { near: input.near, withinKm: input.withinKm, page, perPage: ORGANISATIONS_PER_PAGE });
  return data.publicOrganisations;
}

// ---- messages through the map (issue 19) ----------------------------------------------------------

const MESSAGE_FORM = gql(`
  query PublicMessageForm {
    publicMessageForm { token minSeconds maxLength }
  }
`);

const SEND_MESSAGE = gql(`
  mutation SendPublicMessage($input: PublicMessageInput!) {
    sendPublicMessage(input: $input)
  }
`);

export type MessageForm = PublicMessageFormQuery["publicMessageForm"];
export type MessageInput = SendPublicMessageMutationVariables["input"];

export async function openMessageForm(): Promise<MessageForm> {
  return (await graphql(MESSAGE_FORM, {})).publicMessageForm;
}

export async function sendMessage(input: MessageInput): Promise<boolean> {
  return (await graphql(SEND_MESSAGE, { input })).sendPublicMessage;
}

export async function moreServices(input: SearchInput, page: number): Promise<Page<PublicCareService>> {
  const data = await graphql(MORE_SERVICES, { ...input, page, perPage: SERVICES_PER_PAGE });
  return data.publicServices;
}
