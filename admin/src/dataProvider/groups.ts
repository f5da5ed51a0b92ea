import type { CreateParams, GetListParams, GetOneParams } from "react-admin";
import { graphql } from "../gql";
import type { GroupActivityKind } from "../gql/graphql";
import { mutation, operation, type ResourceHandlers, type Values } from "./queryKit";

// Group activities (issue 17): intervision, supervision, trainings and network meetings,
// their invitations, answers and attendance. The actions on one activity (invite, answer,
// record attendance, cancel) are sent by its page through graphqlRequest.

export const ACTIVITY_FIELDS = graphql(`
  fragment GroupActivityFields on GroupActivity {
    id
    kind
    title
    startsAt
    endsAt
    capacity
    onlineUrl
    recurrence
    seriesId
    qualificationCode
    cancelledAt
    canManage
    begun
    placesLeft
    location {
      lat
      lon
    }
    organisation {
      id
      name
    }
    counts {
      invited
      attending
      notAttending
      attended
    }
  }
`);

const LIST = graphql(`
  query GroupActivities($filter: GroupActivityFilter, $page: Int, $perPage: Int) {
    result: groupActivities(filter: $filter, page: $page, perPage: $perPage) {
      total
      items {
        ...GroupActivityFields
      }
    }
  }
`);

const ONE = graphql(`
  query GroupActivity($id: ID!) {
    result: groupActivity(id: $id) {
      ...GroupActivityFields
      myInvitation {
        id
        answer
        attended
        ownActivityDraft {
          activity
          date
          hours
          note
        }
      }
      invitations {
        id
        answer
        answeredAt
        attended
        keyPerson {
          id
          displayName
        }
      }
    }
  }
`);

const CREATE = graphql(`
  mutation CreateGroupActivity($input: GroupActivityInput!) {
    result: createGroupActivity(input: $input) {
      ...GroupActivityFields
    }
  }
`);

export const INVITE = graphql(`
  mutation InviteToGroupActivity($activityId: ID!, $input: GroupInviteInput!) {
    inviteToGroupActivity(activityId: $activityId, input: $input) {
      invited
      alreadyInvited
    }
  }
`);

export const RESPOND = graphql(`
  mutation RespondToGroupActivity($activityId: ID!, $answer: GroupActivityAnswer!) {
    respondToGroupActivity(activityId: $activityId, answer: $answer) {
      id
      answer
    }
  }
`);

export const RECORD_ATTENDANCE = graphql(`
  mutation RecordAttendance($activityId: ID!, $keyPersonIds: [ID!]!) {
    recordAttendance(activityId: $activityId, keyPersonIds: $keyPersonIds) {
      id
    }
  }
`);

export const CANCEL = graphql(`
  mutation CancelGroupActivity($id: ID!) {
    cancelGroupActivity(id: $id) {
      id
      cancelledAt
    }
  }
`);

export const DECLARE_FROM_ACTIVITY = graphql(`
  mutation DeclareGroupActivityHours($input: OwnActivityInput!) {
    declareOwnActivity(input: $input) {
      id
    }
  }
`);

export const MY_INVITATIONS = graphql(`
  query MyGroupInvitations {
    myGroupInvitations {
      id
      answer
      activity {
        id
        kind
        title
        startsAt
        endsAt
        placesLeft
      }
    }
  }
`);

export const AFFILIATIONS = graphql(`
  query KeyPersonAffiliations($id: ID!) {
    keyPerson(id: $id) {
      id
      affiliations {
        id
        startsOn
        endsOn
        responsibleForSupervision
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const ORGANISATION_KEY_PERSONS = graphql(`
  query OrganisationKeyPersons($organisationId: ID) {
    affiliations(organisationId: $organisationId, currentOnly: true) {
      id
      responsibleForSupervision
      keyPerson {
        id
        displayName
        supervisionStatus
        lastSupervisionOn
      }
    }
  }
`);

export const ADD_AFFILIATION = graphql(`
  mutation AddAffiliation($input: AffiliationInput!) {
    addAffiliation(input: $input) {
      id
    }
  }
`);

export const END_AFFILIATION = graphql(`
  mutation EndAffiliation($id: ID!, $endsOn: Date!) {
    endAffiliation(id: $id, endsOn: $endsOn) {
      id
    }
  }
`);

export const GROUPS: Record<string, ResourceHandlers> = {
  /** getList({ filter: { kind, upcoming } }), getOne(id) with invitations, create(the form's values, already as GroupActivityInput) */
  groupActivities: {
    getList: (params) => {
      const { filter, pagination } = params as GetListParams;
      const upcoming = filter?.upcoming === undefined || filter?.upcoming === "" ? undefined : filter.upcoming === true || filter.upcoming === "true";
      return operation(
        LIST,
        { filter: { kind: (filter?.kind as GroupActivityKind) || null, upcoming }, page: pagination?.page ?? 1, perPage: pagination?.perPage ?? 25 },
        ({ result }) => ({ data: result.items, total: result.total }),
      );
    },
    getOne: (params) => operation(ONE, { id: String((params as GetOneParams).id) }, ({ result }) => ({ data: result })),
    create: (params) => mutation(CREATE, { input: (params as CreateParams).data as Values as never }),
  },
};
