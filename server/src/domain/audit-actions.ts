// Every action the server writes to the audit log, grouped by area. The audit writer only
// takes these names (AuditAction), the console words each one (admin/src/i18n/audit.*.ts,
// checked by test/unit/audit-actions.test.ts) and groups its action filter by these areas.

export const AUDIT_ACTION_AREAS = {
  accounts: [
    "acceptInvitation",
    "changePassword",
    "createAdmin",
    "createUser",
    "deactivateUser",
    "login",
    "loginFailed",
    "reactivateUser",
    "requestPasswordReset",
    "resendInvitation",
    "resetPassword",
    "setDigestsEnabled",
    "setMyLocale",
  ],
  registry: [
    "addLeave",
    "setAvailabilityWindows",
    "confirmProfile",
    "createKeyPerson",
    "createOrganisation",
    "exportKeyPersons",
    "exportOrganisations",
    "importKeyPersons",
    "removeLeave",
    "setKeyPersonStatus",
    "setOrganisationPublicEntry",
    "setPublicConsent",
    "updateKeyPerson",
    "updateOrganisation",
  ],
  matching: [
    "acceptAssignment",
    "cancelMatchRequest",
    "completeAssignment",
    "createMatchRequest",
    "declineAssignment",
    "expireAssignment",
    "proposeAssignment",
    "relocateNewcomer",
  ],
  compensation: [
    "approveExpenseClaim",
    "approveHours",
    "declareHours",
    "declareOwnActivity",
    "exportPayments",
    "rejectExpenseClaim",
    "rejectHours",
    "setAllowanceRate",
    "setCompensationRules",
    "setPayerAccount",
    "setPaymentDetails",
    "submitExpenseClaim",
  ],
  oversight: ["clearWellbeingFlag", "logSupervisionSession", "readWellbeing", "submitWellbeingCheckIn"],
  privacy: ["eraseKeyPerson", "exportPersonalData"],
  // care (issue 17)
  care: ["submitProqol", "downloadRecognitionStatement"],
  system: ["retryNotification", "seedDemo"],
  // newcomers' voice (issue 19); feedback from newcomers and signals about locations are anonymous and never audited
  voice: ["closeOrganisationFlag", "decideComplaint", "fileComplaint", "flagOrganisation", "rateAssignment", "respondToComplaint"],
  // qualifications (issue 17)
  qualifications: [
    "addQualification",
    "createQualificationType",
    "rejectQualification",
    "removeQualification",
    "updateQualificationType",
    "verifyQualification",
  ],
  // issue 17, groups
  groups: [
    "createGroupActivity",
    "cancelGroupActivity",
    "inviteToGroupActivity",
    "respondToGroupActivity",
    "recordAttendance",
    "addAffiliation",
    "endAffiliation",
  ],
  // referrals (issue 18)
  referrals: ["actOnReferral", "createReferral", "rerouteReferral"],
  // care services (issue 18)
  careServices: [
    "archiveCareService",
    "confirmCareService",
    "createCareService",
    "createOrganisationContact",
    "removeOrganisationContact",
    "updateCareService",
    "updateOrganisationContact",
  ],
  // request transfers and handovers (issue 18, transfers)
  // research extract (issue 20): who took which period out, why, and how many rows
  research: ["createResearchExtract"],
  transfers: ["proposeTransfer", "acceptTransfer", "declineTransfer", "withdrawTransfer", "handOverAssignment"],
  // report files (issue 20, files): CSV, XLSX and the quarterly PDF downloaded
  reportFiles: ["exportReport"],
} as const;

export type AuditArea = keyof typeof AUDIT_ACTION_AREAS;
/** A mutation the server refused on someone else's record (server/src/audit/refusals.ts): `refused` + the mutation's name. */
export type RefusedAction = `refused${Capitalize<string>}`;
export type AuditAction = (typeof AUDIT_ACTION_AREAS)[AuditArea][number] | RefusedAction;

/** The mutation a refused action names, or null when the action is not a refusal. */
export const refusedMutation = (action: string): string | null => (/^refused[A-Z]/.test(action) ? action.charAt(7).toLowerCase() + action.slice(8) : null);

export const AUDIT_ACTIONS: readonly AuditAction[] = Object.values(AUDIT_ACTION_AREAS).flat();

/** The area an action belongs to, or null for one the server no longer writes. */
export const auditAreaOf = (action: string): AuditArea | null =>
  (Object.keys(AUDIT_ACTION_AREAS) as AuditArea[]).find((area) => (AUDIT_ACTION_AREAS[area] as readonly string[]).includes(action)) ?? null;
