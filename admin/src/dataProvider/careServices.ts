import type { CreateParams, UpdateParams } from "react-admin";
import { graphql } from "../gql";
import type { CareServiceFieldsFragment, CareServiceInput, CareServiceStatus, ResidenceStatus } from "../gql/graphql";
import { isEmpty, mutation, oneById, pagedList, pick, type ResourceHandlers, type Values } from "./queryKit";

// Care services (issue 18): the service directory, "Hulpaanbod" in the console.

graphql(`
  fragment CareServiceFields on CareService {
    id
    name
    description
    url
    email
    status
    topics
    interpretersAvailable
    residenceEligibility
    eligibilityDescription
    applicationProcess
    feesDescription
    anonymousLine
    nationwide
    isPublic
    assuredOn
    stale
    canEdit
    updatedAt
    organisation {
      id
      name
    }
    municipalities {
      code
      name
    }
    languages {
      code
      name
      nameNl
    }
    phones {
      id
      number
      description
    }
    schedules {
      id
      weekday
      opensAt
      closesAt
      notes
    }
    locations {
      id
      name
      address
      postalCode
      city
      municipalityCode
      lat
      lon
    }
  }
`);

const CARE_SERVICES = graphql(`
  query CareServiceList($filter: CareServiceFilter, $page: Int, $perPage: Int) {
    result: careServices(filter: $filter, page: $page, perPage: $perPage) {
      items {
        ...CareServiceFields
      }
      total
    }
  }
`);

const CARE_SERVICE = graphql(`
  query CareServiceOne($id: ID!) {
    result: careService(id: $id) {
      ...CareServiceFields
    }
  }
`);

const CREATE_CARE_SERVICE = graphql(`
  mutation CreateCareService($input: CareServiceInput!) {
    result: createCareService(input: $input) {
      ...CareServiceFields
    }
  }
`);

const UPDATE_CARE_SERVICE = graphql(`
  mutation UpdateCareService($id: ID!, $input: CareServiceInput!) {
    result: updateCareService(id: $id, input: $input) {
      ...CareServiceFields
    }
  }
`);

export const CONFIRM_CARE_SERVICE = graphql(`
  mutation ConfirmCareService($id: ID!) {
    result: confirmCareService(id: $id) {
      id
      assuredOn
      stale
    }
  }
`);

export const ARCHIVE_CARE_SERVICE = graphql(`
  mutation ArchiveCareService($id: ID!) {
    result: archiveCareService(id: $id) {
      id
      status
    }
  }
`);

export const STALE_CARE_SERVICES = graphql(`
  query StaleCareServices {
    result: staleCareServices {
      id
      name
      assuredOn
      organisation {
        id
        name
      }
    }
  }
`);

export const ORGANISATION_CONTACTS = graphql(`
  query OrganisationContacts($organisationId: ID!) {
    result: organisationContacts(organisationId: $organisationId) {
      id
      name
      title
      email
      phone
    }
  }
`);

export const CREATE_ORGANISATION_CONTACT = graphql(`
  mutation CreateOrganisationContact($organisationId: ID!, $input: OrganisationContactInput!) {
    result: createOrganisationContact(organisationId: $organisationId, input: $input) {
      id
    }
  }
`);

export const UPDATE_ORGANISATION_CONTACT = graphql(`
  mutation UpdateOrganisationContact($id: ID!, $input: OrganisationContactInput!) {
    result: updateOrganisationContact(id: $id, input: $input) {
      id
    }
  }
`);

export const REMOVE_ORGANISATION_CONTACT = graphql(`
  mutation RemoveOrganisationContact($id: ID!) {
    result: removeOrganisationContact(id: $id)
  }
`);

/** The record as the forms read it: the lists of codes beside the named objects. */
export function decorateCareService(service: CareServiceFieldsFragment): Values {
  return {
    ...service,
    organisationId: service.organisation.id,
    municipalityCodes: service.municipalities.map((m) => m.code),
    languageCodes: service.languages.map((l) => l.code),
  };
}

export interface CareServiceFormValues {
  organisationId: string;
  name: string;
  description?: string | null;
  url?: string | null;
  email?: string | null;
  status?: CareServiceStatus | null;
  topics?: string[] | null;
  interpretersAvailable?: boolean | null;
  residenceEligibility?: ResidenceStatus[] | null;
  eligibilityDescription?: string | null;
  applicationProcess?: string | null;
  feesDescription?: string | null;
  anonymousLine?: boolean | null;
  nationwide?: boolean | null;
  isPublic?: boolean | null;
  municipalityCodes?: string[] | null;
  languageCodes?: string[] | null;
  phones?: { number?: string | null; description?: string | null }[] | null;
  schedules?: { weekday?: number | string | null; opensAt?: string | null; closesAt?: string | null; notes?: string | null }[] | null;
  locations?:
    | {
        id?: string | null;
        name?: string | null;
        address?: string | null;
        postalCode?: string | null;
        city?: string | null;
        municipalityCode?: string | null;
        lat?: number | string | null;
        lon?: number | string | null;
      }[]
    | null;
}

const text = (value: string | null | undefined) => (isEmpty(value) ? null : String(value).trim());
const number = (value: number | string | null | undefined) => (isEmpty(value) ? null : Number(value));

/** The form's values as the API's input; empty rows of the lists are left out. */
export function toCareServiceInput(values: CareServiceFormValues): CareServiceInput {
  return {
    organisationId: String(values.organisationId ?? ""),
    name: values.name ?? "",
    description: text(values.description),
    url: text(values.url),
    email: text(values.email),
    status: values.status ?? null,
    topics: values.topics ?? [],
    interpretersAvailable: !!values.interpretersAvailable,
    residenceEligibility: values.residenceEligibility ?? [],
    eligibilityDescription: text(values.eligibilityDescription),
    applicationProcess: text(values.applicationProcess),
    feesDescription: text(values.feesDescription),
    anonymousLine: !!values.anonymousLine,
    nationwide: !!values.nationwide,
    isPublic: values.isPublic ?? true,
    municipalityCodes: values.municipalityCodes ?? [],
    languageCodes: values.languageCodes ?? [],
    phones: (values.phones ?? []).filter((p) => !isEmpty(p?.number)).map((p) => ({ number: String(p.number), description: text(p.description) })),
    schedules: (values.schedules ?? [])
      .filter((s) => !isEmpty(s?.weekday))
      .map((s) => ({ weekday: Number(s.weekday), opensAt: s.opensAt ?? "", closesAt: s.closesAt ?? "", notes: text(s.notes) })),
    locations: (values.locations ?? [])
      .filter((l) => !isEmpty(l?.address) || !isEmpty(l?.city))
      .map((l) => ({
        id: text(l.id),
        name: text(l.name),
        address: l.address ?? "",
        postalCode: l.postalCode ?? "",
        city: l.city ?? "",
        municipalityCode: l.municipalityCode ?? "",
        lat: number(l.lat),
        lon: number(l.lon),
      })),
  };
}

export const CARE_SERVICE_RESOURCES: Record<string, ResourceHandlers> = {
  careServices: {
    ...pagedList({
      document: CARE_SERVICES,
      decorate: decorateCareService,
      toFilter: (filter) => ({
        ...pick(filter, ["ids", "q", "municipalityCode", "languageCode", "topic", "organisationId", "status"]),
        ...(isEmpty(filter.stale) ? {} : { stale: filter.stale === true || filter.stale === "true" }),
      }),
    }),
    getOne: oneById(CARE_SERVICE, decorateCareService),
    create: (params) =>
      mutation(CREATE_CARE_SERVICE, { input: toCareServiceInput((params as CreateParams).data as CareServiceFormValues) }, decorateCareService),
    update: (params) => {
      const { id, data } = params as UpdateParams;
      return mutation(UPDATE_CARE_SERVICE, { id: String(id), input: toCareServiceInput(data as CareServiceFormValues) }, decorateCareService);
    },
  },
};
