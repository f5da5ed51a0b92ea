import { graphql } from "../gql";
import { graphqlRequest } from "./graphqlClient";

// The key person's agenda (issue 16): their dated bookings in a week and their weekly
// availability windows, which they (or a coordinator) set. Not a react-admin resource:
// the page sends these documents itself.

const AGENDA = graphql(`
  query KeyPersonAgenda($id: ID!, $from: DateTime!, $to: DateTime!) {
    keyPerson(id: $id) {
      id
      displayName
      availabilityWindows {
        weekday
        startTime
        endTime
      }
      bookings(from: $from, to: $to) {
        assignmentId
        requestId
        kind
        startsAt
        endsAt
        mode
        status
        municipality {
          code
          name
        }
      }
    }
  }
`);

const SET_WINDOWS = graphql(`
  mutation SetAvailabilityWindows($keyPersonId: ID!, $windows: [AvailabilityWindowInput!]!) {
    setAvailabilityWindows(keyPersonId: $keyPersonId, windows: $windows) {
      id
      availabilityWindows {
        weekday
        startTime
        endTime
      }
    }
  }
`);

export const agendaActions = {
  /** The key person's windows and their bookings from `from` until `to`. */
  week: async (keyPersonId: string, from: string, to: string) => (await graphqlRequest(AGENDA, { id: keyPersonId, from, to })).keyPerson,

  /** Replaces the key person's weekly windows (none: available at any time). */
  setWindows: async (keyPersonId: string, windows: { weekday: number; startTime: string; endTime: string }[]) =>
    (await graphqlRequest(SET_WINDOWS, { keyPersonId, windows })).setAvailabilityWindows,
};
