/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) { token }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query Me {\n    me { id email role locale keyPerson { id displayName } organisation { id name } municipalities { code name } }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token }\n  }\n": typeof types.LoginDocument,
    "\n  query AuditLog($filter: AuditFilter, $page: Int, $perPage: Int) {\n    result: auditLog(filter: $filter, page: $page, perPage: $perPage) {\n      items { id at action entityType entityId actorRole detail actor { id email role } }\n      total\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment HourEntryFields on HourEntry {\n    id date hours activity status reviewReason allowanceCents createdAt reviewedAt exportedAt\n    keyPerson { id displayName }\n    assignment { id request { id caseReference municipality { code name } organisation { id name } } }\n  }\n": typeof types.HourEntryFieldsFragmentDoc,
    "\n  fragment ExpenseClaimFields on ExpenseClaim {\n    id date kind km amountCents description status reviewReason createdAt reviewedAt exportedAt\n    keyPerson { id displayName }\n    assignment { id request { id caseReference municipality { code name } organisation { id name } } }\n  }\n": typeof types.ExpenseClaimFieldsFragmentDoc,
    "\n  fragment DeclarableAssignmentFields on Assignment {\n    id status hoursPerWeek proposedAt endedAt\n    request { id funding location { lat lon } municipality { code name } organisation { id name } }\n  }\n": typeof types.DeclarableAssignmentFieldsFragmentDoc,
    "\n  fragment CompensationRulesFields on CompensationRules {\n    year hourlyRateCents hourlyRateUnder21Cents monthCapCents yearCapCents kmRateCents provisional updatedAt\n  }\n": typeof types.CompensationRulesFieldsFragmentDoc,
    "\n  fragment PaymentExportFields on PaymentExport {\n    id funder periodFrom periodTo lineCount totalCents createdAt csv\n  }\n": typeof types.PaymentExportFieldsFragmentDoc,
    "\n  query HourEntryList($filter: ReviewFilter, $page: Int, $perPage: Int) {\n    result: hourEntries(filter: $filter, page: $page, perPage: $perPage) { items { ...HourEntryFields } total }\n  }\n": typeof types.HourEntryListDocument,
    "\n  mutation DeclareHours($input: HourEntryInput!) {\n    result: declareHours(input: $input) { ...HourEntryFields }\n  }\n": typeof types.DeclareHoursDocument,
    "\n  mutation ReviewHours($id: ID!, $approve: Boolean!, $reason: String) {\n    result: reviewHours(id: $id, approve: $approve, reason: $reason) { ...HourEntryFields }\n  }\n": typeof types.ReviewHoursDocument,
    "\n  query ExpenseClaimList($filter: ReviewFilter, $page: Int, $perPage: Int) {\n    result: expenseClaims(filter: $filter, page: $page, perPage: $perPage) { items { ...ExpenseClaimFields } total }\n  }\n": typeof types.ExpenseClaimListDocument,
    "\n  mutation SubmitExpenseClaim($input: ExpenseClaimInput!) {\n    result: submitExpenseClaim(input: $input) { ...ExpenseClaimFields }\n  }\n": typeof types.SubmitExpenseClaimDocument,
    "\n  mutation ReviewExpenseClaim($id: ID!, $approve: Boolean!, $reason: String) {\n    result: reviewExpenseClaim(id: $id, approve: $approve, reason: $reason) { ...ExpenseClaimFields }\n  }\n": typeof types.ReviewExpenseClaimDocument,
    "\n  query DeclarableAssignments($perPage: Int) {\n    result: assignments(filter: { status: ACTIVE }, perPage: $perPage) { items { ...DeclarableAssignmentFields } }\n    completed: assignments(filter: { status: COMPLETED }, perPage: $perPage) { items { ...DeclarableAssignmentFields } }\n  }\n": typeof types.DeclarableAssignmentsDocument,
    "\n  query PaymentExportList($page: Int, $perPage: Int) {\n    result: paymentExports(page: $page, perPage: $perPage) { items { ...PaymentExportFields } total }\n  }\n": typeof types.PaymentExportListDocument,
    "\n  query CompensationRules {\n    result: compensationRules { ...CompensationRulesFields }\n  }\n": typeof types.CompensationRulesDocument,
    "\n  mutation SetCompensationRules($year: Int!, $input: CompensationRulesInput!) {\n    result: setCompensationRules(year: $year, input: $input) { ...CompensationRulesFields }\n  }\n": typeof types.SetCompensationRulesDocument,
    "\n  query CompensationRulesMissing {\n    result: compensationRulesMissing\n  }\n": typeof types.CompensationRulesMissingDocument,
    "\n  query AllowanceOverview($keyPersonId: ID!, $year: Int!) {\n    result: allowanceOverview(keyPersonId: $keyPersonId, year: $year) {\n      year legalHourlyRateCents allowanceCents roomCents\n      figures { ...CompensationRulesFields }\n      months { month hoursDeclared hoursApproved allowanceCents roomCents }\n    }\n  }\n": typeof types.AllowanceOverviewDocument,
    "\n  query AllowanceRate($organisationId: ID) {\n    result: __typename\n    rate: allowanceRate(organisationId: $organisationId)\n  }\n": typeof types.AllowanceRateDocument,
    "\n  mutation SetAllowanceRate($organisationId: ID, $hourlyRateCents: Int) {\n    result: __typename\n    rate: setAllowanceRate(organisationId: $organisationId, hourlyRateCents: $hourlyRateCents)\n  }\n": typeof types.SetAllowanceRateDocument,
    "\n  mutation SetPaymentDetails($keyPersonId: ID!, $iban: String!) {\n    result: setPaymentDetails(keyPersonId: $keyPersonId, iban: $iban)\n  }\n": typeof types.SetPaymentDetailsDocument,
    "\n  fragment MatchRequestListFields on MatchRequest {\n    id caseReference status createdAt startsOn hoursPerWeek\n    municipality { code name province }\n    languages { code name nameNl }\n    expertise { code name nameNl }\n    organisation { id name }\n    unmetSince\n    unmetExclusions { rule count }\n  }\n": typeof types.MatchRequestListFieldsFragmentDoc,
    "\n  fragment MatchRequestFields on MatchRequest {\n    id caseReference status createdAt startsOn hoursPerWeek\n    municipality { code name province }\n    languages { code name nameNl }\n    expertise { code name nameNl }\n    organisation { id name }\n    unmetSince\n    unmetExclusions { rule count }\n    remoteAcceptable funding autoEscalate preferredGender backgroundPreference newcomerOrigin\n    location { lat lon }\n    assignments {\n      id status hoursPerWeek proposedAt respondBy respondedAt declineReason endedAt proposedBecause\n      keyPerson { id displayName homeMunicipality { code name } email phone }\n    }\n  }\n": typeof types.MatchRequestFieldsFragmentDoc,
    "\n  fragment AssignmentFields on Assignment {\n    id status hoursPerWeek proposedAt respondBy respondedAt declineReason endedAt proposedBecause\n    request {\n      id hoursPerWeek startsOn remoteAcceptable\n      municipality { code name province }\n      languages { code name nameNl }\n      expertise { code name nameNl }\n      organisation { id name }\n    }\n  }\n": typeof types.AssignmentFieldsFragmentDoc,
    "\n  fragment CandidateFields on MatchCandidate {\n    score distanceKm reasons explanation { code params }\n    keyPerson {\n      id displayName gender homeMunicipality { code name }\n      languages { language { code name nameNl } level }\n      workload { weeklyCapacityHours committedHours utilisation }\n    }\n  }\n": typeof types.CandidateFieldsFragmentDoc,
    "\n  query MatchRequestList($filter: MatchRequestFilter, $page: Int, $perPage: Int) {\n    result: matchRequests(filter: $filter, page: $page, perPage: $perPage) { items { ...MatchRequestListFields } total }\n  }\n": typeof types.MatchRequestListDocument,
    "\n  query MatchRequestOne($id: ID!) {\n    result: matchRequest(id: $id) { ...MatchRequestFields }\n  }\n": typeof types.MatchRequestOneDocument,
    "\n  mutation CreateMatchRequest($input: MatchRequestInput!) {\n    result: createMatchRequest(input: $input) { ...MatchRequestFields }\n  }\n": typeof types.CreateMatchRequestDocument,
    "\n  query AssignmentList($filter: AssignmentFilter, $page: Int, $perPage: Int) {\n    result: assignments(filter: $filter, page: $page, perPage: $perPage) { items { ...AssignmentFields } total }\n  }\n": typeof types.AssignmentListDocument,
    "\n  query MatchCandidates($requestId: ID!, $limit: Int!) {\n    result: matchCandidates(requestId: $requestId, limit: $limit) { ...CandidateFields }\n  }\n": typeof types.MatchCandidatesDocument,
    "\n  mutation ProposeAssignment($requestId: ID!, $keyPersonId: ID!) {\n    result: proposeAssignment(requestId: $requestId, keyPersonId: $keyPersonId) { id status }\n  }\n": typeof types.ProposeAssignmentDocument,
    "\n  mutation RespondToAssignment($assignmentId: ID!, $accept: Boolean!, $reason: String) {\n    result: respondToAssignment(assignmentId: $assignmentId, accept: $accept, reason: $reason) { ...AssignmentFields }\n  }\n": typeof types.RespondToAssignmentDocument,
    "\n  mutation CompleteAssignment($assignmentId: ID!) {\n    result: completeAssignment(assignmentId: $assignmentId) { id status }\n  }\n": typeof types.CompleteAssignmentDocument,
    "\n  mutation CancelMatchRequest($requestId: ID!) {\n    result: cancelMatchRequest(requestId: $requestId) { ...MatchRequestFields }\n  }\n": typeof types.CancelMatchRequestDocument,
    "\n  mutation RelocateNewcomer($requestId: ID!, $location: GeoPointInput!) {\n    result: relocateNewcomer(requestId: $requestId, location: $location) { ...MatchRequestFields }\n  }\n": typeof types.RelocateNewcomerDocument,
    "\n  fragment NotificationFields on Notification {\n    id kind status locale subject body attempts nextAttemptAt lastError sentAt createdAt dedupeKey\n    recipient { id email role locale emailBouncedAt }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query NotificationList($filter: NotificationFilter, $page: Int, $perPage: Int) {\n    result: notifications(filter: $filter, page: $page, perPage: $perPage) { items { ...NotificationFields } total }\n  }\n": typeof types.NotificationListDocument,
    "\n  mutation RetryNotification($id: ID!) {\n    result: retryNotification(id: $id) { ...NotificationFields }\n  }\n": typeof types.RetryNotificationDocument,
    "\n  query MyNotificationSettings {\n    result: myNotificationSettings { digestsEnabled emailBouncedAt }\n  }\n": typeof types.MyNotificationSettingsDocument,
    "\n  mutation SetDigestsEnabled($enabled: Boolean!) {\n    result: setDigestsEnabled(enabled: $enabled) { digestsEnabled emailBouncedAt }\n  }\n": typeof types.SetDigestsEnabledDocument,
    "\n  query OversightDashboard {\n    result: oversightDashboard {\n      byStatus { status count }\n      byWellbeing { status count }\n      bySupervision { status count }\n      staleCount unmetRequests\n      utilisation { label count }\n      weeklyHours { weekEnding declaredHours capacityHours }\n      actions { kind reasons { code params } keyPerson { id displayName homeMunicipality { code name } } }\n    }\n  }\n": typeof types.OversightDashboardDocument,
    "\n  query Coverage($languageCode: String!) {\n    result: coverage(languageCode: $languageCode) { municipality { code name province } reachable unmetRequests }\n  }\n": typeof types.CoverageDocument,
    "\n  query KeyPersonWellbeing($id: ID!) {\n    result: keyPerson(id: $id) { id displayName wellbeingStatus wellbeing { status reasons { code params level message } } }\n    checkIns: wellbeingCheckIns(keyPersonId: $id, limit: 6) { id at strain emotionalImpact support contactRequested }\n    clearances: wellbeingClearances(keyPersonId: $id) { id at note }\n  }\n": typeof types.KeyPersonWellbeingDocument,
    "\n  query SupervisionSessions($keyPersonId: ID!) {\n    result: supervisionSessions(keyPersonId: $keyPersonId) { id date kind note createdAt }\n  }\n": typeof types.SupervisionSessionsDocument,
    "\n  mutation LogSupervisionSession($keyPersonId: ID!, $date: Date!, $kind: SupervisionKind!, $note: String) {\n    result: logSupervisionSession(keyPersonId: $keyPersonId, date: $date, kind: $kind, note: $note) { id supervisionStatus lastSupervisionOn }\n  }\n": typeof types.LogSupervisionSessionDocument,
    "\n  mutation SubmitWellbeingCheckIn($input: WellbeingCheckInInput!) {\n    result: submitWellbeingCheckIn(input: $input) { id wellbeingStatus }\n  }\n": typeof types.SubmitWellbeingCheckInDocument,
    "\n  mutation ClearWellbeingFlag($keyPersonId: ID!, $note: String!) {\n    result: clearWellbeingFlag(keyPersonId: $keyPersonId, note: $note) { id wellbeingStatus }\n  }\n": typeof types.ClearWellbeingFlagDocument,
    "\n    query Languages {\n      result: languages { code name nameNl }\n    }\n  ": typeof types.LanguagesDocument,
    "\n    query ExpertiseAreas {\n      result: expertiseAreas { code name nameNl }\n    }\n  ": typeof types.ExpertiseAreasDocument,
    "\n    query Municipalities {\n      result: municipalities { code name province provinceCode }\n    }\n  ": typeof types.MunicipalitiesDocument,
    "\n  fragment KeyPersonListFields on KeyPerson {\n    id displayName status stale weeklyCapacityHours\n    homeMunicipality { code name }\n    languages { language { code name nameNl } level }\n    expertise { code name nameNl }\n    workload { weeklyCapacityHours committedHours utilisation }\n  }\n": typeof types.KeyPersonListFieldsFragmentDoc,
    "\n  fragment KeyPersonFields on KeyPerson {\n    id displayName email phone gender birthYear origins originMatchingConsent\n    languages { language { code name nameNl } level dialect }\n    expertise { code name nameNl }\n    homeMunicipality { code name province }\n    homeLocation { lat lon }\n    maxTravelKm remoteAvailable weeklyCapacityHours status compensationType\n    workload { weeklyCapacityHours committedHours utilisation }\n    supervisionStatus wellbeingStatus profileConfirmedAt stale\n    publicConsent { listed showName showMunicipality showLanguages showExpertise showEmail showPhone }\n    account { id email role deactivatedAt lastLoginAt }\n    createdAt updatedAt\n  }\n": typeof types.KeyPersonFieldsFragmentDoc,
    "\n  fragment OrganisationFields on Organisation {\n    id name kind municipality { code name } createdAt\n  }\n": typeof types.OrganisationFieldsFragmentDoc,
    "\n  fragment UserFields on User {\n    id email role locale createdAt lastLoginAt deactivatedAt\n    keyPerson { id displayName }\n    organisation { id name }\n    municipalities { code name }\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query KeyPersonList($filter: KeyPersonFilter, $page: Int, $perPage: Int) {\n    result: keyPersons(filter: $filter, page: $page, perPage: $perPage) { items { ...KeyPersonListFields } total }\n  }\n": typeof types.KeyPersonListDocument,
    "\n  query KeyPersonOne($id: ID!) {\n    result: keyPerson(id: $id) { ...KeyPersonFields }\n  }\n": typeof types.KeyPersonOneDocument,
    "\n  mutation CreateKeyPerson($input: KeyPersonInput!, $password: String) {\n    result: createKeyPerson(input: $input, password: $password) { ...KeyPersonFields }\n  }\n": typeof types.CreateKeyPersonDocument,
    "\n  mutation UpdateKeyPerson($id: ID!, $input: KeyPersonInput!) {\n    result: updateKeyPerson(id: $id, input: $input) { ...KeyPersonFields }\n  }\n": typeof types.UpdateKeyPersonDocument,
    "\n  mutation SetKeyPersonStatus($id: ID!, $status: KeyPersonStatus!) {\n    result: setKeyPersonStatus(id: $id, status: $status) { ...KeyPersonFields }\n  }\n": typeof types.SetKeyPersonStatusDocument,
    "\n  mutation ConfirmProfile($id: ID!) {\n    result: confirmProfile(id: $id) { ...KeyPersonFields }\n  }\n": typeof types.ConfirmProfileDocument,
    "\n  mutation SetMyLocale($locale: String!) {\n    result: setMyLocale(locale: $locale) { id locale }\n  }\n": typeof types.SetMyLocaleDocument,
    "\n  query OrganisationList($filter: OrganisationFilter, $page: Int, $perPage: Int) {\n    result: organisations(filter: $filter, page: $page, perPage: $perPage) { items { ...OrganisationFields } total }\n  }\n": typeof types.OrganisationListDocument,
    "\n  query OrganisationOne($id: ID!) {\n    result: organisation(id: $id) { ...OrganisationFields }\n  }\n": typeof types.OrganisationOneDocument,
    "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    result: createOrganisation(input: $input) { ...OrganisationFields }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    result: updateOrganisation(id: $id, input: $input) { ...OrganisationFields }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  query UserList($filter: UserFilter, $page: Int, $perPage: Int) {\n    result: users(filter: $filter, page: $page, perPage: $perPage) { items { ...UserFields } total }\n  }\n": typeof types.UserListDocument,
    "\n  query UserOne($id: ID!) {\n    result: user(id: $id) { ...UserFields }\n  }\n": typeof types.UserOneDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    result: createUser(input: $input) { ...UserFields }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) { user { email } }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment LeftOutFields on LeftOutPayment {\n    keyPersonId keyPersonName missing lineCount amountCents\n  }\n": typeof types.LeftOutFieldsFragmentDoc,
    "\n  fragment PayerAccountFields on PayerAccount {\n    name iban bic\n  }\n": typeof types.PayerAccountFieldsFragmentDoc,
    "\n  query PaymentExportPreview($o: ID, $f: Date!, $t: Date!) {\n    paymentExportPreview(organisationId: $o, from: $f, to: $t) {\n      lineCount totalCents\n      leftOut { ...LeftOutFields }\n      payerAccount { ...PayerAccountFields }\n    }\n  }\n": typeof types.PaymentExportPreviewDocument,
    "\n  mutation ExportPayments($o: ID, $f: Date!, $t: Date!, $l: String) {\n    exportPayments(organisationId: $o, from: $f, to: $t, locale: $l) {\n      id periodFrom periodTo lineCount totalCents csv sepaXml\n      leftOut { ...LeftOutFields }\n    }\n  }\n": typeof types.ExportPaymentsDocument,
    "\n  query SepaFiles {\n    paymentExports(page: 1, perPage: 100) { items { id sepaXml } }\n  }\n": typeof types.SepaFilesDocument,
    "\n  query PayerAccount($o: ID) {\n    payerAccount(organisationId: $o) { ...PayerAccountFields }\n  }\n": typeof types.PayerAccountDocument,
    "\n  mutation SetPayerAccount($o: ID, $i: PayerAccountInput!) {\n    setPayerAccount(organisationId: $o, input: $i) { ...PayerAccountFields }\n  }\n": typeof types.SetPayerAccountDocument,
    "\n    mutation DeactivateUser($id: ID!) {\n      deactivateUser(id: $id) { id deactivatedAt }\n    }\n  ": typeof types.DeactivateUserDocument,
    "\n    mutation ReactivateUser($id: ID!) {\n      reactivateUser(id: $id) { id deactivatedAt }\n    }\n  ": typeof types.ReactivateUserDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) { token }\n  }\n": types.ResetPasswordDocument,
    "\n  query Me {\n    me { id email role locale keyPerson { id displayName } organisation { id name } municipalities { code name } }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token }\n  }\n": types.LoginDocument,
    "\n  query AuditLog($filter: AuditFilter, $page: Int, $perPage: Int) {\n    result: auditLog(filter: $filter, page: $page, perPage: $perPage) {\n      items { id at action entityType entityId actorRole detail actor { id email role } }\n      total\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment HourEntryFields on HourEntry {\n    id date hours activity status reviewReason allowanceCents createdAt reviewedAt exportedAt\n    keyPerson { id displayName }\n    assignment { id request { id caseReference municipality { code name } organisation { id name } } }\n  }\n": types.HourEntryFieldsFragmentDoc,
    "\n  fragment ExpenseClaimFields on ExpenseClaim {\n    id date kind km amountCents description status reviewReason createdAt reviewedAt exportedAt\n    keyPerson { id displayName }\n    assignment { id request { id caseReference municipality { code name } organisation { id name } } }\n  }\n": types.ExpenseClaimFieldsFragmentDoc,
    "\n  fragment DeclarableAssignmentFields on Assignment {\n    id status hoursPerWeek proposedAt endedAt\n    request { id funding location { lat lon } municipality { code name } organisation { id name } }\n  }\n": types.DeclarableAssignmentFieldsFragmentDoc,
    "\n  fragment CompensationRulesFields on CompensationRules {\n    year hourlyRateCents hourlyRateUnder21Cents monthCapCents yearCapCents kmRateCents provisional updatedAt\n  }\n": types.CompensationRulesFieldsFragmentDoc,
    "\n  fragment PaymentExportFields on PaymentExport {\n    id funder periodFrom periodTo lineCount totalCents createdAt csv\n  }\n": types.PaymentExportFieldsFragmentDoc,
    "\n  query HourEntryList($filter: ReviewFilter, $page: Int, $perPage: Int) {\n    result: hourEntries(filter: $filter, page: $page, perPage: $perPage) { items { ...HourEntryFields } total }\n  }\n": types.HourEntryListDocument,
    "\n  mutation DeclareHours($input: HourEntryInput!) {\n    result: declareHours(input: $input) { ...HourEntryFields }\n  }\n": types.DeclareHoursDocument,
    "\n  mutation ReviewHours($id: ID!, $approve: Boolean!, $reason: String) {\n    result: reviewHours(id: $id, approve: $approve, reason: $reason) { ...HourEntryFields }\n  }\n": types.ReviewHoursDocument,
    "\n  query ExpenseClaimList($filter: ReviewFilter, $page: Int, $perPage: Int) {\n    result: expenseClaims(filter: $filter, page: $page, perPage: $perPage) { items { ...ExpenseClaimFields } total }\n  }\n": types.ExpenseClaimListDocument,
    "\n  mutation SubmitExpenseClaim($input: ExpenseClaimInput!) {\n    result: submitExpenseClaim(input: $input) { ...ExpenseClaimFields }\n  }\n": types.SubmitExpenseClaimDocument,
    "\n  mutation ReviewExpenseClaim($id: ID!, $approve: Boolean!, $reason: String) {\n    result: reviewExpenseClaim(id: $id, approve: $approve, reason: $reason) { ...ExpenseClaimFields }\n  }\n": types.ReviewExpenseClaimDocument,
    "\n  query DeclarableAssignments($perPage: Int) {\n    result: assignments(filter: { status: ACTIVE }, perPage: $perPage) { items { ...DeclarableAssignmentFields } }\n    completed: assignments(filter: { status: COMPLETED }, perPage: $perPage) { items { ...DeclarableAssignmentFields } }\n  }\n": types.DeclarableAssignmentsDocument,
    "\n  query PaymentExportList($page: Int, $perPage: Int) {\n    result: paymentExports(page: $page, perPage: $perPage) { items { ...PaymentExportFields } total }\n  }\n": types.PaymentExportListDocument,
    "\n  query CompensationRules {\n    result: compensationRules { ...CompensationRulesFields }\n  }\n": types.CompensationRulesDocument,
    "\n  mutation SetCompensationRules($year: Int!, $input: CompensationRulesInput!) {\n    result: setCompensationRules(year: $year, input: $input) { ...CompensationRulesFields }\n  }\n": types.SetCompensationRulesDocument,
    "\n  query CompensationRulesMissing {\n    result: compensationRulesMissing\n  }\n": types.CompensationRulesMissingDocument,
    "\n  query AllowanceOverview($keyPersonId: ID!, $year: Int!) {\n    result: allowanceOverview(keyPersonId: $keyPersonId, year: $year) {\n      year legalHourlyRateCents allowanceCents roomCents\n      figures { ...CompensationRulesFields }\n      months { month hoursDeclared hoursApproved allowanceCents roomCents }\n    }\n  }\n": types.AllowanceOverviewDocument,
    "\n  query AllowanceRate($organisationId: ID) {\n    result: __typename\n    rate: allowanceRate(organisationId: $organisationId)\n  }\n": types.AllowanceRateDocument,
    "\n  mutation SetAllowanceRate($organisationId: ID, $hourlyRateCents: Int) {\n    result: __typename\n    rate: setAllowanceRate(organisationId: $organisationId, hourlyRateCents: $hourlyRateCents)\n  }\n": types.SetAllowanceRateDocument,
    "\n  mutation SetPaymentDetails($keyPersonId: ID!, $iban: String!) {\n    result: setPaymentDetails(keyPersonId: $keyPersonId, iban: $iban)\n  }\n": types.SetPaymentDetailsDocument,
    "\n  fragment MatchRequestListFields on MatchRequest {\n    id caseReference status createdAt startsOn hoursPerWeek\n    municipality { code name province }\n    languages { code name nameNl }\n    expertise { code name nameNl }\n    organisation { id name }\n    unmetSince\n    unmetExclusions { rule count }\n  }\n": types.MatchRequestListFieldsFragmentDoc,
    "\n  fragment MatchRequestFields on MatchRequest {\n    id caseReference status createdAt startsOn hoursPerWeek\n    municipality { code name province }\n    languages { code name nameNl }\n    expertise { code name nameNl }\n    organisation { id name }\n    unmetSince\n    unmetExclusions { rule count }\n    remoteAcceptable funding autoEscalate preferredGender backgroundPreference newcomerOrigin\n    location { lat lon }\n    assignments {\n      id status hoursPerWeek proposedAt respondBy respondedAt declineReason endedAt proposedBecause\n      keyPerson { id displayName homeMunicipality { code name } email phone }\n    }\n  }\n": types.MatchRequestFieldsFragmentDoc,
    "\n  fragment AssignmentFields on Assignment {\n    id status hoursPerWeek proposedAt respondBy respondedAt declineReason endedAt proposedBecause\n    request {\n      id hoursPerWeek startsOn remoteAcceptable\n      municipality { code name province }\n      languages { code name nameNl }\n      expertise { code name nameNl }\n      organisation { id name }\n    }\n  }\n": types.AssignmentFieldsFragmentDoc,
    "\n  fragment CandidateFields on MatchCandidate {\n    score distanceKm reasons explanation { code params }\n    keyPerson {\n      id displayName gender homeMunicipality { code name }\n      languages { language { code name nameNl } level }\n      workload { weeklyCapacityHours committedHours utilisation }\n    }\n  }\n": types.CandidateFieldsFragmentDoc,
    "\n  query MatchRequestList($filter: MatchRequestFilter, $page: Int, $perPage: Int) {\n    result: matchRequests(filter: $filter, page: $page, perPage: $perPage) { items { ...MatchRequestListFields } total }\n  }\n": types.MatchRequestListDocument,
    "\n  query MatchRequestOne($id: ID!) {\n    result: matchRequest(id: $id) { ...MatchRequestFields }\n  }\n": types.MatchRequestOneDocument,
    "\n  mutation CreateMatchRequest($input: MatchRequestInput!) {\n    result: createMatchRequest(input: $input) { ...MatchRequestFields }\n  }\n": types.CreateMatchRequestDocument,
    "\n  query AssignmentList($filter: AssignmentFilter, $page: Int, $perPage: Int) {\n    result: assignments(filter: $filter, page: $page, perPage: $perPage) { items { ...AssignmentFields } total }\n  }\n": types.AssignmentListDocument,
    "\n  query MatchCandidates($requestId: ID!, $limit: Int!) {\n    result: matchCandidates(requestId: $requestId, limit: $limit) { ...CandidateFields }\n  }\n": types.MatchCandidatesDocument,
    "\n  mutation ProposeAssignment($requestId: ID!, $keyPersonId: ID!) {\n    result: proposeAssignment(requestId: $requestId, keyPersonId: $keyPersonId) { id status }\n  }\n": types.ProposeAssignmentDocument,
    "\n  mutation RespondToAssignment($assignmentId: ID!, $accept: Boolean!, $reason: String) {\n    result: respondToAssignment(assignmentId: $assignmentId, accept: $accept, reason: $reason) { ...AssignmentFields }\n  }\n": types.RespondToAssignmentDocument,
    "\n  mutation CompleteAssignment($assignmentId: ID!) {\n    result: completeAssignment(assignmentId: $assignmentId) { id status }\n  }\n": types.CompleteAssignmentDocument,
    "\n  mutation CancelMatchRequest($requestId: ID!) {\n    result: cancelMatchRequest(requestId: $requestId) { ...MatchRequestFields }\n  }\n": types.CancelMatchRequestDocument,
    "\n  mutation RelocateNewcomer($requestId: ID!, $location: GeoPointInput!) {\n    result: relocateNewcomer(requestId: $requestId, location: $location) { ...MatchRequestFields }\n  }\n": types.RelocateNewcomerDocument,
    "\n  fragment NotificationFields on Notification {\n    id kind status locale subject body attempts nextAttemptAt lastError sentAt createdAt dedupeKey\n    recipient { id email role locale emailBouncedAt }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query NotificationList($filter: NotificationFilter, $page: Int, $perPage: Int) {\n    result: notifications(filter: $filter, page: $page, perPage: $perPage) { items { ...NotificationFields } total }\n  }\n": types.NotificationListDocument,
    "\n  mutation RetryNotification($id: ID!) {\n    result: retryNotification(id: $id) { ...NotificationFields }\n  }\n": types.RetryNotificationDocument,
    "\n  query MyNotificationSettings {\n    result: myNotificationSettings { digestsEnabled emailBouncedAt }\n  }\n": types.MyNotificationSettingsDocument,
    "\n  mutation SetDigestsEnabled($enabled: Boolean!) {\n    result: setDigestsEnabled(enabled: $enabled) { digestsEnabled emailBouncedAt }\n  }\n": types.SetDigestsEnabledDocument,
    "\n  query OversightDashboard {\n    result: oversightDashboard {\n      byStatus { status count }\n      byWellbeing { status count }\n      bySupervision { status count }\n      staleCount unmetRequests\n      utilisation { label count }\n      weeklyHours { weekEnding declaredHours capacityHours }\n      actions { kind reasons { code params } keyPerson { id displayName homeMunicipality { code name } } }\n    }\n  }\n": types.OversightDashboardDocument,
    "\n  query Coverage($languageCode: String!) {\n    result: coverage(languageCode: $languageCode) { municipality { code name province } reachable unmetRequests }\n  }\n": types.CoverageDocument,
    "\n  query KeyPersonWellbeing($id: ID!) {\n    result: keyPerson(id: $id) { id displayName wellbeingStatus wellbeing { status reasons { code params level message } } }\n    checkIns: wellbeingCheckIns(keyPersonId: $id, limit: 6) { id at strain emotionalImpact support contactRequested }\n    clearances: wellbeingClearances(keyPersonId: $id) { id at note }\n  }\n": types.KeyPersonWellbeingDocument,
    "\n  query SupervisionSessions($keyPersonId: ID!) {\n    result: supervisionSessions(keyPersonId: $keyPersonId) { id date kind note createdAt }\n  }\n": types.SupervisionSessionsDocument,
    "\n  mutation LogSupervisionSession($keyPersonId: ID!, $date: Date!, $kind: SupervisionKind!, $note: String) {\n    result: logSupervisionSession(keyPersonId: $keyPersonId, date: $date, kind: $kind, note: $note) { id supervisionStatus lastSupervisionOn }\n  }\n": types.LogSupervisionSessionDocument,
    "\n  mutation SubmitWellbeingCheckIn($input: WellbeingCheckInInput!) {\n    result: submitWellbeingCheckIn(input: $input) { id wellbeingStatus }\n  }\n": types.SubmitWellbeingCheckInDocument,
    "\n  mutation ClearWellbeingFlag($keyPersonId: ID!, $note: String!) {\n    result: clearWellbeingFlag(keyPersonId: $keyPersonId, note: $note) { id wellbeingStatus }\n  }\n": types.ClearWellbeingFlagDocument,
    "\n    query Languages {\n      result: languages { code name nameNl }\n    }\n  ": types.LanguagesDocument,
    "\n    query ExpertiseAreas {\n      result: expertiseAreas { code name nameNl }\n    }\n  ": types.ExpertiseAreasDocument,
    "\n    query Municipalities {\n      result: municipalities { code name province provinceCode }\n    }\n  ": types.MunicipalitiesDocument,
    "\n  fragment KeyPersonListFields on KeyPerson {\n    id displayName status stale weeklyCapacityHours\n    homeMunicipality { code name }\n    languages { language { code name nameNl } level }\n    expertise { code name nameNl }\n    workload { weeklyCapacityHours committedHours utilisation }\n  }\n": types.KeyPersonListFieldsFragmentDoc,
    "\n  fragment KeyPersonFields on KeyPerson {\n    id displayName email phone gender birthYear origins originMatchingConsent\n    languages { language { code name nameNl } level dialect }\n    expertise { code name nameNl }\n    homeMunicipality { code name province }\n    homeLocation { lat lon }\n    maxTravelKm remoteAvailable weeklyCapacityHours status compensationType\n    workload { weeklyCapacityHours committedHours utilisation }\n    supervisionStatus wellbeingStatus profileConfirmedAt stale\n    publicConsent { listed showName showMunicipality showLanguages showExpertise showEmail showPhone }\n    account { id email role deactivatedAt lastLoginAt }\n    createdAt updatedAt\n  }\n": types.KeyPersonFieldsFragmentDoc,
    "\n  fragment OrganisationFields on Organisation {\n    id name kind municipality { code name } createdAt\n  }\n": types.OrganisationFieldsFragmentDoc,
    "\n  fragment UserFields on User {\n    id email role locale createdAt lastLoginAt deactivatedAt\n    keyPerson { id displayName }\n    organisation { id name }\n    municipalities { code name }\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query KeyPersonList($filter: KeyPersonFilter, $page: Int, $perPage: Int) {\n    result: keyPersons(filter: $filter, page: $page, perPage: $perPage) { items { ...KeyPersonListFields } total }\n  }\n": types.KeyPersonListDocument,
    "\n  query KeyPersonOne($id: ID!) {\n    result: keyPerson(id: $id) { ...KeyPersonFields }\n  }\n": types.KeyPersonOneDocument,
    "\n  mutation CreateKeyPerson($input: KeyPersonInput!, $password: String) {\n    result: createKeyPerson(input: $input, password: $password) { ...KeyPersonFields }\n  }\n": types.CreateKeyPersonDocument,
    "\n  mutation UpdateKeyPerson($id: ID!, $input: KeyPersonInput!) {\n    result: updateKeyPerson(id: $id, input: $input) { ...KeyPersonFields }\n  }\n": types.UpdateKeyPersonDocument,
    "\n  mutation SetKeyPersonStatus($id: ID!, $status: KeyPersonStatus!) {\n    result: setKeyPersonStatus(id: $id, status: $status) { ...KeyPersonFields }\n  }\n": types.SetKeyPersonStatusDocument,
    "\n  mutation ConfirmProfile($id: ID!) {\n    result: confirmProfile(id: $id) { ...KeyPersonFields }\n  }\n": types.ConfirmProfileDocument,
    "\n  mutation SetMyLocale($locale: String!) {\n    result: setMyLocale(locale: $locale) { id locale }\n  }\n": types.SetMyLocaleDocument,
    "\n  query OrganisationList($filter: OrganisationFilter, $page: Int, $perPage: Int) {\n    result: organisations(filter: $filter, page: $page, perPage: $perPage) { items { ...OrganisationFields } total }\n  }\n": types.OrganisationListDocument,
    "\n  query OrganisationOne($id: ID!) {\n    result: organisation(id: $id) { ...OrganisationFields }\n  }\n": types.OrganisationOneDocument,
    "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    result: createOrganisation(input: $input) { ...OrganisationFields }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    result: updateOrganisation(id: $id, input: $input) { ...OrganisationFields }\n  }\n": types.UpdateOrganisationDocument,
    "\n  query UserList($filter: UserFilter, $page: Int, $perPage: Int) {\n    result: users(filter: $filter, page: $page, perPage: $perPage) { items { ...UserFields } total }\n  }\n": types.UserListDocument,
    "\n  query UserOne($id: ID!) {\n    result: user(id: $id) { ...UserFields }\n  }\n": types.UserOneDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    result: createUser(input: $input) { ...UserFields }\n  }\n": types.CreateUserDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) { user { email } }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment LeftOutFields on LeftOutPayment {\n    keyPersonId keyPersonName missing lineCount amountCents\n  }\n": types.LeftOutFieldsFragmentDoc,
    "\n  fragment PayerAccountFields on PayerAccount {\n    name iban bic\n  }\n": types.PayerAccountFieldsFragmentDoc,
    "\n  query PaymentExportPreview($o: ID, $f: Date!, $t: Date!) {\n    paymentExportPreview(organisationId: $o, from: $f, to: $t) {\n      lineCount totalCents\n      leftOut { ...LeftOutFields }\n      payerAccount { ...PayerAccountFields }\n    }\n  }\n": types.PaymentExportPreviewDocument,
    "\n  mutation ExportPayments($o: ID, $f: Date!, $t: Date!, $l: String) {\n    exportPayments(organisationId: $o, from: $f, to: $t, locale: $l) {\n      id periodFrom periodTo lineCount totalCents csv sepaXml\n      leftOut { ...LeftOutFields }\n    }\n  }\n": types.ExportPaymentsDocument,
    "\n  query SepaFiles {\n    paymentExports(page: 1, perPage: 100) { items { id sepaXml } }\n  }\n": types.SepaFilesDocument,
    "\n  query PayerAccount($o: ID) {\n    payerAccount(organisationId: $o) { ...PayerAccountFields }\n  }\n": types.PayerAccountDocument,
    "\n  mutation SetPayerAccount($o: ID, $i: PayerAccountInput!) {\n    setPayerAccount(organisationId: $o, input: $i) { ...PayerAccountFields }\n  }\n": types.SetPayerAccountDocument,
    "\n    mutation DeactivateUser($id: ID!) {\n      deactivateUser(id: $id) { id deactivatedAt }\n    }\n  ": types.DeactivateUserDocument,
    "\n    mutation ReactivateUser($id: ID!) {\n      reactivateUser(id: $id) { id deactivatedAt }\n    }\n  ": types.ReactivateUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) { token }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { id email role locale keyPerson { id displayName } organisation { id name } municipalities { code name } }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) { token }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditFilter, $page: Int, $perPage: Int) {\n    result: auditLog(filter: $filter, page: $page, perPage: $perPage) {\n      items { id at action entityType entityId actorRole detail actor { id email role } }\n      total\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HourEntryFields on HourEntry {\n    id date hours activity status reviewReason allowanceCents createdAt reviewedAt exportedAt\n    keyPerson { id displayName }\n    assignment { id request { id caseReference municipality { code name } organisation { id name } } }\n  }\n"): typeof import('./graphql').HourEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExpenseClaimFields on ExpenseClaim {\n    id date kind km amountCents description status reviewReason createdAt reviewedAt exportedAt\n    keyPerson { id displayName }\n    assignment { id request { id caseReference municipality { code name } organisation { id name } } }\n  }\n"): typeof import('./graphql').ExpenseClaimFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeclarableAssignmentFields on Assignment {\n    id status hoursPerWeek proposedAt endedAt\n    request { id funding location { lat lon } municipality { code name } organisation { id name } }\n  }\n"): typeof import('./graphql').DeclarableAssignmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompensationRulesFields on CompensationRules {\n    year hourlyRateCents hourlyRateUnder21Cents monthCapCents yearCapCents kmRateCents provisional updatedAt\n  }\n"): typeof import('./graphql').CompensationRulesFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaymentExportFields on PaymentExport {\n    id funder periodFrom periodTo lineCount totalCents createdAt csv\n  }\n"): typeof import('./graphql').PaymentExportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HourEntryList($filter: ReviewFilter, $page: Int, $perPage: Int) {\n    result: hourEntries(filter: $filter, page: $page, perPage: $perPage) { items { ...HourEntryFields } total }\n  }\n"): typeof import('./graphql').HourEntryListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareHours($input: HourEntryInput!) {\n    result: declareHours(input: $input) { ...HourEntryFields }\n  }\n"): typeof import('./graphql').DeclareHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewHours($id: ID!, $approve: Boolean!, $reason: String) {\n    result: reviewHours(id: $id, approve: $approve, reason: $reason) { ...HourEntryFields }\n  }\n"): typeof import('./graphql').ReviewHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpenseClaimList($filter: ReviewFilter, $page: Int, $perPage: Int) {\n    result: expenseClaims(filter: $filter, page: $page, perPage: $perPage) { items { ...ExpenseClaimFields } total }\n  }\n"): typeof import('./graphql').ExpenseClaimListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitExpenseClaim($input: ExpenseClaimInput!) {\n    result: submitExpenseClaim(input: $input) { ...ExpenseClaimFields }\n  }\n"): typeof import('./graphql').SubmitExpenseClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewExpenseClaim($id: ID!, $approve: Boolean!, $reason: String) {\n    result: reviewExpenseClaim(id: $id, approve: $approve, reason: $reason) { ...ExpenseClaimFields }\n  }\n"): typeof import('./graphql').ReviewExpenseClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeclarableAssignments($perPage: Int) {\n    result: assignments(filter: { status: ACTIVE }, perPage: $perPage) { items { ...DeclarableAssignmentFields } }\n    completed: assignments(filter: { status: COMPLETED }, perPage: $perPage) { items { ...DeclarableAssignmentFields } }\n  }\n"): typeof import('./graphql').DeclarableAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentExportList($page: Int, $perPage: Int) {\n    result: paymentExports(page: $page, perPage: $perPage) { items { ...PaymentExportFields } total }\n  }\n"): typeof import('./graphql').PaymentExportListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompensationRules {\n    result: compensationRules { ...CompensationRulesFields }\n  }\n"): typeof import('./graphql').CompensationRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCompensationRules($year: Int!, $input: CompensationRulesInput!) {\n    result: setCompensationRules(year: $year, input: $input) { ...CompensationRulesFields }\n  }\n"): typeof import('./graphql').SetCompensationRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompensationRulesMissing {\n    result: compensationRulesMissing\n  }\n"): typeof import('./graphql').CompensationRulesMissingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllowanceOverview($keyPersonId: ID!, $year: Int!) {\n    result: allowanceOverview(keyPersonId: $keyPersonId, year: $year) {\n      year legalHourlyRateCents allowanceCents roomCents\n      figures { ...CompensationRulesFields }\n      months { month hoursDeclared hoursApproved allowanceCents roomCents }\n    }\n  }\n"): typeof import('./graphql').AllowanceOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllowanceRate($organisationId: ID) {\n    result: __typename\n    rate: allowanceRate(organisationId: $organisationId)\n  }\n"): typeof import('./graphql').AllowanceRateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAllowanceRate($organisationId: ID, $hourlyRateCents: Int) {\n    result: __typename\n    rate: setAllowanceRate(organisationId: $organisationId, hourlyRateCents: $hourlyRateCents)\n  }\n"): typeof import('./graphql').SetAllowanceRateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPaymentDetails($keyPersonId: ID!, $iban: String!) {\n    result: setPaymentDetails(keyPersonId: $keyPersonId, iban: $iban)\n  }\n"): typeof import('./graphql').SetPaymentDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchRequestListFields on MatchRequest {\n    id caseReference status createdAt startsOn hoursPerWeek\n    municipality { code name province }\n    languages { code name nameNl }\n    expertise { code name nameNl }\n    organisation { id name }\n    unmetSince\n    unmetExclusions { rule count }\n  }\n"): typeof import('./graphql').MatchRequestListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchRequestFields on MatchRequest {\n    id caseReference status createdAt startsOn hoursPerWeek\n    municipality { code name province }\n    languages { code name nameNl }\n    expertise { code name nameNl }\n    organisation { id name }\n    unmetSince\n    unmetExclusions { rule count }\n    remoteAcceptable funding autoEscalate preferredGender backgroundPreference newcomerOrigin\n    location { lat lon }\n    assignments {\n      id status hoursPerWeek proposedAt respondBy respondedAt declineReason endedAt proposedBecause\n      keyPerson { id displayName homeMunicipality { code name } email phone }\n    }\n  }\n"): typeof import('./graphql').MatchRequestFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentFields on Assignment {\n    id status hoursPerWeek proposedAt respondBy respondedAt declineReason endedAt proposedBecause\n    request {\n      id hoursPerWeek startsOn remoteAcceptable\n      municipality { code name province }\n      languages { code name nameNl }\n      expertise { code name nameNl }\n      organisation { id name }\n    }\n  }\n"): typeof import('./graphql').AssignmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CandidateFields on MatchCandidate {\n    score distanceKm reasons explanation { code params }\n    keyPerson {\n      id displayName gender homeMunicipality { code name }\n      languages { language { code name nameNl } level }\n      workload { weeklyCapacityHours committedHours utilisation }\n    }\n  }\n"): typeof import('./graphql').CandidateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchRequestList($filter: MatchRequestFilter, $page: Int, $perPage: Int) {\n    result: matchRequests(filter: $filter, page: $page, perPage: $perPage) { items { ...MatchRequestListFields } total }\n  }\n"): typeof import('./graphql').MatchRequestListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchRequestOne($id: ID!) {\n    result: matchRequest(id: $id) { ...MatchRequestFields }\n  }\n"): typeof import('./graphql').MatchRequestOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMatchRequest($input: MatchRequestInput!) {\n    result: createMatchRequest(input: $input) { ...MatchRequestFields }\n  }\n"): typeof import('./graphql').CreateMatchRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentList($filter: AssignmentFilter, $page: Int, $perPage: Int) {\n    result: assignments(filter: $filter, page: $page, perPage: $perPage) { items { ...AssignmentFields } total }\n  }\n"): typeof import('./graphql').AssignmentListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchCandidates($requestId: ID!, $limit: Int!) {\n    result: matchCandidates(requestId: $requestId, limit: $limit) { ...CandidateFields }\n  }\n"): typeof import('./graphql').MatchCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeAssignment($requestId: ID!, $keyPersonId: ID!) {\n    result: proposeAssignment(requestId: $requestId, keyPersonId: $keyPersonId) { id status }\n  }\n"): typeof import('./graphql').ProposeAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToAssignment($assignmentId: ID!, $accept: Boolean!, $reason: String) {\n    result: respondToAssignment(assignmentId: $assignmentId, accept: $accept, reason: $reason) { ...AssignmentFields }\n  }\n"): typeof import('./graphql').RespondToAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteAssignment($assignmentId: ID!) {\n    result: completeAssignment(assignmentId: $assignmentId) { id status }\n  }\n"): typeof import('./graphql').CompleteAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMatchRequest($requestId: ID!) {\n    result: cancelMatchRequest(requestId: $requestId) { ...MatchRequestFields }\n  }\n"): typeof import('./graphql').CancelMatchRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RelocateNewcomer($requestId: ID!, $location: GeoPointInput!) {\n    result: relocateNewcomer(requestId: $requestId, location: $location) { ...MatchRequestFields }\n  }\n"): typeof import('./graphql').RelocateNewcomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id kind status locale subject body attempts nextAttemptAt lastError sentAt createdAt dedupeKey\n    recipient { id email role locale emailBouncedAt }\n  }\n"): typeof import('./graphql').NotificationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationList($filter: NotificationFilter, $page: Int, $perPage: Int) {\n    result: notifications(filter: $filter, page: $page, perPage: $perPage) { items { ...NotificationFields } total }\n  }\n"): typeof import('./graphql').NotificationListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryNotification($id: ID!) {\n    result: retryNotification(id: $id) { ...NotificationFields }\n  }\n"): typeof import('./graphql').RetryNotificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationSettings {\n    result: myNotificationSettings { digestsEnabled emailBouncedAt }\n  }\n"): typeof import('./graphql').MyNotificationSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDigestsEnabled($enabled: Boolean!) {\n    result: setDigestsEnabled(enabled: $enabled) { digestsEnabled emailBouncedAt }\n  }\n"): typeof import('./graphql').SetDigestsEnabledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OversightDashboard {\n    result: oversightDashboard {\n      byStatus { status count }\n      byWellbeing { status count }\n      bySupervision { status count }\n      staleCount unmetRequests\n      utilisation { label count }\n      weeklyHours { weekEnding declaredHours capacityHours }\n      actions { kind reasons { code params } keyPerson { id displayName homeMunicipality { code name } } }\n    }\n  }\n"): typeof import('./graphql').OversightDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coverage($languageCode: String!) {\n    result: coverage(languageCode: $languageCode) { municipality { code name province } reachable unmetRequests }\n  }\n"): typeof import('./graphql').CoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyPersonWellbeing($id: ID!) {\n    result: keyPerson(id: $id) { id displayName wellbeingStatus wellbeing { status reasons { code params level message } } }\n    checkIns: wellbeingCheckIns(keyPersonId: $id, limit: 6) { id at strain emotionalImpact support contactRequested }\n    clearances: wellbeingClearances(keyPersonId: $id) { id at note }\n  }\n"): typeof import('./graphql').KeyPersonWellbeingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionSessions($keyPersonId: ID!) {\n    result: supervisionSessions(keyPersonId: $keyPersonId) { id date kind note createdAt }\n  }\n"): typeof import('./graphql').SupervisionSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogSupervisionSession($keyPersonId: ID!, $date: Date!, $kind: SupervisionKind!, $note: String) {\n    result: logSupervisionSession(keyPersonId: $keyPersonId, date: $date, kind: $kind, note: $note) { id supervisionStatus lastSupervisionOn }\n  }\n"): typeof import('./graphql').LogSupervisionSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitWellbeingCheckIn($input: WellbeingCheckInInput!) {\n    result: submitWellbeingCheckIn(input: $input) { id wellbeingStatus }\n  }\n"): typeof import('./graphql').SubmitWellbeingCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearWellbeingFlag($keyPersonId: ID!, $note: String!) {\n    result: clearWellbeingFlag(keyPersonId: $keyPersonId, note: $note) { id wellbeingStatus }\n  }\n"): typeof import('./graphql').ClearWellbeingFlagDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Languages {\n      result: languages { code name nameNl }\n    }\n  "): typeof import('./graphql').LanguagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ExpertiseAreas {\n      result: expertiseAreas { code name nameNl }\n    }\n  "): typeof import('./graphql').ExpertiseAreasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Municipalities {\n      result: municipalities { code name province provinceCode }\n    }\n  "): typeof import('./graphql').MunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KeyPersonListFields on KeyPerson {\n    id displayName status stale weeklyCapacityHours\n    homeMunicipality { code name }\n    languages { language { code name nameNl } level }\n    expertise { code name nameNl }\n    workload { weeklyCapacityHours committedHours utilisation }\n  }\n"): typeof import('./graphql').KeyPersonListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KeyPersonFields on KeyPerson {\n    id displayName email phone gender birthYear origins originMatchingConsent\n    languages { language { code name nameNl } level dialect }\n    expertise { code name nameNl }\n    homeMunicipality { code name province }\n    homeLocation { lat lon }\n    maxTravelKm remoteAvailable weeklyCapacityHours status compensationType\n    workload { weeklyCapacityHours committedHours utilisation }\n    supervisionStatus wellbeingStatus profileConfirmedAt stale\n    publicConsent { listed showName showMunicipality showLanguages showExpertise showEmail showPhone }\n    account { id email role deactivatedAt lastLoginAt }\n    createdAt updatedAt\n  }\n"): typeof import('./graphql').KeyPersonFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationFields on Organisation {\n    id name kind municipality { code name } createdAt\n  }\n"): typeof import('./graphql').OrganisationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id email role locale createdAt lastLoginAt deactivatedAt\n    keyPerson { id displayName }\n    organisation { id name }\n    municipalities { code name }\n  }\n"): typeof import('./graphql').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyPersonList($filter: KeyPersonFilter, $page: Int, $perPage: Int) {\n    result: keyPersons(filter: $filter, page: $page, perPage: $perPage) { items { ...KeyPersonListFields } total }\n  }\n"): typeof import('./graphql').KeyPersonListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyPersonOne($id: ID!) {\n    result: keyPerson(id: $id) { ...KeyPersonFields }\n  }\n"): typeof import('./graphql').KeyPersonOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateKeyPerson($input: KeyPersonInput!, $password: String) {\n    result: createKeyPerson(input: $input, password: $password) { ...KeyPersonFields }\n  }\n"): typeof import('./graphql').CreateKeyPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateKeyPerson($id: ID!, $input: KeyPersonInput!) {\n    result: updateKeyPerson(id: $id, input: $input) { ...KeyPersonFields }\n  }\n"): typeof import('./graphql').UpdateKeyPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetKeyPersonStatus($id: ID!, $status: KeyPersonStatus!) {\n    result: setKeyPersonStatus(id: $id, status: $status) { ...KeyPersonFields }\n  }\n"): typeof import('./graphql').SetKeyPersonStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmProfile($id: ID!) {\n    result: confirmProfile(id: $id) { ...KeyPersonFields }\n  }\n"): typeof import('./graphql').ConfirmProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLocale($locale: String!) {\n    result: setMyLocale(locale: $locale) { id locale }\n  }\n"): typeof import('./graphql').SetMyLocaleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationList($filter: OrganisationFilter, $page: Int, $perPage: Int) {\n    result: organisations(filter: $filter, page: $page, perPage: $perPage) { items { ...OrganisationFields } total }\n  }\n"): typeof import('./graphql').OrganisationListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOne($id: ID!) {\n    result: organisation(id: $id) { ...OrganisationFields }\n  }\n"): typeof import('./graphql').OrganisationOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    result: createOrganisation(input: $input) { ...OrganisationFields }\n  }\n"): typeof import('./graphql').CreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    result: updateOrganisation(id: $id, input: $input) { ...OrganisationFields }\n  }\n"): typeof import('./graphql').UpdateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserList($filter: UserFilter, $page: Int, $perPage: Int) {\n    result: users(filter: $filter, page: $page, perPage: $perPage) { items { ...UserFields } total }\n  }\n"): typeof import('./graphql').UserListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserOne($id: ID!) {\n    result: user(id: $id) { ...UserFields }\n  }\n"): typeof import('./graphql').UserOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    result: createUser(input: $input) { ...UserFields }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) { user { email } }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeftOutFields on LeftOutPayment {\n    keyPersonId keyPersonName missing lineCount amountCents\n  }\n"): typeof import('./graphql').LeftOutFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PayerAccountFields on PayerAccount {\n    name iban bic\n  }\n"): typeof import('./graphql').PayerAccountFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentExportPreview($o: ID, $f: Date!, $t: Date!) {\n    paymentExportPreview(organisationId: $o, from: $f, to: $t) {\n      lineCount totalCents\n      leftOut { ...LeftOutFields }\n      payerAccount { ...PayerAccountFields }\n    }\n  }\n"): typeof import('./graphql').PaymentExportPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportPayments($o: ID, $f: Date!, $t: Date!, $l: String) {\n    exportPayments(organisationId: $o, from: $f, to: $t, locale: $l) {\n      id periodFrom periodTo lineCount totalCents csv sepaXml\n      leftOut { ...LeftOutFields }\n    }\n  }\n"): typeof import('./graphql').ExportPaymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SepaFiles {\n    paymentExports(page: 1, perPage: 100) { items { id sepaXml } }\n  }\n"): typeof import('./graphql').SepaFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayerAccount($o: ID) {\n    payerAccount(organisationId: $o) { ...PayerAccountFields }\n  }\n"): typeof import('./graphql').PayerAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPayerAccount($o: ID, $i: PayerAccountInput!) {\n    setPayerAccount(organisationId: $o, input: $i) { ...PayerAccountFields }\n  }\n"): typeof import('./graphql').SetPayerAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DeactivateUser($id: ID!) {\n      deactivateUser(id: $id) { id deactivatedAt }\n    }\n  "): typeof import('./graphql').DeactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ReactivateUser($id: ID!) {\n      reactivateUser(id: $id) { id deactivatedAt }\n    }\n  "): typeof import('./graphql').ReactivateUserDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
