// Every e-mail in both languages: the subject, the language, the link into the console,
// and what it must never say (newcomer details, wellbeing answers). Plus the pure rules
// of delivery: backoff, which SMTP errors bounce, Amsterdam dates for the daily jobs.
import { amsterdam } from "../../server/src/notifications/jobs";
import { NotificationKind as K } from "../../server/src/notifications/notification.entity";
import { backoffMinutes, classify, MAX_ATTEMPTS } from "../../server/src/notifications/notifications.worker";
import {
  formatEuros,
  formatHours,
  formatMoment,
  formatSlot,
  render,
  TEMPLATES,
  type Locale,
  type TemplateParams,
  type Work,
} from "../../server/src/notifications/templates";

const BASE = "https://sleutelkaart.example.nl";
const RESPOND_BY = new Date("2031-03-06T09:00:00Z"); // 10:00 in Amsterdam (winter time)
const TIGRINYA = { name: "Tigrinya", nameNl: "Tigrinya" };
const ARABIC = { name: "North Levantine Arabic", nameNl: "Noord-Levantijns Arabisch" };
const proposal: TemplateParams[K.PROPOSAL] = {
  municipality: "Amsterdam",
  languages: [TIGRINYA, ARABIC],
  work: { kind: "CASE_SUPPORT", hoursPerWeek: 2.5, startsOn: "2031-03-10" },
  respondBy: RESPOND_BY,
};

const referral = {
  referralId: 12,
  serviceName: "GGZ Noord",
  state: "SENT",
  needsRerouting: false,
  municipality: "Amsterdam",
  topic: { name: "Health", nameNl: "Gezondheid" },
};

/** One row per kind: its parameters, the subject in each language, the console route its link opens, and text it must contain. */
const CASES: { [Kind in K]: { params: TemplateParams[Kind]; subject: Record<Locale, RegExp>; route: string; says?: Record<Locale, RegExp[]> } } = {
  [K.PROPOSAL]: {
    params: proposal,
    subject: { nl: /^Sleutelkaart: nieuw voorstel in Amsterdam$/, en: /^Sleutelkaart: new proposal in Amsterdam$/ },
    route: "assignments",
    says: {
      nl: [/Tigrinya of Noord-Levantijns Arabisch/, /2,5 uur per week/, /10 maart 2031/, /donderdag 6 maart 2031 om 10:00/, /72 uur/],
      en: [/Tigrinya or North Levantine Arabic/, /2\.5 hours a week/, /10 March 2031/, /Thursday, 6 March 2031 at 10:00/, /72 hours/],
    },
  },
  [K.PROPOSAL_REMINDER]: {
    params: proposal,
    subject: { nl: /herinnering: voorstel in Amsterdam vervalt binnenkort/, en: /reminder: proposal in Amsterdam expires soon/ },
    route: "assignments",
    says: { nl: [/vervalt op donderdag 6 maart 2031 om 10:00/], en: [/expires on Thursday, 6 March 2031 at 10:00/] },
  },
  [K.ASSIGNMENT_CANCELLED]: {
    params: { proposedOn: "2031-03-01", work: { kind: "CASE_SUPPORT", hoursPerWeek: 1, startsOn: "2031-03-02" } },
    subject: { nl: /voorstel of inzet geannuleerd/, en: /proposal or assignment cancelled/ },
    route: "assignments",
    says: { nl: [/van 1 maart 2031 \(1 uur per week\)/], en: [/of 1 March 2031 \(1 hour a week\)/] },
  },
  [K.HOURS_REJECTED]: {
    params: { date: "2031-02-14", hours: 3, reason: "Dubbel opgegeven" },
    subject: { nl: /uren van 14 februari 2031 afgewezen/, en: /hours of 14 February 2031 rejected/ },
    route: "my-hours",
    says: { nl: [/Reden: Dubbel opgegeven/, /3 uur/], en: [/Reason: Dubbel opgegeven/, /3 hours/] },
  },
  [K.CLAIM_REJECTED]: {
    params: { date: "2031-02-14", amountCents: 1250, reason: "No receipt" },
    subject: { nl: /declaratie van 14 februari 2031 afgewezen/, en: /expense claim of 14 February 2031 rejected/ },
    route: "my-claims",
    says: { nl: [/€\s?12,50/, /Reden: No receipt/], en: [/€12\.50/, /Reason: No receipt/] },
  },
  [K.CHECK_IN_DUE]: {
    params: { lastCheckInAt: new Date("2031-01-20T10:00:00Z") },
    subject: { nl: /hoe gaat het met u\?/, en: /how are you doing\?/ },
    route: "my-wellbeing",
    says: { nl: [/20 januari 2031/], en: [/20 January 2031/] },
  },
  [K.PROFILE_STALE]: {
    params: { confirmedAt: new Date("2030-08-01T10:00:00Z") },
    subject: { nl: /bevestig uw profiel/, en: /confirm your profile/ },
    route: "my-profile",
    says: { nl: [/1 augustus 2030/, /180 dagen/], en: [/1 August 2030/, /180 days/] },
  },
  [K.INTERVISION_DUE]: {
    params: { lastSessionOn: "2030-12-01", overdue: false },
    subject: { nl: /tijd voor intervisie/, en: /time for intervision/ },
    route: "my-wellbeing",
    says: { nl: [/1 december 2030/], en: [/1 December 2030/] },
  },
  [K.PROPOSAL_ACCEPTED]: {
    params: { requestId: 41, caseReference: "VWN-2031-007", keyPersonName: "Selam Tesfay" },
    subject: { nl: /voorstel geaccepteerd \(aanvraag VWN-2031-007\)/, en: /proposal accepted \(request VWN-2031-007\)/ },
    route: "matchRequests/41/show",
    says: { nl: [/Selam Tesfay heeft/], en: [/Selam Tesfay accepted/] },
  },
  [K.PROPOSAL_DECLINED]: {
    params: { requestId: 41, caseReference: "VWN-2031-007", reason: "Op vakantie", next: { proposed: true, respondBy: RESPOND_BY } },
    subject: { nl: /voorstel afgewezen \(aanvraag VWN-2031-007\)/, en: /proposal declined \(request VWN-2031-007\)/ },
    route: "matchRequests/41/show",
    says: { nl: [/Reden: Op vakantie/, /volgende kandidaat/], en: [/Reason: Op vakantie/, /next candidate/] },
  },
  [K.PROPOSAL_EXPIRED]: {
    params: { requestId: 41, caseReference: "VWN-2031-007", next: { proposed: false, unmet: true } },
    subject: { nl: /voorstel verlopen \(aanvraag VWN-2031-007\)/, en: /proposal expired \(request VWN-2031-007\)/ },
    route: "matchRequests/41/show",
    says: { nl: [/72 uur/, /onvervuld/], en: [/72 hours/, /unmet/] },
  },
  [K.HANDOVER]: {
    params: {
      requestId: 41,
      caseReference: "VWN-2031-007",
      municipality: "Groningen",
      kind: "CASE_SUPPORT",
      released: false,
      next: { proposed: true, respondBy: RESPOND_BY },
    },
    subject: { nl: /overdracht na verhuizing \(aanvraag VWN-2031-007\)/, en: /handover after a move \(request VWN-2031-007\)/ },
    route: "matchRequests/41/show",
    says: { nl: [/verhuisd naar Groningen/], en: [/moved to Groningen/] },
  },
  [K.WELLBEING_ATTENTION]: {
    params: { keyPersonId: 7, keyPersonName: "Selam Tesfay" },
    subject: { nl: /Selam Tesfay heeft aandacht nodig/, en: /Selam Tesfay needs attention/ },
    route: "keyPersons/7/show",
  },
  [K.UNMET_DIGEST]: {
    params: {
      date: "2031-03-03",
      total: 3,
      places: [
        { municipality: "Amsterdam", count: 2, languages: [TIGRINYA] },
        { municipality: "Utrecht", count: 1, languages: [ARABIC] },
      ],
    },
    subject: { nl: /3 onvervulde aanvragen \(3 maart 2031\)/, en: /3 unmet requests \(3 March 2031\)/ },
    route: "unmetRequests",
    says: { nl: [/- Amsterdam: 2 \(Tigrinya\)/, /Uitzetten kan/, /#\/notifications/], en: [/- Utrecht: 1 \(North Levantine Arabic\)/, /Turn it off/] },
  },
  [K.PASSWORD_RESET]: {
    params: { token: "T0k3n_abc-XYZ", validMinutes: 60 },
    subject: { nl: /nieuw wachtwoord instellen/, en: /choose a new password/ },
    route: "reset-password/T0k3n_abc-XYZ",
    says: { nl: [/één keer en 60 minuten/, /niets te doen/], en: [/works once, for 60 minutes/, /nothing to do/] },
  },
  [K.GROUP_ACTIVITY_INVITATION]: {
    params: {
      activityId: 12,
      kind: "TRAINING",
      title: "Training SGGG",
      organiser: "Regioteam Noord",
      slots: [
        { startsAt: new Date("2031-03-06T13:00:00Z"), endsAt: new Date("2031-03-06T16:00:00Z") },
        { startsAt: new Date("2031-03-13T13:00:00Z"), endsAt: new Date("2031-03-13T16:00:00Z") },
      ],
      place: "Groningen",
      online: true,
    },
    subject: { nl: /uitnodiging training: Training SGGG/, en: /invitation to training: Training SGGG/ },
    route: "groupActivities/12/show",
    says: { nl: [/Regioteam Noord/, /6 maart 2031/, /13 maart 2031/, /Groningen/, /online/], en: [/Regioteam Noord/, /6 March 2031/, /Groningen/] },
  },
  [K.INVITATION]: {
    params: { token: "Inv1t3_abc-XYZ", validDays: 14, role: "ORGANISATION" },
    subject: { nl: /uw uitnodiging/, en: /your invitation/ },
    route: "invitation/Inv1t3_abc-XYZ",
    says: { nl: [/als medewerker van een organisatie/, /één keer en 14 dagen/], en: [/as member of an organisation/, /works once, for 14 days/] },
  },
  // newcomers' voice: the kind and the decision as words, never the complaint's text
  [K.COMPLAINT_FILED]: {
    params: { complaintId: 12, kind: "NO_SHOW", respondWithinDays: 14 },
    subject: { nl: /klacht ingediend \(niet verschenen\)/, en: /complaint filed \(no-show\)/ },
    route: "complaints/12/show",
    says: { nl: [/binnen 14 dagen reageren/], en: [/respond within 14 days/] },
  },
  [K.COMPLAINT_DECIDED]: {
    params: { complaintId: 12, kind: "CONDUCT", decision: "UPHELD" },
    subject: { nl: /besluit over klacht \(gedrag\)/, en: /decision on a complaint \(conduct\)/ },
    route: "complaints/12/show",
    says: { nl: [/gegrond verklaard/], en: [/upheld the complaint/] },
  },
  [K.ORGANISATION_FLAGGED]: {
    params: { flagId: 3, kind: "NOT_PAID" },
    subject: { nl: /melding over een organisatie/, en: /a flag about an organisation/ },
    route: "organisationFlags",
    says: { nl: [/niet betaald/], en: [/not paid/] },
  },
  [K.PUBLIC_MESSAGE]: {
    params: { message: "مرحباً، هل يمكنك مساعدتي في إيجاد طبيب؟", language: TIGRINYA, channel: "EMAIL", reply: "visitor@example.org", keepDays: 7 },
    subject: { nl: /bericht via de Sleutelkaart/, en: /a message through the Sleutelkaart/ },
    route: "my-profile",
    says: {
      nl: [/مرحباً، هل يمكنك مساعدتي/, /per e-mail aan: visitor@example.org/, /taal: Tigrinya/, /7 dagen na bezorging/],
      en: [/مرحباً، هل يمكنك مساعدتي/, /by e-mail to: visitor@example.org/, /language: Tigrinya/, /7 days after delivery/],
    },
  },
  [K.QUALIFICATION_EXPIRING]: {
    params: { nameNl: "Training SGGG", nameEn: "SGBV training", validUntil: "2031-04-30", daysBefore: 14, requiredForMatching: true },
    subject: { nl: /kwalificatie Training SGGG verloopt op 30 april 2031/, en: /qualification SGBV training expires on 30 April 2031/ },
    route: "my-profile",
    says: { nl: [/geen voorstellen meer/, /twee weken/], en: [/no proposals for it/, /two weeks/] },
  },
  // referrals (issue 18)
  [K.REFERRAL_RECEIVED]: {
    params: referral,
    subject: { nl: /nieuwe doorverwijzing naar GGZ Noord$/, en: /new referral to GGZ Noord$/ },
    route: "referrals/12/show",
    says: { nl: [/Gemeente: Amsterdam/, /Onderwerp: Gezondheid/], en: [/Municipality: Amsterdam/, /Topic: Health/] },
  },
  [K.REFERRAL_UPDATED]: {
    params: { ...referral, state: "APPOINTMENT_MADE", municipality: null, topic: null },
    subject: { nl: /doorverwijzing naar GGZ Noord: afspraak gemaakt$/, en: /referral to GGZ Noord: appointment made$/ },
    route: "referrals/12/show",
  },
  // care services (issue 18)
  [K.CARE_SERVICE_STALE]: {
    params: { serviceId: "0b7c6a4e-1d2f-4c3b-9a8e-5f6d7c8b9a0e", serviceName: "GGZ Nieuwkomers", assuredOn: "2031-01-15" },
    subject: { nl: /bevestig het hulpaanbod “GGZ Nieuwkomers”/, en: /confirm the care service “GGZ Nieuwkomers”/ },
    route: "careServices/0b7c6a4e-1d2f-4c3b-9a8e-5f6d7c8b9a0e/show",
    says: { nl: [/15 januari 2031/, /180 dagen/], en: [/15 January 2031/, /180 days/] },
  },
  // request transfers and handovers (issue 18, transfers)
  [K.TRANSFER_PROPOSED]: {
    params: { caseReference: "VWN-2031-007", fromOrganisation: "GGD Amsterdam", municipality: "Groningen" },
    subject: { nl: /overdracht aangeboden \(aanvraag VWN-2031-007\)/, en: /transfer offered \(request VWN-2031-007\)/ },
    route: "transfers",
    says: { nl: [/GGD Amsterdam/, /verhuisd naar Groningen/, /stemt in/], en: [/GGD Amsterdam/, /moved to Groningen/, /consents/] },
  },
  [K.TRANSFER_ANSWERED]: {
    params: {
      caseReference: "VWN-2031-007",
      state: "DECLINED",
      organisation: "Kliniek Groningen",
      declineReason: "NO_CAPACITY",
      declineNote: "Wachtlijst tot maart",
      effectiveOn: null,
    },
    subject: { nl: /overdracht geweigerd \(aanvraag VWN-2031-007\)/, en: /transfer declined \(request VWN-2031-007\)/ },
    route: "transfers",
    says: { nl: [/geen ruimte/, /Wachtlijst tot maart/], en: [/no room/, /Wachtlijst tot maart/] },
  },
  [K.CASE_TRANSFERRED]: {
    params: { organisation: "Kliniek Groningen", effectiveOn: "2031-03-06" },
    subject: { nl: /andere organisatie/, en: /another organisation/ },
    route: "assignments",
    says: { nl: [/6 maart 2031/, /Kliniek Groningen/], en: [/6 March 2031/, /Kliniek Groningen/] },
  },
  [K.HANDOVER_OVERLAP]: {
    params: { role: "OLD", handedOverOn: "2031-03-06", overlapUntil: "2031-03-20" },
    subject: { nl: /overdracht van een begeleiding/, en: /handover of support/ },
    route: "assignments",
    says: { nl: [/tot en met 20 maart 2031/i], en: [/until 20 March 2031 inclusive/i] },
  },
};

test("a referral's message shares nothing the newcomer did not consent to", () => {
  for (const locale of ["nl", "en"] as const) {
    const { text } = render(K.REFERRAL_RECEIVED, locale, { ...referral, municipality: null, topic: null }, { baseUrl: BASE });
    expect(text).not.toMatch(/Amsterdam|Gezondheid|Health/);
  }
  const { subject } = render(K.REFERRAL_UPDATED, "nl", { ...referral, needsRerouting: true }, { baseUrl: BASE });
  expect(subject).toMatch(/opnieuw doorverwijzen na verhuizing/);
});

const ROWS = (Object.keys(CASES) as K[]).flatMap((kind) => (["nl", "en"] as const).map((locale) => [kind, locale] as const));

test("every kind has a template and a row in this table", () => {
  expect(Object.keys(CASES).sort()).toEqual(Object.keys(TEMPLATES).sort());
  expect(Object.keys(TEMPLATES).sort()).toEqual(Object.values(K).sort());
});

describe.each(ROWS)("%s in %s", (kind, locale) => {
  const row = CASES[kind];
  const { subject, text } = render(kind, locale, row.params as never, { baseUrl: BASE });

  test("subject", () => expect(subject).toMatch(row.subject[locale]));

  test("the link opens the right page of the console", () => {
    expect(text).toContain(`${BASE}/#/${row.route}`);
    for (const url of text.match(/https?:\/\/\S+/g) ?? []) expect(url.startsWith(`${BASE}/#/`)).toBe(true);
  });

  test("says what it is about", () => {
    for (const pattern of row.says?.[locale] ?? []) expect(text).toMatch(pattern);
  });

  test("is written in the recipient's language", () => {
    expect(text.startsWith(locale === "nl" ? "Hallo," : "Hello,")).toBe(true);
    const otherLanguage = locale === "nl" ? /\b(the|your|you|and|with|this)\b/i : /\b(de|het|een|uw|voor|niet|naar|geen)\b/i;
    // The reasons quoted are the reviewer's own words; leave them out of the check.
    const own = text.replace(/(Reden|Reason): .*/g, "");
    expect(own).not.toMatch(otherLanguage);
  });

  test("ends with the automatic-message footer", () => {
    expect(text).toMatch(locale === "nl" ? /automatisch verstuurd door Sleutelkaart/ : /sent automatically by Sleutelkaart/);
  });
});

test("a coordinator is told that someone needs attention, never why", () => {
  for (const locale of ["nl", "en"] as const) {
    const { subject, text } = render(K.WELLBEING_ATTENTION, locale, CASES[K.WELLBEING_ATTENTION].params, { baseUrl: BASE });
    expect(`${subject}\n${text}`).not.toMatch(/strain|spanning|emotional|emotionele|support you feel|contact me|neem contact met mij|RED\b|ROOD/i);
  }
});

test("a proposal says where, in which language and how long — nothing else about the newcomer", () => {
  const { text } = render(K.PROPOSAL, "en", proposal, { baseUrl: BASE });
  const facts = text
    .split("\n")
    .filter((line) => /^[A-Z][a-z ]+: /.test(line))
    .map((line) => line.split(":")[0]);
  expect(facts).toEqual(["Where", "Language", "Time", "Answer by"]);
});

test.each([K.PROPOSAL_ACCEPTED, K.PROPOSAL_DECLINED, K.PROPOSAL_EXPIRED, K.HANDOVER] as const)(
  "%s names the organisation's case reference; the internal id is only in the link",
  (kind) => {
    for (const locale of ["nl", "en"] as const) {
      const { subject, text } = render(kind, locale, CASES[kind].params as never, { baseUrl: BASE });
      expect(subject).toContain("VWN-2031-007");
      expect(text).toContain("VWN-2031-007");
      const withoutLinks = `${subject}\n${text}`.replace(/https?:\/\/\S+/g, "");
      expect(withoutLinks).not.toMatch(/\b41\b/);
    }
  },
);

test("a message to a key person never names the case reference", () => {
  for (const locale of ["nl", "en"] as const)
    for (const kind of [K.PROPOSAL, K.PROPOSAL_REMINDER, K.ASSIGNMENT_CANCELLED] as const) {
      const { text } = render(kind, locale, CASES[kind].params as never, { baseUrl: BASE });
      expect(text).not.toContain("VWN-");
    }
});

test("an intervision prompt without any session logged still reads well", () => {
  const { text } = render(K.INTERVISION_DUE, "en", { lastSessionOn: null, overdue: true }, { baseUrl: BASE });
  expect(text).toMatch(/No intervision or supervision session has been logged yet/);
  expect(text).not.toMatch(/null/);
});

test.each([
  ["nl", 1, "1 uur"],
  ["en", 1, "1 hour"],
  ["en", 1.5, "1.5 hours"],
  ["nl", 1.5, "1,5 uur"],
  ["nl", 0.25, "0,25 uur"],
] as const)("formatHours(%s, %s) is %s", (locale, hours, expected) => expect(formatHours(locale, hours)).toBe(expected));

test("money and moments are written the local way, in Amsterdam time (summer time too)", () => {
  expect(formatEuros("nl", 123456)).toMatch(/^€\s?1\.234,56$/);
  expect(formatEuros("en", 123456)).toBe("€1,234.56");
  expect(formatMoment("nl", new Date("2031-07-01T08:00:00Z"))).toBe("dinsdag 1 juli 2031 om 10:00");
  expect(formatMoment("en", new Date("2031-07-01T08:00:00Z"))).toBe("Tuesday, 1 July 2031 at 10:00");
});

test("an unknown locale falls back to Dutch", () => {
  expect(render(K.CHECK_IN_DUE, "de", { lastCheckInAt: null }, { baseUrl: BASE }).subject).toBe("Sleutelkaart: hoe gaat het met u?");
});

describe("delivery rules", () => {
  test.each([
    [1, 1],
    [2, 2],
    [3, 4],
    [4, 8],
    [7, 64],
  ])("after failed attempt %i the next one waits %i minutes", (attempts, minutes) => {
    expect(backoffMinutes(attempts)).toBe(minutes);
  });

  test("8 attempts at most", () => expect(MAX_ATTEMPTS).toBe(8));

  test.each([
    [
      "a recipient refused for good bounces",
      { code: "EENVELOPE", command: "RCPT TO", responseCode: 550, permanent: true, response: "550 5.1.1 No such user", rejected: ["x@example.nl"] },
      { permanent: true, bounced: true, unreachable: false },
    ],
    [
      "a full mailbox (452) is tried again",
      { code: "EENVELOPE", command: "RCPT TO", responseCode: 452, permanent: false, response: "452 Mailbox full" },
      { permanent: false, bounced: false, unreachable: false },
    ],
    [
      "a message refused for good fails without bouncing the address",
      { code: "EMESSAGE", command: "DATA", responseCode: 554, response: "554 Rejected as spam" },
      { permanent: true, bounced: false, unreachable: false },
    ],
    [
      "a login problem is ours to fix: tried again",
      { code: "EAUTH", command: "AUTH PLAIN", responseCode: 535, response: "535 Authentication failed" },
      { permanent: false, bounced: false, unreachable: false },
    ],
    [
      "a server that is down is tried again",
      { code: "ESOCKET", message: "connect ECONNREFUSED 127.0.0.1:2525" },
      { permanent: false, bounced: false, unreachable: true },
    ],
  ])("%s", (_name, error, expected) => {
    expect(classify(error)).toMatchObject({ sent: false, ...expected });
    expect(classify(error).error.length).toBeGreaterThan(0);
  });
});

test.each([
  ["2031-03-03T05:59:00Z", { date: "2031-03-03", month: "2031-03", hour: 6 }],
  ["2031-03-31T22:30:00Z", { date: "2031-04-01", month: "2031-04", hour: 0 }], // summer time: UTC+2
  ["2031-12-31T23:00:00Z", { date: "2032-01-01", month: "2032-01", hour: 0 }],
])("in Amsterdam, %s is %j", (moment, expected) => expect(amsterdam(new Date(moment))).toEqual(expected));

// ---- per request kind (issue 16) --------------------------------------------------------------

// Tuesday 11 March 2031, 10:00–11:30 in Amsterdam (winter time: UTC+1).
const STARTS = new Date("2031-03-11T09:00:00Z");
const ENDS = new Date("2031-03-11T10:30:00Z");
const WORK: Record<string, Work> = {
  caseSupport: { kind: "CASE_SUPPORT", hoursPerWeek: 2.5, startsOn: "2031-03-10" },
  onSite: { kind: "APPOINTMENT", startsAt: STARTS, endsAt: ENDS, mode: "ON_SITE" },
  phone: { kind: "APPOINTMENT", startsAt: STARTS, endsAt: ENDS, mode: "PHONE" },
  video: { kind: "APPOINTMENT", startsAt: STARTS, endsAt: ENDS, mode: "VIDEO" },
  consult: { kind: "CONSULT", topic: "schuldhulp", hours: 1.5 },
  session: { kind: "INFORMATION_SESSION", startsAt: STARTS, endsAt: ENDS, expectedParticipants: 25 },
};
const kindProposal = (work: Work): TemplateParams[K.PROPOSAL] => ({ ...proposal, work });

/** Per kind and language: the proposal's subject, what its text must say, what it must not. */
const KIND_ROWS: [string, Locale, RegExp, RegExp[], RegExp[]][] = [
  ["caseSupport", "nl", /^Sleutelkaart: nieuw voorstel in Amsterdam$/, [/Waar: Amsterdam/, /2,5 uur per week, vanaf 10 maart 2031/], [/Wanneer:/]],
  ["caseSupport", "en", /^Sleutelkaart: new proposal in Amsterdam$/, [/Where: Amsterdam/, /2\.5 hours a week, from 10 March 2031/], [/When:/]],
  [
    "onSite",
    "nl",
    /^Sleutelkaart: nieuw voorstel voor een afspraak op 11 maart 2031 in Amsterdam$/,
    [/Wat: een afspraak, ter plaatse/, /Waar: Amsterdam$/m, /Wanneer: dinsdag 11 maart 2031 van 10:00 tot 11:30 uur/, /één afspraak/],
    [/per week/, /op afstand/],
  ],
  [
    "onSite",
    "en",
    /^Sleutelkaart: new proposal for an appointment on 11 March 2031 in Amsterdam$/,
    [/What: an appointment, on site/, /Where: Amsterdam$/m, /When: Tuesday, 11 March 2031, 10:00–11:30/],
    [/a week/, /remotely/],
  ],
  [
    "phone",
    "nl",
    /^Sleutelkaart: nieuw voorstel voor een telefonische afspraak op 11 maart 2031$/,
    [/Wat: een afspraak, telefonisch/, /Wanneer: dinsdag 11 maart 2031 van 10:00 tot 11:30 uur/],
    [/Amsterdam/, /Waar:/, /per week/],
  ],
  ["phone", "en", /^Sleutelkaart: new proposal for a phone appointment on 11 March 2031$/, [/What: an appointment, by phone/], [/Amsterdam/, /Where:/]],
  ["video", "nl", /^Sleutelkaart: nieuw voorstel voor een video-afspraak op 11 maart 2031$/, [/Wat: een afspraak, via video/], [/Amsterdam/, /Waar:/]],
  ["video", "en", /^Sleutelkaart: new proposal for a video appointment on 11 March 2031$/, [/What: an appointment, by video/], [/Amsterdam/]],
  [
    "consult",
    "nl",
    /^Sleutelkaart: nieuw voorstel voor een adviesvraag$/,
    [/Wat: advies aan een professional over schuldhulp/, /Tijd: 1,5 uur, op afstand/, /spreekt de nieuwkomer daarbij niet/],
    [/Amsterdam/, /per week/, /Wanneer:/],
  ],
  [
    "consult",
    "en",
    /^Sleutelkaart: new proposal for advice to a professional$/,
    [/What: advice to a professional on schuldhulp/, /Time: 1\.5 hours, remotely/],
    [/Amsterdam/, /a week/, /When:/],
  ],
  [
    "session",
    "nl",
    /^Sleutelkaart: nieuw voorstel voor een voorlichting op 11 maart 2031 in Amsterdam$/,
    [/Wat: een voorlichting voor ongeveer 25 deelnemers/, /Waar: Amsterdam$/m, /Wanneer: dinsdag 11 maart 2031 van 10:00 tot 11:30 uur/],
    [/per week/, /nieuwkomer/],
  ],
  [
    "session",
    "en",
    /^Sleutelkaart: new proposal for an information session on 11 March 2031 in Amsterdam$/,
    [/What: an information session for about 25 participants/, /When: Tuesday, 11 March 2031, 10:00–11:30/],
    [/a week/, /newcomer/],
  ],
];

describe.each(KIND_ROWS)("a proposal for %s in %s", (work, locale, subject, says, never) => {
  const rendered = render(K.PROPOSAL, locale, kindProposal(WORK[work]), { baseUrl: BASE });
  const reminder = render(K.PROPOSAL_REMINDER, locale, kindProposal(WORK[work]), { baseUrl: BASE });

  test("its subject names the kind", () => expect(rendered.subject).toMatch(subject));

  test("says what the kind is about, and not the weekly-support wording that does not fit", () => {
    for (const pattern of says) expect(rendered.text).toMatch(pattern);
    for (const pattern of never) expect(rendered.text).not.toMatch(pattern);
  });

  test("the reminder carries the same facts", () => {
    for (const pattern of says.filter((p) => /^\/(Wa|Wh|Ti)/.test(String(p)))) expect(reminder.text).toMatch(pattern);
    expect(reminder.subject).toMatch(
      locale === "nl" ? /^Sleutelkaart: herinnering: voorstel .* vervalt binnenkort$/ : /^Sleutelkaart: reminder: proposal .* expires soon$/,
    );
  });

  test("is written in the recipient's language and names nothing else about the newcomer", () => {
    const otherLanguage = locale === "nl" ? /\b(the|your|you|and|with|this)\b/i : /\b(de|het|een|uw|voor|niet|naar|geen)\b/i;
    for (const { text } of [rendered, reminder]) {
      expect(text.replace(/schuldhulp/g, "")).not.toMatch(otherLanguage);
      expect(text).not.toMatch(/VWN-|\bGP\b|huisarts|intake|IND\b|origin|herkomst/i);
    }
  });
});

test.each([
  ["onSite", "nl", /afspraak \(ter plaatse\) op dinsdag 11 maart 2031 van 10:00 tot 11:30 uur/],
  ["phone", "en", /appointment \(by phone\) on Tuesday, 11 March 2031, 10:00–11:30/],
  ["consult", "nl", /advies over schuldhulp \(1,5 uur\)/],
  ["consult", "en", /advice on schuldhulp \(1\.5 hours\)/],
  ["session", "nl", /voorlichting op dinsdag 11 maart 2031 van 10:00 tot 11:30 uur/],
  ["session", "en", /information session on Tuesday, 11 March 2031, 10:00–11:30/],
  ["caseSupport", "en", /of 1 March 2031 \(2\.5 hours a week\)/],
] as const)("a cancellation of %s (%s) names that work", (work, locale, says) => {
  const { text } = render(K.ASSIGNMENT_CANCELLED, locale, { proposedOn: "2031-03-01", work: WORK[work] }, { baseUrl: BASE });
  expect(text).toMatch(says);
  if (work !== "caseSupport") expect(text).not.toMatch(/per week|a week/);
  expect(text).not.toContain("VWN-");
});

test.each([
  ["APPOINTMENT", true, "nl", [/verhuisd naar Groningen/, /niet op tijd/, /vorige sleutelpersoon is vrijgegeven/], /blijft tot dan betrokken/],
  ["APPOINTMENT", true, "en", [/moved to Groningen/, /not in time between their other bookings/, /previous key person was released/], /stays involved/],
  ["INFORMATION_SESSION", true, "nl", [/voorlichting van aanvraag VWN-2031-007 is verplaatst naar Groningen/], /nieuwkomer/],
  ["CASE_SUPPORT", false, "en", [/out of reach of the current key person/, /stays involved until then/], /released/],
] as const)("a handover of %s (released: %s) in %s says what happened to the key person", (kind, released, locale, says, never) => {
  const { subject, text } = render(K.HANDOVER, locale, { ...CASES[K.HANDOVER].params, kind, released }, { baseUrl: BASE });
  for (const pattern of says) expect(text).toMatch(pattern);
  expect(text).not.toMatch(never);
  if (locale === "nl") expect(subject).toMatch(kind === "INFORMATION_SESSION" ? /overdracht na verplaatsing/ : /overdracht na verhuizing/);
});

test("a slot across midnight names both days; summer time is Amsterdam's", () => {
  expect(formatSlot("nl", new Date("2031-07-01T20:00:00Z"), new Date("2031-07-01T23:00:00Z"))).toBe(
    "van dinsdag 1 juli 2031 om 22:00 tot woensdag 2 juli 2031 om 01:00",
  );
  expect(formatSlot("en", new Date("2031-07-01T08:00:00Z"), new Date("2031-07-01T09:00:00Z"))).toBe("Tuesday, 1 July 2031, 10:00–11:00");
});

test.each([
  ["ACCEPTED", "nl", /Vanaf 6 maart 2031 is de aanvraag van Kliniek Groningen/],
  ["ACCEPTED", "en", /From 6 March 2031 the request belongs to Kliniek Groningen/],
  ["WITHDRAWN", "nl", /ingetrokken/],
  ["WITHDRAWN", "en", /withdrew/],
] as const)("a transfer answered %s (%s) says what follows", (state, locale, says) => {
  const { text } = render(
    K.TRANSFER_ANSWERED,
    locale,
    { ...CASES[K.TRANSFER_ANSWERED].params, state, effectiveOn: "2031-03-06", declineReason: null },
    { baseUrl: BASE },
  );
  expect(text).toMatch(says);
});

test("a key person hears of a transfer or handover without the case reference", () => {
  for (const kind of [K.CASE_TRANSFERRED, K.HANDOVER_OVERLAP] as const) {
    for (const locale of ["nl", "en"] as const) {
      const { subject, text } = render(kind, locale, CASES[kind].params as never, { baseUrl: BASE });
      expect(`${subject}\n${text}`).not.toMatch(/VWN|aanvraag|request/i);
    }
  }
});
