// The page sizes of every paged list of the API (the server enforces them in
// shared/pagination.ts; the console caps its requests by the same numbers).

/** The most rows one page may ask for. */
export const MAX_PER_PAGE = 100;
/** Rows per page when none is asked for. */
export const DEFAULT_PER_PAGE = 25;
/** The highest page number served. */
export const MAX_PAGE = 100_000;
