import type { Actor } from "../../server/src/domain/access";
import {
  canSeeReferral,
  consentProblem,
  referralSharedFor,
  referralSides,
  needsReroutingAfterMove,
  nextReferralState,
  referralNoteProblem,
  referralTransitionRefusal,
  servesMunicipality,
  ReferralAction as A,
  ReferralState as S,
  type ReferralSide,
} from "../../server/src/domain/referrals";

const SERVICE: ReferralSide[] = ["SERVICE"];
const REFERRER: ReferralSide[] = ["REFERRER"];
const BOTH: ReferralSide[] = ["REFERRER", "SERVICE"];

describe("the referral state machine", () => {
  test.each<[S, A, ReferralSide[], string | null]>([
    // the service answers a sent referral
    [S.SENT, A.ACCEPT, SERVICE, null],
    [S.SENT, A.DECLINE, SERVICE, null],
    [S.SENT, A.MAKE_APPOINTMENT, SERVICE, "REFERRAL_TRANSITION_NOT_ALLOWED"],
    [S.SENT, A.PLACE_ON_WAITING_LIST, SERVICE, "REFERRAL_TRANSITION_NOT_ALLOWED"],
    [S.SENT, A.COMPLETE, SERVICE, "REFERRAL_TRANSITION_NOT_ALLOWED"],
    [S.SENT, A.WITHDRAW, REFERRER, null],
    // accepted: an appointment or the waiting list
    [S.ACCEPTED, A.MAKE_APPOINTMENT, SERVICE, null],
    [S.ACCEPTED, A.PLACE_ON_WAITING_LIST, SERVICE, null],
    [S.ACCEPTED, A.ACCEPT, SERVICE, "REFERRAL_TRANSITION_NOT_ALLOWED"],
    [S.ACCEPTED, A.DECLINE, SERVICE, "REFERRAL_TRANSITION_NOT_ALLOWED"],
    [S.ACCEPTED, A.COMPLETE, SERVICE, "REFERRAL_TRANSITION_NOT_ALLOWED"],
    [S.ACCEPTED, A.WITHDRAW, REFERRER, null],
    // from the waiting list to an appointment, never back
    [S.WAITING_LIST, A.MAKE_APPOINTMENT, SERVICE, null],
    [S.WAITING_LIST, A.PLACE_ON_WAITING_LIST, SERVICE, "REFERRAL_TRANSITION_NOT_ALLOWED"],
    [S.WAITING_LIST, A.COMPLETE, SERVICE, "REFERRAL_TRANSITION_NOT_ALLOWED"],
    [S.WAITING_LIST, A.WITHDRAW, REFERRER, null],
    // an appointment completes
    [S.APPOINTMENT_MADE, A.COMPLETE, SERVICE, null],
    [S.APPOINTMENT_MADE, A.PLACE_ON_WAITING_LIST, SERVICE, "REFERRAL_TRANSITION_NOT_ALLOWED"],
    [S.APPOINTMENT_MADE, A.WITHDRAW, REFERRER, null],
    // the ends are ends
    ...[S.DECLINED, S.COMPLETED, S.WITHDRAWN].flatMap((end): [S, A, ReferralSide[], string | null][] =>
      Object.values(A).map((action) => [end, action, BOTH, "REFERRAL_TRANSITION_NOT_ALLOWED"]),
    ),
    // the wrong side, whatever the state
    [S.SENT, A.ACCEPT, REFERRER, "REFERRAL_SERVICE_ONLY"],
    [S.SENT, A.DECLINE, REFERRER, "REFERRAL_SERVICE_ONLY"],
    [S.APPOINTMENT_MADE, A.COMPLETE, REFERRER, "REFERRAL_SERVICE_ONLY"],
    [S.SENT, A.WITHDRAW, SERVICE, "REFERRAL_REFERRER_ONLY"],
    [S.COMPLETED, A.WITHDRAW, SERVICE, "REFERRAL_REFERRER_ONLY"],
    [S.SENT, A.ACCEPT, [], "REFERRAL_SERVICE_ONLY"],
    // an organisation that is both sides (it referred to its own service) may do both
    [S.SENT, A.ACCEPT, BOTH, null],
    [S.SENT, A.WITHDRAW, BOTH, null],
  ])("%s, %s by %j → %s", (state, action, sides, expected) => {
    expect(referralTransitionRefusal(state, action, sides)?.code ?? null).toBe(expected);
  });

  test("a refused transition names the state and the state it would have led to", () => {
    expect(referralTransitionRefusal(S.DECLINED, A.MAKE_APPOINTMENT, SERVICE)).toEqual({
      code: "REFERRAL_TRANSITION_NOT_ALLOWED",
      params: { state: "DECLINED", next: "APPOINTMENT_MADE" },
    });
  });

  test.each<[A, S]>([
    [A.ACCEPT, S.ACCEPTED],
    [A.DECLINE, S.DECLINED],
    [A.MAKE_APPOINTMENT, S.APPOINTMENT_MADE],
    [A.PLACE_ON_WAITING_LIST, S.WAITING_LIST],
    [A.COMPLETE, S.COMPLETED],
    [A.WITHDRAW, S.WITHDRAWN],
  ])("%s leads to %s", (action, state) => expect(nextReferralState(action)).toBe(state));
});

describe("the short note", () => {
  test.each<[string, string | null]>([
    ["", null],
    ["Intake op dinsdag, tolk geregeld", null],
    ["Call back next week", null],
    ["x".repeat(200), null],
    ["x".repeat(201), "TEXT_TOO_LONG"],
    ["Eerste regel\ntweede regel", "REFERRAL_NOTE_NOT_SHORT"],
    ["Mail naar amina@example.org", "REFERRAL_NOTE_IDENTIFIER:EMAIL"],
    ["Bel 06-12345678", "REFERRAL_NOTE_IDENTIFIER:PHONE"],
    ["Geboren 12-03-1990", "REFERRAL_NOTE_IDENTIFIER:DATE"],
    ["V-nummer 1234567890", "REFERRAL_NOTE_IDENTIFIER:V_NUMBER"],
    ["BSN 123456782", "REFERRAL_NOTE_IDENTIFIER:BSN"],
  ])("%j → %s", (note, expected) => {
    const problem = referralNoteProblem(note);
    const kind = problem && "kind" in (problem.params as object) ? `:${(problem.params as { kind: string }).kind}` : "";
    expect(problem ? `${problem.code}${kind}` : null).toBe(expected);
  });
});

describe("consent", () => {
  test.each<[boolean, boolean, boolean, string | null]>([
    [true, true, true, null],
    [true, false, false, null],
    [false, true, false, null],
    [false, false, true, null],
    [false, false, false, "REFERRAL_CONSENT_EMPTY"],
  ])("municipality %s, language %s, topic %s → %s", (sharesMunicipality, sharesLanguage, sharesTopic, expected) => {
    expect(consentProblem({ sharesMunicipality, sharesLanguage, sharesTopic })?.code ?? null).toBe(expected);
  });
});

describe("where a service serves, and what a move leaves behind", () => {
  const local = { status: "ACTIVE", nationwide: false, municipalityCodes: ["GM0363", "GM0384"] };
  const national = { status: "ACTIVE", nationwide: true, municipalityCodes: [] };
  const closed = { ...local, status: "TEMPORARILY_CLOSED" };
  test.each<[string, typeof local, string, boolean]>([
    ["a local service in its area", local, "GM0363", true],
    ["a local service elsewhere", local, "GM0599", false],
    ["a national line anywhere", national, "GM0599", true],
    ["a closed service nowhere", closed, "GM0363", false],
  ])("%s", (_, service, municipality, expected) => expect(servesMunicipality(service, municipality)).toBe(expected));

  test.each<[S, typeof local, string, boolean]>([
    [S.SENT, local, "GM0599", true],
    [S.ACCEPTED, local, "GM0599", true],
    [S.WAITING_LIST, local, "GM0599", true],
    [S.APPOINTMENT_MADE, local, "GM0599", true],
    [S.SENT, local, "GM0384", false],
    [S.SENT, national, "GM0599", false],
    [S.COMPLETED, local, "GM0599", false],
    [S.DECLINED, local, "GM0599", false],
    [S.WITHDRAWN, local, "GM0599", false],
  ])("%s to %j after a move to %s → flagged %s", (state, service, to, expected) => expect(needsReroutingAfterMove(state, service, to)).toBe(expected));
});

describe("who reaches a referral, and for which side", () => {
  const facts = { keyPersonId: 7, referringOrganisationId: 1, serviceOrganisationId: 2, municipalityCodes: ["GM0363", "GM0599"] };
  const actor = (role: Actor["role"], change: Partial<Actor> = {}): Actor => ({
    userId: 1,
    role,
    keyPersonId: null,
    organisationId: null,
    municipalityCodes: [],
    ...change,
  });
  test.each<[string, Actor, ReferralSide[], boolean]>([
    ["the key person of the assignment", actor("KEY_PERSON", { keyPersonId: 7 }), ["REFERRER"], true],
    ["another key person", actor("KEY_PERSON", { keyPersonId: 8 }), [], false],
    ["the requesting organisation", actor("ORGANISATION", { organisationId: 1 }), ["REFERRER"], true],
    ["the service's organisation", actor("ORGANISATION", { organisationId: 2 }), ["SERVICE"], true],
    ["another organisation", actor("ORGANISATION", { organisationId: 3 }), [], false],
    ["the national coordinator", actor("COORDINATOR"), [], true],
    ["a regional coordinator of the old place", actor("REGIONAL_COORDINATOR", { municipalityCodes: ["GM0363"] }), [], true],
    ["a regional coordinator of the new place", actor("REGIONAL_COORDINATOR", { municipalityCodes: ["GM0599"] }), [], true],
    ["a regional coordinator elsewhere", actor("REGIONAL_COORDINATOR", { municipalityCodes: ["GM0014"] }), [], false],
  ])("%s", (_, who, sides, sees) => {
    expect(referralSides(who, facts)).toEqual(sides);
    expect(canSeeReferral(who, facts)).toBe(sees);
  });

  test("an organisation referring to its own service is both sides", () => {
    expect(referralSides(actor("ORGANISATION", { organisationId: 1 }), { ...facts, serviceOrganisationId: 1 })).toEqual(["REFERRER", "SERVICE"]);
  });

  test("the service reads only what was shared; the referrer and coordinators all", () => {
    const consent = { sharesMunicipality: true, sharesLanguage: false, sharesTopic: false };
    const all = { sharesMunicipality: true, sharesLanguage: true, sharesTopic: true };
    expect(referralSharedFor(["SERVICE"], actor("ORGANISATION", { organisationId: 2 }), consent)).toEqual(consent);
    expect(referralSharedFor(["REFERRER"], actor("KEY_PERSON", { keyPersonId: 7 }), consent)).toEqual(all);
    expect(referralSharedFor([], actor("COORDINATOR"), consent)).toEqual(all);
  });
});
