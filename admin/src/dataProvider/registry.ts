import type { CreateParams, UpdateParams } from "react-admin";
import { graphql } from "../gql";
import type { KeyPersonFieldsFragment, OrganisationFieldsFragment } from "../gql/graphql";
import { toCreateUserInput, toKeyPersonInput, toOrganisationInput, type KeyPersonFormValues, type OrganisationFormValues, type UserFormValues } from "./inputs";
import { isEmpty, mutation, oneById, pagedList, pick, type ResourceHandlers, type Values } from "./queryKit";
import { KeyPersonSortField, OrganisationSortField, UserSortField } from "../../../server/src/domain/sorting";

// The registry: key persons, organisations and user accounts.

graphql(`
  fragment KeyPersonListFields on KeyPerson {
    id
    displayName
    status
    stale
    weeklyCapacityHours
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
    expertise {
      code
      name
      nameNl
    }
    workload {
      weeklyCapacityHours
      committedHours
      utilisation
    }
  }
`);

graphql(`
  fragment KeyPersonFields on KeyPerson {
    id
    displayName
    email
    phone
    gender
    birthYear
    origins
    originMatchingConsent
    languages {
      language {
        code
        name
        nameNl
      }
      level
      dialect
    }
    expertise {
      code
      name
      nameNl
    }
    homeMunicipality {
      code
      name
      province
    }
    homeLocation {
      lat
      lon
    }
    maxTravelKm
    remoteAvailable
    weeklyCapacityHours
    status
    leavingReason
    leavingNote
    leftOn
    compensationType
    workload {
      weeklyCapacityHours
      committedHours
      utilisation
    }
    supervisionStatus
    wellbeingStatus
    profileConfirmedAt
    stale
    publicConsent {
      listed
      showName
      showMunicipality
      showLanguages
      showExpertise
      showEmail
      showPhone
      showRemote
      showReach
      contact
    }
    unavailablePeriods {
      id
      startsOn
      endsOn
    }
    account {
      id
      email
      role
      deactivatedAt
      lastLoginAt
      invitationPending
    }
    createdAt
    updatedAt
  }
`);

graphql(`
  fragment OrganisationFields on Organisation {
    id
    name
    kind
    municipality {
      code
      name
    }
    publicEntry {
      offers
      website
      updatedAt
    }
    createdAt
  }
`);

graphql(`
  fragment UserFields on User {
    id
    email
    role
    locale
    invitationPending
    createdAt
    lastLoginAt
    deactivatedAt
    keyPerson {
      id
      displayName
    }
    organisation {
      id
      name
    }
    municipalities {
      code
      name
    }
  }
`);

const codesOf = (items: { code: string }[]): string[] => items.map((item) => item.code);

/** The form-friendly field the expertise input binds to. */
export const decorateKeyPerson = <Record extends Pick<KeyPersonFieldsFragment, "expertise">>(record: Record) => ({
  ...record,
  expertiseCodes: codesOf(record.expertise),
});

/** The form-friendly field the municipality input binds to. */
const decorateOrganisation = (record: OrganisationFieldsFragment) => ({ ...record, municipalityCode: record.municipality?.code ?? null });

const KEY_PERSONS = graphql(`
  query KeyPersonList($filter: KeyPersonFilter, $page: Int, $perPage: Int, $sort: KeyPersonSort) {
    result: keyPersons(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {
      items {
        ...KeyPersonListFields
      }
      total
    }
  }
`);

const KEY_PERSON = graphql(`
  query KeyPersonOne($id: ID!) {
    result: keyPerson(id: $id) {
      ...KeyPersonFields
    }
  }
`);

const CREATE_KEY_PERSON = graphql(`
  mutation CreateKeyPerson($input: KeyPersonInput!) {
    result: createKeyPerson(input: $input) {
      ...KeyPersonFields
    }
  }
`);

const UPDATE_KEY_PERSON = graphql(`
  mutation UpdateKeyPerson($id: ID!, $input: KeyPersonInput!) {
    result: updateKeyPerson(id: $id, input: $input) {
      ...KeyPersonFields
    }
  }
`);

/** The buttons beside the key person form: each answers the whole record, like getOne. */
export const SET_KEY_PERSON_STATUS = graphql(`
  mutation SetKeyPersonStatus($id: ID!, $status: KeyPersonStatus!, $leavingReason: LeavingReason, $leavingNote: String) {
    result: setKeyPersonStatus(id: $id, status: $status, leavingReason: $leavingReason, leavingNote: $leavingNote) {
      ...KeyPersonFields
    }
  }
`);

export const CONFIRM_PROFILE = graphql(`
  mutation ConfirmProfile($id: ID!) {
    result: confirmProfile(id: $id) {
      ...KeyPersonFields
    }
  }
`);

export const SET_MY_LOCALE = graphql(`
  mutation SetMyLocale($locale: String!) {
    result: setMyLocale(locale: $locale) {
      id
      locale
    }
  }
`);

const ORGANISATIONS = graphql(`
  query OrganisationList($filter: OrganisationFilter, $page: Int, $perPage: Int, $sort: OrganisationSort) {
    result: organisations(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {
      items {
        ...OrganisationFields
      }
      total
    }
  }
`);

const ORGANISATION = graphql(`
  query OrganisationOne($id: ID!) {
    result: organisation(id: $id) {
      ...OrganisationFields
    }
  }
`);

const CREATE_ORGANISATION = graphql(`
  mutation CreateOrganisation($input: OrganisationInput!) {
    result: createOrganisation(input: $input) {
      ...OrganisationFields
    }
  }
`);

const UPDATE_ORGANISATION = graphql(`
  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {
    result: updateOrganisation(id: $id, input: $input) {
      ...OrganisationFields
    }
  }
`);

const USERS = graphql(`
  query UserList($filter: UserFilter, $page: Int, $perPage: Int, $sort: UserSort) {
    result: users(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {
      items {
        ...UserFields
      }
      total
    }
  }
`);

const USER = graphql(`
  query UserOne($id: ID!) {
    result: user(id: $id) {
      ...UserFields
    }
  }
`);

const CREATE_USER = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    result: createUser(input: $input) {
      ...UserFields
    }
  }
`);

export const REGISTRY: Record<string, ResourceHandlers> = {
  keyPersons: {
    ...pagedList({
      document: KEY_PERSONS,
      decorate: decorateKeyPerson,
      sorts: {
        displayName: KeyPersonSortField.DISPLAY_NAME,
        "homeMunicipality.name": KeyPersonSortField.MUNICIPALITY,
        status: KeyPersonSortField.STATUS,
        profileConfirmedAt: KeyPersonSortField.PROFILE_CONFIRMED_AT,
        createdAt: KeyPersonSortField.CREATED_AT,
      },
      toFilter: (filter) => ({
        ...pick(filter, ["ids", "q", "languageCodes", "expertiseCodes", "municipalityCodes", "status", "supervisionStatus", "wellbeingStatus", "stale"]),
        // the list filter picks one municipality; the API takes a list
        ...(isEmpty(filter.municipalityCode) ? {} : { municipalityCodes: [filter.municipalityCode] }),
      }),
    }),
    getOne: oneById(KEY_PERSON, decorateKeyPerson),
    create: (params) => {
      const data = (params as CreateParams).data as Values;
      // No password: the server invites the key person by e-mail.
      return mutation(CREATE_KEY_PERSON, { input: toKeyPersonInput(data as unknown as KeyPersonFormValues) }, decorateKeyPerson);
    },
    update: (params) => {
      const { id, data } = params as UpdateParams;
      return mutation(UPDATE_KEY_PERSON, { id: String(id), input: toKeyPersonInput(data as KeyPersonFormValues) }, decorateKeyPerson);
    },
  },
  organisations: {
    ...pagedList({
      document: ORGANISATIONS,
      toFilter: (filter) => pick(filter, ["ids", "q", "kind"]),
      decorate: decorateOrganisation,
      sorts: {
        name: OrganisationSortField.NAME,
        kind: OrganisationSortField.KIND,
        "municipality.name": OrganisationSortField.MUNICIPALITY,
        createdAt: OrganisationSortField.CREATED_AT,
      },
    }),
    getOne: oneById(ORGANISATION, decorateOrganisation),
    create: (params) =>
      mutation(CREATE_ORGANISATION, { input: toOrganisationInput((params as CreateParams).data as OrganisationFormValues) }, decorateOrganisation),
    update: (params) => {
      const { id, data } = params as UpdateParams;
      return mutation(UPDATE_ORGANISATION, { id: String(id), input: toOrganisationInput(data as OrganisationFormValues) }, decorateOrganisation);
    },
  },
  users: {
    ...pagedList({
      document: USERS,
      toFilter: (filter) => pick(filter, ["ids", "q", "role"]),
      sorts: {
        email: UserSortField.EMAIL,
        role: UserSortField.ROLE,
        "organisation.name": UserSortField.ORGANISATION,
        createdAt: UserSortField.CREATED_AT,
        lastLoginAt: UserSortField.LAST_LOGIN_AT,
      },
    }),
    getOne: oneById(USER),
    create: (params) => mutation(CREATE_USER, { input: toCreateUserInput((params as CreateParams).data as UserFormValues) }),
  },
};
