import type { CreateParams, GetListParams, GetOneParams } from "react-admin";
import { graphql } from "../gql";
import type { ActionKind, SupervisionKind } from "../gql/graphql";
import { mutation, operation, pageInBrowser, type ResourceHandlers, type Values } from "./queryKit";

// Supervision, wellbeing and the coordinators' dashboard. Wellbeing answers and reasons
// are read only by `keyPersonWellbeing`, which the key person page asks for behind a
// toggle: every read is audited server-side.

const DASHBOARD = graphql(`
  query OversightDashboard {
    result: oversightDashboard {
      byStatus {
        status
        count
      }
      byWellbeing {
        status
        count
      }
      bySupervision {
        status
        count
      }
      staleCount
      unmetRequests
      utilisation {
        label
        count
      }
      bookedUtilisation {
        label
        count
      }
      referrals {
        total
        needsRerouting
        byState {
          key
          count
        }
        byTopic {
          key
          count
        }
        byService {
          key
          label
          count
        }
        medianDaysToAccept
        medianDaysToAppointment
      }
      unmetByKind {
        kind
        count
      }
      hoursByWork {
        kind
        ownActivity
        declaredHours
        approvedHours
      }
      weeklyHours {
        weekEnding
        declaredHours
        capacityHours
      }
      actionCounts {
        kind
        count
      }
    }
  }
`);

const ACTIONS = graphql(`
  query OversightActions($kind: ActionKind, $page: Int, $perPage: Int) {
    result: oversightActions(kind: $kind, page: $page, perPage: $perPage) {
      items {
        kind
        reasons {
          code
          params
        }
        keyPerson {
          id
          displayName
          homeMunicipality {
            code
            name
          }
        }
      }
      total
      counts {
        kind
        count
      }
    }
  }
`);

const COVERAGE = graphql(`
  query Coverage($languageCode: String!) {
    result: coverage(languageCode: $languageCode) {
      municipality {
        code
        name
        province
      }
      reachable
      unmetRequests
    }
  }
`);

const WELLBEING = graphql(`
  query KeyPersonWellbeing($id: ID!) {
    result: keyPerson(id: $id) {
      id
      displayName
      wellbeingStatus
      wellbeing {
        status
        reasons {
          code
          params
          level
          message
        }
      }
    }
    checkIns: wellbeingCheckIns(keyPersonId: $id, limit: 6) {
      id
      at
      strain
      emotionalImpact
      support
      contactRequested
    }
    clearances: wellbeingClearances(keyPersonId: $id) {
      id
      at
      note
    }
  }
`);

const SESSIONS = graphql(`
  query SupervisionSessions($keyPersonId: ID!) {
    result: supervisionSessions(keyPersonId: $keyPersonId) {
      id
      date
      kind
      note
      createdAt
    }
  }
`);

const LOG_SESSION = graphql(`
  mutation LogSupervisionSession($keyPersonId: ID!, $date: Date!, $kind: SupervisionKind!, $note: String) {
    result: logSupervisionSession(keyPersonId: $keyPersonId, date: $date, kind: $kind, note: $note) {
      id
      supervisionStatus
      lastSupervisionOn
    }
  }
`);

const CHECK_IN = graphql(`
  mutation SubmitWellbeingCheckIn($input: WellbeingCheckInInput!) {
    result: submitWellbeingCheckIn(input: $input) {
      id
      wellbeingStatus
    }
  }
`);

const CLEAR = graphql(`
  mutation ClearWellbeingFlag($keyPersonId: ID!, $note: String!) {
    result: clearWellbeingFlag(keyPersonId: $keyPersonId, note: $note) {
      id
      wellbeingStatus
    }
  }
`);

export const OVERSIGHT: Record<string, ResourceHandlers> = {
  /** getOne with any id: the dashboard of whoever asks (a regional coordinator's region) */
  oversightDashboards: {
    getOne: (params) => operation(DASHBOARD, {}, ({ result }) => ({ data: { ...result, id: (params as GetOneParams).id } })),
  },
  /**
   * getList({ filter: { kind }, pagination }): one page of the dashboard's action list, a
   * kind at a time (every kind without one), the server paging; id = kind and key person.
   * The counts per kind come along as `meta.counts`.
   */
  oversightActions: {
    getList: (params) => {
      const { filter, pagination } = params as GetListParams;
      const kind = (filter?.kind as ActionKind | undefined) || null;
      return operation(ACTIONS, { kind, page: pagination?.page ?? 1, perPage: pagination?.perPage ?? 10 }, ({ result }) => ({
        data: result.items.map((item) => ({ ...item, id: `${item.kind}-${item.keyPerson.id}` })),
        total: result.total,
        meta: { counts: result.counts },
      }));
    },
  },
  /** getList({ filter: { languageCode } }): every municipality in scope, id = its CBS code */
  coverage: {
    getList: (params) => {
      const { filter } = params as GetListParams;
      return operation(COVERAGE, { languageCode: String(filter?.languageCode ?? "") }, ({ result }) =>
        pageInBrowser(
          result.map((row) => ({ ...row, id: row.municipality.code })),
          params as GetListParams,
        ),
      );
    },
  },
  /** getOne(keyPersonId): status with reasons, recent check-ins and clearances (audited reads) */
  keyPersonWellbeing: {
    getOne: (params) =>
      operation(WELLBEING, { id: String((params as GetOneParams).id) }, ({ result, checkIns, clearances }) => ({
        data: { ...result, checkIns, clearances },
      })),
  },
  /** getList({ filter: { keyPersonId } }); create({ keyPersonId, date, kind, note }) */
  supervisionSessions: {
    getList: (params) => {
      const { filter } = params as GetListParams;
      return operation(SESSIONS, { keyPersonId: String(filter?.keyPersonId ?? "") }, ({ result }) => pageInBrowser(result, params as GetListParams));
    },
    create: (params) => {
      const data = (params as CreateParams).data as Values;
      return mutation(LOG_SESSION, {
        keyPersonId: String(data.keyPersonId),
        date: String(data.date),
        kind: data.kind as SupervisionKind,
        note: (data.note as string | undefined)?.trim() || null,
      });
    },
  },
  /** create({ strain, emotionalImpact, support, contactRequested }): the key person's own check-in */
  wellbeingCheckIns: {
    create: (params) => {
      const data = (params as CreateParams).data as Values;
      return mutation(CHECK_IN, {
        input: {
          strain: Number(data.strain),
          emotionalImpact: Number(data.emotionalImpact),
          support: Number(data.support),
          contactRequested: Boolean(data.contactRequested),
        },
      });
    },
  },
  /** create({ keyPersonId, note }): a coordinator lifts a RED stop */
  wellbeingClearances: {
    create: (params) => {
      const data = (params as CreateParams).data as Values;
      return mutation(CLEAR, { keyPersonId: String(data.keyPersonId), note: String(data.note ?? "").trim() });
    },
  },
};
