import type { GetListParams, GetListResult, GetManyParams, RaRecord } from "react-admin";
import { graphql } from "../gql";
import type { LanguagesQuery, MunicipalitiesQuery } from "../gql/graphql";
import { graphqlRequest } from "./graphqlClient";

// Languages, expertise areas and municipalities are small, fixed lists: fetch each once
// and page, filter and look up in the browser, so autocompletes answer instantly.

const QUERIES = {
  languages: graphql(`
    query Languages {
      result: languages {
        code
        name
        nameNl
      }
    }
  `),
  expertiseAreas: graphql(`
    query ExpertiseAreas {
      result: expertiseAreas {
        code
        name
        nameNl
      }
    }
  `),
  municipalities: graphql(`
    query Municipalities {
      result: municipalities {
        code
        name
        province
        provinceCode
      }
    }
  `),
} as const;

type ReferenceData = LanguagesQuery["result"][number] | MunicipalitiesQuery["result"][number];

export type ReferenceRecord = ReferenceData & { id: string };

export type ReferenceResource = keyof typeof QUERIES;

export const isReferenceResource = (resource: string): resource is ReferenceResource => resource in QUERIES;

const cache = new Map<ReferenceResource, Promise<ReferenceRecord[]>>();

const fetchAll = async (resource: ReferenceResource): Promise<ReferenceRecord[]> => {
  const { result } = await graphqlRequest<{ result: ReferenceData[] }, Record<string, never>>(QUERIES[resource], {});
  return result.map((record) => ({ ...record, id: record.code }));
};

const loadAll = (resource: ReferenceResource): Promise<ReferenceRecord[]> => {
  const cached = cache.get(resource);
  if (cached) return cached;
  const records = fetchAll(resource);
  // a failed load (e.g. the session ended) must not stick
  records.catch(() => cache.delete(resource));
  cache.set(resource, records);
  return records;
};

const matches = (record: ReferenceRecord, q: string): boolean => {
  const needle = q.trim().toLocaleLowerCase();
  const nameNl = "nameNl" in record ? record.nameNl : undefined;
  return [record.code, record.name, nameNl].some((text) => text?.toLocaleLowerCase().includes(needle));
};

export async function getReferenceList<R extends RaRecord>(resource: ReferenceResource, params: GetListParams): Promise<GetListResult<R>> {
  const all = await loadAll(resource);
  const q = typeof params.filter?.q === "string" ? params.filter.q : "";
  const filtered = q ? all.filter((record) => matches(record, q)) : all;
  const field = (params.sort?.field ?? "name") as keyof ReferenceRecord;
  const direction = params.sort?.order === "DESC" ? -1 : 1;
  const sorted = [...filtered].sort((a, b) => direction * String(a[field] ?? "").localeCompare(String(b[field] ?? "")));
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  return { data: sorted.slice((page - 1) * perPage, page * perPage) as unknown as R[], total: sorted.length };
}

export async function getReferenceMany<R extends RaRecord>(resource: ReferenceResource, params: GetManyParams): Promise<{ data: R[] }> {
  const byId = new Map((await loadAll(resource)).map((record) => [record.id, record]));
  return { data: params.ids.flatMap((id) => byId.get(id) ?? []) as unknown as R[] };
}
