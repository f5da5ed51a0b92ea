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

/** Who funds assignments reviews their hours and claims and exports the payments: an organisation, or the coordinator for the national scheme. */
const FUNDER = { review: ["show"], hourEntries: ["list"], expenseClaims: ["list"], paymentExports: ["list", "create"] };

/** Coordinators oversee workload, supervision and wellbeing (a regional coordinator: their region). */
const OVERSIGHT = { oversight: ["show"], wellbeing: ["show", "edit"], supervisionSessions: ["list", "create"], agendas: ["show"] };

/** Matching: coordinators follow every request (a regional one: their region) and see where requests go unmet. */
const MATCHING_OVERSIGHT = { matchRequests: READ, unmetRequests: ["list"] };

/** Coordinators import key persons from CSV and export the registry and organisations (a regional one: their region). */
const REGISTRY_FILES = { registryImport: ["create"], registryExport: ["export"] };

/** Newcomers' voice: coordinators decide complaints and read flags about organisations (a regional one: their region). */
const VOICE_OVERSIGHT = { complaints: READ, organisationFlags: ["list"] };

const RULES: Record<Role, Record<string, readonly Action[]>> = {
  COORDINATOR: {
    ...REFERENCE,
    dashboard: ["show"],
    keyPersons: MANAGE,
    organisations: MANAGE,
    users: ["list", "show", "create"],
    ...MATCHING_OVERSIGHT,
    ...FUNDER,
    ...OVERSIGHT,
    ...REGISTRY_FILES,
    compensationRules: ["list", "create", "edit"],
    // the e-mail outbox: what was sent, failed or held, and bounced addresses
    notifications: ["list"],
    // the append-only audit log: read, filter, never change (the API allows only the national coordinator)
    auditLog: ["list"],
    ...VOICE_OVERSIGHT,
    // qualifications (issue 17): the national list of qualification types
    qualificationTypes: ["list", "create", "edit"],
    // group activities (issue 17): run, invite, record attendance; affiliations on the key person page
    groupActivities: ["list", "show", "create"],
    affiliations: ["list", "create", "edit"],
    // referrals (issue 18): every referral, read-only
    referrals: READ,
    // request transfers (issue 18): followed, not answered
    transfers: ["list"],
    // the anonymised research extract (issue 20): the national coordinator only
    researchExtract: ["create"],
    // reports (issue 20): the whole country, or a province or municipalities of it
    reports: ["show"],
  },
  REGIONAL_COORDINATOR: {
    ...REFERENCE,
    dashboard: ["show"],
    keyPersons: MANAGE,
    organisations: READ,
    ...MATCHING_OVERSIGHT,
    ...OVERSIGHT,
    ...REGISTRY_FILES,
    ...VOICE_OVERSIGHT,
    groupActivities: ["list", "show", "create"],
    affiliations: ["list", "create", "edit"],
    // referrals (issue 18): those of their region, read-only
    referrals: READ,
    // request transfers (issue 18): followed in the region
    transfers: ["list"],
    // reports (issue 20): their region
    reports: ["show"],
  },
  ORGANISATION: {
    ...REFERENCE,
    dashboard: ["show"],
    organisations: ["show"],
    myOrganisation: ["show"],
    matchRequests: ["list", "show", "create"],
    ...FUNDER,
    // complaints it filed about assignments on its requests
    complaints: READ,
    // its own groups, for the key persons it supervises (the server refuses to create one otherwise)
    groupActivities: ["list", "show", "create"],
    // referrals (issue 18): made from its requests and received by its services
    referrals: ["list", "show", "create"],
    // request transfers (issue 18): propose, accept, decline, withdraw
    transfers: ["list"],
    // reports (issue 20): its own requests and the hours it funds
    reports: ["show"],
  },
  KEY_PERSON: {
    ...REFERENCE,
    dashboard: ["show"],
    // only their own record, through "Mijn profiel"
    keyPersons: ["edit"],
    myProfile: ["edit"],
    // "Mijn voorstellen": their own proposals and assignments
    assignments: ["list"],
    // their own hours, claims, check-ins and sessions
    myHours: ["show"],
    // their agenda: dated bookings and weekly availability windows
    myAgenda: ["show"],
    myClaims: ["show"],
    myWellbeing: ["show"],
    hourEntries: ["list"],
    expenseClaims: ["list"],
    supervisionSessions: ["list", "create"],
    // complaints about their assignments (to respond), their own flags, and "Signaal geven"
    complaints: READ,
    organisationFlags: ["list"],
    mySignals: ["show"],
    // the group activities they are invited to: answer, then declare the hours
    groupActivities: ["list", "show"],
    // referrals (issue 18): those of their own assignments
    referrals: ["list", "show", "create"],
  },
};

// care services (issue 18): "Hulpaanbod". Everyone reads the directory (key persons refer to it);
// organisations, municipal editors and coordinators add and edit (the server decides which services).
const CARE_SERVICES: Record<Role, readonly Action[]> = {
  COORDINATOR: MANAGE,
  REGIONAL_COORDINATOR: MANAGE,
  ORGANISATION: MANAGE,
  KEY_PERSON: READ,
};
for (const role of Object.keys(CARE_SERVICES) as Role[]) RULES[role].careServices = CARE_SERVICES[role];

export function canAccess(role: Role | null | undefined, action: Action, resource: string): boolean {
  if (!role || !(role in RULES)) return false;
  return RULES[role][resource]?.includes(action) ?? false;
}
