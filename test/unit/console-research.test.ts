// The console's research extract: only the national coordinator is offered it; the file's address.
import { canAccess } from "../../admin/src/canAccess";
import { PURPOSE_MAX, extractPath } from "../../admin/src/research/api";
import type { Role } from "../../admin/src/types";

test.each<[Role, boolean]>([
  ["COORDINATOR", true],
  ["REGIONAL_COORDINATOR", false],
  ["ORGANISATION", false],
  ["KEY_PERSON", false],
])("%s may make a research extract: %s", (role, expected) => {
  expect(canAccess(role, "create", "researchExtract")).toBe(expected);
});

test("the period and the trimmed purpose go in the query, encoded", () => {
  expect(extractPath("2026-01-01", "2026-03-31", "  Continuïteit & taal?  ")).toBe(
    "/api/research/extract.csv?start=2026-01-01&end=2026-03-31&purpose=Continu%C3%AFteit+%26+taal%3F",
  );
  expect(PURPOSE_MAX).toBe(500);
});
