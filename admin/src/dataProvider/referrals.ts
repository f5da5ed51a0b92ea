import type { GetListParams } from "react-admin";
import { graphql } from "../gql";
import type { ReferralAction, ReferralDeclineReason, ReferralInput, RerouteReferralInput } from "../gql/graphql";
import { graphqlRequest } from "./graphqlClient";
import { oneById, operation, pageOf, pick, type ResourceHandlers } from "./queryKit";

// Referrals (issue 18): the list of those made and received, one referral with its
// history, and the actions beside it (refer, answer, withdraw, re-route), which the
// pages call directly.

graphql(`
  fragment ReferralFields on Referral {
    id
    state
    needsRerouting
    sharesMunicipality
    sharesLanguage
    sharesTopic
    note
    declineReason
    declineNote
    mySides
    caseReference
    requestId
    assignmentId
    reroutedFromId
    reroutedToId
    consentAt
    sentAt
    acceptedAt
    declinedAt
    appointmentMadeAt
    waitingListAt
    completedAt
    withdrawnAt
    topic {
      code
      name
      nameNl
    }
    municipality {
      code
      name
    }
    language {
      code
      name
      nameNl
    }
    careService {
      id
      name
    }
    referringOrganisation {
      id
      name
    }
    serviceOrganisation {
      id
      name
    }
    events {
      id
      fromState
      state
      action
      side
      note
      at
    }
  }
`);

const REFERRALS = graphql(`
  query ReferralList($filter: ReferralFilter, $page: Int, $perPage: Int) {
    result: referrals(filter: $filter, page: $page, perPage: $perPage) {
      items {
        ...ReferralFields
      }
      total
    }
  }
`);

const REFERRAL = graphql(`
  query ReferralOne($id: ID!) {
    result: referral(id: $id) {
      ...ReferralFields
    }
  }
`);

const OPTIONS = graphql(`
  query ReferralServiceOptions($assignmentId: ID!, $filter: ReferralServiceFilter) {
    result: referralServiceOptions(assignmentId: $assignmentId, filter: $filter) {
      distanceKm
      speaksLanguage
      offersTopic
      service {
        id
        name
        description
        nationwide
        anonymousLine
        interpretersAvailable
        topics
      }
      organisation {
        id
        name
      }
    }
  }
`);

const CREATE = graphql(`
  mutation CreateReferral($input: ReferralInput!) {
    result: createReferral(input: $input) {
      ...ReferralFields
    }
  }
`);

const ACT = graphql(`
  mutation ActOnReferral($input: ReferralActionInput!) {
    result: actOnReferral(input: $input) {
      ...ReferralFields
    }
  }
`);

const REROUTE = graphql(`
  mutation RerouteReferral($id: ID!, $input: RerouteReferralInput!) {
    result: rerouteReferral(id: $id, input: $input) {
      ...ReferralFields
    }
  }
`);

export const REFERRALS_RESOURCES: Record<string, ResourceHandlers> = {
  referrals: {
    getList: (params) => {
      const { filter } = params as GetListParams;
      const values = pick(filter ?? {}, ["direction", "state", "needsRerouting", "assignmentId", "requestId"]);
      return operation(REFERRALS, { filter: values, ...pageOf(params as GetListParams) }, ({ result }) => ({ data: result.items, total: result.total }));
    },
    getOne: oneById(REFERRAL),
  },
};

export const referralActions = {
  options: async (assignmentId: string, topic: string | null, languageCode: string | null) =>
    (await graphqlRequest(OPTIONS, { assignmentId, filter: { topic: topic || null, languageCode: languageCode || null } })).result,
  create: async (input: ReferralInput) => (await graphqlRequest(CREATE, { input })).result,
  act: async (id: string, action: ReferralAction, note: string | null, declineReason: ReferralDeclineReason | null = null) =>
    (await graphqlRequest(ACT, { input: { id, action, note: note?.trim() || null, declineReason } })).result,
  reroute: async (id: string, input: RerouteReferralInput) => (await graphqlRequest(REROUTE, { id, input })).result,
  one: async (id: string) => (await graphqlRequest(REFERRAL, { id })).result,
};
