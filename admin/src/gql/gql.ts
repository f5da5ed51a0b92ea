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
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      token\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      role\n      locale\n      keyPerson {\n        id\n        displayName\n      }\n      organisation {\n        id\n        name\n      }\n      municipalities {\n        code\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query KeyPersonAgenda($id: ID!, $from: DateTime!, $to: DateTime!) {\n    keyPerson(id: $id) {\n      id\n      displayName\n      availabilityWindows {\n        weekday\n        startTime\n        endTime\n      }\n      bookings(from: $from, to: $to) {\n        assignmentId\n        requestId\n        kind\n        startsAt\n        endsAt\n        mode\n        status\n        municipality {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.KeyPersonAgendaDocument,
    "\n  mutation SetAvailabilityWindows($keyPersonId: ID!, $windows: [AvailabilityWindowInput!]!) {\n    setAvailabilityWindows(keyPersonId: $keyPersonId, windows: $windows) {\n      id\n      availabilityWindows {\n        weekday\n        startTime\n        endTime\n      }\n    }\n  }\n": typeof types.SetAvailabilityWindowsDocument,
    "\n  query AuditLog($filter: AuditFilter, $page: Int, $perPage: Int, $sort: AuditSort) {\n    result: auditLog(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        actorRole\n        actorName\n        entityName\n        entityErased\n        detail\n        actor {\n          id\n          email\n          role\n        }\n      }\n      total\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment CareServiceFields on CareService {\n    id\n    name\n    description\n    url\n    email\n    status\n    topics\n    interpretersAvailable\n    residenceEligibility\n    eligibilityDescription\n    applicationProcess\n    feesDescription\n    anonymousLine\n    nationwide\n    isPublic\n    assuredOn\n    stale\n    canEdit\n    updatedAt\n    organisation {\n      id\n      name\n    }\n    municipalities {\n      code\n      name\n    }\n    languages {\n      code\n      name\n      nameNl\n    }\n    phones {\n      id\n      number\n      description\n    }\n    schedules {\n      id\n      weekday\n      opensAt\n      closesAt\n      notes\n    }\n    locations {\n      id\n      name\n      address\n      postalCode\n      city\n      municipalityCode\n      lat\n      lon\n    }\n  }\n": typeof types.CareServiceFieldsFragmentDoc,
    "\n  query CareServiceList($filter: CareServiceFilter, $page: Int, $perPage: Int) {\n    result: careServices(filter: $filter, page: $page, perPage: $perPage) {\n      items {\n        ...CareServiceFields\n      }\n      total\n    }\n  }\n": typeof types.CareServiceListDocument,
    "\n  query CareServiceOne($id: ID!) {\n    result: careService(id: $id) {\n      ...CareServiceFields\n    }\n  }\n": typeof types.CareServiceOneDocument,
    "\n  mutation CreateCareService($input: CareServiceInput!) {\n    result: createCareService(input: $input) {\n      ...CareServiceFields\n    }\n  }\n": typeof types.CreateCareServiceDocument,
    "\n  mutation UpdateCareService($id: ID!, $input: CareServiceInput!) {\n    result: updateCareService(id: $id, input: $input) {\n      ...CareServiceFields\n    }\n  }\n": typeof types.UpdateCareServiceDocument,
    "\n  mutation ConfirmCareService($id: ID!) {\n    result: confirmCareService(id: $id) {\n      id\n      assuredOn\n      stale\n    }\n  }\n": typeof types.ConfirmCareServiceDocument,
    "\n  mutation ArchiveCareService($id: ID!) {\n    result: archiveCareService(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ArchiveCareServiceDocument,
    "\n  query StaleCareServices {\n    result: staleCareServices {\n      id\n      name\n      assuredOn\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.StaleCareServicesDocument,
    "\n  query OrganisationContacts($organisationId: ID!) {\n    result: organisationContacts(organisationId: $organisationId) {\n      id\n      name\n      title\n      email\n      phone\n    }\n  }\n": typeof types.OrganisationContactsDocument,
    "\n  mutation CreateOrganisationContact($organisationId: ID!, $input: OrganisationContactInput!) {\n    result: createOrganisationContact(organisationId: $organisationId, input: $input) {\n      id\n    }\n  }\n": typeof types.CreateOrganisationContactDocument,
    "\n  mutation UpdateOrganisationContact($id: ID!, $input: OrganisationContactInput!) {\n    result: updateOrganisationContact(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateOrganisationContactDocument,
    "\n  mutation RemoveOrganisationContact($id: ID!) {\n    result: removeOrganisationContact(id: $id)\n  }\n": typeof types.RemoveOrganisationContactDocument,
    "\n  fragment HourEntryFields on HourEntry {\n    id\n    date\n    hours\n    activity\n    ownActivity\n    note\n    status\n    reviewReason\n    allowanceCents\n    createdAt\n    reviewedAt\n    exportedAt\n    keyPerson {\n      id\n      displayName\n    }\n    assignment {\n      id\n      request {\n        id\n        caseReference\n        municipality {\n          code\n          name\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.HourEntryFieldsFragmentDoc,
    "\n  fragment ExpenseClaimFields on ExpenseClaim {\n    id\n    date\n    kind\n    km\n    amountCents\n    description\n    status\n    reviewReason\n    createdAt\n    reviewedAt\n    exportedAt\n    keyPerson {\n      id\n      displayName\n    }\n    assignment {\n      id\n      request {\n        id\n        caseReference\n        municipality {\n          code\n          name\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ExpenseClaimFieldsFragmentDoc,
    "\n  fragment DeclarableAssignmentFields on Assignment {\n    id\n    status\n    hoursPerWeek\n    proposedAt\n    endedAt\n    request {\n      id\n      funding\n      location {\n        lat\n        lon\n      }\n      municipality {\n        code\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DeclarableAssignmentFieldsFragmentDoc,
    "\n  fragment CompensationRulesFields on CompensationRules {\n    year\n    hourlyRateCents\n    hourlyRateUnder21Cents\n    monthCapCents\n    yearCapCents\n    kmRateCents\n    provisional\n    updatedAt\n  }\n": typeof types.CompensationRulesFieldsFragmentDoc,
    "\n  fragment PaymentExportFields on PaymentExport {\n    id\n    funder\n    periodFrom\n    periodTo\n    lineCount\n    totalCents\n    createdAt\n    csv\n  }\n": typeof types.PaymentExportFieldsFragmentDoc,
    "\n  query HourEntryList($filter: ReviewFilter, $page: Int, $perPage: Int, $sort: HourEntrySort) {\n    result: hourEntries(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        ...HourEntryFields\n      }\n      total\n    }\n  }\n": typeof types.HourEntryListDocument,
    "\n  mutation DeclareHours($input: HourEntryInput!) {\n    result: declareHours(input: $input) {\n      ...HourEntryFields\n    }\n  }\n": typeof types.DeclareHoursDocument,
    "\n  mutation DeclareOwnActivity($input: OwnActivityInput!) {\n    result: declareOwnActivity(input: $input) {\n      ...HourEntryFields\n    }\n  }\n": typeof types.DeclareOwnActivityDocument,
    "\n  mutation ReviewHours($id: ID!, $approve: Boolean!, $reason: String) {\n    result: reviewHours(id: $id, approve: $approve, reason: $reason) {\n      ...HourEntryFields\n    }\n  }\n": typeof types.ReviewHoursDocument,
    "\n  query ExpenseClaimList($filter: ReviewFilter, $page: Int, $perPage: Int, $sort: ExpenseClaimSort) {\n    result: expenseClaims(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        ...ExpenseClaimFields\n      }\n      total\n    }\n  }\n": typeof types.ExpenseClaimListDocument,
    "\n  mutation SubmitExpenseClaim($input: ExpenseClaimInput!) {\n    result: submitExpenseClaim(input: $input) {\n      ...ExpenseClaimFields\n    }\n  }\n": typeof types.SubmitExpenseClaimDocument,
    "\n  mutation ReviewExpenseClaim($id: ID!, $approve: Boolean!, $reason: String) {\n    result: reviewExpenseClaim(id: $id, approve: $approve, reason: $reason) {\n      ...ExpenseClaimFields\n    }\n  }\n": typeof types.ReviewExpenseClaimDocument,
    "\n  query DeclarableAssignments($perPage: Int) {\n    result: assignments(filter: { status: ACTIVE }, perPage: $perPage) {\n      items {\n        ...DeclarableAssignmentFields\n      }\n    }\n    completed: assignments(filter: { status: COMPLETED }, perPage: $perPage) {\n      items {\n        ...DeclarableAssignmentFields\n      }\n    }\n  }\n": typeof types.DeclarableAssignmentsDocument,
    "\n  query PaymentExportList($page: Int, $perPage: Int) {\n    result: paymentExports(page: $page, perPage: $perPage) {\n      items {\n        ...PaymentExportFields\n      }\n      total\n    }\n  }\n": typeof types.PaymentExportListDocument,
    "\n  query CompensationRules {\n    result: compensationRules {\n      ...CompensationRulesFields\n    }\n  }\n": typeof types.CompensationRulesDocument,
    "\n  mutation SetCompensationRules($year: Int!, $input: CompensationRulesInput!) {\n    result: setCompensationRules(year: $year, input: $input) {\n      ...CompensationRulesFields\n    }\n  }\n": typeof types.SetCompensationRulesDocument,
    "\n  query CompensationRulesMissing {\n    result: compensationRulesMissing\n  }\n": typeof types.CompensationRulesMissingDocument,
    "\n  query AllowanceOverview($keyPersonId: ID!, $year: Int!) {\n    result: allowanceOverview(keyPersonId: $keyPersonId, year: $year) {\n      year\n      legalHourlyRateCents\n      allowanceCents\n      roomCents\n      figures {\n        ...CompensationRulesFields\n      }\n      months {\n        month\n        hoursDeclared\n        hoursApproved\n        allowanceCents\n        roomCents\n      }\n    }\n  }\n": typeof types.AllowanceOverviewDocument,
    "\n  query AllowanceRate($organisationId: ID) {\n    result: __typename\n    rate: allowanceRate(organisationId: $organisationId)\n  }\n": typeof types.AllowanceRateDocument,
    "\n  mutation SetAllowanceRate($organisationId: ID, $hourlyRateCents: Int) {\n    result: __typename\n    rate: setAllowanceRate(organisationId: $organisationId, hourlyRateCents: $hourlyRateCents)\n  }\n": typeof types.SetAllowanceRateDocument,
    "\n  mutation SetPaymentDetails($keyPersonId: ID!, $iban: String!) {\n    result: setPaymentDetails(keyPersonId: $keyPersonId, iban: $iban)\n  }\n": typeof types.SetPaymentDetailsDocument,
    "\n  fragment GroupActivityFields on GroupActivity {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    capacity\n    onlineUrl\n    recurrence\n    seriesId\n    qualificationCode\n    cancelledAt\n    canManage\n    begun\n    placesLeft\n    location {\n      lat\n      lon\n    }\n    organisation {\n      id\n      name\n    }\n    counts {\n      invited\n      attending\n      notAttending\n      attended\n    }\n  }\n": typeof types.GroupActivityFieldsFragmentDoc,
    "\n  query GroupActivities($filter: GroupActivityFilter, $page: Int, $perPage: Int) {\n    result: groupActivities(filter: $filter, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...GroupActivityFields\n      }\n    }\n  }\n": typeof types.GroupActivitiesDocument,
    "\n  query GroupActivity($id: ID!) {\n    result: groupActivity(id: $id) {\n      ...GroupActivityFields\n      myInvitation {\n        id\n        answer\n        attended\n        ownActivityDraft {\n          activity\n          date\n          hours\n          note\n        }\n      }\n      invitations {\n        id\n        answer\n        answeredAt\n        attended\n        keyPerson {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.GroupActivityDocument,
    "\n  mutation CreateGroupActivity($input: GroupActivityInput!) {\n    result: createGroupActivity(input: $input) {\n      ...GroupActivityFields\n    }\n  }\n": typeof types.CreateGroupActivityDocument,
    "\n  mutation InviteToGroupActivity($activityId: ID!, $input: GroupInviteInput!) {\n    inviteToGroupActivity(activityId: $activityId, input: $input) {\n      invited\n      alreadyInvited\n    }\n  }\n": typeof types.InviteToGroupActivityDocument,
    "\n  mutation RespondToGroupActivity($activityId: ID!, $answer: GroupActivityAnswer!) {\n    respondToGroupActivity(activityId: $activityId, answer: $answer) {\n      id\n      answer\n    }\n  }\n": typeof types.RespondToGroupActivityDocument,
    "\n  mutation RecordAttendance($activityId: ID!, $keyPersonIds: [ID!]!) {\n    recordAttendance(activityId: $activityId, keyPersonIds: $keyPersonIds) {\n      id\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation CancelGroupActivity($id: ID!) {\n    cancelGroupActivity(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n": typeof types.CancelGroupActivityDocument,
    "\n  mutation DeclareGroupActivityHours($input: OwnActivityInput!) {\n    declareOwnActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.DeclareGroupActivityHoursDocument,
    "\n  query MyGroupInvitations {\n    myGroupInvitations {\n      id\n      answer\n      activity {\n        id\n        kind\n        title\n        startsAt\n        endsAt\n        placesLeft\n      }\n    }\n  }\n": typeof types.MyGroupInvitationsDocument,
    "\n  query KeyPersonAffiliations($id: ID!) {\n    keyPerson(id: $id) {\n      id\n      affiliations {\n        id\n        startsOn\n        endsOn\n        responsibleForSupervision\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.KeyPersonAffiliationsDocument,
    "\n  query OrganisationKeyPersons($organisationId: ID) {\n    affiliations(organisationId: $organisationId, currentOnly: true) {\n      id\n      responsibleForSupervision\n      keyPerson {\n        id\n        displayName\n        supervisionStatus\n        lastSupervisionOn\n      }\n    }\n  }\n": typeof types.OrganisationKeyPersonsDocument,
    "\n  mutation AddAffiliation($input: AffiliationInput!) {\n    addAffiliation(input: $input) {\n      id\n    }\n  }\n": typeof types.AddAffiliationDocument,
    "\n  mutation EndAffiliation($id: ID!, $endsOn: Date!) {\n    endAffiliation(id: $id, endsOn: $endsOn) {\n      id\n    }\n  }\n": typeof types.EndAffiliationDocument,
    "\n  fragment MatchRequestListFields on MatchRequest {\n    id\n    caseReference\n    status\n    kind\n    startsAt\n    endsAt\n    createdAt\n    startsOn\n    hoursPerWeek\n    municipality {\n      code\n      name\n      province\n    }\n    languages {\n      code\n      name\n      nameNl\n    }\n    expertise {\n      code\n      name\n      nameNl\n    }\n    organisation {\n      id\n      name\n    }\n    unmetSince\n    unmetExclusions {\n      rule\n      count\n    }\n  }\n": typeof types.MatchRequestListFieldsFragmentDoc,
    "\n  fragment MatchRequestFields on MatchRequest {\n    id\n    caseReference\n    status\n    kind\n    startsAt\n    endsAt\n    appointment {\n      mode\n      setting\n      role\n    }\n    consult {\n      topic\n      hours\n    }\n    session {\n      expectedParticipants\n      topics\n    }\n    requiredDialect\n    preferredDialect\n    createdAt\n    startsOn\n    hoursPerWeek\n    municipality {\n      code\n      name\n      province\n    }\n    languages {\n      code\n      name\n      nameNl\n    }\n    expertise {\n      code\n      name\n      nameNl\n    }\n    organisation {\n      id\n      name\n    }\n    unmetSince\n    unmetExclusions {\n      rule\n      count\n    }\n    remoteAcceptable\n    funding\n    autoEscalate\n    preferredGender\n    backgroundPreference\n    newcomerOrigin\n    location {\n      lat\n      lon\n    }\n    assignments {\n      id\n      status\n      hoursPerWeek\n      proposedAt\n      respondBy\n      respondedAt\n      declineReason\n      endedAt\n      proposedBecause\n      rating {\n        score\n      }\n      handovers {\n        handedOverOn\n        overlapUntil\n        fromAssignmentId\n        toAssignmentId\n      }\n      keyPerson {\n        id\n        displayName\n        homeMunicipality {\n          code\n          name\n        }\n        email\n        phone\n      }\n    }\n  }\n": typeof types.MatchRequestFieldsFragmentDoc,
    "\n  fragment AssignmentFields on Assignment {\n    id\n    status\n    hoursPerWeek\n    proposedAt\n    respondBy\n    respondedAt\n    declineReason\n    endedAt\n    proposedBecause\n    handovers {\n      handedOverOn\n      overlapUntil\n      fromAssignmentId\n      toAssignmentId\n    }\n    request {\n      id\n      kind\n      startsAt\n      endsAt\n      appointment {\n        mode\n        setting\n        role\n      }\n      consult {\n        topic\n        hours\n      }\n      session {\n        expectedParticipants\n        topics\n      }\n      requiredDialect\n      preferredDialect\n      hoursPerWeek\n      startsOn\n      remoteAcceptable\n      municipality {\n        code\n        name\n        province\n      }\n      languages {\n        code\n        name\n        nameNl\n      }\n      expertise {\n        code\n        name\n        nameNl\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AssignmentFieldsFragmentDoc,
    "\n  fragment CandidateFields on MatchCandidate {\n    score\n    distanceKm\n    parts {\n      distance\n      load\n      language\n      preferences\n      continuity\n    }\n    reasons\n    explanation {\n      code\n      params\n    }\n    keyPerson {\n      id\n      displayName\n      gender\n      homeMunicipality {\n        code\n        name\n      }\n      languages {\n        language {\n          code\n          name\n          nameNl\n        }\n        level\n      }\n      workload {\n        weeklyCapacityHours\n        committedHours\n        utilisation\n      }\n    }\n  }\n": typeof types.CandidateFieldsFragmentDoc,
    "\n  query MatchRequestList($filter: MatchRequestFilter, $page: Int, $perPage: Int, $sort: MatchRequestSort) {\n    result: matchRequests(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        ...MatchRequestListFields\n      }\n      total\n    }\n  }\n": typeof types.MatchRequestListDocument,
    "\n  query MatchRequestOne($id: ID!) {\n    result: matchRequest(id: $id) {\n      ...MatchRequestFields\n    }\n  }\n": typeof types.MatchRequestOneDocument,
    "\n  mutation CreateMatchRequest($input: MatchRequestInput!) {\n    result: createMatchRequest(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n": typeof types.CreateMatchRequestDocument,
    "\n  query AssignmentList($filter: AssignmentFilter, $page: Int, $perPage: Int, $sort: AssignmentSort) {\n    result: assignments(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        ...AssignmentFields\n      }\n      total\n    }\n  }\n": typeof types.AssignmentListDocument,
    "\n  query MatchCandidates($requestId: ID!, $limit: Int!) {\n    result: matchCandidates(requestId: $requestId, limit: $limit) {\n      ...CandidateFields\n    }\n  }\n": typeof types.MatchCandidatesDocument,
    "\n  mutation ProposeAssignment($requestId: ID!, $keyPersonId: ID!) {\n    result: proposeAssignment(requestId: $requestId, keyPersonId: $keyPersonId) {\n      id\n      status\n    }\n  }\n": typeof types.ProposeAssignmentDocument,
    "\n  mutation RespondToAssignment($assignmentId: ID!, $accept: Boolean!, $reason: String) {\n    result: respondToAssignment(assignmentId: $assignmentId, accept: $accept, reason: $reason) {\n      ...AssignmentFields\n    }\n  }\n": typeof types.RespondToAssignmentDocument,
    "\n  mutation CompleteAssignment($assignmentId: ID!) {\n    result: completeAssignment(assignmentId: $assignmentId) {\n      id\n      status\n    }\n  }\n": typeof types.CompleteAssignmentDocument,
    "\n  mutation CancelMatchRequest($requestId: ID!) {\n    result: cancelMatchRequest(requestId: $requestId) {\n      ...MatchRequestFields\n    }\n  }\n": typeof types.CancelMatchRequestDocument,
    "\n  mutation RelocateNewcomer($requestId: ID!, $location: GeoPointInput!) {\n    result: relocateNewcomer(requestId: $requestId, location: $location) {\n      ...MatchRequestFields\n    }\n  }\n": typeof types.RelocateNewcomerDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    status\n    locale\n    subject\n    body\n    attempts\n    nextAttemptAt\n    lastError\n    sentAt\n    createdAt\n    dedupeKey\n    recipient {\n      id\n      email\n      role\n      locale\n      emailBouncedAt\n    }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query NotificationList($filter: NotificationFilter, $page: Int, $perPage: Int, $sort: NotificationSort) {\n    result: notifications(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        ...NotificationFields\n      }\n      total\n    }\n  }\n": typeof types.NotificationListDocument,
    "\n  mutation RetryNotification($id: ID!) {\n    result: retryNotification(id: $id) {\n      ...NotificationFields\n    }\n  }\n": typeof types.RetryNotificationDocument,
    "\n  query MyNotificationSettings {\n    result: myNotificationSettings {\n      digestsEnabled\n      emailBouncedAt\n    }\n  }\n": typeof types.MyNotificationSettingsDocument,
    "\n  mutation SetDigestsEnabled($enabled: Boolean!) {\n    result: setDigestsEnabled(enabled: $enabled) {\n      digestsEnabled\n      emailBouncedAt\n    }\n  }\n": typeof types.SetDigestsEnabledDocument,
    "\n  query OversightDashboard {\n    result: oversightDashboard {\n      byStatus {\n        status\n        count\n      }\n      byWellbeing {\n        status\n        count\n      }\n      bySupervision {\n        status\n        count\n      }\n      staleCount\n      unmetRequests\n      utilisation {\n        label\n        count\n      }\n      bookedUtilisation {\n        label\n        count\n      }\n      referrals {\n        total\n        needsRerouting\n        byState {\n          key\n          count\n        }\n        byTopic {\n          key\n          count\n        }\n        byService {\n          key\n          label\n          count\n        }\n        medianDaysToAccept\n        medianDaysToAppointment\n      }\n      unmetByKind {\n        kind\n        count\n      }\n      hoursByWork {\n        kind\n        ownActivity\n        declaredHours\n        approvedHours\n      }\n      weeklyHours {\n        weekEnding\n        declaredHours\n        capacityHours\n      }\n      actionCounts {\n        kind\n        count\n      }\n    }\n  }\n": typeof types.OversightDashboardDocument,
    "\n  query OversightActions($kind: ActionKind, $page: Int, $perPage: Int) {\n    result: oversightActions(kind: $kind, page: $page, perPage: $perPage) {\n      items {\n        kind\n        reasons {\n          code\n          params\n        }\n        keyPerson {\n          id\n          displayName\n          homeMunicipality {\n            code\n            name\n          }\n        }\n      }\n      total\n      counts {\n        kind\n        count\n      }\n    }\n  }\n": typeof types.OversightActionsDocument,
    "\n  query Coverage($languageCode: String!) {\n    result: coverage(languageCode: $languageCode) {\n      municipality {\n        code\n        name\n        province\n      }\n      reachable\n      unmetRequests\n    }\n  }\n": typeof types.CoverageDocument,
    "\n  query KeyPersonWellbeing($id: ID!) {\n    result: keyPerson(id: $id) {\n      id\n      displayName\n      wellbeingStatus\n      wellbeing {\n        status\n        reasons {\n          code\n          params\n          level\n          message\n        }\n      }\n    }\n    checkIns: wellbeingCheckIns(keyPersonId: $id, limit: 6) {\n      id\n      at\n      strain\n      emotionalImpact\n      support\n      contactRequested\n    }\n    clearances: wellbeingClearances(keyPersonId: $id) {\n      id\n      at\n      note\n    }\n  }\n": typeof types.KeyPersonWellbeingDocument,
    "\n  query SupervisionSessions($keyPersonId: ID!) {\n    result: supervisionSessions(keyPersonId: $keyPersonId) {\n      id\n      date\n      kind\n      note\n      createdAt\n    }\n  }\n": typeof types.SupervisionSessionsDocument,
    "\n  mutation LogSupervisionSession($keyPersonId: ID!, $date: Date!, $kind: SupervisionKind!, $note: String) {\n    result: logSupervisionSession(keyPersonId: $keyPersonId, date: $date, kind: $kind, note: $note) {\n      id\n      supervisionStatus\n      lastSupervisionOn\n    }\n  }\n": typeof types.LogSupervisionSessionDocument,
    "\n  mutation SubmitWellbeingCheckIn($input: WellbeingCheckInInput!) {\n    result: submitWellbeingCheckIn(input: $input) {\n      id\n      wellbeingStatus\n    }\n  }\n": typeof types.SubmitWellbeingCheckInDocument,
    "\n  mutation ClearWellbeingFlag($keyPersonId: ID!, $note: String!) {\n    result: clearWellbeingFlag(keyPersonId: $keyPersonId, note: $note) {\n      id\n      wellbeingStatus\n    }\n  }\n": typeof types.ClearWellbeingFlagDocument,
    "\n  fragment QualificationTypeFields on QualificationType {\n    code\n    nameNl\n    nameEn\n    validityMonths\n    coversExpertise\n    active\n    updatedAt\n  }\n": typeof types.QualificationTypeFieldsFragmentDoc,
    "\n  query QualificationTypes($includeInactive: Boolean!) {\n    result: qualificationTypes(includeInactive: $includeInactive) {\n      ...QualificationTypeFields\n    }\n  }\n": typeof types.QualificationTypesDocument,
    "\n  mutation CreateQualificationType($input: QualificationTypeInput!) {\n    result: createQualificationType(input: $input) {\n      ...QualificationTypeFields\n    }\n  }\n": typeof types.CreateQualificationTypeDocument,
    "\n  mutation UpdateQualificationType($code: ID!, $input: QualificationTypeUpdateInput!) {\n    result: updateQualificationType(code: $code, input: $input) {\n      ...QualificationTypeFields\n    }\n  }\n": typeof types.UpdateQualificationTypeDocument,
    "\n  fragment QualificationFields on Qualification {\n    id\n    code\n    status\n    issuer\n    obtainedOn\n    validUntil\n    verifiedAt\n    verificationNote\n    validToday\n    type {\n      code\n      nameNl\n      nameEn\n    }\n  }\n": typeof types.QualificationFieldsFragmentDoc,
    "\n  query KeyPersonQualifications($id: ID!) {\n    result: keyPerson(id: $id) {\n      id\n      qualifications {\n        ...QualificationFields\n      }\n    }\n    types: qualificationTypes {\n      code\n      nameNl\n      nameEn\n    }\n  }\n": typeof types.KeyPersonQualificationsDocument,
    "\n  mutation AddQualification($keyPersonId: ID!, $input: QualificationInput!) {\n    result: addQualification(keyPersonId: $keyPersonId, input: $input) {\n      ...QualificationFields\n    }\n  }\n": typeof types.AddQualificationDocument,
    "\n  mutation VerifyQualification($id: ID!, $note: String!) {\n    result: verifyQualification(id: $id, note: $note) {\n      ...QualificationFields\n    }\n  }\n": typeof types.VerifyQualificationDocument,
    "\n  mutation RejectQualification($id: ID!, $note: String!) {\n    result: rejectQualification(id: $id, note: $note) {\n      ...QualificationFields\n    }\n  }\n": typeof types.RejectQualificationDocument,
    "\n  mutation RemoveQualification($id: ID!) {\n    result: removeQualification(id: $id)\n  }\n": typeof types.RemoveQualificationDocument,
    "\n    query Languages {\n      result: languages {\n        code\n        name\n        nameNl\n      }\n    }\n  ": typeof types.LanguagesDocument,
    "\n    query ExpertiseAreas {\n      result: expertiseAreas {\n        code\n        name\n        nameNl\n      }\n    }\n  ": typeof types.ExpertiseAreasDocument,
    "\n    query Municipalities {\n      result: municipalities {\n        code\n        name\n        province\n        provinceCode\n      }\n    }\n  ": typeof types.MunicipalitiesDocument,
    "\n  fragment ReferralFields on Referral {\n    id\n    state\n    needsRerouting\n    sharesMunicipality\n    sharesLanguage\n    sharesTopic\n    note\n    declineReason\n    declineNote\n    mySides\n    caseReference\n    requestId\n    assignmentId\n    reroutedFromId\n    reroutedToId\n    consentAt\n    sentAt\n    acceptedAt\n    declinedAt\n    appointmentMadeAt\n    waitingListAt\n    completedAt\n    withdrawnAt\n    topic {\n      code\n      name\n      nameNl\n    }\n    municipality {\n      code\n      name\n    }\n    language {\n      code\n      name\n      nameNl\n    }\n    careService {\n      id\n      name\n    }\n    referringOrganisation {\n      id\n      name\n    }\n    serviceOrganisation {\n      id\n      name\n    }\n    events {\n      id\n      fromState\n      state\n      action\n      side\n      note\n      at\n    }\n  }\n": typeof types.ReferralFieldsFragmentDoc,
    "\n  query ReferralList($filter: ReferralFilter, $page: Int, $perPage: Int) {\n    result: referrals(filter: $filter, page: $page, perPage: $perPage) {\n      items {\n        ...ReferralFields\n      }\n      total\n    }\n  }\n": typeof types.ReferralListDocument,
    "\n  query ReferralOne($id: ID!) {\n    result: referral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": typeof types.ReferralOneDocument,
    "\n  query ReferralServiceOptions($assignmentId: ID!, $filter: ReferralServiceFilter) {\n    result: referralServiceOptions(assignmentId: $assignmentId, filter: $filter) {\n      distanceKm\n      speaksLanguage\n      offersTopic\n      service {\n        id\n        name\n        description\n        nationwide\n        anonymousLine\n        interpretersAvailable\n        topics\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ReferralServiceOptionsDocument,
    "\n  mutation CreateReferral($input: ReferralInput!) {\n    result: createReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": typeof types.CreateReferralDocument,
    "\n  mutation ActOnReferral($input: ReferralActionInput!) {\n    result: actOnReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": typeof types.ActOnReferralDocument,
    "\n  mutation RerouteReferral($id: ID!, $input: RerouteReferralInput!) {\n    result: rerouteReferral(id: $id, input: $input) {\n      ...ReferralFields\n    }\n  }\n": typeof types.RerouteReferralDocument,
    "\n  fragment KeyPersonListFields on KeyPerson {\n    id\n    displayName\n    status\n    stale\n    weeklyCapacityHours\n    homeMunicipality {\n      code\n      name\n    }\n    languages {\n      language {\n        code\n        name\n        nameNl\n      }\n      level\n    }\n    expertise {\n      code\n      name\n      nameNl\n    }\n    workload {\n      weeklyCapacityHours\n      committedHours\n      utilisation\n    }\n  }\n": typeof types.KeyPersonListFieldsFragmentDoc,
    "\n  fragment KeyPersonFields on KeyPerson {\n    id\n    displayName\n    email\n    phone\n    gender\n    birthYear\n    origins\n    originMatchingConsent\n    languages {\n      language {\n        code\n        name\n        nameNl\n      }\n      level\n      dialect\n    }\n    expertise {\n      code\n      name\n      nameNl\n    }\n    homeMunicipality {\n      code\n      name\n      province\n    }\n    homeLocation {\n      lat\n      lon\n    }\n    maxTravelKm\n    remoteAvailable\n    weeklyCapacityHours\n    status\n    leavingReason\n    leavingNote\n    leftOn\n    compensationType\n    workload {\n      weeklyCapacityHours\n      committedHours\n      utilisation\n    }\n    supervisionStatus\n    wellbeingStatus\n    profileConfirmedAt\n    stale\n    publicConsent {\n      listed\n      showName\n      showMunicipality\n      showLanguages\n      showExpertise\n      showEmail\n      showPhone\n      showRemote\n      showReach\n      contact\n    }\n    unavailablePeriods {\n      id\n      startsOn\n      endsOn\n    }\n    account {\n      id\n      email\n      role\n      deactivatedAt\n      lastLoginAt\n      invitationPending\n    }\n    createdAt\n    updatedAt\n  }\n": typeof types.KeyPersonFieldsFragmentDoc,
    "\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    kind\n    municipality {\n      code\n      name\n    }\n    publicEntry {\n      offers\n      website\n      updatedAt\n    }\n    createdAt\n  }\n": typeof types.OrganisationFieldsFragmentDoc,
    "\n  fragment UserFields on User {\n    id\n    email\n    role\n    locale\n    invitationPending\n    createdAt\n    lastLoginAt\n    deactivatedAt\n    keyPerson {\n      id\n      displayName\n    }\n    organisation {\n      id\n      name\n    }\n    municipalities {\n      code\n      name\n    }\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query KeyPersonList($filter: KeyPersonFilter, $page: Int, $perPage: Int, $sort: KeyPersonSort) {\n    result: keyPersons(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        ...KeyPersonListFields\n      }\n      total\n    }\n  }\n": typeof types.KeyPersonListDocument,
    "\n  query KeyPersonOne($id: ID!) {\n    result: keyPerson(id: $id) {\n      ...KeyPersonFields\n    }\n  }\n": typeof types.KeyPersonOneDocument,
    "\n  mutation CreateKeyPerson($input: KeyPersonInput!) {\n    result: createKeyPerson(input: $input) {\n      ...KeyPersonFields\n    }\n  }\n": typeof types.CreateKeyPersonDocument,
    "\n  mutation UpdateKeyPerson($id: ID!, $input: KeyPersonInput!) {\n    result: updateKeyPerson(id: $id, input: $input) {\n      ...KeyPersonFields\n    }\n  }\n": typeof types.UpdateKeyPersonDocument,
    "\n  mutation SetKeyPersonStatus($id: ID!, $status: KeyPersonStatus!, $leavingReason: LeavingReason, $leavingNote: String) {\n    result: setKeyPersonStatus(id: $id, status: $status, leavingReason: $leavingReason, leavingNote: $leavingNote) {\n      ...KeyPersonFields\n    }\n  }\n": typeof types.SetKeyPersonStatusDocument,
    "\n  mutation ConfirmProfile($id: ID!) {\n    result: confirmProfile(id: $id) {\n      ...KeyPersonFields\n    }\n  }\n": typeof types.ConfirmProfileDocument,
    "\n  mutation SetMyLocale($locale: String!) {\n    result: setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": typeof types.SetMyLocaleDocument,
    "\n  query OrganisationList($filter: OrganisationFilter, $page: Int, $perPage: Int, $sort: OrganisationSort) {\n    result: organisations(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        ...OrganisationFields\n      }\n      total\n    }\n  }\n": typeof types.OrganisationListDocument,
    "\n  query OrganisationOne($id: ID!) {\n    result: organisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.OrganisationOneDocument,
    "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    result: createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    result: updateOrganisation(id: $id, input: $input) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  query UserList($filter: UserFilter, $page: Int, $perPage: Int, $sort: UserSort) {\n    result: users(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        ...UserFields\n      }\n      total\n    }\n  }\n": typeof types.UserListDocument,
    "\n  query UserOne($id: ID!) {\n    result: user(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.UserOneDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    result: createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  fragment ComplaintFields on Complaint {\n    id\n    kind\n    state\n    description\n    filedAt\n    response\n    respondedAt\n    decisionNote\n    decidedAt\n    assignment {\n      id\n      status\n      endedAt\n      keyPerson {\n        id\n        displayName\n      }\n      request {\n        id\n        caseReference\n        organisation {\n          id\n          name\n        }\n        municipality {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.ComplaintFieldsFragmentDoc,
    "\n  query ComplaintList($filter: ComplaintFilter, $page: Int, $perPage: Int) {\n    result: complaints(filter: $filter, page: $page, perPage: $perPage) {\n      items {\n        ...ComplaintFields\n      }\n      total\n    }\n  }\n": typeof types.ComplaintListDocument,
    "\n  query ComplaintOne($id: ID!) {\n    result: complaint(id: $id) {\n      ...ComplaintFields\n    }\n  }\n": typeof types.ComplaintOneDocument,
    "\n  query OrganisationFlagList($open: Boolean, $page: Int, $perPage: Int) {\n    result: organisationFlags(open: $open, page: $page, perPage: $perPage) {\n      items {\n        id\n        kind\n        note\n        flaggedAt\n        closedAt\n        closingNote\n        keyPersonName\n        organisation {\n          id\n          name\n        }\n      }\n      total\n    }\n  }\n": typeof types.OrganisationFlagListDocument,
    "\n  mutation FileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      id\n    }\n  }\n": typeof types.FileComplaintDocument,
    "\n  mutation RespondToComplaint($id: ID!, $response: String!) {\n    respondToComplaint(id: $id, response: $response) {\n      ...ComplaintFields\n    }\n  }\n": typeof types.RespondToComplaintDocument,
    "\n  mutation DecideComplaint($id: ID!, $input: DecideComplaintInput!) {\n    decideComplaint(id: $id, input: $input) {\n      ...ComplaintFields\n    }\n  }\n": typeof types.DecideComplaintDocument,
    "\n  mutation CloseOrganisationFlag($id: ID!, $note: String!) {\n    closeOrganisationFlag(id: $id, note: $note) {\n      id\n      closedAt\n    }\n  }\n": typeof types.CloseOrganisationFlagDocument,
    "\n  mutation FlagOrganisation($input: FlagOrganisationInput!) {\n    flagOrganisation(input: $input) {\n      id\n    }\n  }\n": typeof types.FlagOrganisationDocument,
    "\n  mutation FileLocationSignal($input: LocationSignalInput!) {\n    fileLocationSignal(input: $input)\n  }\n": typeof types.FileLocationSignalDocument,
    "\n  mutation RateAssignment($assignmentId: ID!, $input: RatingInput!) {\n    rateAssignment(assignmentId: $assignmentId, input: $input) {\n      score\n      comment\n    }\n  }\n": typeof types.RateAssignmentDocument,
    "\n  query FeedbackLinkOf($ids: [ID!], $language: String) {\n    assignments(filter: { ids: $ids }) {\n      items {\n        id\n        feedbackLink(language: $language) {\n          url\n          qrSvg\n          expiresAt\n          answered\n        }\n      }\n    }\n  }\n": typeof types.FeedbackLinkOfDocument,
    "\n  query FeedbackSummaryOf($keyPersonId: ID) {\n    feedbackSummary(keyPersonId: $keyPersonId) {\n      enough\n      minimum\n      answers\n      questions {\n        question\n        yes\n        partly\n        no\n      }\n      ratings\n      averageRating\n    }\n  }\n": typeof types.FeedbackSummaryOfDocument,
    "\n  query VoiceOverviewCard {\n    voiceOverview {\n      openComplaintsByKind {\n        code\n        count\n      }\n      complaintsByState {\n        code\n        count\n      }\n      openFlagsByKind {\n        code\n        count\n      }\n      signalsByCategory {\n        code\n        count\n      }\n    }\n  }\n": typeof types.VoiceOverviewCardDocument,
    "\n  query MyAssignmentOrganisations {\n    assignments(perPage: 100) {\n      items {\n        id\n        status\n        request {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyAssignmentOrganisationsDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      user {\n        email\n        role\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation AddLeave($keyPersonId: ID!, $input: LeaveInput!) {\n    addLeave(keyPersonId: $keyPersonId, input: $input) {\n      id\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.AddLeaveDocument,
    "\n  mutation RemoveLeave($id: ID!) {\n    removeLeave(id: $id)\n  }\n": typeof types.RemoveLeaveDocument,
    "\n  mutation SetPublicConsent($keyPersonId: ID!, $input: PublicConsentInput!) {\n    setPublicConsent(keyPersonId: $keyPersonId, input: $input) {\n      id\n      publicConsent {\n        listed\n        showName\n        showMunicipality\n        showLanguages\n        showExpertise\n        showEmail\n        showPhone\n        showRemote\n        showReach\n        contact\n      }\n    }\n  }\n": typeof types.SetPublicConsentDocument,
    "\n  query AttentionCounts {\n    attentionCounts {\n      proposalsToAnswer\n      hoursToReview\n      claimsToReview\n      lastCheckInAt\n    }\n  }\n": typeof types.AttentionCountsDocument,
    "\n  mutation SetOrganisationPublicEntry($organisationId: ID!, $input: OrganisationPublicEntryInput!) {\n    setOrganisationPublicEntry(organisationId: $organisationId, input: $input)\n  }\n": typeof types.SetOrganisationPublicEntryDocument,
    "\n  fragment LeftOutFields on LeftOutPayment {\n    keyPersonId\n    keyPersonName\n    missing\n    lineCount\n    amountCents\n  }\n": typeof types.LeftOutFieldsFragmentDoc,
    "\n  fragment PayerAccountFields on PayerAccount {\n    name\n    iban\n    bic\n  }\n": typeof types.PayerAccountFieldsFragmentDoc,
    "\n  query PaymentExportPreview($o: ID, $f: Date!, $t: Date!) {\n    paymentExportPreview(organisationId: $o, from: $f, to: $t) {\n      lineCount\n      totalCents\n      leftOut {\n        ...LeftOutFields\n      }\n      payerAccount {\n        ...PayerAccountFields\n      }\n    }\n  }\n": typeof types.PaymentExportPreviewDocument,
    "\n  mutation ExportPayments($o: ID, $f: Date!, $t: Date!, $l: String) {\n    exportPayments(organisationId: $o, from: $f, to: $t, locale: $l) {\n      id\n      periodFrom\n      periodTo\n      lineCount\n      totalCents\n      csv\n      sepaXml\n      leftOut {\n        ...LeftOutFields\n      }\n    }\n  }\n": typeof types.ExportPaymentsDocument,
    "\n  query SepaFiles {\n    paymentExports(page: 1, perPage: 100) {\n      items {\n        id\n        sepaXml\n      }\n    }\n  }\n": typeof types.SepaFilesDocument,
    "\n  query PayerAccount($o: ID) {\n    payerAccount(organisationId: $o) {\n      ...PayerAccountFields\n    }\n  }\n": typeof types.PayerAccountDocument,
    "\n  mutation SetPayerAccount($o: ID, $i: PayerAccountInput!) {\n    setPayerAccount(organisationId: $o, input: $i) {\n      ...PayerAccountFields\n    }\n  }\n": typeof types.SetPayerAccountDocument,
    "\n  query QualificationDashboard {\n    result: qualificationDashboard {\n      byRegion {\n        key\n        name\n        nameNl\n        trained\n        untrained\n        lacking\n      }\n      byLanguage {\n        key\n        name\n        nameNl\n        trained\n        untrained\n        lacking\n      }\n      expiring {\n        validUntil\n        daysLeft\n        keyPerson {\n          id\n          displayName\n        }\n        qualification {\n          id\n          type {\n            code\n            nameNl\n            nameEn\n          }\n        }\n      }\n      awaitingVerification\n    }\n  }\n": typeof types.QualificationDashboardDocument,
    "\n  query RecognitionStatementOf($keyPersonId: ID!, $year: Int!, $locale: String!) {\n    recognitionStatement(keyPersonId: $keyPersonId, year: $year, locale: $locale) {\n      base64\n      contentType\n      fileName\n    }\n  }\n": typeof types.RecognitionStatementOfDocument,
    "\n  query Report($input: ReportInput!) {\n    report(input: $input) {\n      period\n      start\n      end\n      scope\n      generatedAt\n      tables {\n        code\n        section\n        chart\n        columns {\n          code\n          unit\n        }\n        rows {\n          keyKind\n          key\n          label\n          values\n        }\n      }\n    }\n  }\n": typeof types.ReportDocument,
    "\n  fragment TransferFields on RequestTransfer {\n    id\n    requestId\n    state\n    caseReference\n    requestKind\n    hoursPerWeek\n    consentAt\n    declineReason\n    declineNote\n    effectiveOn\n    createdAt\n    answeredAt\n    municipality {\n      code\n      name\n    }\n    languages {\n      code\n      name\n      nameNl\n    }\n    fromOrganisation {\n      id\n      name\n    }\n    toOrganisation {\n      id\n      name\n    }\n  }\n": typeof types.TransferFieldsFragmentDoc,
    "\n  query TransferTargets($requestId: ID!) {\n    transferTargets(requestId: $requestId) {\n      distanceKm\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TransferTargetsDocument,
    "\n  query RequestTransfers($filter: TransferFilter, $page: Int, $perPage: Int) {\n    requestTransfers(filter: $filter, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...TransferFields\n      }\n    }\n  }\n": typeof types.RequestTransfersDocument,
    "\n  mutation ProposeTransfer($input: ProposeTransferInput!) {\n    proposeTransfer(input: $input) {\n      ...TransferFields\n    }\n  }\n": typeof types.ProposeTransferDocument,
    "\n  mutation AcceptTransfer($id: ID!) {\n    acceptTransfer(id: $id) {\n      ...TransferFields\n    }\n  }\n": typeof types.AcceptTransferDocument,
    "\n  mutation DeclineTransfer($id: ID!, $input: DeclineTransferInput!) {\n    declineTransfer(id: $id, input: $input) {\n      ...TransferFields\n    }\n  }\n": typeof types.DeclineTransferDocument,
    "\n  mutation WithdrawTransfer($id: ID!) {\n    withdrawTransfer(id: $id) {\n      ...TransferFields\n    }\n  }\n": typeof types.WithdrawTransferDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      invitationPending\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n    mutation DeactivateUser($id: ID!) {\n      deactivateUser(id: $id) {\n        id\n        deactivatedAt\n      }\n    }\n  ": typeof types.DeactivateUserDocument,
    "\n    mutation ReactivateUser($id: ID!) {\n      reactivateUser(id: $id) {\n        id\n        deactivatedAt\n      }\n    }\n  ": typeof types.ReactivateUserDocument,
    "\n  query ProqolFormPage {\n    proqolForm {\n      instruction\n      answerLabels\n      credit\n      intervalDays\n      items {\n        number\n        text\n      }\n    }\n  }\n": typeof types.ProqolFormPageDocument,
    "\n  query ProqolResponsesOf($keyPersonId: ID!) {\n    proqolResponses(keyPersonId: $keyPersonId, limit: 8) {\n      id\n      answeredAt\n      compassionSatisfaction\n      compassionSatisfactionLevel\n      burnout\n      burnoutLevel\n      secondaryTraumaticStress\n      secondaryTraumaticStressLevel\n    }\n  }\n": typeof types.ProqolResponsesOfDocument,
    "\n  mutation SubmitProqol($input: ProqolInput!) {\n    submitProqol(input: $input) {\n      id\n    }\n  }\n": typeof types.SubmitProqolDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      token\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      role\n      locale\n      keyPerson {\n        id\n        displayName\n      }\n      organisation {\n        id\n        name\n      }\n      municipalities {\n        code\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.LoginDocument,
    "\n  query KeyPersonAgenda($id: ID!, $from: DateTime!, $to: DateTime!) {\n    keyPerson(id: $id) {\n      id\n      displayName\n      availabilityWindows {\n        weekday\n        startTime\n        endTime\n      }\n      bookings(from: $from, to: $to) {\n        assignmentId\n        requestId\n        kind\n        startsAt\n        endsAt\n        mode\n        status\n        municipality {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.KeyPersonAgendaDocument,
    "\n  mutation SetAvailabilityWindows($keyPersonId: ID!, $windows: [AvailabilityWindowInput!]!) {\n    setAvailabilityWindows(keyPersonId: $keyPersonId, windows: $windows) {\n      id\n      availabilityWindows {\n        weekday\n        startTime\n        endTime\n      }\n    }\n  }\n": types.SetAvailabilityWindowsDocument,
    "\n  query AuditLog($filter: AuditFilter, $page: Int, $perPage: Int, $sort: AuditSort) {\n    result: auditLog(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        actorRole\n        actorName\n        entityName\n        entityErased\n        detail\n        actor {\n          id\n          email\n          role\n        }\n      }\n      total\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment CareServiceFields on CareService {\n    id\n    name\n    description\n    url\n    email\n    status\n    topics\n    interpretersAvailable\n    residenceEligibility\n    eligibilityDescription\n    applicationProcess\n    feesDescription\n    anonymousLine\n    nationwide\n    isPublic\n    assuredOn\n    stale\n    canEdit\n    updatedAt\n    organisation {\n      id\n      name\n    }\n    municipalities {\n      code\n      name\n    }\n    languages {\n      code\n      name\n      nameNl\n    }\n    phones {\n      id\n      number\n      description\n    }\n    schedules {\n      id\n      weekday\n      opensAt\n      closesAt\n      notes\n    }\n    locations {\n      id\n      name\n      address\n      postalCode\n      city\n      municipalityCode\n      lat\n      lon\n    }\n  }\n": types.CareServiceFieldsFragmentDoc,
    "\n  query CareServiceList($filter: CareServiceFilter, $page: Int, $perPage: Int) {\n    result: careServices(filter: $filter, page: $page, perPage: $perPage) {\n      items {\n        ...CareServiceFields\n      }\n      total\n    }\n  }\n": types.CareServiceListDocument,
    "\n  query CareServiceOne($id: ID!) {\n    result: careService(id: $id) {\n      ...CareServiceFields\n    }\n  }\n": types.CareServiceOneDocument,
    "\n  mutation CreateCareService($input: CareServiceInput!) {\n    result: createCareService(input: $input) {\n      ...CareServiceFields\n    }\n  }\n": types.CreateCareServiceDocument,
    "\n  mutation UpdateCareService($id: ID!, $input: CareServiceInput!) {\n    result: updateCareService(id: $id, input: $input) {\n      ...CareServiceFields\n    }\n  }\n": types.UpdateCareServiceDocument,
    "\n  mutation ConfirmCareService($id: ID!) {\n    result: confirmCareService(id: $id) {\n      id\n      assuredOn\n      stale\n    }\n  }\n": types.ConfirmCareServiceDocument,
    "\n  mutation ArchiveCareService($id: ID!) {\n    result: archiveCareService(id: $id) {\n      id\n      status\n    }\n  }\n": types.ArchiveCareServiceDocument,
    "\n  query StaleCareServices {\n    result: staleCareServices {\n      id\n      name\n      assuredOn\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.StaleCareServicesDocument,
    "\n  query OrganisationContacts($organisationId: ID!) {\n    result: organisationContacts(organisationId: $organisationId) {\n      id\n      name\n      title\n      email\n      phone\n    }\n  }\n": types.OrganisationContactsDocument,
    "\n  mutation CreateOrganisationContact($organisationId: ID!, $input: OrganisationContactInput!) {\n    result: createOrganisationContact(organisationId: $organisationId, input: $input) {\n      id\n    }\n  }\n": types.CreateOrganisationContactDocument,
    "\n  mutation UpdateOrganisationContact($id: ID!, $input: OrganisationContactInput!) {\n    result: updateOrganisationContact(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateOrganisationContactDocument,
    "\n  mutation RemoveOrganisationContact($id: ID!) {\n    result: removeOrganisationContact(id: $id)\n  }\n": types.RemoveOrganisationContactDocument,
    "\n  fragment HourEntryFields on HourEntry {\n    id\n    date\n    hours\n    activity\n    ownActivity\n    note\n    status\n    reviewReason\n    allowanceCents\n    createdAt\n    reviewedAt\n    exportedAt\n    keyPerson {\n      id\n      displayName\n    }\n    assignment {\n      id\n      request {\n        id\n        caseReference\n        municipality {\n          code\n          name\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.HourEntryFieldsFragmentDoc,
    "\n  fragment ExpenseClaimFields on ExpenseClaim {\n    id\n    date\n    kind\n    km\n    amountCents\n    description\n    status\n    reviewReason\n    createdAt\n    reviewedAt\n    exportedAt\n    keyPerson {\n      id\n      displayName\n    }\n    assignment {\n      id\n      request {\n        id\n        caseReference\n        municipality {\n          code\n          name\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ExpenseClaimFieldsFragmentDoc,
    "\n  fragment DeclarableAssignmentFields on Assignment {\n    id\n    status\n    hoursPerWeek\n    proposedAt\n    endedAt\n    request {\n      id\n      funding\n      location {\n        lat\n        lon\n      }\n      municipality {\n        code\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.DeclarableAssignmentFieldsFragmentDoc,
    "\n  fragment CompensationRulesFields on CompensationRules {\n    year\n    hourlyRateCents\n    hourlyRateUnder21Cents\n    monthCapCents\n    yearCapCents\n    kmRateCents\n    provisional\n    updatedAt\n  }\n": types.CompensationRulesFieldsFragmentDoc,
    "\n  fragment PaymentExportFields on PaymentExport {\n    id\n    funder\n    periodFrom\n    periodTo\n    lineCount\n    totalCents\n    createdAt\n    csv\n  }\n": types.PaymentExportFieldsFragmentDoc,
    "\n  query HourEntryList($filter: ReviewFilter, $page: Int, $perPage: Int, $sort: HourEntrySort) {\n    result: hourEntries(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        ...HourEntryFields\n      }\n      total\n    }\n  }\n": types.HourEntryListDocument,
    "\n  mutation DeclareHours($input: HourEntryInput!) {\n    result: declareHours(input: $input) {\n      ...HourEntryFields\n    }\n  }\n": types.DeclareHoursDocument,
    "\n  mutation DeclareOwnActivity($input: OwnActivityInput!) {\n    result: declareOwnActivity(input: $input) {\n      ...HourEntryFields\n    }\n  }\n": types.DeclareOwnActivityDocument,
    "\n  mutation ReviewHours($id: ID!, $approve: Boolean!, $reason: String) {\n    result: reviewHours(id: $id, approve: $approve, reason: $reason) {\n      ...HourEntryFields\n    }\n  }\n": types.ReviewHoursDocument,
    "\n  query ExpenseClaimList($filter: ReviewFilter, $page: Int, $perPage: Int, $sort: ExpenseClaimSort) {\n    result: expenseClaims(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        ...ExpenseClaimFields\n      }\n      total\n    }\n  }\n": types.ExpenseClaimListDocument,
    "\n  mutation SubmitExpenseClaim($input: ExpenseClaimInput!) {\n    result: submitExpenseClaim(input: $input) {\n      ...ExpenseClaimFields\n    }\n  }\n": types.SubmitExpenseClaimDocument,
    "\n  mutation ReviewExpenseClaim($id: ID!, $approve: Boolean!, $reason: String) {\n    result: reviewExpenseClaim(id: $id, approve: $approve, reason: $reason) {\n      ...ExpenseClaimFields\n    }\n  }\n": types.ReviewExpenseClaimDocument,
    "\n  query DeclarableAssignments($perPage: Int) {\n    result: assignments(filter: { status: ACTIVE }, perPage: $perPage) {\n      items {\n        ...DeclarableAssignmentFields\n      }\n    }\n    completed: assignments(filter: { status: COMPLETED }, perPage: $perPage) {\n      items {\n        ...DeclarableAssignmentFields\n      }\n    }\n  }\n": types.DeclarableAssignmentsDocument,
    "\n  query PaymentExportList($page: Int, $perPage: Int) {\n    result: paymentExports(page: $page, perPage: $perPage) {\n      items {\n        ...PaymentExportFields\n      }\n      total\n    }\n  }\n": types.PaymentExportListDocument,
    "\n  query CompensationRules {\n    result: compensationRules {\n      ...CompensationRulesFields\n    }\n  }\n": types.CompensationRulesDocument,
    "\n  mutation SetCompensationRules($year: Int!, $input: CompensationRulesInput!) {\n    result: setCompensationRules(year: $year, input: $input) {\n      ...CompensationRulesFields\n    }\n  }\n": types.SetCompensationRulesDocument,
    "\n  query CompensationRulesMissing {\n    result: compensationRulesMissing\n  }\n": types.CompensationRulesMissingDocument,
    "\n  query AllowanceOverview($keyPersonId: ID!, $year: Int!) {\n    result: allowanceOverview(keyPersonId: $keyPersonId, year: $year) {\n      year\n      legalHourlyRateCents\n      allowanceCents\n      roomCents\n      figures {\n        ...CompensationRulesFields\n      }\n      months {\n        month\n        hoursDeclared\n        hoursApproved\n        allowanceCents\n        roomCents\n      }\n    }\n  }\n": types.AllowanceOverviewDocument,
    "\n  query AllowanceRate($organisationId: ID) {\n    result: __typename\n    rate: allowanceRate(organisationId: $organisationId)\n  }\n": types.AllowanceRateDocument,
    "\n  mutation SetAllowanceRate($organisationId: ID, $hourlyRateCents: Int) {\n    result: __typename\n    rate: setAllowanceRate(organisationId: $organisationId, hourlyRateCents: $hourlyRateCents)\n  }\n": types.SetAllowanceRateDocument,
    "\n  mutation SetPaymentDetails($keyPersonId: ID!, $iban: String!) {\n    result: setPaymentDetails(keyPersonId: $keyPersonId, iban: $iban)\n  }\n": types.SetPaymentDetailsDocument,
    "\n  fragment GroupActivityFields on GroupActivity {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    capacity\n    onlineUrl\n    recurrence\n    seriesId\n    qualificationCode\n    cancelledAt\n    canManage\n    begun\n    placesLeft\n    location {\n      lat\n      lon\n    }\n    organisation {\n      id\n      name\n    }\n    counts {\n      invited\n      attending\n      notAttending\n      attended\n    }\n  }\n": types.GroupActivityFieldsFragmentDoc,
    "\n  query GroupActivities($filter: GroupActivityFilter, $page: Int, $perPage: Int) {\n    result: groupActivities(filter: $filter, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...GroupActivityFields\n      }\n    }\n  }\n": types.GroupActivitiesDocument,
    "\n  query GroupActivity($id: ID!) {\n    result: groupActivity(id: $id) {\n      ...GroupActivityFields\n      myInvitation {\n        id\n        answer\n        attended\n        ownActivityDraft {\n          activity\n          date\n          hours\n          note\n        }\n      }\n      invitations {\n        id\n        answer\n        answeredAt\n        attended\n        keyPerson {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.GroupActivityDocument,
    "\n  mutation CreateGroupActivity($input: GroupActivityInput!) {\n    result: createGroupActivity(input: $input) {\n      ...GroupActivityFields\n    }\n  }\n": types.CreateGroupActivityDocument,
    "\n  mutation InviteToGroupActivity($activityId: ID!, $input: GroupInviteInput!) {\n    inviteToGroupActivity(activityId: $activityId, input: $input) {\n      invited\n      alreadyInvited\n    }\n  }\n": types.InviteToGroupActivityDocument,
    "\n  mutation RespondToGroupActivity($activityId: ID!, $answer: GroupActivityAnswer!) {\n    respondToGroupActivity(activityId: $activityId, answer: $answer) {\n      id\n      answer\n    }\n  }\n": types.RespondToGroupActivityDocument,
    "\n  mutation RecordAttendance($activityId: ID!, $keyPersonIds: [ID!]!) {\n    recordAttendance(activityId: $activityId, keyPersonIds: $keyPersonIds) {\n      id\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation CancelGroupActivity($id: ID!) {\n    cancelGroupActivity(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n": types.CancelGroupActivityDocument,
    "\n  mutation DeclareGroupActivityHours($input: OwnActivityInput!) {\n    declareOwnActivity(input: $input) {\n      id\n    }\n  }\n": types.DeclareGroupActivityHoursDocument,
    "\n  query MyGroupInvitations {\n    myGroupInvitations {\n      id\n      answer\n      activity {\n        id\n        kind\n        title\n        startsAt\n        endsAt\n        placesLeft\n      }\n    }\n  }\n": types.MyGroupInvitationsDocument,
    "\n  query KeyPersonAffiliations($id: ID!) {\n    keyPerson(id: $id) {\n      id\n      affiliations {\n        id\n        startsOn\n        endsOn\n        responsibleForSupervision\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.KeyPersonAffiliationsDocument,
    "\n  query OrganisationKeyPersons($organisationId: ID) {\n    affiliations(organisationId: $organisationId, currentOnly: true) {\n      id\n      responsibleForSupervision\n      keyPerson {\n        id\n        displayName\n        supervisionStatus\n        lastSupervisionOn\n      }\n    }\n  }\n": types.OrganisationKeyPersonsDocument,
    "\n  mutation AddAffiliation($input: AffiliationInput!) {\n    addAffiliation(input: $input) {\n      id\n    }\n  }\n": types.AddAffiliationDocument,
    "\n  mutation EndAffiliation($id: ID!, $endsOn: Date!) {\n    endAffiliation(id: $id, endsOn: $endsOn) {\n      id\n    }\n  }\n": types.EndAffiliationDocument,
    "\n  fragment MatchRequestListFields on MatchRequest {\n    id\n    caseReference\n    status\n    kind\n    startsAt\n    endsAt\n    createdAt\n    startsOn\n    hoursPerWeek\n    municipality {\n      code\n      name\n      province\n    }\n    languages {\n      code\n      name\n      nameNl\n    }\n    expertise {\n      code\n      name\n      nameNl\n    }\n    organisation {\n      id\n      name\n    }\n    unmetSince\n    unmetExclusions {\n      rule\n      count\n    }\n  }\n": types.MatchRequestListFieldsFragmentDoc,
    "\n  fragment MatchRequestFields on MatchRequest {\n    id\n    caseReference\n    status\n    kind\n    startsAt\n    endsAt\n    appointment {\n      mode\n      setting\n      role\n    }\n    consult {\n      topic\n      hours\n    }\n    session {\n      expectedParticipants\n      topics\n    }\n    requiredDialect\n    preferredDialect\n    createdAt\n    startsOn\n    hoursPerWeek\n    municipality {\n      code\n      name\n      province\n    }\n    languages {\n      code\n      name\n      nameNl\n    }\n    expertise {\n      code\n      name\n      nameNl\n    }\n    organisation {\n      id\n      name\n    }\n    unmetSince\n    unmetExclusions {\n      rule\n      count\n    }\n    remoteAcceptable\n    funding\n    autoEscalate\n    preferredGender\n    backgroundPreference\n    newcomerOrigin\n    location {\n      lat\n      lon\n    }\n    assignments {\n      id\n      status\n      hoursPerWeek\n      proposedAt\n      respondBy\n      respondedAt\n      declineReason\n      endedAt\n      proposedBecause\n      rating {\n        score\n      }\n      handovers {\n        handedOverOn\n        overlapUntil\n        fromAssignmentId\n        toAssignmentId\n      }\n      keyPerson {\n        id\n        displayName\n        homeMunicipality {\n          code\n          name\n        }\n        email\n        phone\n      }\n    }\n  }\n": types.MatchRequestFieldsFragmentDoc,
    "\n  fragment AssignmentFields on Assignment {\n    id\n    status\n    hoursPerWeek\n    proposedAt\n    respondBy\n    respondedAt\n    declineReason\n    endedAt\n    proposedBecause\n    handovers {\n      handedOverOn\n      overlapUntil\n      fromAssignmentId\n      toAssignmentId\n    }\n    request {\n      id\n      kind\n      startsAt\n      endsAt\n      appointment {\n        mode\n        setting\n        role\n      }\n      consult {\n        topic\n        hours\n      }\n      session {\n        expectedParticipants\n        topics\n      }\n      requiredDialect\n      preferredDialect\n      hoursPerWeek\n      startsOn\n      remoteAcceptable\n      municipality {\n        code\n        name\n        province\n      }\n      languages {\n        code\n        name\n        nameNl\n      }\n      expertise {\n        code\n        name\n        nameNl\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.AssignmentFieldsFragmentDoc,
    "\n  fragment CandidateFields on MatchCandidate {\n    score\n    distanceKm\n    parts {\n      distance\n      load\n      language\n      preferences\n      continuity\n    }\n    reasons\n    explanation {\n      code\n      params\n    }\n    keyPerson {\n      id\n      displayName\n      gender\n      homeMunicipality {\n        code\n        name\n      }\n      languages {\n        language {\n          code\n          name\n          nameNl\n        }\n        level\n      }\n      workload {\n        weeklyCapacityHours\n        committedHours\n        utilisation\n      }\n    }\n  }\n": types.CandidateFieldsFragmentDoc,
    "\n  query MatchRequestList($filter: MatchRequestFilter, $page: Int, $perPage: Int, $sort: MatchRequestSort) {\n    result: matchRequests(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        ...MatchRequestListFields\n      }\n      total\n    }\n  }\n": types.MatchRequestListDocument,
    "\n  query MatchRequestOne($id: ID!) {\n    result: matchRequest(id: $id) {\n      ...MatchRequestFields\n    }\n  }\n": types.MatchRequestOneDocument,
    "\n  mutation CreateMatchRequest($input: MatchRequestInput!) {\n    result: createMatchRequest(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n": types.CreateMatchRequestDocument,
    "\n  query AssignmentList($filter: AssignmentFilter, $page: Int, $perPage: Int, $sort: AssignmentSort) {\n    result: assignments(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        ...AssignmentFields\n      }\n      total\n    }\n  }\n": types.AssignmentListDocument,
    "\n  query MatchCandidates($requestId: ID!, $limit: Int!) {\n    result: matchCandidates(requestId: $requestId, limit: $limit) {\n      ...CandidateFields\n    }\n  }\n": types.MatchCandidatesDocument,
    "\n  mutation ProposeAssignment($requestId: ID!, $keyPersonId: ID!) {\n    result: proposeAssignment(requestId: $requestId, keyPersonId: $keyPersonId) {\n      id\n      status\n    }\n  }\n": types.ProposeAssignmentDocument,
    "\n  mutation RespondToAssignment($assignmentId: ID!, $accept: Boolean!, $reason: String) {\n    result: respondToAssignment(assignmentId: $assignmentId, accept: $accept, reason: $reason) {\n      ...AssignmentFields\n    }\n  }\n": types.RespondToAssignmentDocument,
    "\n  mutation CompleteAssignment($assignmentId: ID!) {\n    result: completeAssignment(assignmentId: $assignmentId) {\n      id\n      status\n    }\n  }\n": types.CompleteAssignmentDocument,
    "\n  mutation CancelMatchRequest($requestId: ID!) {\n    result: cancelMatchRequest(requestId: $requestId) {\n      ...MatchRequestFields\n    }\n  }\n": types.CancelMatchRequestDocument,
    "\n  mutation RelocateNewcomer($requestId: ID!, $location: GeoPointInput!) {\n    result: relocateNewcomer(requestId: $requestId, location: $location) {\n      ...MatchRequestFields\n    }\n  }\n": types.RelocateNewcomerDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    status\n    locale\n    subject\n    body\n    attempts\n    nextAttemptAt\n    lastError\n    sentAt\n    createdAt\n    dedupeKey\n    recipient {\n      id\n      email\n      role\n      locale\n      emailBouncedAt\n    }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query NotificationList($filter: NotificationFilter, $page: Int, $perPage: Int, $sort: NotificationSort) {\n    result: notifications(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        ...NotificationFields\n      }\n      total\n    }\n  }\n": types.NotificationListDocument,
    "\n  mutation RetryNotification($id: ID!) {\n    result: retryNotification(id: $id) {\n      ...NotificationFields\n    }\n  }\n": types.RetryNotificationDocument,
    "\n  query MyNotificationSettings {\n    result: myNotificationSettings {\n      digestsEnabled\n      emailBouncedAt\n    }\n  }\n": types.MyNotificationSettingsDocument,
    "\n  mutation SetDigestsEnabled($enabled: Boolean!) {\n    result: setDigestsEnabled(enabled: $enabled) {\n      digestsEnabled\n      emailBouncedAt\n    }\n  }\n": types.SetDigestsEnabledDocument,
    "\n  query OversightDashboard {\n    result: oversightDashboard {\n      byStatus {\n        status\n        count\n      }\n      byWellbeing {\n        status\n        count\n      }\n      bySupervision {\n        status\n        count\n      }\n      staleCount\n      unmetRequests\n      utilisation {\n        label\n        count\n      }\n      bookedUtilisation {\n        label\n        count\n      }\n      referrals {\n        total\n        needsRerouting\n        byState {\n          key\n          count\n        }\n        byTopic {\n          key\n          count\n        }\n        byService {\n          key\n          label\n          count\n        }\n        medianDaysToAccept\n        medianDaysToAppointment\n      }\n      unmetByKind {\n        kind\n        count\n      }\n      hoursByWork {\n        kind\n        ownActivity\n        declaredHours\n        approvedHours\n      }\n      weeklyHours {\n        weekEnding\n        declaredHours\n        capacityHours\n      }\n      actionCounts {\n        kind\n        count\n      }\n    }\n  }\n": types.OversightDashboardDocument,
    "\n  query OversightActions($kind: ActionKind, $page: Int, $perPage: Int) {\n    result: oversightActions(kind: $kind, page: $page, perPage: $perPage) {\n      items {\n        kind\n        reasons {\n          code\n          params\n        }\n        keyPerson {\n          id\n          displayName\n          homeMunicipality {\n            code\n            name\n          }\n        }\n      }\n      total\n      counts {\n        kind\n        count\n      }\n    }\n  }\n": types.OversightActionsDocument,
    "\n  query Coverage($languageCode: String!) {\n    result: coverage(languageCode: $languageCode) {\n      municipality {\n        code\n        name\n        province\n      }\n      reachable\n      unmetRequests\n    }\n  }\n": types.CoverageDocument,
    "\n  query KeyPersonWellbeing($id: ID!) {\n    result: keyPerson(id: $id) {\n      id\n      displayName\n      wellbeingStatus\n      wellbeing {\n        status\n        reasons {\n          code\n          params\n          level\n          message\n        }\n      }\n    }\n    checkIns: wellbeingCheckIns(keyPersonId: $id, limit: 6) {\n      id\n      at\n      strain\n      emotionalImpact\n      support\n      contactRequested\n    }\n    clearances: wellbeingClearances(keyPersonId: $id) {\n      id\n      at\n      note\n    }\n  }\n": types.KeyPersonWellbeingDocument,
    "\n  query SupervisionSessions($keyPersonId: ID!) {\n    result: supervisionSessions(keyPersonId: $keyPersonId) {\n      id\n      date\n      kind\n      note\n      createdAt\n    }\n  }\n": types.SupervisionSessionsDocument,
    "\n  mutation LogSupervisionSession($keyPersonId: ID!, $date: Date!, $kind: SupervisionKind!, $note: String) {\n    result: logSupervisionSession(keyPersonId: $keyPersonId, date: $date, kind: $kind, note: $note) {\n      id\n      supervisionStatus\n      lastSupervisionOn\n    }\n  }\n": types.LogSupervisionSessionDocument,
    "\n  mutation SubmitWellbeingCheckIn($input: WellbeingCheckInInput!) {\n    result: submitWellbeingCheckIn(input: $input) {\n      id\n      wellbeingStatus\n    }\n  }\n": types.SubmitWellbeingCheckInDocument,
    "\n  mutation ClearWellbeingFlag($keyPersonId: ID!, $note: String!) {\n    result: clearWellbeingFlag(keyPersonId: $keyPersonId, note: $note) {\n      id\n      wellbeingStatus\n    }\n  }\n": types.ClearWellbeingFlagDocument,
    "\n  fragment QualificationTypeFields on QualificationType {\n    code\n    nameNl\n    nameEn\n    validityMonths\n    coversExpertise\n    active\n    updatedAt\n  }\n": types.QualificationTypeFieldsFragmentDoc,
    "\n  query QualificationTypes($includeInactive: Boolean!) {\n    result: qualificationTypes(includeInactive: $includeInactive) {\n      ...QualificationTypeFields\n    }\n  }\n": types.QualificationTypesDocument,
    "\n  mutation CreateQualificationType($input: QualificationTypeInput!) {\n    result: createQualificationType(input: $input) {\n      ...QualificationTypeFields\n    }\n  }\n": types.CreateQualificationTypeDocument,
    "\n  mutation UpdateQualificationType($code: ID!, $input: QualificationTypeUpdateInput!) {\n    result: updateQualificationType(code: $code, input: $input) {\n      ...QualificationTypeFields\n    }\n  }\n": types.UpdateQualificationTypeDocument,
    "\n  fragment QualificationFields on Qualification {\n    id\n    code\n    status\n    issuer\n    obtainedOn\n    validUntil\n    verifiedAt\n    verificationNote\n    validToday\n    type {\n      code\n      nameNl\n      nameEn\n    }\n  }\n": types.QualificationFieldsFragmentDoc,
    "\n  query KeyPersonQualifications($id: ID!) {\n    result: keyPerson(id: $id) {\n      id\n      qualifications {\n        ...QualificationFields\n      }\n    }\n    types: qualificationTypes {\n      code\n      nameNl\n      nameEn\n    }\n  }\n": types.KeyPersonQualificationsDocument,
    "\n  mutation AddQualification($keyPersonId: ID!, $input: QualificationInput!) {\n    result: addQualification(keyPersonId: $keyPersonId, input: $input) {\n      ...QualificationFields\n    }\n  }\n": types.AddQualificationDocument,
    "\n  mutation VerifyQualification($id: ID!, $note: String!) {\n    result: verifyQualification(id: $id, note: $note) {\n      ...QualificationFields\n    }\n  }\n": types.VerifyQualificationDocument,
    "\n  mutation RejectQualification($id: ID!, $note: String!) {\n    result: rejectQualification(id: $id, note: $note) {\n      ...QualificationFields\n    }\n  }\n": types.RejectQualificationDocument,
    "\n  mutation RemoveQualification($id: ID!) {\n    result: removeQualification(id: $id)\n  }\n": types.RemoveQualificationDocument,
    "\n    query Languages {\n      result: languages {\n        code\n        name\n        nameNl\n      }\n    }\n  ": types.LanguagesDocument,
    "\n    query ExpertiseAreas {\n      result: expertiseAreas {\n        code\n        name\n        nameNl\n      }\n    }\n  ": types.ExpertiseAreasDocument,
    "\n    query Municipalities {\n      result: municipalities {\n        code\n        name\n        province\n        provinceCode\n      }\n    }\n  ": types.MunicipalitiesDocument,
    "\n  fragment ReferralFields on Referral {\n    id\n    state\n    needsRerouting\n    sharesMunicipality\n    sharesLanguage\n    sharesTopic\n    note\n    declineReason\n    declineNote\n    mySides\n    caseReference\n    requestId\n    assignmentId\n    reroutedFromId\n    reroutedToId\n    consentAt\n    sentAt\n    acceptedAt\n    declinedAt\n    appointmentMadeAt\n    waitingListAt\n    completedAt\n    withdrawnAt\n    topic {\n      code\n      name\n      nameNl\n    }\n    municipality {\n      code\n      name\n    }\n    language {\n      code\n      name\n      nameNl\n    }\n    careService {\n      id\n      name\n    }\n    referringOrganisation {\n      id\n      name\n    }\n    serviceOrganisation {\n      id\n      name\n    }\n    events {\n      id\n      fromState\n      state\n      action\n      side\n      note\n      at\n    }\n  }\n": types.ReferralFieldsFragmentDoc,
    "\n  query ReferralList($filter: ReferralFilter, $page: Int, $perPage: Int) {\n    result: referrals(filter: $filter, page: $page, perPage: $perPage) {\n      items {\n        ...ReferralFields\n      }\n      total\n    }\n  }\n": types.ReferralListDocument,
    "\n  query ReferralOne($id: ID!) {\n    result: referral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": types.ReferralOneDocument,
    "\n  query ReferralServiceOptions($assignmentId: ID!, $filter: ReferralServiceFilter) {\n    result: referralServiceOptions(assignmentId: $assignmentId, filter: $filter) {\n      distanceKm\n      speaksLanguage\n      offersTopic\n      service {\n        id\n        name\n        description\n        nationwide\n        anonymousLine\n        interpretersAvailable\n        topics\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.ReferralServiceOptionsDocument,
    "\n  mutation CreateReferral($input: ReferralInput!) {\n    result: createReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": types.CreateReferralDocument,
    "\n  mutation ActOnReferral($input: ReferralActionInput!) {\n    result: actOnReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": types.ActOnReferralDocument,
    "\n  mutation RerouteReferral($id: ID!, $input: RerouteReferralInput!) {\n    result: rerouteReferral(id: $id, input: $input) {\n      ...ReferralFields\n    }\n  }\n": types.RerouteReferralDocument,
    "\n  fragment KeyPersonListFields on KeyPerson {\n    id\n    displayName\n    status\n    stale\n    weeklyCapacityHours\n    homeMunicipality {\n      code\n      name\n    }\n    languages {\n      language {\n        code\n        name\n        nameNl\n      }\n      level\n    }\n    expertise {\n      code\n      name\n      nameNl\n    }\n    workload {\n      weeklyCapacityHours\n      committedHours\n      utilisation\n    }\n  }\n": types.KeyPersonListFieldsFragmentDoc,
    "\n  fragment KeyPersonFields on KeyPerson {\n    id\n    displayName\n    email\n    phone\n    gender\n    birthYear\n    origins\n    originMatchingConsent\n    languages {\n      language {\n        code\n        name\n        nameNl\n      }\n      level\n      dialect\n    }\n    expertise {\n      code\n      name\n      nameNl\n    }\n    homeMunicipality {\n      code\n      name\n      province\n    }\n    homeLocation {\n      lat\n      lon\n    }\n    maxTravelKm\n    remoteAvailable\n    weeklyCapacityHours\n    status\n    leavingReason\n    leavingNote\n    leftOn\n    compensationType\n    workload {\n      weeklyCapacityHours\n      committedHours\n      utilisation\n    }\n    supervisionStatus\n    wellbeingStatus\n    profileConfirmedAt\n    stale\n    publicConsent {\n      listed\n      showName\n      showMunicipality\n      showLanguages\n      showExpertise\n      showEmail\n      showPhone\n      showRemote\n      showReach\n      contact\n    }\n    unavailablePeriods {\n      id\n      startsOn\n      endsOn\n    }\n    account {\n      id\n      email\n      role\n      deactivatedAt\n      lastLoginAt\n      invitationPending\n    }\n    createdAt\n    updatedAt\n  }\n": types.KeyPersonFieldsFragmentDoc,
    "\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    kind\n    municipality {\n      code\n      name\n    }\n    publicEntry {\n      offers\n      website\n      updatedAt\n    }\n    createdAt\n  }\n": types.OrganisationFieldsFragmentDoc,
    "\n  fragment UserFields on User {\n    id\n    email\n    role\n    locale\n    invitationPending\n    createdAt\n    lastLoginAt\n    deactivatedAt\n    keyPerson {\n      id\n      displayName\n    }\n    organisation {\n      id\n      name\n    }\n    municipalities {\n      code\n      name\n    }\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query KeyPersonList($filter: KeyPersonFilter, $page: Int, $perPage: Int, $sort: KeyPersonSort) {\n    result: keyPersons(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        ...KeyPersonListFields\n      }\n      total\n    }\n  }\n": types.KeyPersonListDocument,
    "\n  query KeyPersonOne($id: ID!) {\n    result: keyPerson(id: $id) {\n      ...KeyPersonFields\n    }\n  }\n": types.KeyPersonOneDocument,
    "\n  mutation CreateKeyPerson($input: KeyPersonInput!) {\n    result: createKeyPerson(input: $input) {\n      ...KeyPersonFields\n    }\n  }\n": types.CreateKeyPersonDocument,
    "\n  mutation UpdateKeyPerson($id: ID!, $input: KeyPersonInput!) {\n    result: updateKeyPerson(id: $id, input: $input) {\n      ...KeyPersonFields\n    }\n  }\n": types.UpdateKeyPersonDocument,
    "\n  mutation SetKeyPersonStatus($id: ID!, $status: KeyPersonStatus!, $leavingReason: LeavingReason, $leavingNote: String) {\n    result: setKeyPersonStatus(id: $id, status: $status, leavingReason: $leavingReason, leavingNote: $leavingNote) {\n      ...KeyPersonFields\n    }\n  }\n": types.SetKeyPersonStatusDocument,
    "\n  mutation ConfirmProfile($id: ID!) {\n    result: confirmProfile(id: $id) {\n      ...KeyPersonFields\n    }\n  }\n": types.ConfirmProfileDocument,
    "\n  mutation SetMyLocale($locale: String!) {\n    result: setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": types.SetMyLocaleDocument,
    "\n  query OrganisationList($filter: OrganisationFilter, $page: Int, $perPage: Int, $sort: OrganisationSort) {\n    result: organisations(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        ...OrganisationFields\n      }\n      total\n    }\n  }\n": types.OrganisationListDocument,
    "\n  query OrganisationOne($id: ID!) {\n    result: organisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n": types.OrganisationOneDocument,
    "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    result: createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    result: updateOrganisation(id: $id, input: $input) {\n      ...OrganisationFields\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  query UserList($filter: UserFilter, $page: Int, $perPage: Int, $sort: UserSort) {\n    result: users(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        ...UserFields\n      }\n      total\n    }\n  }\n": types.UserListDocument,
    "\n  query UserOne($id: ID!) {\n    result: user(id: $id) {\n      ...UserFields\n    }\n  }\n": types.UserOneDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    result: createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  fragment ComplaintFields on Complaint {\n    id\n    kind\n    state\n    description\n    filedAt\n    response\n    respondedAt\n    decisionNote\n    decidedAt\n    assignment {\n      id\n      status\n      endedAt\n      keyPerson {\n        id\n        displayName\n      }\n      request {\n        id\n        caseReference\n        organisation {\n          id\n          name\n        }\n        municipality {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.ComplaintFieldsFragmentDoc,
    "\n  query ComplaintList($filter: ComplaintFilter, $page: Int, $perPage: Int) {\n    result: complaints(filter: $filter, page: $page, perPage: $perPage) {\n      items {\n        ...ComplaintFields\n      }\n      total\n    }\n  }\n": types.ComplaintListDocument,
    "\n  query ComplaintOne($id: ID!) {\n    result: complaint(id: $id) {\n      ...ComplaintFields\n    }\n  }\n": types.ComplaintOneDocument,
    "\n  query OrganisationFlagList($open: Boolean, $page: Int, $perPage: Int) {\n    result: organisationFlags(open: $open, page: $page, perPage: $perPage) {\n      items {\n        id\n        kind\n        note\n        flaggedAt\n        closedAt\n        closingNote\n        keyPersonName\n        organisation {\n          id\n          name\n        }\n      }\n      total\n    }\n  }\n": types.OrganisationFlagListDocument,
    "\n  mutation FileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      id\n    }\n  }\n": types.FileComplaintDocument,
    "\n  mutation RespondToComplaint($id: ID!, $response: String!) {\n    respondToComplaint(id: $id, response: $response) {\n      ...ComplaintFields\n    }\n  }\n": types.RespondToComplaintDocument,
    "\n  mutation DecideComplaint($id: ID!, $input: DecideComplaintInput!) {\n    decideComplaint(id: $id, input: $input) {\n      ...ComplaintFields\n    }\n  }\n": types.DecideComplaintDocument,
    "\n  mutation CloseOrganisationFlag($id: ID!, $note: String!) {\n    closeOrganisationFlag(id: $id, note: $note) {\n      id\n      closedAt\n    }\n  }\n": types.CloseOrganisationFlagDocument,
    "\n  mutation FlagOrganisation($input: FlagOrganisationInput!) {\n    flagOrganisation(input: $input) {\n      id\n    }\n  }\n": types.FlagOrganisationDocument,
    "\n  mutation FileLocationSignal($input: LocationSignalInput!) {\n    fileLocationSignal(input: $input)\n  }\n": types.FileLocationSignalDocument,
    "\n  mutation RateAssignment($assignmentId: ID!, $input: RatingInput!) {\n    rateAssignment(assignmentId: $assignmentId, input: $input) {\n      score\n      comment\n    }\n  }\n": types.RateAssignmentDocument,
    "\n  query FeedbackLinkOf($ids: [ID!], $language: String) {\n    assignments(filter: { ids: $ids }) {\n      items {\n        id\n        feedbackLink(language: $language) {\n          url\n          qrSvg\n          expiresAt\n          answered\n        }\n      }\n    }\n  }\n": types.FeedbackLinkOfDocument,
    "\n  query FeedbackSummaryOf($keyPersonId: ID) {\n    feedbackSummary(keyPersonId: $keyPersonId) {\n      enough\n      minimum\n      answers\n      questions {\n        question\n        yes\n        partly\n        no\n      }\n      ratings\n      averageRating\n    }\n  }\n": types.FeedbackSummaryOfDocument,
    "\n  query VoiceOverviewCard {\n    voiceOverview {\n      openComplaintsByKind {\n        code\n        count\n      }\n      complaintsByState {\n        code\n        count\n      }\n      openFlagsByKind {\n        code\n        count\n      }\n      signalsByCategory {\n        code\n        count\n      }\n    }\n  }\n": types.VoiceOverviewCardDocument,
    "\n  query MyAssignmentOrganisations {\n    assignments(perPage: 100) {\n      items {\n        id\n        status\n        request {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MyAssignmentOrganisationsDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      user {\n        email\n        role\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation AddLeave($keyPersonId: ID!, $input: LeaveInput!) {\n    addLeave(keyPersonId: $keyPersonId, input: $input) {\n      id\n      startsOn\n      endsOn\n    }\n  }\n": types.AddLeaveDocument,
    "\n  mutation RemoveLeave($id: ID!) {\n    removeLeave(id: $id)\n  }\n": types.RemoveLeaveDocument,
    "\n  mutation SetPublicConsent($keyPersonId: ID!, $input: PublicConsentInput!) {\n    setPublicConsent(keyPersonId: $keyPersonId, input: $input) {\n      id\n      publicConsent {\n        listed\n        showName\n        showMunicipality\n        showLanguages\n        showExpertise\n        showEmail\n        showPhone\n        showRemote\n        showReach\n        contact\n      }\n    }\n  }\n": types.SetPublicConsentDocument,
    "\n  query AttentionCounts {\n    attentionCounts {\n      proposalsToAnswer\n      hoursToReview\n      claimsToReview\n      lastCheckInAt\n    }\n  }\n": types.AttentionCountsDocument,
    "\n  mutation SetOrganisationPublicEntry($organisationId: ID!, $input: OrganisationPublicEntryInput!) {\n    setOrganisationPublicEntry(organisationId: $organisationId, input: $input)\n  }\n": types.SetOrganisationPublicEntryDocument,
    "\n  fragment LeftOutFields on LeftOutPayment {\n    keyPersonId\n    keyPersonName\n    missing\n    lineCount\n    amountCents\n  }\n": types.LeftOutFieldsFragmentDoc,
    "\n  fragment PayerAccountFields on PayerAccount {\n    name\n    iban\n    bic\n  }\n": types.PayerAccountFieldsFragmentDoc,
    "\n  query PaymentExportPreview($o: ID, $f: Date!, $t: Date!) {\n    paymentExportPreview(organisationId: $o, from: $f, to: $t) {\n      lineCount\n      totalCents\n      leftOut {\n        ...LeftOutFields\n      }\n      payerAccount {\n        ...PayerAccountFields\n      }\n    }\n  }\n": types.PaymentExportPreviewDocument,
    "\n  mutation ExportPayments($o: ID, $f: Date!, $t: Date!, $l: String) {\n    exportPayments(organisationId: $o, from: $f, to: $t, locale: $l) {\n      id\n      periodFrom\n      periodTo\n      lineCount\n      totalCents\n      csv\n      sepaXml\n      leftOut {\n        ...LeftOutFields\n      }\n    }\n  }\n": types.ExportPaymentsDocument,
    "\n  query SepaFiles {\n    paymentExports(page: 1, perPage: 100) {\n      items {\n        id\n        sepaXml\n      }\n    }\n  }\n": types.SepaFilesDocument,
    "\n  query PayerAccount($o: ID) {\n    payerAccount(organisationId: $o) {\n      ...PayerAccountFields\n    }\n  }\n": types.PayerAccountDocument,
    "\n  mutation SetPayerAccount($o: ID, $i: PayerAccountInput!) {\n    setPayerAccount(organisationId: $o, input: $i) {\n      ...PayerAccountFields\n    }\n  }\n": types.SetPayerAccountDocument,
    "\n  query QualificationDashboard {\n    result: qualificationDashboard {\n      byRegion {\n        key\n        name\n        nameNl\n        trained\n        untrained\n        lacking\n      }\n      byLanguage {\n        key\n        name\n        nameNl\n        trained\n        untrained\n        lacking\n      }\n      expiring {\n        validUntil\n        daysLeft\n        keyPerson {\n          id\n          displayName\n        }\n        qualification {\n          id\n          type {\n            code\n            nameNl\n            nameEn\n          }\n        }\n      }\n      awaitingVerification\n    }\n  }\n": types.QualificationDashboardDocument,
    "\n  query RecognitionStatementOf($keyPersonId: ID!, $year: Int!, $locale: String!) {\n    recognitionStatement(keyPersonId: $keyPersonId, year: $year, locale: $locale) {\n      base64\n      contentType\n      fileName\n    }\n  }\n": types.RecognitionStatementOfDocument,
    "\n  query Report($input: ReportInput!) {\n    report(input: $input) {\n      period\n      start\n      end\n      scope\n      generatedAt\n      tables {\n        code\n        section\n        chart\n        columns {\n          code\n          unit\n        }\n        rows {\n          keyKind\n          key\n          label\n          values\n        }\n      }\n    }\n  }\n": types.ReportDocument,
    "\n  fragment TransferFields on RequestTransfer {\n    id\n    requestId\n    state\n    caseReference\n    requestKind\n    hoursPerWeek\n    consentAt\n    declineReason\n    declineNote\n    effectiveOn\n    createdAt\n    answeredAt\n    municipality {\n      code\n      name\n    }\n    languages {\n      code\n      name\n      nameNl\n    }\n    fromOrganisation {\n      id\n      name\n    }\n    toOrganisation {\n      id\n      name\n    }\n  }\n": types.TransferFieldsFragmentDoc,
    "\n  query TransferTargets($requestId: ID!) {\n    transferTargets(requestId: $requestId) {\n      distanceKm\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.TransferTargetsDocument,
    "\n  query RequestTransfers($filter: TransferFilter, $page: Int, $perPage: Int) {\n    requestTransfers(filter: $filter, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...TransferFields\n      }\n    }\n  }\n": types.RequestTransfersDocument,
    "\n  mutation ProposeTransfer($input: ProposeTransferInput!) {\n    proposeTransfer(input: $input) {\n      ...TransferFields\n    }\n  }\n": types.ProposeTransferDocument,
    "\n  mutation AcceptTransfer($id: ID!) {\n    acceptTransfer(id: $id) {\n      ...TransferFields\n    }\n  }\n": types.AcceptTransferDocument,
    "\n  mutation DeclineTransfer($id: ID!, $input: DeclineTransferInput!) {\n    declineTransfer(id: $id, input: $input) {\n      ...TransferFields\n    }\n  }\n": types.DeclineTransferDocument,
    "\n  mutation WithdrawTransfer($id: ID!) {\n    withdrawTransfer(id: $id) {\n      ...TransferFields\n    }\n  }\n": types.WithdrawTransferDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      invitationPending\n    }\n  }\n": types.ResendInvitationDocument,
    "\n    mutation DeactivateUser($id: ID!) {\n      deactivateUser(id: $id) {\n        id\n        deactivatedAt\n      }\n    }\n  ": types.DeactivateUserDocument,
    "\n    mutation ReactivateUser($id: ID!) {\n      reactivateUser(id: $id) {\n        id\n        deactivatedAt\n      }\n    }\n  ": types.ReactivateUserDocument,
    "\n  query ProqolFormPage {\n    proqolForm {\n      instruction\n      answerLabels\n      credit\n      intervalDays\n      items {\n        number\n        text\n      }\n    }\n  }\n": types.ProqolFormPageDocument,
    "\n  query ProqolResponsesOf($keyPersonId: ID!) {\n    proqolResponses(keyPersonId: $keyPersonId, limit: 8) {\n      id\n      answeredAt\n      compassionSatisfaction\n      compassionSatisfactionLevel\n      burnout\n      burnoutLevel\n      secondaryTraumaticStress\n      secondaryTraumaticStressLevel\n    }\n  }\n": types.ProqolResponsesOfDocument,
    "\n  mutation SubmitProqol($input: ProqolInput!) {\n    submitProqol(input: $input) {\n      id\n    }\n  }\n": types.SubmitProqolDocument,
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
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      token\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      role\n      locale\n      keyPerson {\n        id\n        displayName\n      }\n      organisation {\n        id\n        name\n      }\n      municipalities {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyPersonAgenda($id: ID!, $from: DateTime!, $to: DateTime!) {\n    keyPerson(id: $id) {\n      id\n      displayName\n      availabilityWindows {\n        weekday\n        startTime\n        endTime\n      }\n      bookings(from: $from, to: $to) {\n        assignmentId\n        requestId\n        kind\n        startsAt\n        endsAt\n        mode\n        status\n        municipality {\n          code\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').KeyPersonAgendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAvailabilityWindows($keyPersonId: ID!, $windows: [AvailabilityWindowInput!]!) {\n    setAvailabilityWindows(keyPersonId: $keyPersonId, windows: $windows) {\n      id\n      availabilityWindows {\n        weekday\n        startTime\n        endTime\n      }\n    }\n  }\n"): typeof import('./graphql').SetAvailabilityWindowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditFilter, $page: Int, $perPage: Int, $sort: AuditSort) {\n    result: auditLog(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        actorRole\n        actorName\n        entityName\n        entityErased\n        detail\n        actor {\n          id\n          email\n          role\n        }\n      }\n      total\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CareServiceFields on CareService {\n    id\n    name\n    description\n    url\n    email\n    status\n    topics\n    interpretersAvailable\n    residenceEligibility\n    eligibilityDescription\n    applicationProcess\n    feesDescription\n    anonymousLine\n    nationwide\n    isPublic\n    assuredOn\n    stale\n    canEdit\n    updatedAt\n    organisation {\n      id\n      name\n    }\n    municipalities {\n      code\n      name\n    }\n    languages {\n      code\n      name\n      nameNl\n    }\n    phones {\n      id\n      number\n      description\n    }\n    schedules {\n      id\n      weekday\n      opensAt\n      closesAt\n      notes\n    }\n    locations {\n      id\n      name\n      address\n      postalCode\n      city\n      municipalityCode\n      lat\n      lon\n    }\n  }\n"): typeof import('./graphql').CareServiceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareServiceList($filter: CareServiceFilter, $page: Int, $perPage: Int) {\n    result: careServices(filter: $filter, page: $page, perPage: $perPage) {\n      items {\n        ...CareServiceFields\n      }\n      total\n    }\n  }\n"): typeof import('./graphql').CareServiceListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareServiceOne($id: ID!) {\n    result: careService(id: $id) {\n      ...CareServiceFields\n    }\n  }\n"): typeof import('./graphql').CareServiceOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCareService($input: CareServiceInput!) {\n    result: createCareService(input: $input) {\n      ...CareServiceFields\n    }\n  }\n"): typeof import('./graphql').CreateCareServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCareService($id: ID!, $input: CareServiceInput!) {\n    result: updateCareService(id: $id, input: $input) {\n      ...CareServiceFields\n    }\n  }\n"): typeof import('./graphql').UpdateCareServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmCareService($id: ID!) {\n    result: confirmCareService(id: $id) {\n      id\n      assuredOn\n      stale\n    }\n  }\n"): typeof import('./graphql').ConfirmCareServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCareService($id: ID!) {\n    result: archiveCareService(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ArchiveCareServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaleCareServices {\n    result: staleCareServices {\n      id\n      name\n      assuredOn\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').StaleCareServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationContacts($organisationId: ID!) {\n    result: organisationContacts(organisationId: $organisationId) {\n      id\n      name\n      title\n      email\n      phone\n    }\n  }\n"): typeof import('./graphql').OrganisationContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisationContact($organisationId: ID!, $input: OrganisationContactInput!) {\n    result: createOrganisationContact(organisationId: $organisationId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateOrganisationContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisationContact($id: ID!, $input: OrganisationContactInput!) {\n    result: updateOrganisationContact(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateOrganisationContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOrganisationContact($id: ID!) {\n    result: removeOrganisationContact(id: $id)\n  }\n"): typeof import('./graphql').RemoveOrganisationContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HourEntryFields on HourEntry {\n    id\n    date\n    hours\n    activity\n    ownActivity\n    note\n    status\n    reviewReason\n    allowanceCents\n    createdAt\n    reviewedAt\n    exportedAt\n    keyPerson {\n      id\n      displayName\n    }\n    assignment {\n      id\n      request {\n        id\n        caseReference\n        municipality {\n          code\n          name\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HourEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExpenseClaimFields on ExpenseClaim {\n    id\n    date\n    kind\n    km\n    amountCents\n    description\n    status\n    reviewReason\n    createdAt\n    reviewedAt\n    exportedAt\n    keyPerson {\n      id\n      displayName\n    }\n    assignment {\n      id\n      request {\n        id\n        caseReference\n        municipality {\n          code\n          name\n        }\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExpenseClaimFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeclarableAssignmentFields on Assignment {\n    id\n    status\n    hoursPerWeek\n    proposedAt\n    endedAt\n    request {\n      id\n      funding\n      location {\n        lat\n        lon\n      }\n      municipality {\n        code\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').DeclarableAssignmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompensationRulesFields on CompensationRules {\n    year\n    hourlyRateCents\n    hourlyRateUnder21Cents\n    monthCapCents\n    yearCapCents\n    kmRateCents\n    provisional\n    updatedAt\n  }\n"): typeof import('./graphql').CompensationRulesFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaymentExportFields on PaymentExport {\n    id\n    funder\n    periodFrom\n    periodTo\n    lineCount\n    totalCents\n    createdAt\n    csv\n  }\n"): typeof import('./graphql').PaymentExportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HourEntryList($filter: ReviewFilter, $page: Int, $perPage: Int, $sort: HourEntrySort) {\n    result: hourEntries(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        ...HourEntryFields\n      }\n      total\n    }\n  }\n"): typeof import('./graphql').HourEntryListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareHours($input: HourEntryInput!) {\n    result: declareHours(input: $input) {\n      ...HourEntryFields\n    }\n  }\n"): typeof import('./graphql').DeclareHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareOwnActivity($input: OwnActivityInput!) {\n    result: declareOwnActivity(input: $input) {\n      ...HourEntryFields\n    }\n  }\n"): typeof import('./graphql').DeclareOwnActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewHours($id: ID!, $approve: Boolean!, $reason: String) {\n    result: reviewHours(id: $id, approve: $approve, reason: $reason) {\n      ...HourEntryFields\n    }\n  }\n"): typeof import('./graphql').ReviewHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpenseClaimList($filter: ReviewFilter, $page: Int, $perPage: Int, $sort: ExpenseClaimSort) {\n    result: expenseClaims(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        ...ExpenseClaimFields\n      }\n      total\n    }\n  }\n"): typeof import('./graphql').ExpenseClaimListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitExpenseClaim($input: ExpenseClaimInput!) {\n    result: submitExpenseClaim(input: $input) {\n      ...ExpenseClaimFields\n    }\n  }\n"): typeof import('./graphql').SubmitExpenseClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewExpenseClaim($id: ID!, $approve: Boolean!, $reason: String) {\n    result: reviewExpenseClaim(id: $id, approve: $approve, reason: $reason) {\n      ...ExpenseClaimFields\n    }\n  }\n"): typeof import('./graphql').ReviewExpenseClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeclarableAssignments($perPage: Int) {\n    result: assignments(filter: { status: ACTIVE }, perPage: $perPage) {\n      items {\n        ...DeclarableAssignmentFields\n      }\n    }\n    completed: assignments(filter: { status: COMPLETED }, perPage: $perPage) {\n      items {\n        ...DeclarableAssignmentFields\n      }\n    }\n  }\n"): typeof import('./graphql').DeclarableAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentExportList($page: Int, $perPage: Int) {\n    result: paymentExports(page: $page, perPage: $perPage) {\n      items {\n        ...PaymentExportFields\n      }\n      total\n    }\n  }\n"): typeof import('./graphql').PaymentExportListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompensationRules {\n    result: compensationRules {\n      ...CompensationRulesFields\n    }\n  }\n"): typeof import('./graphql').CompensationRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCompensationRules($year: Int!, $input: CompensationRulesInput!) {\n    result: setCompensationRules(year: $year, input: $input) {\n      ...CompensationRulesFields\n    }\n  }\n"): typeof import('./graphql').SetCompensationRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompensationRulesMissing {\n    result: compensationRulesMissing\n  }\n"): typeof import('./graphql').CompensationRulesMissingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllowanceOverview($keyPersonId: ID!, $year: Int!) {\n    result: allowanceOverview(keyPersonId: $keyPersonId, year: $year) {\n      year\n      legalHourlyRateCents\n      allowanceCents\n      roomCents\n      figures {\n        ...CompensationRulesFields\n      }\n      months {\n        month\n        hoursDeclared\n        hoursApproved\n        allowanceCents\n        roomCents\n      }\n    }\n  }\n"): typeof import('./graphql').AllowanceOverviewDocument;
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
export function graphql(source: "\n  fragment GroupActivityFields on GroupActivity {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    capacity\n    onlineUrl\n    recurrence\n    seriesId\n    qualificationCode\n    cancelledAt\n    canManage\n    begun\n    placesLeft\n    location {\n      lat\n      lon\n    }\n    organisation {\n      id\n      name\n    }\n    counts {\n      invited\n      attending\n      notAttending\n      attended\n    }\n  }\n"): typeof import('./graphql').GroupActivityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupActivities($filter: GroupActivityFilter, $page: Int, $perPage: Int) {\n    result: groupActivities(filter: $filter, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...GroupActivityFields\n      }\n    }\n  }\n"): typeof import('./graphql').GroupActivitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupActivity($id: ID!) {\n    result: groupActivity(id: $id) {\n      ...GroupActivityFields\n      myInvitation {\n        id\n        answer\n        attended\n        ownActivityDraft {\n          activity\n          date\n          hours\n          note\n        }\n      }\n      invitations {\n        id\n        answer\n        answeredAt\n        attended\n        keyPerson {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GroupActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroupActivity($input: GroupActivityInput!) {\n    result: createGroupActivity(input: $input) {\n      ...GroupActivityFields\n    }\n  }\n"): typeof import('./graphql').CreateGroupActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToGroupActivity($activityId: ID!, $input: GroupInviteInput!) {\n    inviteToGroupActivity(activityId: $activityId, input: $input) {\n      invited\n      alreadyInvited\n    }\n  }\n"): typeof import('./graphql').InviteToGroupActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToGroupActivity($activityId: ID!, $answer: GroupActivityAnswer!) {\n    respondToGroupActivity(activityId: $activityId, answer: $answer) {\n      id\n      answer\n    }\n  }\n"): typeof import('./graphql').RespondToGroupActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($activityId: ID!, $keyPersonIds: [ID!]!) {\n    recordAttendance(activityId: $activityId, keyPersonIds: $keyPersonIds) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelGroupActivity($id: ID!) {\n    cancelGroupActivity(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n"): typeof import('./graphql').CancelGroupActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareGroupActivityHours($input: OwnActivityInput!) {\n    declareOwnActivity(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeclareGroupActivityHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGroupInvitations {\n    myGroupInvitations {\n      id\n      answer\n      activity {\n        id\n        kind\n        title\n        startsAt\n        endsAt\n        placesLeft\n      }\n    }\n  }\n"): typeof import('./graphql').MyGroupInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyPersonAffiliations($id: ID!) {\n    keyPerson(id: $id) {\n      id\n      affiliations {\n        id\n        startsOn\n        endsOn\n        responsibleForSupervision\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').KeyPersonAffiliationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationKeyPersons($organisationId: ID) {\n    affiliations(organisationId: $organisationId, currentOnly: true) {\n      id\n      responsibleForSupervision\n      keyPerson {\n        id\n        displayName\n        supervisionStatus\n        lastSupervisionOn\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationKeyPersonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAffiliation($input: AffiliationInput!) {\n    addAffiliation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddAffiliationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndAffiliation($id: ID!, $endsOn: Date!) {\n    endAffiliation(id: $id, endsOn: $endsOn) {\n      id\n    }\n  }\n"): typeof import('./graphql').EndAffiliationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchRequestListFields on MatchRequest {\n    id\n    caseReference\n    status\n    kind\n    startsAt\n    endsAt\n    createdAt\n    startsOn\n    hoursPerWeek\n    municipality {\n      code\n      name\n      province\n    }\n    languages {\n      code\n      name\n      nameNl\n    }\n    expertise {\n      code\n      name\n      nameNl\n    }\n    organisation {\n      id\n      name\n    }\n    unmetSince\n    unmetExclusions {\n      rule\n      count\n    }\n  }\n"): typeof import('./graphql').MatchRequestListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchRequestFields on MatchRequest {\n    id\n    caseReference\n    status\n    kind\n    startsAt\n    endsAt\n    appointment {\n      mode\n      setting\n      role\n    }\n    consult {\n      topic\n      hours\n    }\n    session {\n      expectedParticipants\n      topics\n    }\n    requiredDialect\n    preferredDialect\n    createdAt\n    startsOn\n    hoursPerWeek\n    municipality {\n      code\n      name\n      province\n    }\n    languages {\n      code\n      name\n      nameNl\n    }\n    expertise {\n      code\n      name\n      nameNl\n    }\n    organisation {\n      id\n      name\n    }\n    unmetSince\n    unmetExclusions {\n      rule\n      count\n    }\n    remoteAcceptable\n    funding\n    autoEscalate\n    preferredGender\n    backgroundPreference\n    newcomerOrigin\n    location {\n      lat\n      lon\n    }\n    assignments {\n      id\n      status\n      hoursPerWeek\n      proposedAt\n      respondBy\n      respondedAt\n      declineReason\n      endedAt\n      proposedBecause\n      rating {\n        score\n      }\n      handovers {\n        handedOverOn\n        overlapUntil\n        fromAssignmentId\n        toAssignmentId\n      }\n      keyPerson {\n        id\n        displayName\n        homeMunicipality {\n          code\n          name\n        }\n        email\n        phone\n      }\n    }\n  }\n"): typeof import('./graphql').MatchRequestFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentFields on Assignment {\n    id\n    status\n    hoursPerWeek\n    proposedAt\n    respondBy\n    respondedAt\n    declineReason\n    endedAt\n    proposedBecause\n    handovers {\n      handedOverOn\n      overlapUntil\n      fromAssignmentId\n      toAssignmentId\n    }\n    request {\n      id\n      kind\n      startsAt\n      endsAt\n      appointment {\n        mode\n        setting\n        role\n      }\n      consult {\n        topic\n        hours\n      }\n      session {\n        expectedParticipants\n        topics\n      }\n      requiredDialect\n      preferredDialect\n      hoursPerWeek\n      startsOn\n      remoteAcceptable\n      municipality {\n        code\n        name\n        province\n      }\n      languages {\n        code\n        name\n        nameNl\n      }\n      expertise {\n        code\n        name\n        nameNl\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AssignmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CandidateFields on MatchCandidate {\n    score\n    distanceKm\n    parts {\n      distance\n      load\n      language\n      preferences\n      continuity\n    }\n    reasons\n    explanation {\n      code\n      params\n    }\n    keyPerson {\n      id\n      displayName\n      gender\n      homeMunicipality {\n        code\n        name\n      }\n      languages {\n        language {\n          code\n          name\n          nameNl\n        }\n        level\n      }\n      workload {\n        weeklyCapacityHours\n        committedHours\n        utilisation\n      }\n    }\n  }\n"): typeof import('./graphql').CandidateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchRequestList($filter: MatchRequestFilter, $page: Int, $perPage: Int, $sort: MatchRequestSort) {\n    result: matchRequests(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        ...MatchRequestListFields\n      }\n      total\n    }\n  }\n"): typeof import('./graphql').MatchRequestListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchRequestOne($id: ID!) {\n    result: matchRequest(id: $id) {\n      ...MatchRequestFields\n    }\n  }\n"): typeof import('./graphql').MatchRequestOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMatchRequest($input: MatchRequestInput!) {\n    result: createMatchRequest(input: $input) {\n      ...MatchRequestFields\n    }\n  }\n"): typeof import('./graphql').CreateMatchRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentList($filter: AssignmentFilter, $page: Int, $perPage: Int, $sort: AssignmentSort) {\n    result: assignments(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        ...AssignmentFields\n      }\n      total\n    }\n  }\n"): typeof import('./graphql').AssignmentListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchCandidates($requestId: ID!, $limit: Int!) {\n    result: matchCandidates(requestId: $requestId, limit: $limit) {\n      ...CandidateFields\n    }\n  }\n"): typeof import('./graphql').MatchCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeAssignment($requestId: ID!, $keyPersonId: ID!) {\n    result: proposeAssignment(requestId: $requestId, keyPersonId: $keyPersonId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ProposeAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToAssignment($assignmentId: ID!, $accept: Boolean!, $reason: String) {\n    result: respondToAssignment(assignmentId: $assignmentId, accept: $accept, reason: $reason) {\n      ...AssignmentFields\n    }\n  }\n"): typeof import('./graphql').RespondToAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteAssignment($assignmentId: ID!) {\n    result: completeAssignment(assignmentId: $assignmentId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CompleteAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMatchRequest($requestId: ID!) {\n    result: cancelMatchRequest(requestId: $requestId) {\n      ...MatchRequestFields\n    }\n  }\n"): typeof import('./graphql').CancelMatchRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RelocateNewcomer($requestId: ID!, $location: GeoPointInput!) {\n    result: relocateNewcomer(requestId: $requestId, location: $location) {\n      ...MatchRequestFields\n    }\n  }\n"): typeof import('./graphql').RelocateNewcomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    status\n    locale\n    subject\n    body\n    attempts\n    nextAttemptAt\n    lastError\n    sentAt\n    createdAt\n    dedupeKey\n    recipient {\n      id\n      email\n      role\n      locale\n      emailBouncedAt\n    }\n  }\n"): typeof import('./graphql').NotificationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationList($filter: NotificationFilter, $page: Int, $perPage: Int, $sort: NotificationSort) {\n    result: notifications(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        ...NotificationFields\n      }\n      total\n    }\n  }\n"): typeof import('./graphql').NotificationListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryNotification($id: ID!) {\n    result: retryNotification(id: $id) {\n      ...NotificationFields\n    }\n  }\n"): typeof import('./graphql').RetryNotificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationSettings {\n    result: myNotificationSettings {\n      digestsEnabled\n      emailBouncedAt\n    }\n  }\n"): typeof import('./graphql').MyNotificationSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDigestsEnabled($enabled: Boolean!) {\n    result: setDigestsEnabled(enabled: $enabled) {\n      digestsEnabled\n      emailBouncedAt\n    }\n  }\n"): typeof import('./graphql').SetDigestsEnabledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OversightDashboard {\n    result: oversightDashboard {\n      byStatus {\n        status\n        count\n      }\n      byWellbeing {\n        status\n        count\n      }\n      bySupervision {\n        status\n        count\n      }\n      staleCount\n      unmetRequests\n      utilisation {\n        label\n        count\n      }\n      bookedUtilisation {\n        label\n        count\n      }\n      referrals {\n        total\n        needsRerouting\n        byState {\n          key\n          count\n        }\n        byTopic {\n          key\n          count\n        }\n        byService {\n          key\n          label\n          count\n        }\n        medianDaysToAccept\n        medianDaysToAppointment\n      }\n      unmetByKind {\n        kind\n        count\n      }\n      hoursByWork {\n        kind\n        ownActivity\n        declaredHours\n        approvedHours\n      }\n      weeklyHours {\n        weekEnding\n        declaredHours\n        capacityHours\n      }\n      actionCounts {\n        kind\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').OversightDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OversightActions($kind: ActionKind, $page: Int, $perPage: Int) {\n    result: oversightActions(kind: $kind, page: $page, perPage: $perPage) {\n      items {\n        kind\n        reasons {\n          code\n          params\n        }\n        keyPerson {\n          id\n          displayName\n          homeMunicipality {\n            code\n            name\n          }\n        }\n      }\n      total\n      counts {\n        kind\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').OversightActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coverage($languageCode: String!) {\n    result: coverage(languageCode: $languageCode) {\n      municipality {\n        code\n        name\n        province\n      }\n      reachable\n      unmetRequests\n    }\n  }\n"): typeof import('./graphql').CoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyPersonWellbeing($id: ID!) {\n    result: keyPerson(id: $id) {\n      id\n      displayName\n      wellbeingStatus\n      wellbeing {\n        status\n        reasons {\n          code\n          params\n          level\n          message\n        }\n      }\n    }\n    checkIns: wellbeingCheckIns(keyPersonId: $id, limit: 6) {\n      id\n      at\n      strain\n      emotionalImpact\n      support\n      contactRequested\n    }\n    clearances: wellbeingClearances(keyPersonId: $id) {\n      id\n      at\n      note\n    }\n  }\n"): typeof import('./graphql').KeyPersonWellbeingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionSessions($keyPersonId: ID!) {\n    result: supervisionSessions(keyPersonId: $keyPersonId) {\n      id\n      date\n      kind\n      note\n      createdAt\n    }\n  }\n"): typeof import('./graphql').SupervisionSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogSupervisionSession($keyPersonId: ID!, $date: Date!, $kind: SupervisionKind!, $note: String) {\n    result: logSupervisionSession(keyPersonId: $keyPersonId, date: $date, kind: $kind, note: $note) {\n      id\n      supervisionStatus\n      lastSupervisionOn\n    }\n  }\n"): typeof import('./graphql').LogSupervisionSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitWellbeingCheckIn($input: WellbeingCheckInInput!) {\n    result: submitWellbeingCheckIn(input: $input) {\n      id\n      wellbeingStatus\n    }\n  }\n"): typeof import('./graphql').SubmitWellbeingCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearWellbeingFlag($keyPersonId: ID!, $note: String!) {\n    result: clearWellbeingFlag(keyPersonId: $keyPersonId, note: $note) {\n      id\n      wellbeingStatus\n    }\n  }\n"): typeof import('./graphql').ClearWellbeingFlagDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QualificationTypeFields on QualificationType {\n    code\n    nameNl\n    nameEn\n    validityMonths\n    coversExpertise\n    active\n    updatedAt\n  }\n"): typeof import('./graphql').QualificationTypeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualificationTypes($includeInactive: Boolean!) {\n    result: qualificationTypes(includeInactive: $includeInactive) {\n      ...QualificationTypeFields\n    }\n  }\n"): typeof import('./graphql').QualificationTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQualificationType($input: QualificationTypeInput!) {\n    result: createQualificationType(input: $input) {\n      ...QualificationTypeFields\n    }\n  }\n"): typeof import('./graphql').CreateQualificationTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQualificationType($code: ID!, $input: QualificationTypeUpdateInput!) {\n    result: updateQualificationType(code: $code, input: $input) {\n      ...QualificationTypeFields\n    }\n  }\n"): typeof import('./graphql').UpdateQualificationTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QualificationFields on Qualification {\n    id\n    code\n    status\n    issuer\n    obtainedOn\n    validUntil\n    verifiedAt\n    verificationNote\n    validToday\n    type {\n      code\n      nameNl\n      nameEn\n    }\n  }\n"): typeof import('./graphql').QualificationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyPersonQualifications($id: ID!) {\n    result: keyPerson(id: $id) {\n      id\n      qualifications {\n        ...QualificationFields\n      }\n    }\n    types: qualificationTypes {\n      code\n      nameNl\n      nameEn\n    }\n  }\n"): typeof import('./graphql').KeyPersonQualificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddQualification($keyPersonId: ID!, $input: QualificationInput!) {\n    result: addQualification(keyPersonId: $keyPersonId, input: $input) {\n      ...QualificationFields\n    }\n  }\n"): typeof import('./graphql').AddQualificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyQualification($id: ID!, $note: String!) {\n    result: verifyQualification(id: $id, note: $note) {\n      ...QualificationFields\n    }\n  }\n"): typeof import('./graphql').VerifyQualificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectQualification($id: ID!, $note: String!) {\n    result: rejectQualification(id: $id, note: $note) {\n      ...QualificationFields\n    }\n  }\n"): typeof import('./graphql').RejectQualificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveQualification($id: ID!) {\n    result: removeQualification(id: $id)\n  }\n"): typeof import('./graphql').RemoveQualificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Languages {\n      result: languages {\n        code\n        name\n        nameNl\n      }\n    }\n  "): typeof import('./graphql').LanguagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ExpertiseAreas {\n      result: expertiseAreas {\n        code\n        name\n        nameNl\n      }\n    }\n  "): typeof import('./graphql').ExpertiseAreasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Municipalities {\n      result: municipalities {\n        code\n        name\n        province\n        provinceCode\n      }\n    }\n  "): typeof import('./graphql').MunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralFields on Referral {\n    id\n    state\n    needsRerouting\n    sharesMunicipality\n    sharesLanguage\n    sharesTopic\n    note\n    declineReason\n    declineNote\n    mySides\n    caseReference\n    requestId\n    assignmentId\n    reroutedFromId\n    reroutedToId\n    consentAt\n    sentAt\n    acceptedAt\n    declinedAt\n    appointmentMadeAt\n    waitingListAt\n    completedAt\n    withdrawnAt\n    topic {\n      code\n      name\n      nameNl\n    }\n    municipality {\n      code\n      name\n    }\n    language {\n      code\n      name\n      nameNl\n    }\n    careService {\n      id\n      name\n    }\n    referringOrganisation {\n      id\n      name\n    }\n    serviceOrganisation {\n      id\n      name\n    }\n    events {\n      id\n      fromState\n      state\n      action\n      side\n      note\n      at\n    }\n  }\n"): typeof import('./graphql').ReferralFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralList($filter: ReferralFilter, $page: Int, $perPage: Int) {\n    result: referrals(filter: $filter, page: $page, perPage: $perPage) {\n      items {\n        ...ReferralFields\n      }\n      total\n    }\n  }\n"): typeof import('./graphql').ReferralListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralOne($id: ID!) {\n    result: referral(id: $id) {\n      ...ReferralFields\n    }\n  }\n"): typeof import('./graphql').ReferralOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralServiceOptions($assignmentId: ID!, $filter: ReferralServiceFilter) {\n    result: referralServiceOptions(assignmentId: $assignmentId, filter: $filter) {\n      distanceKm\n      speaksLanguage\n      offersTopic\n      service {\n        id\n        name\n        description\n        nationwide\n        anonymousLine\n        interpretersAvailable\n        topics\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ReferralServiceOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReferral($input: ReferralInput!) {\n    result: createReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"): typeof import('./graphql').CreateReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActOnReferral($input: ReferralActionInput!) {\n    result: actOnReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"): typeof import('./graphql').ActOnReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RerouteReferral($id: ID!, $input: RerouteReferralInput!) {\n    result: rerouteReferral(id: $id, input: $input) {\n      ...ReferralFields\n    }\n  }\n"): typeof import('./graphql').RerouteReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KeyPersonListFields on KeyPerson {\n    id\n    displayName\n    status\n    stale\n    weeklyCapacityHours\n    homeMunicipality {\n      code\n      name\n    }\n    languages {\n      language {\n        code\n        name\n        nameNl\n      }\n      level\n    }\n    expertise {\n      code\n      name\n      nameNl\n    }\n    workload {\n      weeklyCapacityHours\n      committedHours\n      utilisation\n    }\n  }\n"): typeof import('./graphql').KeyPersonListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KeyPersonFields on KeyPerson {\n    id\n    displayName\n    email\n    phone\n    gender\n    birthYear\n    origins\n    originMatchingConsent\n    languages {\n      language {\n        code\n        name\n        nameNl\n      }\n      level\n      dialect\n    }\n    expertise {\n      code\n      name\n      nameNl\n    }\n    homeMunicipality {\n      code\n      name\n      province\n    }\n    homeLocation {\n      lat\n      lon\n    }\n    maxTravelKm\n    remoteAvailable\n    weeklyCapacityHours\n    status\n    leavingReason\n    leavingNote\n    leftOn\n    compensationType\n    workload {\n      weeklyCapacityHours\n      committedHours\n      utilisation\n    }\n    supervisionStatus\n    wellbeingStatus\n    profileConfirmedAt\n    stale\n    publicConsent {\n      listed\n      showName\n      showMunicipality\n      showLanguages\n      showExpertise\n      showEmail\n      showPhone\n      showRemote\n      showReach\n      contact\n    }\n    unavailablePeriods {\n      id\n      startsOn\n      endsOn\n    }\n    account {\n      id\n      email\n      role\n      deactivatedAt\n      lastLoginAt\n      invitationPending\n    }\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').KeyPersonFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    kind\n    municipality {\n      code\n      name\n    }\n    publicEntry {\n      offers\n      website\n      updatedAt\n    }\n    createdAt\n  }\n"): typeof import('./graphql').OrganisationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    email\n    role\n    locale\n    invitationPending\n    createdAt\n    lastLoginAt\n    deactivatedAt\n    keyPerson {\n      id\n      displayName\n    }\n    organisation {\n      id\n      name\n    }\n    municipalities {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyPersonList($filter: KeyPersonFilter, $page: Int, $perPage: Int, $sort: KeyPersonSort) {\n    result: keyPersons(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        ...KeyPersonListFields\n      }\n      total\n    }\n  }\n"): typeof import('./graphql').KeyPersonListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyPersonOne($id: ID!) {\n    result: keyPerson(id: $id) {\n      ...KeyPersonFields\n    }\n  }\n"): typeof import('./graphql').KeyPersonOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateKeyPerson($input: KeyPersonInput!) {\n    result: createKeyPerson(input: $input) {\n      ...KeyPersonFields\n    }\n  }\n"): typeof import('./graphql').CreateKeyPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateKeyPerson($id: ID!, $input: KeyPersonInput!) {\n    result: updateKeyPerson(id: $id, input: $input) {\n      ...KeyPersonFields\n    }\n  }\n"): typeof import('./graphql').UpdateKeyPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetKeyPersonStatus($id: ID!, $status: KeyPersonStatus!, $leavingReason: LeavingReason, $leavingNote: String) {\n    result: setKeyPersonStatus(id: $id, status: $status, leavingReason: $leavingReason, leavingNote: $leavingNote) {\n      ...KeyPersonFields\n    }\n  }\n"): typeof import('./graphql').SetKeyPersonStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmProfile($id: ID!) {\n    result: confirmProfile(id: $id) {\n      ...KeyPersonFields\n    }\n  }\n"): typeof import('./graphql').ConfirmProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLocale($locale: String!) {\n    result: setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"): typeof import('./graphql').SetMyLocaleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationList($filter: OrganisationFilter, $page: Int, $perPage: Int, $sort: OrganisationSort) {\n    result: organisations(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        ...OrganisationFields\n      }\n      total\n    }\n  }\n"): typeof import('./graphql').OrganisationListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOne($id: ID!) {\n    result: organisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n"): typeof import('./graphql').OrganisationOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    result: createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"): typeof import('./graphql').CreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    result: updateOrganisation(id: $id, input: $input) {\n      ...OrganisationFields\n    }\n  }\n"): typeof import('./graphql').UpdateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserList($filter: UserFilter, $page: Int, $perPage: Int, $sort: UserSort) {\n    result: users(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {\n      items {\n        ...UserFields\n      }\n      total\n    }\n  }\n"): typeof import('./graphql').UserListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserOne($id: ID!) {\n    result: user(id: $id) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').UserOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    result: createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintFields on Complaint {\n    id\n    kind\n    state\n    description\n    filedAt\n    response\n    respondedAt\n    decisionNote\n    decidedAt\n    assignment {\n      id\n      status\n      endedAt\n      keyPerson {\n        id\n        displayName\n      }\n      request {\n        id\n        caseReference\n        organisation {\n          id\n          name\n        }\n        municipality {\n          code\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ComplaintFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintList($filter: ComplaintFilter, $page: Int, $perPage: Int) {\n    result: complaints(filter: $filter, page: $page, perPage: $perPage) {\n      items {\n        ...ComplaintFields\n      }\n      total\n    }\n  }\n"): typeof import('./graphql').ComplaintListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintOne($id: ID!) {\n    result: complaint(id: $id) {\n      ...ComplaintFields\n    }\n  }\n"): typeof import('./graphql').ComplaintOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationFlagList($open: Boolean, $page: Int, $perPage: Int) {\n    result: organisationFlags(open: $open, page: $page, perPage: $perPage) {\n      items {\n        id\n        kind\n        note\n        flaggedAt\n        closedAt\n        closingNote\n        keyPersonName\n        organisation {\n          id\n          name\n        }\n      }\n      total\n    }\n  }\n"): typeof import('./graphql').OrganisationFlagListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').FileComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToComplaint($id: ID!, $response: String!) {\n    respondToComplaint(id: $id, response: $response) {\n      ...ComplaintFields\n    }\n  }\n"): typeof import('./graphql').RespondToComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideComplaint($id: ID!, $input: DecideComplaintInput!) {\n    decideComplaint(id: $id, input: $input) {\n      ...ComplaintFields\n    }\n  }\n"): typeof import('./graphql').DecideComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseOrganisationFlag($id: ID!, $note: String!) {\n    closeOrganisationFlag(id: $id, note: $note) {\n      id\n      closedAt\n    }\n  }\n"): typeof import('./graphql').CloseOrganisationFlagDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagOrganisation($input: FlagOrganisationInput!) {\n    flagOrganisation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').FlagOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileLocationSignal($input: LocationSignalInput!) {\n    fileLocationSignal(input: $input)\n  }\n"): typeof import('./graphql').FileLocationSignalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateAssignment($assignmentId: ID!, $input: RatingInput!) {\n    rateAssignment(assignmentId: $assignmentId, input: $input) {\n      score\n      comment\n    }\n  }\n"): typeof import('./graphql').RateAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackLinkOf($ids: [ID!], $language: String) {\n    assignments(filter: { ids: $ids }) {\n      items {\n        id\n        feedbackLink(language: $language) {\n          url\n          qrSvg\n          expiresAt\n          answered\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FeedbackLinkOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackSummaryOf($keyPersonId: ID) {\n    feedbackSummary(keyPersonId: $keyPersonId) {\n      enough\n      minimum\n      answers\n      questions {\n        question\n        yes\n        partly\n        no\n      }\n      ratings\n      averageRating\n    }\n  }\n"): typeof import('./graphql').FeedbackSummaryOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoiceOverviewCard {\n    voiceOverview {\n      openComplaintsByKind {\n        code\n        count\n      }\n      complaintsByState {\n        code\n        count\n      }\n      openFlagsByKind {\n        code\n        count\n      }\n      signalsByCategory {\n        code\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').VoiceOverviewCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAssignmentOrganisations {\n    assignments(perPage: 100) {\n      items {\n        id\n        status\n        request {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyAssignmentOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      user {\n        email\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLeave($keyPersonId: ID!, $input: LeaveInput!) {\n    addLeave(keyPersonId: $keyPersonId, input: $input) {\n      id\n      startsOn\n      endsOn\n    }\n  }\n"): typeof import('./graphql').AddLeaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveLeave($id: ID!) {\n    removeLeave(id: $id)\n  }\n"): typeof import('./graphql').RemoveLeaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPublicConsent($keyPersonId: ID!, $input: PublicConsentInput!) {\n    setPublicConsent(keyPersonId: $keyPersonId, input: $input) {\n      id\n      publicConsent {\n        listed\n        showName\n        showMunicipality\n        showLanguages\n        showExpertise\n        showEmail\n        showPhone\n        showRemote\n        showReach\n        contact\n      }\n    }\n  }\n"): typeof import('./graphql').SetPublicConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttentionCounts {\n    attentionCounts {\n      proposalsToAnswer\n      hoursToReview\n      claimsToReview\n      lastCheckInAt\n    }\n  }\n"): typeof import('./graphql').AttentionCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganisationPublicEntry($organisationId: ID!, $input: OrganisationPublicEntryInput!) {\n    setOrganisationPublicEntry(organisationId: $organisationId, input: $input)\n  }\n"): typeof import('./graphql').SetOrganisationPublicEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeftOutFields on LeftOutPayment {\n    keyPersonId\n    keyPersonName\n    missing\n    lineCount\n    amountCents\n  }\n"): typeof import('./graphql').LeftOutFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PayerAccountFields on PayerAccount {\n    name\n    iban\n    bic\n  }\n"): typeof import('./graphql').PayerAccountFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentExportPreview($o: ID, $f: Date!, $t: Date!) {\n    paymentExportPreview(organisationId: $o, from: $f, to: $t) {\n      lineCount\n      totalCents\n      leftOut {\n        ...LeftOutFields\n      }\n      payerAccount {\n        ...PayerAccountFields\n      }\n    }\n  }\n"): typeof import('./graphql').PaymentExportPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportPayments($o: ID, $f: Date!, $t: Date!, $l: String) {\n    exportPayments(organisationId: $o, from: $f, to: $t, locale: $l) {\n      id\n      periodFrom\n      periodTo\n      lineCount\n      totalCents\n      csv\n      sepaXml\n      leftOut {\n        ...LeftOutFields\n      }\n    }\n  }\n"): typeof import('./graphql').ExportPaymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SepaFiles {\n    paymentExports(page: 1, perPage: 100) {\n      items {\n        id\n        sepaXml\n      }\n    }\n  }\n"): typeof import('./graphql').SepaFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayerAccount($o: ID) {\n    payerAccount(organisationId: $o) {\n      ...PayerAccountFields\n    }\n  }\n"): typeof import('./graphql').PayerAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPayerAccount($o: ID, $i: PayerAccountInput!) {\n    setPayerAccount(organisationId: $o, input: $i) {\n      ...PayerAccountFields\n    }\n  }\n"): typeof import('./graphql').SetPayerAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualificationDashboard {\n    result: qualificationDashboard {\n      byRegion {\n        key\n        name\n        nameNl\n        trained\n        untrained\n        lacking\n      }\n      byLanguage {\n        key\n        name\n        nameNl\n        trained\n        untrained\n        lacking\n      }\n      expiring {\n        validUntil\n        daysLeft\n        keyPerson {\n          id\n          displayName\n        }\n        qualification {\n          id\n          type {\n            code\n            nameNl\n            nameEn\n          }\n        }\n      }\n      awaitingVerification\n    }\n  }\n"): typeof import('./graphql').QualificationDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecognitionStatementOf($keyPersonId: ID!, $year: Int!, $locale: String!) {\n    recognitionStatement(keyPersonId: $keyPersonId, year: $year, locale: $locale) {\n      base64\n      contentType\n      fileName\n    }\n  }\n"): typeof import('./graphql').RecognitionStatementOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Report($input: ReportInput!) {\n    report(input: $input) {\n      period\n      start\n      end\n      scope\n      generatedAt\n      tables {\n        code\n        section\n        chart\n        columns {\n          code\n          unit\n        }\n        rows {\n          keyKind\n          key\n          label\n          values\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransferFields on RequestTransfer {\n    id\n    requestId\n    state\n    caseReference\n    requestKind\n    hoursPerWeek\n    consentAt\n    declineReason\n    declineNote\n    effectiveOn\n    createdAt\n    answeredAt\n    municipality {\n      code\n      name\n    }\n    languages {\n      code\n      name\n      nameNl\n    }\n    fromOrganisation {\n      id\n      name\n    }\n    toOrganisation {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').TransferFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransferTargets($requestId: ID!) {\n    transferTargets(requestId: $requestId) {\n      distanceKm\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').TransferTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestTransfers($filter: TransferFilter, $page: Int, $perPage: Int) {\n    requestTransfers(filter: $filter, page: $page, perPage: $perPage) {\n      total\n      items {\n        ...TransferFields\n      }\n    }\n  }\n"): typeof import('./graphql').RequestTransfersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeTransfer($input: ProposeTransferInput!) {\n    proposeTransfer(input: $input) {\n      ...TransferFields\n    }\n  }\n"): typeof import('./graphql').ProposeTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptTransfer($id: ID!) {\n    acceptTransfer(id: $id) {\n      ...TransferFields\n    }\n  }\n"): typeof import('./graphql').AcceptTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineTransfer($id: ID!, $input: DeclineTransferInput!) {\n    declineTransfer(id: $id, input: $input) {\n      ...TransferFields\n    }\n  }\n"): typeof import('./graphql').DeclineTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawTransfer($id: ID!) {\n    withdrawTransfer(id: $id) {\n      ...TransferFields\n    }\n  }\n"): typeof import('./graphql').WithdrawTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      invitationPending\n    }\n  }\n"): typeof import('./graphql').ResendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DeactivateUser($id: ID!) {\n      deactivateUser(id: $id) {\n        id\n        deactivatedAt\n      }\n    }\n  "): typeof import('./graphql').DeactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ReactivateUser($id: ID!) {\n      reactivateUser(id: $id) {\n        id\n        deactivatedAt\n      }\n    }\n  "): typeof import('./graphql').ReactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProqolFormPage {\n    proqolForm {\n      instruction\n      answerLabels\n      credit\n      intervalDays\n      items {\n        number\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').ProqolFormPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProqolResponsesOf($keyPersonId: ID!) {\n    proqolResponses(keyPersonId: $keyPersonId, limit: 8) {\n      id\n      answeredAt\n      compassionSatisfaction\n      compassionSatisfactionLevel\n      burnout\n      burnoutLevel\n      secondaryTraumaticStress\n      secondaryTraumaticStressLevel\n    }\n  }\n"): typeof import('./graphql').ProqolResponsesOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProqol($input: ProqolInput!) {\n    submitProqol(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubmitProqolDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
