// The research extract's file endpoint (server/src/research/research.router.ts). Pure, so unit-tested.
import { RESEARCH_PURPOSE_MAX } from "../../../server/src/domain/research-extract";

/** The longest purpose the server takes. */
export const PURPOSE_MAX = RESEARCH_PURPOSE_MAX;

/** The file's address: the period and the purpose in the query. */
export const extractPath = (start: string, end: string, purpose: string): string =>
  `/api/research/extract.csv?${new URLSearchParams({ start, end, purpose: purpose.trim() })}`;
