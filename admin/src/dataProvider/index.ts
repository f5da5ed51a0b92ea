import { HttpError, type DataProvider } from "react-admin";
import type { KeyPersonRecord, KeyPersonStatus, UserRecord } from "../types";
import { buildQuery, decorateKeyPerson, KEY_PERSON_FIELDS, type Method, UnsupportedOperation } from "./buildQuery";
import { graphqlRequest } from "./graphqlClient";
import { getReferenceList, getReferenceMany, isReferenceResource } from "./referenceData";

export interface SleutelkaartDataProvider extends DataProvider {
  setKeyPersonStatus(id: string, status: KeyPersonStatus): Promise<{ data: KeyPersonRecord }>;
  confirmProfile(id: string): Promise<{ data: KeyPersonRecord }>;
  setMyLocale(locale: string): Promise<{ data: Pick<UserRecord, "id" | "locale"> }>;
}

// The result type comes from the DataProvider method that calls it: react-admin's
// methods are generic in the record type, which the GraphQL response cannot check.
async function run<Result>(method: Method, resource: string, params: Parameters<typeof buildQuery>[2], signal?: AbortSignal): Promise<Result> {
  const { query, variables, parseResponse } = buildQuery(method, resource, params);
  const data = await graphqlRequest<{ result: unknown }>(query, variables, signal);
  if (data.result === null) throw new HttpError("ra.notification.item_doesnt_exist", 404);
  return parseResponse(data) as Result;
}

const unsupported = (what: string) => () => Promise.reject(new UnsupportedOperation(`${what} is not offered by the API`));

// The buttons beside the key person form: each returns the whole record, like getOne.
const keyPersonMutation = async (document: string, variables: Record<string, unknown>) => {
  const { result } = await graphqlRequest<{ result: Record<string, unknown> }>(document, variables);
  return { data: decorateKeyPerson(result) as unknown as KeyPersonRecord };
};

export const dataProvider: SleutelkaartDataProvider = {
  getList: (resource, params) =>
    isReferenceResource(resource) ? getReferenceList(resource, params) : run("getList", resource, params, params.signal),
  getMany: (resource, params) =>
    isReferenceResource(resource) ? getReferenceMany(resource, params) : run("getMany", resource, params, params.signal),
  getOne: (resource, params) => run("getOne", resource, params, params.signal),
  create: (resource, params) => run("create", resource, params),
  update: (resource, params) => run("update", resource, params),
  getManyReference: unsupported("getManyReference"),
  updateMany: unsupported("updateMany"),
  delete: unsupported("delete"),
  deleteMany: unsupported("deleteMany"),

  setKeyPersonStatus: (id, status) =>
    keyPersonMutation(
      `mutation SetStatus($id: ID!, $status: KeyPersonStatus!) {
        result: setKeyPersonStatus(id: $id, status: $status) { ${KEY_PERSON_FIELDS} } }`,
      { id, status },
    ),
  confirmProfile: (id) =>
    keyPersonMutation(`mutation Confirm($id: ID!) {
        result: confirmProfile(id: $id) { ${KEY_PERSON_FIELDS} } }`, { id }),
  setMyLocale: async (locale) => {
    const { result } = await graphqlRequest<{ result: Pick<UserRecord, "id" | "locale"> }>(
      `mutation SetLocale($locale: String!) { result: setMyLocale(locale: $locale) { id locale } }`,
      { locale },
    );
    return { data: result };
  },
};
