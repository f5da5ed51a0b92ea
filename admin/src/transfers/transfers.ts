// Request transfers (issue 18): the operations of the "Overdragen" dialog on a request's
// page and of the transfers page, sent straight through the GraphQL client. Typed from
// schema/schema.graphql by `npm run codegen`.
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { graphql } from "../gql";
import type { RequestTransfersQuery, TransferDeclineReason } from "../gql/graphql";

graphql(`
  fragment TransferFields on RequestTransfer {
    id
    requestId
    state
    caseReference
    requestKind
    hoursPerWeek
    consentAt
    declineReason
    declineNote
    effectiveOn
    createdAt
    answeredAt
    municipality {
      code
      name
    }
    languages {
      code
      name
      nameNl
    }
    fromOrganisation {
      id
      name
    }
    toOrganisation {
      id
      name
    }
  }
`);

const TARGETS = graphql(`
  query TransferTargets($requestId: ID!) {
    transferTargets(requestId: $requestId) {
      distanceKm
      organisation {
        id
        name
      }
    }
  }
`);

const LIST = graphql(`
  query RequestTransfers($filter: TransferFilter, $page: Int, $perPage: Int) {
    requestTransfers(filter: $filter, page: $page, perPage: $perPage) {
      total
      items {
        ...TransferFields
      }
    }
  }
`);

const PROPOSE = graphql(`
  mutation ProposeTransfer($input: ProposeTransferInput!) {
    proposeTransfer(input: $input) {
      ...TransferFields
    }
  }
`);

const ACCEPT = graphql(`
  mutation AcceptTransfer($id: ID!) {
    acceptTransfer(id: $id) {
      ...TransferFields
    }
  }
`);

const DECLINE = graphql(`
  mutation DeclineTransfer($id: ID!, $input: DeclineTransferInput!) {
    declineTransfer(id: $id, input: $input) {
      ...TransferFields
    }
  }
`);

const WITHDRAW = graphql(`
  mutation WithdrawTransfer($id: ID!) {
    withdrawTransfer(id: $id) {
      ...TransferFields
    }
  }
`);

export type TransferRow = RequestTransfersQuery["requestTransfers"]["items"][number];

export const transferActions = {
  targets: async (requestId: string) => (await graphqlRequest(TARGETS, { requestId })).transferTargets,
  list: async (filter: { incoming?: boolean; outgoing?: boolean; requestId?: string }) =>
    (await graphqlRequest(LIST, { filter, page: 1, perPage: 100 })).requestTransfers,
  propose: async (requestId: string, toOrganisationId: string, consent: boolean) =>
    (await graphqlRequest(PROPOSE, { input: { requestId, toOrganisationId, consent } })).proposeTransfer,
  accept: async (id: string) => (await graphqlRequest(ACCEPT, { id })).acceptTransfer,
  decline: async (id: string, reason: TransferDeclineReason, note: string | null) =>
    (await graphqlRequest(DECLINE, { id, input: { reason, note: note?.trim() || null } })).declineTransfer,
  withdraw: async (id: string) => (await graphqlRequest(WITHDRAW, { id })).withdrawTransfer,
};
