import type { CreateParams, GetListParams, GetOneParams } from "react-admin";
import type { BuiltQuery, Method } from "./buildQuery";
import { buildFrom, mutation, pageInBrowser, type AnyParams, type ResourceHandlers, type Values } from "./queryKit";

// Supervision, wellbeing and the coordinators' dashboard: the resources buildQuery hands
// to this module. Wellbeing answers and reasons are read only by `keyPersonWellbeing`,
// which the key person page asks for behind a toggle: every read is audited server-side.

const DASHBOARD_FIELDS = `
  byStatus { status count } byWellbeing { status count } bySupervision { status count }
  staleCount unmetRequests
  utilisation { label count }
  weeklyHours { weekEnding declaredHours capacityHours }
  actions { kind reasons { code params } keyPerson { id displayName homeMunicipality { code name } } }`;

const SESSION_FIELDS = `id date kind note createdAt`;

const OVERSIGHT: Record<string, ResourceHandlers> = {
  /** getOne with any id: the dashboard of whoever asks (a regional coordinator's region) */
  oversightDashboards: {
    getOne: (params) => ({
      query: `query Dashboard { result: oversightDashboard { ${DASHBOARD_FIELDS} } }`,
      variables: {},
      parseResponse: ({ result }) => {
        const dashboard = result as Values & { actions: Values[] };
        return {
          data: {
            ...dashboard,
            id: (params as GetOneParams).id,
            actions: dashboard.actions.map((action, index) => ({ ...action, id: index })),
          },
        };
      },
    }),
  },
  /** getList({ filter: { languageCode } }): every municipality in scope, id = its CBS code */
  coverage: {
    getList: (params) => {
      const { filter } = params as GetListParams;
      return {
        query: `query Coverage($languageCode: String!) {
          result: coverage(languageCode: $languageCode) { municipality { code name province } reachable unmetRequests } }`,
        variables: { languageCode: filter?.languageCode ?? "" },
        parseResponse: ({ result }) => {
          const records = (result as (Values & { municipality: { code: string } })[]).map((row) => ({ ...row, id: row.municipality.code }));
          return pageInBrowser(records, params as GetListParams);
        },
      };
    },
  },
  /** getOne(keyPersonId): status with reasons, recent check-ins and clearances (audited reads) */
  keyPersonWellbeing: {
    getOne: (params) => ({
      query: `query Wellbeing($id: ID!) {
        result: keyPerson(id: $id) { id displayName wellbeingStatus wellbeing { status reasons { code params level message } } }
        checkIns: wellbeingCheckIns(keyPersonId: $id, limit: 6) { id at strain emotionalImpact support contactRequested }
        clearances: wellbeingClearances(keyPersonId: $id) { id at note } }`,
      variables: { id: (params as GetOneParams).id },
      parseResponse: (data) => {
        const { result, checkIns, clearances } = data as unknown as { result: Values; checkIns: Values[]; clearances: Values[] };
        return { data: { ...result, checkIns, clearances } };
      },
    }),
  },
  /** getList({ filter: { keyPersonId } }); create({ keyPersonId, date, kind, note }) */
  supervisionSessions: {
    getList: (params) => {
      const { filter } = params as GetListParams;
      return {
        query: `query Sessions($keyPersonId: ID!) { result: supervisionSessions(keyPersonId: $keyPersonId) { ${SESSION_FIELDS} } }`,
        variables: { keyPersonId: filter?.keyPersonId },
        parseResponse: ({ result }) => pageInBrowser(result as Values[], params as GetListParams),
      };
    },
    create: (params) => {
      const data = (params as CreateParams).data as Values;
      return mutation(
        `mutation LogSession($keyPersonId: ID!, $date: Date!, $kind: SupervisionKind!, $note: String) {
          result: logSupervisionSession(keyPersonId: $keyPersonId, date: $date, kind: $kind, note: $note) { id supervisionStatus lastSupervisionOn } }`,
        { keyPersonId: data.keyPersonId, date: data.date, kind: data.kind, note: (data.note as string | undefined)?.trim() || null },
        (r) => r as Values,
      );
    },
  },
  /** create({ strain, emotionalImpact, support, contactRequested }): the key person's own check-in */
  wellbeingCheckIns: {
    create: (params) => {
      const data = (params as CreateParams).data as Values;
      return mutation(
        `mutation CheckIn($input: WellbeingCheckInInput!) { result: submitWellbeingCheckIn(input: $input) { id wellbeingStatus } }`,
        {
          input: {
            strain: Number(data.strain),
            emotionalImpact: Number(data.emotionalImpact),
            support: Number(data.support),
            contactRequested: Boolean(data.contactRequested),
          },
        },
        (r) => r as Values,
      );
    },
  },
  /** create({ keyPersonId, note }): a coordinator lifts a RED stop */
  wellbeingClearances: {
    create: (params) => {
      const data = (params as CreateParams).data as Values;
      return mutation(
        `mutation Clear($keyPersonId: ID!, $note: String!) { result: clearWellbeingFlag(keyPersonId: $keyPersonId, note: $note) { id wellbeingStatus } }`,
        { keyPersonId: data.keyPersonId, note: String(data.note ?? "").trim() },
        (r) => r as Values,
      );
    },
  },
};

export const isOversightResource = (resource: string): boolean => Object.hasOwn(OVERSIGHT, resource);

export const buildOversightQuery = (method: Method, resource: string, params: AnyParams): BuiltQuery =>
  buildFrom(OVERSIGHT, method, resource, params);
