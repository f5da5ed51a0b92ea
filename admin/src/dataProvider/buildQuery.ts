import type {
  CreateParams,
  GetListParams,
  GetManyParams,
  GetOneParams,
  RaRecord,
  UpdateParams,
} from "react-admin";
import {
  toCreateUserInput,
  toKeyPersonInput,
  toOrganisationInput,
  type KeyPersonFormValues,
  type OrganisationFormValues,
  type UserFormValues,
} from "./inputs";
import { buildMatchingQuery } from "./matching";
import { buildCompensationQuery, isCompensationResource } from "./compensation";
import { buildOversightQuery, isOversightResource } from "./oversight";
import { buildNotificationQuery, isNotificationResource } from "./notifications";
import { buildAuditQuery, isAuditResource } from "./audit";

// Maps react-admin's calls to the operations of our schema, in the shape ra-data-graphql's
// buildQuery returns ({ query, variables, parseResponse }). Every operation aliases its
// root field as `result`, so one parser fits all of them.

export const MAX_PER_PAGE = 100;

const KEY_PERSON_LIST_FIELDS = `
  id displayName status stale weeklyCapacityHours
  homeMunicipality { code name }
  languages { language { code name nameNl } level }
  expertise { code name nameNl }
  workload { weeklyCapacityHours committedHours utilisation }`;

export const KEY_PERSON_FIELDS = `
  id displayName email phone gender birthYear origins
  languages { language { code name nameNl } level dialect }
  expertise { code name nameNl }
  homeMunicipality { code name province }
  homeLocation { lat lon }
  maxTravelKm remoteAvailable weeklyCapacityHours status compensationType
  workload { weeklyCapacityHours committedHours utilisation }
  supervisionStatus wellbeingStatus profileConfirmedAt stale
  publicConsent { listed showName showMunicipality showLanguages showExpertise showEmail showPhone }
  account { id email role deactivatedAt lastLoginAt }
  createdAt updatedAt`;

const ORGANISATION_FIELDS = `id name kind municipality { code name } createdAt`;

const USER_FIELDS = `
  id email role locale createdAt lastLoginAt deactivatedAt
  keyPerson { id displayName } organisation { id name } municipalities { code name }`;

type Values = Record<string, unknown>;
type Decorate = (record: Values) => Values;

interface Mutation {
  document: string;
  variables: (data: Values, id?: RaRecord["id"]) => Values;
}

interface ResourceOperations {
  one: string;
  list: string;
  filterType: string;
  fields: string;
  listFields: string;
  toFilter: (filter: Values) => Values;
  /** adds the form-friendly fields the inputs bind to */
  decorate: Decorate;
  create?: Mutation;
  update?: Mutation;
}

const pick = (filter: Values, keys: string[]): Values =>
  Object.fromEntries(keys.filter((key) => !isEmpty(filter[key])).map((key) => [key, filter[key]]));

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);

const codesOf = (items: unknown): string[] =>
  Array.isArray(items) ? items.map((item: { code: string }) => item.code) : [];

export const decorateKeyPerson: Decorate = (record) => ({ ...record, expertiseCodes: codesOf(record.expertise) });

const OPERATIONS: Record<string, ResourceOperations> = {
  keyPersons: {
    one: "keyPerson",
    list: "keyPersons",
    filterType: "KeyPersonFilter",
    fields: KEY_PERSON_FIELDS,
    listFields: KEY_PERSON_LIST_FIELDS,
    toFilter: (filter) => ({
      ...pick(filter, ["ids", "q", "languageCodes", "expertiseCodes", "municipalityCodes", "status", "supervisionStatus", "wellbeingStatus", "stale"]),
      // the list filter picks one municipality; the API takes a list
      ...(isEmpty(filter.municipalityCode) ? {} : { municipalityCodes: [filter.municipalityCode] }),
    }),
    decorate: decorateKeyPerson,
    create: {
      document: `mutation CreateKeyPerson($input: KeyPersonInput!, $password: String) {
        result: createKeyPerson(input: $input, password: $password) { ${KEY_PERSON_FIELDS} } }`,
      variables: (data) => ({
        input: toKeyPersonInput(data as unknown as KeyPersonFormValues),
        password: (data.password as string | undefined) || null,
      }),
    },
    update: {
      document: `mutation UpdateKeyPerson($id: ID!, $input: KeyPersonInput!) {
        result: updateKeyPerson(id: $id, input: $input) { ${KEY_PERSON_FIELDS} } }`,
      variables: (data, id) => ({ id, input: toKeyPersonInput(data as unknown as KeyPersonFormValues) }),
    },
  },
  organisations: {
    one: "organisation",
    list: "organisations",
    filterType: "OrganisationFilter",
    fields: ORGANISATION_FIELDS,
    listFields: ORGANISATION_FIELDS,
    toFilter: (filter) => pick(filter, ["ids", "q", "kind"]),
    decorate: (record) => ({
      ...record,
      municipalityCode: (record.municipality as { code: string } | null)?.code ?? null,
    }),
    create: {
      document: `mutation CreateOrganisation($input: OrganisationInput!) {
        result: createOrganisation(input: $input) { ${ORGANISATION_FIELDS} } }`,
      variables: (data) => ({ input: toOrganisationInput(data as unknown as OrganisationFormValues) }),
    },
    update: {
      document: `mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {
        result: updateOrganisation(id: $id, input: $input) { ${ORGANISATION_FIELDS} } }`,
      variables: (data, id) => ({ id, input: toOrganisationInput(data as unknown as OrganisationFormValues) }),
    },
  },
  users: {
    one: "user",
    list: "users",
    filterType: "UserFilter",
    fields: USER_FIELDS,
    listFields: USER_FIELDS,
    toFilter: (filter) => pick(filter, ["ids", "q", "role"]),
    decorate: (record) => record,
    create: {
      document: `mutation CreateUser($input: CreateUserInput!) {
        result: createUser(input: $input) { ${USER_FIELDS} } }`,
      variables: (data) => ({ input: toCreateUserInput(data as unknown as UserFormValues) }),
    },
  },
};

export type Method = "getList" | "getOne" | "getMany" | "create" | "update";

export interface BuiltQuery {
  query: string;
  variables: Values;
  parseResponse: (data: { result: unknown }) => { data: unknown; total?: number };
}

interface Page {
  items: Values[];
  total: number;
}

export class UnsupportedOperation extends Error {}

const operationsFor = (resource: string): ResourceOperations => {
  const operations = OPERATIONS[resource];
  if (!operations) throw new UnsupportedOperation(`No GraphQL operations for resource "${resource}"`);
  return operations;
};

const listQuery = (ops: ResourceOperations, fields: string) =>
  `query List($filter: ${ops.filterType}, $page: Int, $perPage: Int) {
    result: ${ops.list}(filter: $filter, page: $page, perPage: $perPage) { items { ${fields} } total } }`;

const parsePage = (ops: ResourceOperations) => ({ result }: { result: unknown }) => {
  const page = result as Page;
  return { data: page.items.map(ops.decorate), total: page.total };
};

const parseOne = (ops: ResourceOperations) => ({ result }: { result: unknown }) => ({
  data: ops.decorate(result as Values),
});

type Params = GetListParams | GetOneParams | GetManyParams | CreateParams | UpdateParams;

export function buildQuery(method: Method, resource: string, params: Params): BuiltQuery {
  const matching = buildMatchingQuery(method, resource, params);
  if (matching) return matching;
  if (isCompensationResource(resource)) return buildCompensationQuery(method, resource, params);
  if (isOversightResource(resource)) return buildOversightQuery(method, resource, params);
  if (isNotificationResource(resource)) return buildNotificationQuery(method, resource, params);
  if (isAuditResource(resource)) return buildAuditQuery(method, resource, params);
  const ops = operationsFor(resource);
  switch (method) {
    case "getList": {
      const { pagination, filter } = params as GetListParams;
      const perPage = Math.min(pagination?.perPage ?? 25, MAX_PER_PAGE);
      return {
        query: listQuery(ops, ops.listFields),
        variables: { filter: ops.toFilter(filter ?? {}), page: pagination?.page ?? 1, perPage },
        parseResponse: parsePage(ops),
      };
    }
    case "getMany": {
      const { ids } = params as GetManyParams;
      return {
        query: listQuery(ops, ops.listFields),
        variables: { filter: { ids }, page: 1, perPage: Math.min(Math.max(ids.length, 1), MAX_PER_PAGE) },
        parseResponse: (data) => ({ data: parsePage(ops)(data).data }),
      };
    }
    case "getOne":
      return {
        query: `query One($id: ID!) { result: ${ops.one}(id: $id) { ${ops.fields} } }`,
        variables: { id: (params as GetOneParams).id },
        parseResponse: parseOne(ops),
      };
    case "create": {
      if (!ops.create) throw new UnsupportedOperation(`${resource} cannot be created here`);
      return {
        query: ops.create.document,
        variables: ops.create.variables((params as CreateParams).data as Values),
        parseResponse: parseOne(ops),
      };
    }
    case "update": {
      if (!ops.update) throw new UnsupportedOperation(`${resource} cannot be edited here`);
      const { id, data } = params as UpdateParams;
      return {
        query: ops.update.document,
        variables: ops.update.variables(data as Values, id),
        parseResponse: parseOne(ops),
      };
    }
  }
}
