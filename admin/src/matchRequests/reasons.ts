import { useGetList, useTranslate } from "react-admin";
import { useDisplayLocale, useLocalizedName } from "../common/useLocalizedName";
import { wordReason, type NameLookup, type ReasonLike } from "../common/wordReason";
import type { Named } from "../types";

const ALL = { pagination: { page: 1, perPage: 1000 }, sort: { field: "name", order: "ASC" as const } };

/** Words a candidate's explanation (MatchCandidate.explanation) in the UI's language, with language and expertise names. */
export function useReasonWording(): (reason: ReasonLike) => string {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const { nameOf } = useLocalizedName();
  const { data: languages } = useGetList<Named & { id: string; code?: string }>("languages", ALL);
  const { data: expertise } = useGetList<Named & { id: string; code?: string }>("expertiseAreas", ALL);
  const byCode = (list: (Named & { id: string; code?: string })[] | undefined, code: string) =>
    nameOf(list?.find((item) => (item.code ?? item.id) === code)) || code;
  const names: NameLookup = { language: (code) => byCode(languages, code), expertise: (code) => byCode(expertise, code) };
  return (reason) => wordReason(reason, { translate, locale, names }) ?? reason.code;
}
