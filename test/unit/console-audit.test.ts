// The console's audit log page: who may open it, and how its filter becomes AuditFilter.
import { canAccess } from "../../admin/src/canAccess";
import { startOfDay, toAuditFilter } from "../../admin/src/dataProvider/audit";
import { buildQuery, isResource } from "../../admin/src/dataProvider/buildQuery";

test.each([
  ["COORDINATOR", "list", true],
  ["COORDINATOR", "edit", false],
  ["COORDINATOR", "create", false],
  ["REGIONAL_COORDINATOR", "list", false],
  ["ORGANISATION", "list", false],
  ["KEY_PERSON", "list", false],
] as const)("%s may %s the audit log: %s (as the API allows: the national coordinator only, read-only)", (role, action, allowed) => {
  expect(canAccess(role, action, "auditLog")).toBe(allowed);
});

test.each([
  ["nothing chosen", {}, {}],
  ["empty inputs are left out", { action: "", entityType: null, entityId: "  ", actorUserId: undefined }, {}],
  [
    "action, record type, record number (trimmed) and who",
    { action: "updateKeyPerson", entityType: "KeyPerson", entityId: " 12 ", actorUserId: "3" },
    { action: "updateKeyPerson", entityType: "KeyPerson", entityId: "12", actorUserId: "3" },
  ],
  [
    "a period of days: from the first day's start to the start of the day after the last",
    { from: "2025-03-30", to: "2025-03-31" },
    { from: startOfDay("2025-03-30"), to: startOfDay("2025-04-01") },
  ],
  ["a date that is not a day is ignored", { from: "yesterday", to: 5 }, {}],
])("filter: %s", (_what, filter, expected) => {
  expect(toAuditFilter(filter)).toEqual(expected);
});

test("a day begins at local midnight, the next one a day later", () => {
  const start = new Date(startOfDay("2025-03-30"));
  expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours(), start.getMinutes()]).toEqual([2025, 2, 30, 0, 0]);
  expect(new Date(startOfDay("2025-12-31", 1)).getDate()).toBe(1);
});

test("only a list is offered: the log cannot be changed", () => {
  expect(isResource("auditLog")).toBe(true);
  const list = buildQuery("getList", "auditLog", {
    pagination: { page: 2, perPage: 500 },
    sort: { field: "at", order: "DESC" },
    filter: { action: "readWellbeing" },
  });
  expect(String(list.query)).toContain("auditLog(filter: $filter, page: $page, perPage: $perPage, sort: $sort)");
  expect(list.variables).toEqual({ filter: { action: "readWellbeing" }, page: 2, perPage: 100, sort: { field: "AT", order: "DESC" } });
  for (const method of ["getOne", "create", "update"] as const) {
    expect(() => buildQuery(method, "auditLog", { id: "1", data: {} } as never)).toThrow();
  }
});
