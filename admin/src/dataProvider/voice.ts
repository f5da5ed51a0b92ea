import { graphql } from "../gql";
import { oneById, operation, type ResourceHandlers } from "./queryKit";

// Newcomers' voice (issue 19): complaints and flags as resources; the actions beside them
// (file, respond, decide, rate, flag, signal) and the feedback link and summaries, which
// the pages send themselves.
//
//   complaints         an organisation's own, those about a key person, coordinators' in scope
//   organisationFlags  coordinators' in scope, a key person's own

graphql(`
  fragment ComplaintFields on Complaint {
    id
    kind
    state
    description
    filedAt
    response
    respondedAt
    decisionNote
    decidedAt
    assignment {
      id
      status
      endedAt
      keyPerson {
        id
        displayName
      }
      request {
        id
        caseReference
        organisation {
          id
          name
        }
        municipality {
          code
          name
        }
      }
    }
  }
`);

const COMPLAINTS = graphql(`
  query ComplaintList($filter: ComplaintFilter, $page: Int, $perPage: Int) {
    result: complaints(filter: $filter, page: $page, perPage: $perPage) {
      items {
        ...ComplaintFields
      }
      total
    }
  }
`);

const COMPLAINT = graphql(`
  query ComplaintOne($id: ID!) {
    result: complaint(id: $id) {
      ...ComplaintFields
    }
  }
`);

const FLAGS = graphql(`
  query OrganisationFlagList($open: Boolean, $page: Int, $perPage: Int) {
    result: organisationFlags(open: $open, page: $page, perPage: $perPage) {
      items {
        id
        kind
        note
        flaggedAt
        closedAt
        closingNote
        keyPersonName
        organisation {
          id
          name
        }
      }
      total
    }
  }
`);

const pageVariables = (params: { pagination?: { page: number; perPage: number } }) => ({
  page: params.pagination?.page ?? 1,
  perPage: params.pagination?.perPage ?? 25,
});

export const VOICE: Record<string, ResourceHandlers> = {
  complaints: {
    getList: (params) => {
      const filter = (params as { filter?: { state?: string } }).filter ?? {};
      return operation(COMPLAINTS, { filter: filter.state ? { state: filter.state as never } : null, ...pageVariables(params as never) }, ({ result }) => ({
        data: result.items,
        total: result.total,
      }));
    },
    getOne: oneById(COMPLAINT),
  },
  organisationFlags: {
    getList: (params) => {
      const filter = (params as { filter?: { open?: boolean | string } }).filter ?? {};
      const open = filter.open === undefined || filter.open === "" ? null : filter.open === true || filter.open === "true";
      return operation(FLAGS, { open, ...pageVariables(params as never) }, ({ result }) => ({ data: result.items, total: result.total }));
    },
  },
};

export const FILE_COMPLAINT = graphql(`
  mutation FileComplaint($input: FileComplaintInput!) {
    fileComplaint(input: $input) {
      id
    }
  }
`);

export const RESPOND_TO_COMPLAINT = graphql(`
  mutation RespondToComplaint($id: ID!, $response: String!) {
    respondToComplaint(id: $id, response: $response) {
      ...ComplaintFields
    }
  }
`);

export const DECIDE_COMPLAINT = graphql(`
  mutation DecideComplaint($id: ID!, $input: DecideComplaintInput!) {
    decideComplaint(id: $id, input: $input) {
      ...ComplaintFields
    }
  }
`);

export const CLOSE_FLAG = graphql(`
  mutation CloseOrganisationFlag($id: ID!, $note: String!) {
    closeOrganisationFlag(id: $id, note: $note) {
      id
      closedAt
    }
  }
`);

export const FLAG_ORGANISATION = graphql(`
  mutation FlagOrganisation($input: FlagOrganisationInput!) {
    flagOrganisation(input: $input) {
      id
    }
  }
`);

export const FILE_SIGNAL = graphql(`
  mutation FileLocationSignal($input: LocationSignalInput!) {
    fileLocationSignal(input: $input)
  }
`);

export const RATE_ASSIGNMENT = graphql(`
  mutation RateAssignment($assignmentId: ID!, $input: RatingInput!) {
    rateAssignment(assignmentId: $assignmentId, input: $input) {
      score
      comment
    }
  }
`);

export const FEEDBACK_LINK = graphql(`
  query FeedbackLinkOf($ids: [ID!], $language: String) {
    assignments(filter: { ids: $ids }) {
      items {
        id
        feedbackLink(language: $language) {
          url
          qrSvg
          expiresAt
          answered
        }
      }
    }
  }
`);

export const FEEDBACK_SUMMARY = graphql(`
  query FeedbackSummaryOf($keyPersonId: ID) {
    feedbackSummary(keyPersonId: $keyPersonId) {
      enough
      minimum
      answers
      questions {
        question
        yes
        partly
        no
      }
      ratings
      averageRating
    }
  }
`);

export const VOICE_OVERVIEW = graphql(`
  query VoiceOverviewCard {
    voiceOverview {
      openComplaintsByKind {
        code
        count
      }
      complaintsByState {
        code
        count
      }
      openFlagsByKind {
        code
        count
      }
      signalsByCategory {
        code
        count
      }
    }
  }
`);

/** Organisations a key person worked for: the ones they may flag. */
export const MY_ORGANISATIONS = graphql(`
  query MyAssignmentOrganisations {
    assignments(perPage: 100) {
      items {
        id
        status
        request {
          id
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);
