// The console's CSV import and export: who is offered them, in which order the report's
// rows are shown, and when the import may be confirmed.
import { canAccess } from "../../admin/src/canAccess";
import { canConfirm, rowsToShow, type ImportReport } from "../../admin/src/import/api";
import type { Role } from "../../admin/src/types";

test.each<[Role, string, string, boolean]>([
  ["COORDINATOR", "create", "registryImport", true],
  ["COORDINATOR", "export", "registryExport", true],
  ["REGIONAL_COORDINATOR", "create", "registryImport", true],
  ["REGIONAL_COORDINATOR", "export", "registryExport", true],
  ["ORGANISATION", "create", "registryImport", false],
  ["ORGANISATION", "export", "registryExport", false],
  ["KEY_PERSON", "create", "registryImport", false],
  ["KEY_PERSON", "export", "registryExport", false],
])("%s may %s %s: %s", (role, action, resource, expected) => {
  expect(canAccess(role, action, resource)).toBe(expected);
});

const report = (summary: Partial<ImportReport["summary"]>, actions: ImportReport["rows"][number]["action"][] = [], dryRun = true): ImportReport => ({
  dryRun,
  imported: false,
  delimiter: ";",
  ignoredColumns: [],
  rows: actions.map((action, i) => ({ line: i + 2, action, email: `p${i}@example.nl`, name: `P${i}`, problems: [] })),
  summary: { rows: actions.length, create: 0, update: 0, unchanged: 0, refuse: 0, invitations: 0, ...summary },
});

test("refused rows come first, then the rest by line; or only the refused ones", () => {
  const r = report({}, ["create", "refuse", "update", "refuse"]);
  expect(rowsToShow(r, false).map((row) => row.line)).toEqual([3, 5, 2, 4]);
  expect(rowsToShow(r, true).map((row) => row.line)).toEqual([3, 5]);
});

test.each<[string, ImportReport | null, boolean]>([
  ["no report yet", null, false],
  ["rows to create", report({ create: 2 }), true],
  ["rows to update", report({ update: 1, unchanged: 3 }), true],
  ["a refused row", report({ create: 2, refuse: 1 }), false],
  ["nothing changes", report({ unchanged: 4 }), false],
  ["already imported", report({ create: 2 }, [], false), false],
])("confirm: %s → %s", (_name, r, expected) => {
  expect(canConfirm(r)).toBe(expected);
});
