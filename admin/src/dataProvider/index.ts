import { HttpError, type DataProvider } from "react-admin";
import type { KeyPersonStatus, LeavingReason } from "../gql/graphql";
import type { KeyPersonRecord, UserRecord } from "../types";
import { buildQuery, type Method } from "./buildQuery";
import { graphqlRequest } from "./graphqlClient";
import type { AnyParams } from "./queryKit";
import { getReferenceList, getReferenceMany, isReferenceResource } from "./referenceData";
import { CONFIRM_PROFILE, decorateKeyPerson, SET_KEY_PERSON_STATUS, SET_MY_LOCALE } from "./registry";

export interface SleutelkaartDataProvider extends DataProvider {
  /** `leaving`: why they stop, required when the status becomes INACTIVE (issue 20). */
  setKeyPersonStatus(id: string, status: KeyPersonStatus, leaving?: { reason: LeavingReason; note: string | null }): Promise<{ data: KeyPersonRecord }>;
  confirmProfile(id: string): Promise<{ data: KeyPersonRecord }>;
  setMyLocale(locale: string): Promise<{ data: Pick<UserRecord, "id" | "locale"> }>;
}

// The result type comes from the DataProvider method that calls it: react-admin's
// methods are generic in the record type, which the GraphQL response cannot check.
async function run<Result>(method: Method, resource: string, params: AnyParams, signal?: AbortSignal): Promise<Result> {
  const { query, variables, parseResponse } = buildQuery(method, resource, params);
  const data = await graphqlRequest(query, variables, signal);
  if ((data as { result?: unknown }).result === null) throw new HttpError("ra.notification.item_doesnt_exist", 404);
  return parseResponse(data) as Result;
}

const unsupported = (what: string) => () => Promise.reject(new HttpError(`${what} is not offered by the API`, 400));

export const dataProvider: SleutelkaartDataProvider = {
  getList: (resource, params) => (isReferenceResource(resource) ? getReferenceList(resource, params) : run("getList", resource, params, params.signal)),
  getMany: (resource, params) => (isReferenceResource(resource) ? getReferenceMany(resource, params) : run("getMany", resource, params, params.signal)),
  getOne: (resource, params) => run("getOne", resource, params, params.signal),
  create: (resource, params) => run("create", resource, params),
  update: (resource, params) => run("update", resource, params),
  getManyReference: unsupported("getManyReference"),
  updateMany: unsupported("updateMany"),
  delete: unsupported("delete"),
  deleteMany: unsupported("deleteMany"),

  setKeyPersonStatus: async (id, status, leaving) => {
    const { result } = await graphqlRequest(SET_KEY_PERSON_STATUS, {
      id,
      status,
      leavingReason: leaving?.reason ?? null,
      leavingNote: leaving?.note ?? null,
    });
    return { data: decorateKeyPerson(result) };
  },
  confirmProfile: async (id) => {
    const { result } = await graphqlRequest(CONFIRM_PROFILE, { id });
    return { data: decorateKeyPerson(result) };
  },
  setMyLocale: async (locale) => {
    const { result } = await graphqlRequest(SET_MY_LOCALE, { locale });
    return { data: result };
  },
};
