import { canAccess } from "../../admin/src/canAccess";
import type { Role } from "../../admin/src/types";

// role, action, resource -> may the console offer it?
const cases: [Role | null, string, string, boolean][] = [
  ["COORDINATOR", "list", "keyPersons", true],
  ["COORDINATOR", "create", "keyPersons", true],
  ["COORDINATOR", "edit", "keyPersons", true],
  ["COORDINATOR", "delete", "keyPersons", false], // the API deletes nothing
  ["COORDINATOR", "list", "organisations", true],
  ["COORDINATOR", "edit", "organisations", true],
  ["COORDINATOR", "list", "users", true],
  ["COORDINATOR", "create", "users", true],
  ["COORDINATOR", "edit", "users", false],
  ["COORDINATOR", "edit", "myProfile", false],
  ["REGIONAL_COORDINATOR", "list", "keyPersons", true],
  ["REGIONAL_COORDINATOR", "edit", "keyPersons", true],
  ["REGIONAL_COORDINATOR", "list", "organisations", true],
  ["REGIONAL_COORDINATOR", "create", "organisations", false],
  ["REGIONAL_COORDINATOR", "list", "users", false],
  ["ORGANISATION", "show", "organisations", true],
  ["ORGANISATION", "list", "organisations", false],
  ["ORGANISATION", "edit", "organisations", false],
  ["ORGANISATION", "list", "keyPersons", false],
  ["ORGANISATION", "show", "myOrganisation", true],
  ["KEY_PERSON", "edit", "myProfile", true],
  ["KEY_PERSON", "edit", "keyPersons", true], // "Mijn profiel" is the edit view of their own record
  ["KEY_PERSON", "list", "keyPersons", false],
  ["KEY_PERSON", "show", "keyPersons", false],
  ["KEY_PERSON", "create", "keyPersons", false],
  ["KEY_PERSON", "list", "users", false],
  ["KEY_PERSON", "list", "languages", true],
  ["KEY_PERSON", "show", "dashboard", true],
  [null, "list", "keyPersons", false],
  [null, "list", "languages", false],
];

describe("canAccess", () => {
  it.each(cases)("%s may %s %s: %s", (role, action, resource, expected) => {
    expect(canAccess(role, action, resource)).toBe(expected);
  });

  it("refuses a role it does not know", () => {
    expect(canAccess("ADMIN" as Role, "list", "keyPersons")).toBe(false);
  });

  it("refuses a resource it does not know", () => {
    expect(canAccess("COORDINATOR", "list", "invoices")).toBe(false);
  });
});
