// The text of every e-mail, in Dutch and English: one pure function per kind, tested
// table-style in test/unit/notification-templates.test.ts.
//
// What a message may say: a key person learns where (municipality), in which languages
// and for how many hours they are asked — never the case reference, the newcomer's
// origin, the expertise asked for or anything else about the newcomer; the console shows
// the rest after logging in. Each request kind (issue 16) is described as what it is: an
// appointment by its date, time and mode (the municipality only when on site; never its
// setting, which can tell a newcomer's health or procedure), a consult by its topic and
// hours (there is no newcomer in it), an information session by its date, time and
// expected participants, case support by its hours a week and start date. An organisation reads its own case reference (the pseudonym
// it gave the request, never a name; issue 15: "the case reference, not the internal id"),
// and the link to the request. Coordinators learn that someone needs attention, never why: wellbeing
// answers stay in the console, where every read is audited.
import { NotificationKind } from "./notification.entity";

export type Locale = "nl" | "en";
export const TIME_ZONE = "Europe/Amsterdam";

export interface LanguageName {
  name: string;
  nameNl: string;
}

/** What the key person is asked to do, per request kind. */
export type Work =
  | { kind: "CASE_SUPPORT"; hoursPerWeek: number; startsOn: string }
  | { kind: "APPOINTMENT"; startsAt: Date; endsAt: Date; mode: "ON_SITE" | "PHONE" | "VIDEO" }
  | { kind: "CONSULT"; topic: string; hours: number }
  | { kind: "INFORMATION_SESSION"; startsAt: Date; endsAt: Date; expectedParticipants: number };

export type RequestKindName = Work["kind"];

export interface ProposalParams {
  municipality: string;
  languages: LanguageName[];
  work: Work;
  respondBy: Date;
}

/** After a proposal ended unanswered or declined: what happened next on the request. */
export type NextStep = { proposed: true; respondBy: Date } | { proposed: false; unmet: boolean };

export interface TemplateParams {
  [NotificationKind.PROPOSAL]: ProposalParams;
  [NotificationKind.PROPOSAL_REMINDER]: ProposalParams;
  /** Never where the newcomer went: the key person is no longer involved. */
  [NotificationKind.ASSIGNMENT_CANCELLED]: { proposedOn: string; work: Work };
  [NotificationKind.HOURS_REJECTED]: { date: string; hours: number; reason: string };
  [NotificationKind.CLAIM_REJECTED]: { date: string; amountCents: number; reason: string };
  [NotificationKind.CHECK_IN_DUE]: { lastCheckInAt: Date | null };
  [NotificationKind.PROFILE_STALE]: { confirmedAt: Date | null };
  [NotificationKind.INTERVISION_DUE]: { lastSessionOn: string | null; overdue: boolean };
  [NotificationKind.PROPOSAL_ACCEPTED]: { requestId: number; caseReference: string; keyPersonName: string };
  [NotificationKind.PROPOSAL_DECLINED]: { requestId: number; caseReference: string; reason: string | null; next: NextStep };
  [NotificationKind.PROPOSAL_EXPIRED]: { requestId: number; caseReference: string; next: NextStep };
  /** `released`: the accepted key person was released at once (dated work they can no longer do), not kept until the handover is accepted. */
  [NotificationKind.HANDOVER]: {
    requestId: number;
    caseReference: string;
    municipality: string;
    kind: RequestKindName;
    released: boolean;
    next: NextStep;
  };
  [NotificationKind.WELLBEING_ATTENTION]: { keyPersonId: number; keyPersonName: string };
  [NotificationKind.UNMET_DIGEST]: { date: string; total: number; places: { municipality: string; count: number; languages: LanguageName[] }[] };
  /** `token`: the secret of the one-time link; the link itself is built from PUBLIC_URL. */
  [NotificationKind.PASSWORD_RESET]: { token: string; validMinutes: number };
  /** `token`: the secret of the invitation link; `role`: the account's role, named in the mail. */
  [NotificationKind.INVITATION]: { token: string; validDays: number; role: string };
  // newcomers' voice: codes only, never the complaint's text (it is read in the console)
  [NotificationKind.COMPLAINT_FILED]: { complaintId: number; kind: string; respondWithinDays: number };
  [NotificationKind.COMPLAINT_DECIDED]: { complaintId: number; kind: string; decision: string };
  [NotificationKind.ORGANISATION_FLAGGED]: { flagId: number; kind: string };
  /** A visitor's message from the public map: their text, the language they wrote about, how to answer them. */
  [NotificationKind.PUBLIC_MESSAGE]: { message: string; language: LanguageName | null; channel: "EMAIL" | "PHONE"; reply: string; keepDays: number };
  /** qualifications (issue 17): the type's names, its last valid day and which reminder this is (60 or 14 days before). */
  [NotificationKind.QUALIFICATION_EXPIRING]: { nameNl: string; nameEn: string; validUntil: string; daysBefore: number; requiredForMatching: boolean };
  /** Invited to a group activity (and, for a series, its later dates): answer in the console. */
  [NotificationKind.GROUP_ACTIVITY_INVITATION]: GroupActivityInvitationParams;
  /** Referrals (issue 18): only what the newcomer consented to share, never the case reference. */
  [NotificationKind.REFERRAL_RECEIVED]: ReferralFacts;
  [NotificationKind.REFERRAL_UPDATED]: ReferralFacts;
  /** Care services (issue 18): `assuredOn` null when never confirmed. */
  [NotificationKind.CARE_SERVICE_STALE]: { serviceId: string; serviceName: string; assuredOn: string | null };
  // request transfers and handovers (issue 18, transfers): organisations read their case reference, key persons never
  [NotificationKind.TRANSFER_PROPOSED]: { caseReference: string; fromOrganisation: string; municipality: string };
  [NotificationKind.TRANSFER_ANSWERED]: {
    caseReference: string;
    state: "ACCEPTED" | "DECLINED" | "WITHDRAWN";
    /** The other side: the receiver (accepted, declined) or the proposer (withdrawn). */
    organisation: string;
    declineReason: string | null;
    declineNote: string | null;
    effectiveOn: string | null;
  };
  [NotificationKind.CASE_TRANSFERRED]: { organisation: string; effectiveOn: string };
  [NotificationKind.HANDOVER_OVERLAP]: { role: "OLD" | "NEW"; handedOverOn: string; overlapUntil: string };
}

export interface GroupActivityInvitationParams {
  /** The first date invited to: the console's page for it. */
  activityId: number;
  kind: "INTERVISION" | "SUPERVISION" | "TRAINING" | "NETWORK_MEETING";
  title: string;
  organiser: string | null;
  /** Every date invited to, first first. */
  slots: { startsAt: Date; endsAt: Date }[];
  /** The municipality it takes place in (its location), if any. */
  place: string | null;
  /** Whether one can join online; the address itself is in the console, not in an e-mail. */
  online: boolean;
}

/** A referral as a message tells it: the service, the state, and only what may be shared. */
export interface ReferralFacts {
  referralId: number;
  serviceName: string;
  /** A ReferralState. */
  state: string;
  needsRerouting: boolean;
  /** The municipality's name, when shared. */
  municipality: string | null;
  /** The topic's name, when shared. */
  topic: LanguageName | null;
}

export interface Rendered {
  subject: string;
  text: string;
}

/** What every template gets besides its own parameters: where the console is. */
export interface Context {
  baseUrl: string;
}

type Template<K extends NotificationKind> = (locale: Locale, params: TemplateParams[K], context: Context) => Rendered;

// ---- formatting ----------------------------------------------------------------------------

const tag = (locale: Locale) => (locale === "nl" ? "nl-NL" : "en-GB");

export function formatMoment(locale: Locale, moment: Date): string {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: "full", timeStyle: "short", timeZone: TIME_ZONE }).format(moment);
}

/** A calendar date (YYYY-MM-DD) as people write it. */
export function formatDate(locale: Locale, date: string): string {
  return new Intl.DateTimeFormat(tag(locale), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

const clock = (locale: Locale, moment: Date) =>
  new Intl.DateTimeFormat(tag(locale), { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TIME_ZONE }).format(moment);
const fullDay = (locale: Locale, moment: Date) => new Intl.DateTimeFormat(tag(locale), { dateStyle: "full", timeZone: TIME_ZONE }).format(moment);

/**
 * A time slot in Amsterdam time: "dinsdag 1 juli 2031 van 10:00 tot 11:30 uur",
 * "Tuesday, 1 July 2031, 10:00–11:30"; across midnight both ends carry their day.
 */
export function formatSlot(locale: Locale, startsAt: Date, endsAt: Date): string {
  if (fullDay(locale, startsAt) !== fullDay(locale, endsAt))
    return locale === "nl"
      ? `van ${formatMoment(locale, startsAt)} tot ${formatMoment(locale, endsAt)}`
      : `from ${formatMoment(locale, startsAt)} to ${formatMoment(locale, endsAt)}`;
  return locale === "nl"
    ? `${fullDay(locale, startsAt)} van ${clock(locale, startsAt)} tot ${clock(locale, endsAt)} uur`
    : `${fullDay(locale, startsAt)}, ${clock(locale, startsAt)}–${clock(locale, endsAt)}`;
}

const MODE_NAMES: Record<Locale, Record<"ON_SITE" | "PHONE" | "VIDEO", string>> = {
  nl: { ON_SITE: "ter plaatse", PHONE: "telefonisch", VIDEO: "via video" },
  en: { ON_SITE: "on site", PHONE: "by phone", VIDEO: "by video" },
};

export function formatHours(locale: Locale, hours: number): string {
  const number = new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 2 }).format(hours);
  if (locale === "nl") return `${number} uur`;
  return `${number} ${hours === 1 ? "hour" : "hours"}`;
}

export function formatEuros(locale: Locale, cents: number): string {
  return new Intl.NumberFormat(tag(locale), { style: "currency", currency: "EUR" }).format(cents / 100);
}

function listOf(locale: Locale, items: string[]): string {
  return new Intl.ListFormat(tag(locale), { style: "long", type: "disjunction" }).format(items);
}

const languageNames = (locale: Locale, languages: LanguageName[]) =>
  listOf(
    locale,
    languages.map((l) => (locale === "nl" ? l.nameNl : l.name)),
  );

const link = (context: Context, route: string) => `${context.baseUrl}/#/${route}`;

/** One message: a greeting, paragraphs, the link, and a footer saying why it came. */
function message(locale: Locale, subject: string, paragraphs: string[], footer?: string): Rendered {
  const greeting = locale === "nl" ? "Hallo," : "Hello,";
  const signature =
    locale === "nl"
      ? "Dit bericht is automatisch verstuurd door Sleutelkaart; antwoorden op deze e-mail komen nergens aan."
      : "This message was sent automatically by Sleutelkaart; replies to this e-mail are not read.";
  return { subject: `Sleutelkaart: ${subject}`, text: [greeting, ...paragraphs, footer ?? "", `-- \n${signature}`].filter(Boolean).join("\n\n") + "\n" };
}

function nextStep(locale: Locale, next: NextStep): string {
  if (next.proposed) {
    return locale === "nl"
      ? `Zoals u had gevraagd hebben we de volgende kandidaat voorgesteld; die heeft tot ${formatMoment(locale, next.respondBy)} om te antwoorden.`
      : `As you asked, we proposed the next candidate, who has until ${formatMoment(locale, next.respondBy)} to answer.`;
  }
  if (next.unmet) {
    return locale === "nl"
      ? "Er is op dit moment geen andere geschikte sleutelpersoon. De aanvraag staat als onvervuld geregistreerd, zodat de coördinator kan werven waar het nodig is."
      : "There is no other suitable key person at the moment. The request is recorded as unmet, so the coordinator can recruit where it is needed.";
  }
  return locale === "nl"
    ? "De aanvraag staat nog open: u kunt een andere kandidaat voorstellen."
    : "The request is still open: you can propose another candidate.";
}

// ---- to the key person -----------------------------------------------------------------------

/** Where the work happens, or null when it has no place (phone, video, a consult). */
function where(locale: Locale, municipality: string, work: Work): string | null {
  if (work.kind === "CONSULT" || (work.kind === "APPOINTMENT" && work.mode !== "ON_SITE")) return null;
  if (work.kind === "CASE_SUPPORT")
    return locale === "nl" ? `${municipality} (of op afstand, als dat is afgesproken)` : `${municipality} (or remotely, where agreed)`;
  return municipality;
}

/** The fact lines of a proposal: what, where, language, when, answer by. No newcomer detail. */
function proposalFacts(locale: Locale, p: ProposalParams): string {
  const w = p.work;
  const nl = locale === "nl";
  const lines: string[] = [];
  if (w.kind === "APPOINTMENT") lines.push(nl ? `Wat: een afspraak, ${MODE_NAMES.nl[w.mode]}` : `What: an appointment, ${MODE_NAMES.en[w.mode]}`);
  if (w.kind === "CONSULT") lines.push(nl ? `Wat: advies aan een professional over ${w.topic}` : `What: advice to a professional on ${w.topic}`);
  if (w.kind === "INFORMATION_SESSION")
    lines.push(
      nl
        ? `Wat: een voorlichting voor ongeveer ${w.expectedParticipants} ${w.expectedParticipants === 1 ? "deelnemer" : "deelnemers"}`
        : `What: an information session for about ${w.expectedParticipants} ${w.expectedParticipants === 1 ? "participant" : "participants"}`,
    );
  const place = where(locale, p.municipality, w);
  if (place) lines.push(nl ? `Waar: ${place}` : `Where: ${place}`);
  lines.push(nl ? `Taal: ${languageNames(locale, p.languages)}` : `Language: ${languageNames(locale, p.languages)}`);
  if (w.kind === "CASE_SUPPORT")
    lines.push(
      nl
        ? `Tijd: ${formatHours(locale, w.hoursPerWeek)} per week, vanaf ${formatDate(locale, w.startsOn)}`
        : `Time: ${formatHours(locale, w.hoursPerWeek)} a week, from ${formatDate(locale, w.startsOn)}`,
    );
  else if (w.kind === "CONSULT") lines.push(nl ? `Tijd: ${formatHours(locale, w.hours)}, op afstand` : `Time: ${formatHours(locale, w.hours)}, remotely`);
  else lines.push(nl ? `Wanneer: ${formatSlot(locale, w.startsAt, w.endsAt)}` : `When: ${formatSlot(locale, w.startsAt, w.endsAt)}`);
  lines.push(nl ? `Antwoord vóór: ${formatMoment(locale, p.respondBy)}` : `Answer by: ${formatMoment(locale, p.respondBy)}`);
  return lines.join("\n");
}

/** What is asked, in a few words after "new proposal", and the opening line. */
function askedFor(locale: Locale, p: ProposalParams): { subject: string; opening: string } {
  const w = p.work;
  const nl = locale === "nl";
  switch (w.kind) {
    case "APPOINTMENT": {
      const day = formatDate(locale, localDate(w.startsAt));
      const subject = nl
        ? {
            ON_SITE: `voor een afspraak op ${day} in ${p.municipality}`,
            PHONE: `voor een telefonische afspraak op ${day}`,
            VIDEO: `voor een video-afspraak op ${day}`,
          }[w.mode]
        : {
            ON_SITE: `for an appointment on ${day} in ${p.municipality}`,
            PHONE: `for a phone appointment on ${day}`,
            VIDEO: `for a video appointment on ${day}`,
          }[w.mode];
      return {
        subject,
        opening: nl
          ? "Een organisatie vraagt of u een nieuwkomer wilt begeleiden bij één afspraak."
          : "An organisation asks whether you would accompany a newcomer to one appointment.",
      };
    }
    case "CONSULT":
      return nl
        ? { subject: "voor een adviesvraag", opening: "Een professional vraagt uw advies over een casus. U spreekt de nieuwkomer daarbij niet." }
        : { subject: "for advice to a professional", opening: "A professional asks for your advice on a case. You do not meet the newcomer." };
    case "INFORMATION_SESSION": {
      const day = formatDate(locale, localDate(w.startsAt));
      return nl
        ? { subject: `voor een voorlichting op ${day} in ${p.municipality}`, opening: "Een organisatie vraagt of u een voorlichting wilt geven aan een groep." }
        : {
            subject: `for an information session on ${day} in ${p.municipality}`,
            opening: "An organisation asks whether you would give an information session to a group.",
          };
    }
    default:
      return nl
        ? { subject: `in ${p.municipality}`, opening: "Een organisatie vraagt of u een nieuwkomer wilt ondersteunen." }
        : { subject: `in ${p.municipality}`, opening: "An organisation asks whether you would support a newcomer." };
  }
}

/** The local (Amsterdam) calendar date of a moment, YYYY-MM-DD. */
function localDate(moment: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(moment);
}

const proposal: Template<NotificationKind.PROPOSAL> = (locale, p, context) => {
  const asked = askedFor(locale, p);
  return locale === "nl"
    ? message(locale, `nieuw voorstel ${asked.subject}`, [
        asked.opening,
        proposalFacts(locale, p),
        `Bekijk het voorstel en accepteer of wijs af: ${link(context, "assignments")}`,
        "Zonder antwoord vervalt het voorstel na 72 uur. Nee zeggen mag altijd, ook zonder reden.",
      ])
    : message(locale, `new proposal ${asked.subject}`, [
        asked.opening,
        proposalFacts(locale, p),
        `See the proposal, then accept or decline: ${link(context, "assignments")}`,
        "Without an answer the proposal expires after 72 hours. You may always say no, also without a reason.",
      ]);
};

const proposalReminder: Template<NotificationKind.PROPOSAL_REMINDER> = (locale, p, context) => {
  const asked = askedFor(locale, p);
  return locale === "nl"
    ? message(locale, `herinnering: voorstel ${asked.subject} vervalt binnenkort`, [
        `U hebt nog niet geantwoord op een voorstel. Het vervalt op ${formatMoment(locale, p.respondBy)}.`,
        proposalFacts(locale, p),
        `Accepteer of wijs af: ${link(context, "assignments")}`,
      ])
    : message(locale, `reminder: proposal ${asked.subject} expires soon`, [
        `You have not answered a proposal yet. It expires on ${formatMoment(locale, p.respondBy)}.`,
        proposalFacts(locale, p),
        `Accept or decline: ${link(context, "assignments")}`,
      ]);
};

/** What was cancelled, in one phrase, with the reason it typically happens. */
function cancelledWork(locale: Locale, p: TemplateParams[NotificationKind.ASSIGNMENT_CANCELLED]): string {
  const w = p.work;
  const nl = locale === "nl";
  switch (w.kind) {
    case "APPOINTMENT":
      return nl
        ? `Uw voorstel of inzet voor de afspraak (${MODE_NAMES.nl[w.mode]}) op ${formatSlot(locale, w.startsAt, w.endsAt)} is geannuleerd, bijvoorbeeld omdat de afspraak niet doorgaat of is verplaatst naar een plek die u niet op tijd kunt bereiken.`
        : `Your proposal or assignment for the appointment (${MODE_NAMES.en[w.mode]}) on ${formatSlot(locale, w.startsAt, w.endsAt)} was cancelled, for instance because it does not go ahead or moved to a place you cannot reach in time.`;
    case "CONSULT":
      return nl
        ? `Uw voorstel of inzet voor het advies over ${w.topic} (${formatHours(locale, w.hours)}) is geannuleerd, bijvoorbeeld omdat de vraag is ingetrokken.`
        : `Your proposal or assignment for the advice on ${w.topic} (${formatHours(locale, w.hours)}) was cancelled, for instance because the question was withdrawn.`;
    case "INFORMATION_SESSION":
      return nl
        ? `Uw voorstel of inzet voor de voorlichting op ${formatSlot(locale, w.startsAt, w.endsAt)} is geannuleerd, bijvoorbeeld omdat die niet doorgaat of is verplaatst naar een plek die u niet op tijd kunt bereiken.`
        : `Your proposal or assignment for the information session on ${formatSlot(locale, w.startsAt, w.endsAt)} was cancelled, for instance because it does not go ahead or moved to a place you cannot reach in time.`;
    default:
      return nl
        ? `Uw voorstel of inzet van ${formatDate(locale, p.proposedOn)} (${formatHours(locale, w.hoursPerWeek)} per week) is geannuleerd, bijvoorbeeld omdat de nieuwkomer buiten uw bereik is verhuisd.`
        : `Your proposal or assignment of ${formatDate(locale, p.proposedOn)} (${formatHours(locale, w.hoursPerWeek)} a week) was cancelled, for instance because the newcomer moved out of your reach.`;
  }
}

const assignmentCancelled: Template<NotificationKind.ASSIGNMENT_CANCELLED> = (locale, p, context) =>
  locale === "nl"
    ? message(locale, "voorstel of inzet geannuleerd", [
        `${cancelledWork(locale, p)} U hoeft niets te doen; de uren zijn weer vrij.`,
        `Uw voorstellen en inzetten: ${link(context, "assignments")}`,
      ])
    : message(locale, "proposal or assignment cancelled", [
        `${cancelledWork(locale, p)} You need not do anything; the hours are free again.`,
        `Your proposals and assignments: ${link(context, "assignments")}`,
      ]);

const hoursRejected: Template<NotificationKind.HOURS_REJECTED> = (locale, p, context) =>
  locale === "nl"
    ? message(locale, `uren van ${formatDate(locale, p.date)} afgewezen`, [
        `Uw ${formatHours(locale, p.hours)} van ${formatDate(locale, p.date)} zijn afgewezen.`,
        `Reden: ${p.reason}`,
        `U kunt de uren verbeterd opnieuw opgeven: ${link(context, "my-hours")}`,
      ])
    : message(locale, `hours of ${formatDate(locale, p.date)} rejected`, [
        `Your ${formatHours(locale, p.hours)} of ${formatDate(locale, p.date)} were rejected.`,
        `Reason: ${p.reason}`,
        `You can declare them again, corrected: ${link(context, "my-hours")}`,
      ]);

const claimRejected: Template<NotificationKind.CLAIM_REJECTED> = (locale, p, context) =>
  locale === "nl"
    ? message(locale, `declaratie van ${formatDate(locale, p.date)} afgewezen`, [
        `Uw onkostendeclaratie van ${formatDate(locale, p.date)} (${formatEuros(locale, p.amountCents)}) is afgewezen.`,
        `Reden: ${p.reason}`,
        `Uw declaraties: ${link(context, "my-claims")}`,
      ])
    : message(locale, `expense claim of ${formatDate(locale, p.date)} rejected`, [
        `Your expense claim of ${formatDate(locale, p.date)} (${formatEuros(locale, p.amountCents)}) was rejected.`,
        `Reason: ${p.reason}`,
        `Your claims: ${link(context, "my-claims")}`,
      ]);

const checkInDue: Template<NotificationKind.CHECK_IN_DUE> = (locale, p, context) =>
  locale === "nl"
    ? message(locale, "hoe gaat het met u?", [
        p.lastCheckInAt
          ? `Uw laatste check-in was op ${formatDate(locale, p.lastCheckInAt.toISOString().slice(0, 10))}. Het is tijd voor de maandelijkse check-in.`
          : "Het is tijd voor uw maandelijkse check-in.",
        "Vier korte vragen over hoe zwaar het werk nu is en of u steun hebt. Alleen u en de coördinator lezen de antwoorden. Wilt u dat iemand contact met u opneemt, kruis dat dan aan.",
        `Naar de check-in: ${link(context, "my-wellbeing")}`,
      ])
    : message(locale, "how are you doing?", [
        p.lastCheckInAt
          ? `Your last check-in was on ${formatDate(locale, p.lastCheckInAt.toISOString().slice(0, 10))}. It is time for the monthly check-in.`
          : "It is time for your monthly check-in.",
        "Four short questions about how heavy the work is now and whether you feel supported. Only you and the coordinator read the answers. If you would like someone to contact you, tick that box.",
        `To the check-in: ${link(context, "my-wellbeing")}`,
      ]);

const profileStale: Template<NotificationKind.PROFILE_STALE> = (locale, p, context) =>
  locale === "nl"
    ? message(locale, "bevestig uw profiel", [
        p.confirmedAt
          ? `U hebt uw profiel voor het laatst bevestigd op ${formatDate(locale, p.confirmedAt.toISOString().slice(0, 10))}. Een profiel dat langer dan 180 dagen niet is bevestigd, krijgt geen voorstellen meer.`
          : "Uw profiel is nog niet bevestigd. Een onbevestigd profiel krijgt geen voorstellen.",
        `Kijk of uw talen, beschikbaarheid en reisafstand nog kloppen en bevestig: ${link(context, "my-profile")}`,
      ])
    : message(locale, "confirm your profile", [
        p.confirmedAt
          ? `You last confirmed your profile on ${formatDate(locale, p.confirmedAt.toISOString().slice(0, 10))}. A profile not confirmed for more than 180 days gets no proposals.`
          : "Your profile has not been confirmed yet. An unconfirmed profile gets no proposals.",
        `Check that your languages, availability and travel distance are still right, then confirm: ${link(context, "my-profile")}`,
      ]);

const intervisionDue: Template<NotificationKind.INTERVISION_DUE> = (locale, p, context) => {
  const last = p.lastSessionOn ? formatDate(locale, p.lastSessionOn) : null;
  return locale === "nl"
    ? message(locale, p.overdue ? "intervisie is te lang geleden" : "tijd voor intervisie", [
        `${last ? `Uw laatste intervisie of supervisie was op ${last}.` : "Er is nog geen intervisie of supervisie vastgelegd."} ${
          p.overdue
            ? "Dat is meer dan 12 weken geleden: tot er een nieuwe sessie is, krijgt u geen nieuwe voorstellen."
            : "Plan binnen enkele weken een nieuwe sessie: na 12 weken krijgt u geen nieuwe voorstellen meer."
        }`,
        "Intervisie helpt om te delen wat u hoort en draagt. Vraag de coördinator als u geen groep hebt.",
        `Een sessie vastleggen: ${link(context, "my-wellbeing")}`,
      ])
    : message(locale, p.overdue ? "intervision is overdue" : "time for intervision", [
        `${last ? `Your last intervision or supervision session was on ${last}.` : "No intervision or supervision session has been logged yet."} ${
          p.overdue
            ? "That is more than 12 weeks ago: until there is a new session you get no new proposals."
            : "Plan a new session within a few weeks: after 12 weeks you get no new proposals."
        }`,
        "Intervision helps to share what you hear and carry. Ask the coordinator if you have no group.",
        `Log a session: ${link(context, "my-wellbeing")}`,
      ]);
};

// ---- to the organisation ---------------------------------------------------------------------

const requestLink = (context: Context, requestId: number) => link(context, `matchRequests/${requestId}/show`);

const proposalAccepted: Template<NotificationKind.PROPOSAL_ACCEPTED> = (locale, p, context) =>
  locale === "nl"
    ? message(locale, `voorstel geaccepteerd (aanvraag ${p.caseReference})`, [
        `${p.keyPersonName} heeft uw voorstel voor aanvraag ${p.caseReference} geaccepteerd. U ziet nu de contactgegevens in de console.`,
        `Naar de aanvraag: ${requestLink(context, p.requestId)}`,
      ])
    : message(locale, `proposal accepted (request ${p.caseReference})`, [
        `${p.keyPersonName} accepted your proposal for request ${p.caseReference}. The contact details are now in the console.`,
        `To the request: ${requestLink(context, p.requestId)}`,
      ]);

const proposalDeclined: Template<NotificationKind.PROPOSAL_DECLINED> = (locale, p, context) =>
  locale === "nl"
    ? message(locale, `voorstel afgewezen (aanvraag ${p.caseReference})`, [
        `De sleutelpersoon die u voorstelde voor aanvraag ${p.caseReference} heeft het voorstel afgewezen.`,
        p.reason ? `Reden: ${p.reason}` : "Er is geen reden opgegeven.",
        nextStep(locale, p.next),
        `Naar de aanvraag: ${requestLink(context, p.requestId)}`,
      ])
    : message(locale, `proposal declined (request ${p.caseReference})`, [
        `The key person you proposed for request ${p.caseReference} declined the proposal.`,
        p.reason ? `Reason: ${p.reason}` : "No reason was given.",
        nextStep(locale, p.next),
        `To the request: ${requestLink(context, p.requestId)}`,
      ]);

const proposalExpired: Template<NotificationKind.PROPOSAL_EXPIRED> = (locale, p, context) =>
  locale === "nl"
    ? message(locale, `voorstel verlopen (aanvraag ${p.caseReference})`, [
        `Het voorstel voor aanvraag ${p.caseReference} is binnen 72 uur niet beantwoord en is vervallen.`,
        nextStep(locale, p.next),
        `Naar de aanvraag: ${requestLink(context, p.requestId)}`,
      ])
    : message(locale, `proposal expired (request ${p.caseReference})`, [
        `The proposal for request ${p.caseReference} was not answered within 72 hours and has expired.`,
        nextStep(locale, p.next),
        `To the request: ${requestLink(context, p.requestId)}`,
      ]);

const handover: Template<NotificationKind.HANDOVER> = (locale, p, context) => {
  const nl = locale === "nl";
  // A newcomer moves; an information session (a group, no one newcomer) changes place.
  const moved =
    p.kind === "INFORMATION_SESSION"
      ? nl
        ? `De voorlichting van aanvraag ${p.caseReference} is verplaatst naar ${p.municipality}`
        : `The information session of request ${p.caseReference} moved to ${p.municipality}`
      : nl
        ? `De nieuwkomer van aanvraag ${p.caseReference} is verhuisd naar ${p.municipality}`
        : `The newcomer of request ${p.caseReference} moved to ${p.municipality}`;
  const why =
    p.kind === "APPOINTMENT" || p.kind === "INFORMATION_SESSION"
      ? nl
        ? `${moved}. De sleutelpersoon kan daar niet meer komen, of niet op tijd tussen zijn of haar andere afspraken door.`
        : `${moved}. The key person can no longer get there, or not in time between their other bookings.`
      : nl
        ? `${moved}, buiten het bereik van de huidige sleutelpersoon.`
        : `${moved}, out of reach of the current key person.`;
  const released = p.released
    ? nl
      ? " De vorige sleutelpersoon is vrijgegeven; de aanvraag staat weer open."
      : " The previous key person was released; the request is open again."
    : "";
  const what = p.next.proposed
    ? nl
      ? `We hebben een sleutelpersoon bij de nieuwe plek voorgesteld om het over te nemen; die heeft tot ${formatMoment(locale, p.next.respondBy)} om te antwoorden.${p.released ? released : " De huidige sleutelpersoon blijft tot dan betrokken."}`
      : `We proposed a key person near the new place to take over, who has until ${formatMoment(locale, p.next.respondBy)} to answer.${p.released ? released : " The current key person stays involved until then."}`
    : nl
      ? `Er is bij de nieuwe plek nu geen geschikte sleutelpersoon; de aanvraag staat als onvervuld geregistreerd.${released}`
      : `There is no suitable key person near the new place at the moment; the request is recorded as unmet.${released}`;
  return nl
    ? message(locale, `overdracht na ${p.kind === "INFORMATION_SESSION" ? "verplaatsing" : "verhuizing"} (aanvraag ${p.caseReference})`, [
        why,
        what,
        `Naar de aanvraag: ${requestLink(context, p.requestId)}`,
      ])
    : message(locale, `handover after a move (request ${p.caseReference})`, [why, what, `To the request: ${requestLink(context, p.requestId)}`]);
};

// ---- to coordinators -------------------------------------------------------------------------

const wellbeingAttention: Template<NotificationKind.WELLBEING_ATTENTION> = (locale, p, context) =>
  locale === "nl"
    ? message(locale, `${p.keyPersonName} heeft aandacht nodig`, [
        `Sleutelpersoon ${p.keyPersonName} heeft aandacht nodig: neem contact op. Waarom staat in de console (het lezen wordt vastgelegd); het staat niet in deze e-mail.`,
        "Tot een coördinator de markering opheft, krijgt deze sleutelpersoon geen nieuwe voorstellen.",
        `Naar de sleutelpersoon: ${link(context, `keyPersons/${p.keyPersonId}/show`)}`,
      ])
    : message(locale, `${p.keyPersonName} needs attention`, [
        `Key person ${p.keyPersonName} needs attention: please get in touch. Why is in the console (reading it is logged); it is not in this e-mail.`,
        "Until a coordinator clears the flag, this key person gets no new proposals.",
        `To the key person: ${link(context, `keyPersons/${p.keyPersonId}/show`)}`,
      ]);

const unmetDigest: Template<NotificationKind.UNMET_DIGEST> = (locale, p, context) => {
  const lines = p.places.map((place) => `- ${place.municipality}: ${place.count} (${languageNames(locale, place.languages)})`);
  return locale === "nl"
    ? message(
        locale,
        `${p.total} ${p.total === 1 ? "onvervulde aanvraag" : "onvervulde aanvragen"} (${formatDate(locale, p.date)})`,
        [`Voor deze aanvragen is nu geen geschikte sleutelpersoon:`, lines.join("\n"), `Waar en waarom: ${link(context, "unmetRequests")}`],
        `U krijgt dit dagelijkse overzicht als coördinator. Uitzetten kan in de console: ${link(context, "notifications")}`,
      )
    : message(
        locale,
        `${p.total} unmet ${p.total === 1 ? "request" : "requests"} (${formatDate(locale, p.date)})`,
        [`These requests have no suitable key person at the moment:`, lines.join("\n"), `Where and why: ${link(context, "unmetRequests")}`],
        `You get this daily digest as a coordinator. Turn it off in the console: ${link(context, "notifications")}`,
      );
};

/** The console's page for a reset link: `${PUBLIC_URL}/#/reset-password/<token>`. */
export const resetPasswordUrl = (baseUrl: string, token: string): string => `${baseUrl.replace(/\/+$/, "")}/#/reset-password/${token}`;

const passwordReset: Template<NotificationKind.PASSWORD_RESET> = (locale, p, context) =>
  locale === "nl"
    ? message(locale, "nieuw wachtwoord instellen", [
        "Iemand heeft gevraagd om het wachtwoord van uw Sleutelkaart-account opnieuw in te stellen. Was u dat, open dan deze link en kies een nieuw wachtwoord:",
        resetPasswordUrl(context.baseUrl, p.token),
        `De link werkt één keer en ${p.validMinutes} minuten lang. Daarna bent u overal uitgelogd.`,
        "Hebt u dit niet gevraagd? Dan hoeft u niets te doen: uw wachtwoord blijft zoals het is.",
      ])
    : message(locale, "choose a new password", [
        "Someone asked to reset the password of your Sleutelkaart account. If that was you, open this link and choose a new password:",
        resetPasswordUrl(context.baseUrl, p.token),
        `The link works once, for ${p.validMinutes} minutes. Afterwards you are logged out everywhere.`,
        "Did you not ask for this? Then there is nothing to do: your password stays as it is.",
      ]);

/** The console's page for an invitation (as invitations/invitation.service.ts builds it for the import report). */
export const invitationLinkUrl = (baseUrl: string, token: string): string => `${baseUrl.replace(/\/+$/, "")}/#/invitation/${token}`;

const ROLE_NAMES: Record<Locale, Record<string, string>> = {
  nl: {
    COORDINATOR: "coördinator",
    REGIONAL_COORDINATOR: "regionaal coördinator",
    ORGANISATION: "medewerker van een organisatie",
    KEY_PERSON: "sleutelpersoon",
  },
  en: { COORDINATOR: "coordinator", REGIONAL_COORDINATOR: "regional coordinator", ORGANISATION: "member of an organisation", KEY_PERSON: "key person" },
};

const invitation: Template<NotificationKind.INVITATION> = (locale, p, context) =>
  locale === "nl"
    ? message(locale, "uw uitnodiging", [
        `Er is een Sleutelkaart-account voor u aangemaakt, als ${ROLE_NAMES.nl[p.role] ?? p.role}. Open deze link en kies uw eigen wachtwoord; daarna bent u ingelogd:`,
        invitationLinkUrl(context.baseUrl, p.token),
        `De link werkt één keer en ${p.validDays} dagen lang. Verlopen? Vraag uw coördinator om een nieuwe uitnodiging.`,
        "Verwachtte u dit bericht niet? Dan hoeft u niets te doen.",
      ])
    : message(locale, "your invitation", [
        `A Sleutelkaart account was created for you, as ${ROLE_NAMES.en[p.role] ?? p.role}. Open this link and choose your own password; you are then logged in:`,
        invitationLinkUrl(context.baseUrl, p.token),
        `The link works once, for ${p.validDays} days. Expired? Ask your coordinator for a new invitation.`,
        "Did you not expect this message? Then there is nothing to do.",
      ]);

// ---- newcomers' voice (issue 19) ----------------------------------------------------------------

const COMPLAINT_KINDS: Record<Locale, Record<string, string>> = {
  nl: { NO_SHOW: "niet verschenen", LATE: "te laat", CONDUCT: "gedrag", CONFIDENTIALITY: "vertrouwelijkheid" },
  en: { NO_SHOW: "no-show", LATE: "late", CONDUCT: "conduct", CONFIDENTIALITY: "confidentiality" },
};
const FLAG_KINDS: Record<Locale, Record<string, string>> = {
  nl: {
    ACTED_AGAINST_INTEREST: "gevraagd te handelen tegen het belang van de nieuwkomer",
    NO_CONTACT_PERSON: "geen contactpersoon",
    NOT_PAID: "niet betaald",
  },
  en: { ACTED_AGAINST_INTEREST: "asked to act against the newcomer's interest", NO_CONTACT_PERSON: "no contact person", NOT_PAID: "not paid" },
};

const complaintFiled: Template<NotificationKind.COMPLAINT_FILED> = (locale, p, context) =>
  locale === "nl"
    ? message(locale, `klacht ingediend (${COMPLAINT_KINDS.nl[p.kind] ?? p.kind})`, [
        `Een organisatie heeft een klacht ingediend over een inzet: ${COMPLAINT_KINDS.nl[p.kind] ?? p.kind}. De sleutelpersoon kan binnen ${p.respondWithinDays} dagen reageren; daarna besluit een coördinator.`,
        `Naar de klacht: ${link(context, `complaints/${p.complaintId}/show`)}`,
      ])
    : message(locale, `complaint filed (${COMPLAINT_KINDS.en[p.kind] ?? p.kind})`, [
        `An organisation filed a complaint about an assignment: ${COMPLAINT_KINDS.en[p.kind] ?? p.kind}. The key person can respond within ${p.respondWithinDays} days; then a coordinator decides.`,
        `To the complaint: ${link(context, `complaints/${p.complaintId}/show`)}`,
      ]);

const complaintDecided: Template<NotificationKind.COMPLAINT_DECIDED> = (locale, p, context) =>
  locale === "nl"
    ? message(locale, `besluit over klacht (${COMPLAINT_KINDS.nl[p.kind] ?? p.kind})`, [
        `Een coördinator heeft de klacht ${p.decision === "UPHELD" ? "gegrond" : "ongegrond"} verklaard. De toelichting staat in de console.`,
        `Naar de klacht: ${link(context, `complaints/${p.complaintId}/show`)}`,
      ])
    : message(locale, `decision on a complaint (${COMPLAINT_KINDS.en[p.kind] ?? p.kind})`, [
        `A coordinator ${p.decision === "UPHELD" ? "upheld" : "dismissed"} the complaint. The explanation is in the console.`,
        `To the complaint: ${link(context, `complaints/${p.complaintId}/show`)}`,
      ]);

const organisationFlagged: Template<NotificationKind.ORGANISATION_FLAGGED> = (locale, p, context) =>
  locale === "nl"
    ? message(locale, "melding over een organisatie", [
        `Een sleutelpersoon meldt over een organisatie: ${FLAG_KINDS.nl[p.kind] ?? p.kind}.`,
        `Naar de meldingen: ${link(context, "organisationFlags")}`,
      ])
    : message(locale, "a flag about an organisation", [
        `A key person flags an organisation: ${FLAG_KINDS.en[p.kind] ?? p.kind}.`,
        `To the flags: ${link(context, "organisationFlags")}`,
      ]);

const publicMessage: Template<NotificationKind.PUBLIC_MESSAGE> = (locale, p, context) =>
  locale === "nl"
    ? message(locale, "bericht via de Sleutelkaart", [
        "Iemand heeft u een bericht gestuurd via de openbare Sleutelkaart. Uw e-mailadres en telefoonnummer zijn daarbij niet getoond.",
        `Het bericht${p.language ? ` (taal: ${p.language.nameNl})` : ""}:\n\n${p.message}`,
        `Antwoorden kan ${p.channel === "EMAIL" ? "per e-mail aan" : "telefonisch op"}: ${p.reply}`,
        `Antwoorden is vrijwillig. Is dit bericht ongepast of niet voor u bedoeld? Negeer het, of meld het bij uw coördinator. De tekst wordt ${p.keepDays} dagen na bezorging uit de Sleutelkaart gewist.`,
        `Geen berichten via de kaart meer ontvangen? Zet het uit in uw profiel: ${link(context, "my-profile")}`,
      ])
    : message(locale, "a message through the Sleutelkaart", [
        "Someone sent you a message through the public Sleutelkaart map. Your e-mail address and phone number were not shown to them.",
        `The message${p.language ? ` (language: ${p.language.name})` : ""}:\n\n${p.message}`,
        `Reply ${p.channel === "EMAIL" ? "by e-mail to" : "by phone on"}: ${p.reply}`,
        `Replying is up to you. Is this message inappropriate or not meant for you? Ignore it, or tell your coordinator. The text is erased from the Sleutelkaart ${p.keepDays} days after delivery.`,
        `No more messages through the map? Turn them off in your profile: ${link(context, "my-profile")}`,
      ]);
// qualifications (issue 17)
const qualificationExpiring: Template<NotificationKind.QUALIFICATION_EXPIRING> = (locale, p, context) => {
  const until = formatDate(locale, p.validUntil);
  return locale === "nl"
    ? message(locale, `uw kwalificatie ${p.nameNl} verloopt op ${until}`, [
        `Uw kwalificatie „${p.nameNl}” is geldig tot en met ${until}${p.daysBefore <= 14 ? ": over twee weken of minder" : ""}.`,
        p.requiredForMatching
          ? "Voor een deel van uw expertise is deze kwalificatie nodig: daarna krijgt u daarvoor geen voorstellen meer, tot een nieuwe kwalificatie is geverifieerd."
          : "Verleng of herhaal de training op tijd, zodat uw profiel klopt.",
        `Een nieuwe kwalificatie toevoegen (de coördinator verifieert die): ${link(context, "my-profile")}`,
      ])
    : message(locale, `your qualification ${p.nameEn} expires on ${until}`, [
        `Your qualification “${p.nameEn}” is valid up to and including ${until}${p.daysBefore <= 14 ? ": two weeks or less from now" : ""}.`,
        p.requiredForMatching
          ? "Part of your expertise needs this qualification: after that date you get no proposals for it, until a new qualification is verified."
          : "Renew or repeat the training in time, so that your profile stays right.",
        `Add a new qualification (the coordinator verifies it): ${link(context, "my-profile")}`,
      ]);
};

const GROUP_KIND_NAMES: Record<Locale, Record<GroupActivityInvitationParams["kind"], string>> = {
  nl: { INTERVISION: "intervisie", SUPERVISION: "supervisie", TRAINING: "training", NETWORK_MEETING: "netwerkbijeenkomst" },
  en: { INTERVISION: "intervision", SUPERVISION: "supervision", TRAINING: "training", NETWORK_MEETING: "network meeting" },
};

const groupActivityInvitation: Template<NotificationKind.GROUP_ACTIVITY_INVITATION> = (locale, p, context) => {
  const nl = locale === "nl";
  const dates = p.slots.map((slot) => `- ${formatSlot(locale, slot.startsAt, slot.endsAt)}`).join("\n");
  const where = [p.place, p.online ? (nl ? "online (de link staat in de console)" : "online (the link is in the console)") : null].filter(Boolean).join("; ");
  const kind = GROUP_KIND_NAMES[locale][p.kind];
  return nl
    ? message(
        locale,
        `uitnodiging ${kind}: ${p.title}`,
        [
          `U bent uitgenodigd voor ${kind} „${p.title}”${p.organiser ? ` van ${p.organiser}` : ""}.`,
          `${p.slots.length === 1 ? "Wanneer" : "Wanneer (elke datum apart te beantwoorden)"}:\n${dates}`,
          where ? `Waar: ${where}` : "",
          `Laat in de console weten of u komt; het aantal plaatsen is beperkt: ${link(context, `groupActivities/${p.activityId}/show`)}`,
        ].filter(Boolean),
      )
    : message(
        locale,
        `invitation to ${kind}: ${p.title}`,
        [
          `You are invited to the ${kind} “${p.title}”${p.organiser ? ` of ${p.organiser}` : ""}.`,
          `${p.slots.length === 1 ? "When" : "When (answer each date separately)"}:\n${dates}`,
          where ? `Where: ${where}` : "",
          `Let us know in the console whether you come; places are limited: ${link(context, `groupActivities/${p.activityId}/show`)}`,
        ].filter(Boolean),
      );
};
// ---- referrals (issue 18) ---------------------------------------------------------------------

const REFERRAL_STATE_NAMES: Record<Locale, Record<string, string>> = {
  nl: {
    SENT: "verstuurd",
    ACCEPTED: "geaccepteerd",
    DECLINED: "afgewezen",
    APPOINTMENT_MADE: "afspraak gemaakt",
    WAITING_LIST: "op de wachtlijst",
    COMPLETED: "afgerond",
    WITHDRAWN: "ingetrokken",
  },
  en: {
    SENT: "sent",
    ACCEPTED: "accepted",
    DECLINED: "declined",
    APPOINTMENT_MADE: "appointment made",
    WAITING_LIST: "on the waiting list",
    COMPLETED: "completed",
    WITHDRAWN: "withdrawn",
  },
};

const referralLink = (context: Context, referralId: number) => link(context, `referrals/${referralId}/show`);

function referralShared(locale: Locale, p: ReferralFacts): string[] {
  const nl = locale === "nl";
  return [
    ...(p.municipality ? [nl ? `Gemeente: ${p.municipality}` : `Municipality: ${p.municipality}`] : []),
    ...(p.topic ? [nl ? `Onderwerp: ${p.topic.nameNl}` : `Topic: ${p.topic.name}`] : []),
  ];
}

const referralReceived: Template<NotificationKind.REFERRAL_RECEIVED> = (locale, p, context) =>
  locale === "nl"
    ? message(locale, `nieuwe doorverwijzing naar ${p.serviceName}`, [
        `Er is een nieuwe doorverwijzing naar ${p.serviceName}. Accepteer of wijs af in de console; daar staat ook wat met toestemming gedeeld is.`,
        ...referralShared(locale, p),
        `Naar de doorverwijzing: ${referralLink(context, p.referralId)}`,
      ])
    : message(locale, `new referral to ${p.serviceName}`, [
        `There is a new referral to ${p.serviceName}. Accept or decline it in the console, which also shows what was shared with consent.`,
        ...referralShared(locale, p),
        `To the referral: ${referralLink(context, p.referralId)}`,
      ]);

const referralUpdated: Template<NotificationKind.REFERRAL_UPDATED> = (locale, p, context) => {
  const state = REFERRAL_STATE_NAMES[locale][p.state] ?? p.state;
  if (p.needsRerouting)
    return locale === "nl"
      ? message(locale, `doorverwijzing naar ${p.serviceName}: opnieuw doorverwijzen na verhuizing`, [
          `De nieuwkomer is verhuisd en ${p.serviceName} werkt niet op de nieuwe plek. Verwijs opnieuw door naar hulpaanbod daar; de oude doorverwijzing wordt dan gesloten.`,
          `Naar de doorverwijzing: ${referralLink(context, p.referralId)}`,
        ])
      : message(locale, `referral to ${p.serviceName}: refer again after a move`, [
          `The newcomer moved and ${p.serviceName} does not work at the new place. Refer again to a service there; the old referral is then closed.`,
          `To the referral: ${referralLink(context, p.referralId)}`,
        ]);
  return locale === "nl"
    ? message(locale, `doorverwijzing naar ${p.serviceName}: ${state}`, [
        `De doorverwijzing naar ${p.serviceName} is nu ${state}.`,
        `Naar de doorverwijzing: ${referralLink(context, p.referralId)}`,
      ])
    : message(locale, `referral to ${p.serviceName}: ${state}`, [
        `The referral to ${p.serviceName} is now ${state}.`,
        `To the referral: ${referralLink(context, p.referralId)}`,
      ]);
};

// care services (issue 18)
const careServiceStale: Template<NotificationKind.CARE_SERVICE_STALE> = (locale, p, context) =>
  locale === "nl"
    ? message(locale, `bevestig het hulpaanbod “${p.serviceName}”`, [
        p.assuredOn
          ? `De gegevens van “${p.serviceName}” zijn voor het laatst bevestigd op ${formatDate(locale, p.assuredOn)}. Aanbod dat langer dan 180 dagen niet is bevestigd, staat als verouderd bij de coördinatoren.`
          : `De gegevens van “${p.serviceName}” zijn nog nooit bevestigd. Onbevestigd aanbod staat als verouderd bij de coördinatoren.`,
        `Kijk of telefoonnummers, openingstijden en werkgebied nog kloppen en bevestig: ${link(context, `careServices/${p.serviceId}/show`)}`,
      ])
    : message(locale, `confirm the care service “${p.serviceName}”`, [
        p.assuredOn
          ? `The details of “${p.serviceName}” were last confirmed on ${formatDate(locale, p.assuredOn)}. A service not confirmed for more than 180 days is shown to the coordinators as out of date.`
          : `The details of “${p.serviceName}” have never been confirmed. An unconfirmed service is shown to the coordinators as out of date.`,
        `Check that phone numbers, opening hours and area are still right, then confirm: ${link(context, `careServices/${p.serviceId}/show`)}`,
      ]);

// ---- request transfers and handovers (issue 18, transfers) -----------------------------------

const DECLINE_REASONS: Record<Locale, Record<string, string>> = {
  nl: {
    NO_CAPACITY: "geen ruimte om de aanvraag op te pakken",
    OUTSIDE_OUR_AREA: "de nieuwe woonplaats valt buiten ons werkgebied",
    NOT_OUR_EXPERTISE: "deze ondersteuning bieden wij niet",
    NEWCOMER_NOT_ARRIVED: "de nieuwkomer is nog niet bij ons aangekomen",
    OTHER: "een andere reden",
  },
  en: {
    NO_CAPACITY: "no room to take the request on",
    OUTSIDE_OUR_AREA: "the new place lies outside our area",
    NOT_OUR_EXPERTISE: "we do not offer this support",
    NEWCOMER_NOT_ARRIVED: "the newcomer has not arrived yet",
    OTHER: "another reason",
  },
};

const transferProposed: Template<NotificationKind.TRANSFER_PROPOSED> = (locale, p, context) =>
  locale === "nl"
    ? message(locale, `overdracht aangeboden (aanvraag ${p.caseReference})`, [
        `${p.fromOrganisation} wil aanvraag ${p.caseReference} aan uw organisatie overdragen: de nieuwkomer is verhuisd naar ${p.municipality}. De nieuwkomer stemt in met de overdracht.`,
        "Neem de overdracht aan of weiger haar met een reden. Na het aannemen is de aanvraag van u, met haar financiering en de beoordeling van uren vanaf die dag.",
        `Naar de overdrachten: ${link(context, "transfers")}`,
      ])
    : message(locale, `transfer offered (request ${p.caseReference})`, [
        `${p.fromOrganisation} wants to hand request ${p.caseReference} to your organisation: the newcomer moved to ${p.municipality}. The newcomer consents to the transfer.`,
        "Accept the transfer or decline it with a reason. Once accepted, the request is yours, with its funding and the review of hours from that day.",
        `To the transfers: ${link(context, "transfers")}`,
      ]);

const transferAnswered: Template<NotificationKind.TRANSFER_ANSWERED> = (locale, p, context) => {
  const nl = locale === "nl";
  const words = {
    ACCEPTED: nl ? "aangenomen" : "accepted",
    DECLINED: nl ? "geweigerd" : "declined",
    WITHDRAWN: nl ? "ingetrokken" : "withdrawn",
  }[p.state];
  const what =
    p.state === "ACCEPTED"
      ? nl
        ? `${p.organisation} heeft aanvraag ${p.caseReference} aangenomen. Vanaf ${formatDate(locale, p.effectiveOn ?? "")} is de aanvraag van ${p.organisation}; uren en onkosten van eerdere dagen blijven bij u ter beoordeling en betaling. Verdere gegevens van de aanvraag ziet u niet meer.`
        : `${p.organisation} accepted request ${p.caseReference}. From ${formatDate(locale, p.effectiveOn ?? "")} the request belongs to ${p.organisation}; hours and costs of earlier days stay with you to review and pay. You no longer see the request's later data.`
      : p.state === "DECLINED"
        ? nl
          ? `${p.organisation} heeft de overdracht van aanvraag ${p.caseReference} geweigerd: ${DECLINE_REASONS.nl[p.declineReason ?? "OTHER"] ?? p.declineReason}. De aanvraag blijft van u; u kunt haar aan een andere organisatie aanbieden.`
          : `${p.organisation} declined the transfer of request ${p.caseReference}: ${DECLINE_REASONS.en[p.declineReason ?? "OTHER"] ?? p.declineReason}. The request stays yours; you can offer it to another organisation.`
        : nl
          ? `${p.organisation} heeft de overdracht van aanvraag ${p.caseReference} ingetrokken. U hoeft niets meer te doen.`
          : `${p.organisation} withdrew the transfer of request ${p.caseReference}. Nothing is left to do.`;
  return message(locale, nl ? `overdracht ${words} (aanvraag ${p.caseReference})` : `transfer ${words} (request ${p.caseReference})`, [
    what,
    ...(p.state === "DECLINED" && p.declineNote ? [`${nl ? "Reden" : "Reason"}: ${p.declineNote}`] : []),
    `${nl ? "Naar de overdrachten" : "To the transfers"}: ${link(context, "transfers")}`,
  ]);
};

const caseTransferred: Template<NotificationKind.CASE_TRANSFERRED> = (locale, p, context) =>
  locale === "nl"
    ? message(locale, "uw begeleiding valt onder een andere organisatie", [
        `Vanaf ${formatDate(locale, p.effectiveOn)} valt een begeleiding die u doet onder ${p.organisation}. Uw inzet loopt gewoon door; uren vanaf die dag beoordeelt ${p.organisation}.`,
        `Naar uw inzetten: ${link(context, "assignments")}`,
      ])
    : message(locale, "your support now falls under another organisation", [
        `From ${formatDate(locale, p.effectiveOn)} support you give falls under ${p.organisation}. Your assignment simply continues; ${p.organisation} reviews hours from that day.`,
        `To your assignments: ${link(context, "assignments")}`,
      ]);

const handoverOverlap: Template<NotificationKind.HANDOVER_OVERLAP> = (locale, p, context) => {
  const until = formatDate(locale, p.overlapUntil);
  const nl = locale === "nl";
  const what =
    p.role === "OLD"
      ? nl
        ? `Een nieuwe sleutelpersoon neemt vanaf ${formatDate(locale, p.handedOverOn)} een begeleiding van u over. Tot en met ${until} kunt u allebei uren schrijven, zodat u het goed kunt overdragen.`
        : `A new key person takes over support from you from ${formatDate(locale, p.handedOverOn)}. Until ${until} inclusive you can both declare hours, so you can hand over properly.`
      : nl
        ? `U neemt vanaf ${formatDate(locale, p.handedOverOn)} een begeleiding over van een andere sleutelpersoon. Tot en met ${until} schrijft die ook nog uren, voor een goede overdracht.`
        : `You take over support from another key person from ${formatDate(locale, p.handedOverOn)}. Until ${until} inclusive they can still declare hours too, for a proper handover.`;
  return nl
    ? message(locale, "overdracht van een begeleiding", [what, `Naar uw inzetten: ${link(context, "assignments")}`])
    : message(locale, "handover of support", [what, `To your assignments: ${link(context, "assignments")}`]);
};

export const TEMPLATES: { [K in NotificationKind]: Template<K> } = {
  [NotificationKind.PROPOSAL]: proposal,
  [NotificationKind.PROPOSAL_REMINDER]: proposalReminder,
  [NotificationKind.ASSIGNMENT_CANCELLED]: assignmentCancelled,
  [NotificationKind.HOURS_REJECTED]: hoursRejected,
  [NotificationKind.CLAIM_REJECTED]: claimRejected,
  [NotificationKind.CHECK_IN_DUE]: checkInDue,
  [NotificationKind.PROFILE_STALE]: profileStale,
  [NotificationKind.INTERVISION_DUE]: intervisionDue,
  [NotificationKind.PROPOSAL_ACCEPTED]: proposalAccepted,
  [NotificationKind.PROPOSAL_DECLINED]: proposalDeclined,
  [NotificationKind.PROPOSAL_EXPIRED]: proposalExpired,
  [NotificationKind.HANDOVER]: handover,
  [NotificationKind.WELLBEING_ATTENTION]: wellbeingAttention,
  [NotificationKind.UNMET_DIGEST]: unmetDigest,
  [NotificationKind.PASSWORD_RESET]: passwordReset,
  [NotificationKind.INVITATION]: invitation,
  [NotificationKind.COMPLAINT_FILED]: complaintFiled,
  [NotificationKind.COMPLAINT_DECIDED]: complaintDecided,
  [NotificationKind.ORGANISATION_FLAGGED]: organisationFlagged,
  [NotificationKind.PUBLIC_MESSAGE]: publicMessage,
  [NotificationKind.QUALIFICATION_EXPIRING]: qualificationExpiring,
  [NotificationKind.GROUP_ACTIVITY_INVITATION]: groupActivityInvitation,
  [NotificationKind.REFERRAL_RECEIVED]: referralReceived,
  [NotificationKind.REFERRAL_UPDATED]: referralUpdated,
  [NotificationKind.CARE_SERVICE_STALE]: careServiceStale,
  [NotificationKind.TRANSFER_PROPOSED]: transferProposed,
  [NotificationKind.TRANSFER_ANSWERED]: transferAnswered,
  [NotificationKind.CASE_TRANSFERRED]: caseTransferred,
  [NotificationKind.HANDOVER_OVERLAP]: handoverOverlap,
};

export function render<K extends NotificationKind>(kind: K, locale: string, params: TemplateParams[K], context: Context): Rendered {
  const template = TEMPLATES[kind] as Template<K>;
  return template(locale === "en" ? "en" : "nl", params, context);
}
