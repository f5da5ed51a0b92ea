// Who may do what in the console: one table, read by the menu, the resources and the
// buttons (through authProvider.canAccess). The server enforces the same rules and more
// (a regional coordinator sees only their region, a key person only themself); this
// table only decides what the console offers. Kept free of React so it is unit-tested.

import type { Role } from "./types";

/** react-admin's actions (list, show, create, edit, delete, export, …) */
export type Action = string;

const READ = ["list", "show"] as const;
const MANAGE = ["list", "show", "create", "edit"] as const;

/** Reference data that every signed-in user reads through autocompletes. */
const REFERENCE = { languages: READ, expertiseAreas: READ, municipalities: READ };

const RULES: Record<Role, Record<string, readonly Action[]>> = {
  COORDINATOR: {
    ...REFERENCE,
    dashboard: ["show"],
    keyPersons: MANAGE,
    organisations: MANAGE,
    users: ["list", "show", "create"],
  },
  REGIONAL_COORDINATOR: {
    ...REFERENCE,
    dashboard: ["show"],
    keyPersons: MANAGE,
    organisations: READ,
  },
  ORGANISATION: {
    ...REFERENCE,
    dashboard: ["show"],
    organisations: ["show"],
    myOrganisation: ["show"],
  },
  KEY_PERSON: {
    ...REFERENCE,
    dashboard: ["show"],
    // only their own record, through "Mijn profiel"
    keyPersons: ["edit"],
    myProfile: ["edit"],
  },
};

export function canAccess(role: Role | null | undefined, action: Action, resource: string): boolean {
  if (!role || !(role in RULES)) return false;
  return RULES[role][resource]?.includes(action) ?? false;
}
