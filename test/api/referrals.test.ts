// Referrals (issue 18; docs/domain.md, "Referrals"): a key person or the requesting
// organisation refers the newcomer of an ACTIVE assignment to a care service near their
// current place, with consent; the service's organisation answers, the referrer may
// withdraw; after a move open referrals are flagged and routed again. Real GraphQL over
// HTTP, real PostgreSQL; the services are rows as the services feature stores them.
import { gql, ok } from "../support/graphql";
import {
  AMSTERDAM,
  GRONINGEN,
  away,
  failure,
  MatchingWorld,
  refusedUnchanged,
  startMatchingSuite,
  type KeyPerson,
  type Organisation,
} from "../support/matching-fixtures";
import type { TestServer } from "../support/server";

jest.setTimeout(60_000);

let server: TestServer, world: MatchingWorld, org: Organisation, serviceOrg: Organisation, otherOrg: Organisation;
let holder: KeyPerson, assignmentId: string, requestId: string, lang: string;
/** Services: near the Dam, in Groningen, a national line, and one of the other organisation at the Dam. */
const svc = { dam: "", groningen: "", national: "", other: "" };

async function careService(
  organisationId: string,
  name: string,
  spec: { areas?: string[]; at?: { lat: number; lon: number }; nationwide?: boolean; topics?: string[]; languages?: string[] },
) {
  const [{ id }] = await server.dataSource.query(
    `INSERT INTO care_service (organisation_id, name, status, topics, nationwide, interpreters_available) VALUES ($1, $2, 'ACTIVE', $3, $4, false) RETURNING id`,
    [Number(organisationId), name, spec.topics ?? [], spec.nationwide ?? false],
  );
  for (const code of spec.areas ?? [])
    await server.dataSource.query(`INSERT INTO care_service_area (service_id, municipality_code) VALUES ($1, $2)`, [id, code]);
  for (const code of spec.languages ?? [])
    await server.dataSource.query(`INSERT INTO care_service_language (service_id, language_code) VALUES ($1, $2)`, [id, code]);
  if (spec.at)
    await server.dataSource.query(
      `INSERT INTO care_service_location (service_id, address, postal_code, city, municipality_code, lat, lon) VALUES ($1, 'Straat 1', '1000 AA', 'Stad', $2, $3, $4)`,
      [id, spec.areas?.[0] ?? "GM0363", spec.at.lat, spec.at.lon],
    );
  return id as string;
}

const FIELDS = `id state needsRerouting sharesMunicipality sharesLanguage sharesTopic note declineReason declineNote mySides caseReference requestId reroutedFromId reroutedToId
  sentAt acceptedAt declinedAt appointmentMadeAt waitingListAt completedAt withdrawnAt
  topic { code } municipality { code } language { code } careService { id name } referringOrganisation { id } serviceOrganisation { id }
  events { fromState state action side note }`;
const CREATE = `mutation($input: ReferralInput!) { createReferral(input: $input) { ${FIELDS} } }`;
const ACT = `mutation($input: ReferralActionInput!) { actOnReferral(input: $input) { ${FIELDS} } }`;
const REROUTE = `mutation($id: ID!, $input: RerouteReferralInput!) { rerouteReferral(id: $id, input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { referral(id: $id) { ${FIELDS} } }`;
const LIST = `query($filter: ReferralFilter) { referrals(filter: $filter, perPage: 100) { total items { id state needsRerouting } } }`;
const OPTIONS = `query($a: ID!, $f: ReferralServiceFilter) { referralServiceOptions(assignmentId: $a, filter: $f) { service { id name } distanceKm speaksLanguage offersTopic organisation { id } } }`;

const input = (change: Record<string, unknown> = {}) => ({
  assignmentId,
  careServiceId: svc.dam,
  topic: "SEXUAL_VIOLENCE",
  languageCode: lang,
  consentGiven: true,
  sharesMunicipality: true,
  sharesLanguage: true,
  sharesTopic: false,
  note: "Liefst een vrouwelijke hulpverlener",
  ...change,
});
const create = async (token: string, change: Record<string, unknown> = {}) => (await ok(server.url, CREATE, { input: input(change) }, token)).createReferral;
const act = async (token: string, id: string, action: string, extra: Record<string, unknown> = {}) =>
  (await ok(server.url, ACT, { input: { id, action, ...extra } }, token)).actOnReferral;
const actRaw = (token: string, id: string, action: string, extra: Record<string, unknown> = {}) =>
  gql(server.url, ACT, { input: { id, action, ...extra } }, token);
const outbox = async (kind: string, referralId: string): Promise<number[]> =>
  (
    await server.dataSource.query(`SELECT user_id FROM notification WHERE kind = $1 AND dedupe_key LIKE $2 ORDER BY user_id`, [
      kind,
      `referral:${referralId}:%`,
    ])
  ).map((row: { user_id: number }) => row.user_id);
const failureOr = (response: { data?: any; errors?: unknown[] }) => {
  expect(response.errors).toBeUndefined();
  return response.data;
};
const userIdOf = async (email: string): Promise<number> =>
  (await server.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [email.toLowerCase()]))[0].id;

beforeAll(async () => {
  ({ server, world, org, otherOrg } = await startMatchingSuite(["AZC Amsterdam", "Derde organisatie"]));
  serviceOrg = await world.organisation("Centrum Hulp", "GM0344");
  lang = world.language();
  holder = await world.keyPerson({ languages: [lang], at: AMSTERDAM, maxTravelKm: 25, login: true });
  const request = await world.request(org, { languageCodes: [lang], hoursPerWeek: 2 });
  requestId = request.id;
  assignmentId = (await world.activeAssignment(org, request.id, holder)).id;
  svc.dam = await careService(serviceOrg.id, "Hulp aan de Dam", {
    areas: ["GM0363"],
    at: away(AMSTERDAM, 2),
    topics: ["SEXUAL_VIOLENCE", "MENTAL_HEALTH"],
    languages: [lang],
  });
  svc.groningen = await careService(serviceOrg.id, "Hulp Groningen", { areas: ["GM0014"], at: GRONINGEN, topics: ["SEXUAL_VIOLENCE"] });
  svc.national = await careService(serviceOrg.id, "Landelijke lijn", { nationwide: true, topics: [] });
  svc.other = await careService(otherOrg.id, "Ander aanbod", { areas: ["GM0363"], at: away(AMSTERDAM, 8), topics: ["MENTAL_HEALTH"] });
});
afterAll(async () => {
  await server?.stop();
});

test("the key person finds the services near the newcomer's current place: nearest first, by topic and language", async () => {
  const all = (await ok(server.url, OPTIONS, { a: assignmentId }, holder.token)).referralServiceOptions;
  expect(all.map((o: { service: { id: string } }) => o.service.id)).toEqual([svc.dam, svc.other, svc.national]);
  expect(all.map((o: { distanceKm: number | null }) => o.distanceKm)).toEqual([2, 8, null]);
  expect(all[0].organisation.id).toBe(serviceOrg.id);
  const byTopic = (await ok(server.url, OPTIONS, { a: assignmentId, f: { topic: "SEXUAL_VIOLENCE" } }, holder.token)).referralServiceOptions;
  expect(byTopic.map((o: { service: { id: string } }) => o.service.id)).toEqual([svc.dam]);
  const byLanguage = (await ok(server.url, OPTIONS, { a: assignmentId, f: { languageCode: lang } }, org.token)).referralServiceOptions;
  expect(byLanguage.map((o: { service: { id: string } }) => o.service.id)).toEqual([svc.dam]);
  // Another organisation does not reach the assignment at all.
  expect(failure(await gql(server.url, OPTIONS, { a: assignmentId }, otherOrg.token)).reason).toBe("RECORD_NOT_FOUND");
});

test("refused referrals change nothing: no consent, nothing shared, an identifier in the note, a service elsewhere, another organisation", async () => {
  const refused = (token: string, change: Record<string, unknown>) => refusedUnchanged(server, () => gql(server.url, CREATE, { input: input(change) }, token));
  expect(await refused(holder.token, { consentGiven: false })).toMatchObject({ reason: "REFERRAL_CONSENT_REQUIRED", field: "consentGiven" });
  expect((await refused(holder.token, { sharesMunicipality: false, sharesLanguage: false, sharesTopic: false })).reason).toBe("REFERRAL_CONSENT_EMPTY");
  expect(await refused(holder.token, { note: "Bel haar op 06-12345678" })).toMatchObject({ reason: "REFERRAL_NOTE_IDENTIFIER", params: { kind: "PHONE" } });
  expect((await refused(holder.token, { note: "Eerste regel\nen dan haar verhaal" })).reason).toBe("REFERRAL_NOTE_NOT_SHORT");
  expect((await refused(holder.token, { careServiceId: svc.groningen })).reason).toBe("REFERRAL_SERVICE_NOT_HERE");
  expect((await refused(holder.token, { careServiceId: svc.other })).reason).toBe("REFERRAL_TOPIC_NOT_OFFERED");
  expect(await refused(holder.token, { topic: "NO_SUCH_TOPIC" })).toMatchObject({ reason: "UNKNOWN_CODE", field: "topic" });
  expect((await refused(otherOrg.token, {})).reason).toBe("RECORD_NOT_FOUND");
  expect((await refused(serviceOrg.token, {})).reason).toBe("RECORD_NOT_FOUND");
  expect((await refused(world.coordinator, {})).reason).toBe("ROLE_NOT_ALLOWED");
});

test("a referral walks SENT → ACCEPTED → WAITING_LIST → APPOINTMENT_MADE → COMPLETED, each side acting for itself, both notified", async () => {
  const sent = await create(holder.token);
  expect(sent).toMatchObject({ state: "SENT", mySides: ["REFERRER"], caseReference: expect.any(String), topic: { code: "SEXUAL_VIOLENCE" } });
  expect(sent.events).toEqual([{ fromState: null, state: "SENT", action: "SENT", side: "REFERRER", note: "Liefst een vrouwelijke hulpverlener" }]);
  const [consent] = await server.dataSource.query(`SELECT consent_recorded_by_user_id, consent_at, created_by_user_id FROM referral WHERE id = $1`, [sent.id]);
  expect(consent.consent_recorded_by_user_id).toBe(await userIdOf(holder.email));
  expect(consent.consent_at).not.toBeNull();
  expect(await outbox("REFERRAL_RECEIVED", sent.id)).toEqual([await userIdOf(serviceOrg.email)]);

  // The service reads only what was shared: no topic (not shared), no case reference, no request.
  const seen = (await ok(server.url, GET, { id: sent.id }, serviceOrg.token)).referral;
  expect(seen).toMatchObject({
    mySides: ["SERVICE"],
    topic: null,
    caseReference: null,
    requestId: null,
    municipality: { code: "GM0363" },
    language: { code: lang },
  });
  const incoming = (await ok(server.url, LIST, { filter: { direction: "INCOMING" } }, serviceOrg.token)).referrals;
  expect(incoming.items.map((r: { id: string }) => r.id)).toContain(sent.id);
  expect((await ok(server.url, LIST, { filter: { direction: "OUTGOING" } }, serviceOrg.token)).referrals.total).toBe(0);

  // The wrong side, an illegal transition, another organisation: refused, nothing changes.
  expect(await refusedUnchanged(server, () => actRaw(holder.token, sent.id, "ACCEPT"))).toMatchObject({ code: "FORBIDDEN", reason: "REFERRAL_SERVICE_ONLY" });
  expect(await refusedUnchanged(server, () => actRaw(serviceOrg.token, sent.id, "WITHDRAW"))).toMatchObject({ reason: "REFERRAL_REFERRER_ONLY" });
  expect(await refusedUnchanged(server, () => actRaw(serviceOrg.token, sent.id, "MAKE_APPOINTMENT"))).toMatchObject({
    code: "CONFLICT",
    reason: "REFERRAL_TRANSITION_NOT_ALLOWED",
    params: { state: "SENT", next: "APPOINTMENT_MADE" },
  });
  expect((await refusedUnchanged(server, () => actRaw(otherOrg.token, sent.id, "ACCEPT"))).reason).toBe("RECORD_NOT_FOUND");
  expect(failure(await gql(server.url, GET, { id: sent.id }, otherOrg.token)).reason).toBe("RECORD_NOT_FOUND");
  expect((await refusedUnchanged(server, () => actRaw(serviceOrg.token, sent.id, "ACCEPT", { note: "geboren 12-03-1990" }))).reason).toBe(
    "REFERRAL_NOTE_IDENTIFIER",
  );

  const accepted = await act(serviceOrg.token, sent.id, "ACCEPT", { note: "Intake volgt" });
  expect(accepted).toMatchObject({ state: "ACCEPTED", acceptedAt: expect.any(String) });
  const referrerUsers = [await userIdOf(org.email), await userIdOf(holder.email)].sort((a, b) => a - b);
  expect(await outbox("REFERRAL_UPDATED", sent.id)).toEqual(referrerUsers);
  expect((await act(serviceOrg.token, sent.id, "PLACE_ON_WAITING_LIST")).state).toBe("WAITING_LIST");
  expect((await refusedUnchanged(server, () => actRaw(serviceOrg.token, sent.id, "COMPLETE"))).reason).toBe("REFERRAL_TRANSITION_NOT_ALLOWED");
  expect((await act(serviceOrg.token, sent.id, "MAKE_APPOINTMENT")).state).toBe("APPOINTMENT_MADE");
  const done = await act(serviceOrg.token, sent.id, "COMPLETE");
  expect(done).toMatchObject({ state: "COMPLETED", completedAt: expect.any(String), waitingListAt: expect.any(String), appointmentMadeAt: expect.any(String) });
  expect(done.events.map((e: { state: string; side: string }) => `${e.side}:${e.state}`)).toEqual([
    "REFERRER:SENT",
    "SERVICE:ACCEPTED",
    "SERVICE:WAITING_LIST",
    "SERVICE:APPOINTMENT_MADE",
    "SERVICE:COMPLETED",
  ]);
  // A completed referral is an end.
  expect((await refusedUnchanged(server, () => actRaw(holder.token, sent.id, "WITHDRAW"))).params).toEqual({ state: "COMPLETED", next: "WITHDRAWN" });
  const audited = await server.dataSource.query(`SELECT action FROM audit_log WHERE entity_type = 'Referral' AND entity_id = $1 ORDER BY id`, [sent.id]);
  expect(audited.map((row: { action: string }) => row.action)).toEqual([
    "createReferral",
    // the other organisation's attempt, recorded as a refusal on someone else's record
    "refusedActOnReferral",
    "actOnReferral",
    "actOnReferral",
    "actOnReferral",
    "actOnReferral",
  ]);
});

test("the service declines with a reason code and a short note; the requesting organisation withdraws another", async () => {
  const sent = await create(org.token, { careServiceId: svc.national, topic: "MENTAL_HEALTH", sharesTopic: true });
  expect(sent.mySides).toEqual(["REFERRER"]);
  expect(await refusedUnchanged(server, () => actRaw(serviceOrg.token, sent.id, "DECLINE"))).toMatchObject({
    reason: "VALUE_REQUIRED",
    field: "declineReason",
  });
  const declined = await act(serviceOrg.token, sent.id, "DECLINE", { declineReason: "NO_CAPACITY", note: "Vol tot de zomer" });
  expect(declined).toMatchObject({ state: "DECLINED", declineReason: "NO_CAPACITY", declineNote: "Vol tot de zomer", declinedAt: expect.any(String) });
  expect((await refusedUnchanged(server, () => actRaw(serviceOrg.token, sent.id, "ACCEPT"))).params).toEqual({ state: "DECLINED", next: "ACCEPTED" });

  const again = await create(org.token, { careServiceId: svc.national, topic: "MENTAL_HEALTH" });
  expect(
    (await refusedUnchanged(server, () => gql(server.url, CREATE, { input: input({ careServiceId: svc.national, topic: "MENTAL_HEALTH" }) }, holder.token)))
      .reason,
  ).toBe("REFERRAL_ALREADY_OPEN");
  const withdrawn = await act(org.token, again.id, "WITHDRAW", { note: "Niet meer nodig" });
  expect(withdrawn).toMatchObject({ state: "WITHDRAWN", withdrawnAt: expect.any(String) });
  expect(await outbox("REFERRAL_UPDATED", again.id)).toEqual([await userIdOf(serviceOrg.email)]);
});

test("after a move open referrals to a service that does not serve the new place are flagged, and routed again there", async () => {
  const local = await create(holder.token, { sharesTopic: true });
  await act(serviceOrg.token, local.id, "ACCEPT");
  const line = await create(holder.token, { careServiceId: svc.national });
  expect(
    (
      await refusedUnchanged(server, () =>
        gql(
          server.url,
          REROUTE,
          { id: local.id, input: { careServiceId: svc.groningen, consentGiven: true, sharesMunicipality: true, sharesLanguage: false, sharesTopic: true } },
          holder.token,
        ),
      )
    ).reason,
  ).toBe("REFERRAL_NOT_FLAGGED");

  await ok(
    server.url,
    `mutation($id: ID!, $l: GeoPointInput!) { relocateNewcomer(requestId: $id, location: $l) { id } }`,
    { id: requestId, l: GRONINGEN },
    org.token,
  );
  const flagged = (await ok(server.url, GET, { id: local.id }, holder.token)).referral;
  expect(flagged).toMatchObject({ state: "ACCEPTED", needsRerouting: true });
  expect(flagged.events.at(-1)).toMatchObject({ action: "FLAGGED_AFTER_MOVE", side: "SYSTEM" });
  expect((await ok(server.url, GET, { id: line.id }, holder.token)).referral.needsRerouting).toBe(false);
  const toRoute = (await ok(server.url, LIST, { filter: { needsRerouting: true } }, org.token)).referrals;
  expect(toRoute.items.map((r: { id: string }) => r.id)).toEqual([local.id]);
  const [audit] = await server.dataSource.query(`SELECT detail FROM audit_log WHERE action = 'relocateNewcomer' AND entity_id = $1`, [requestId]);
  expect(audit.detail.referralsToReroute).toBe(1);
  expect((await server.dataSource.query(`SELECT 1 FROM notification WHERE dedupe_key LIKE $1`, [`referral:${local.id}:flagged:%`])).length).toBe(2);

  // The picker now lists the services at the new place.
  const options = (await ok(server.url, OPTIONS, { a: assignmentId, f: { topic: "SEXUAL_VIOLENCE" } }, holder.token)).referralServiceOptions;
  expect(options.map((o: { service: { id: string } }) => o.service.id)).toEqual([svc.groningen]);
  // Only the referring side re-routes, and only to a service there.
  const reroute = (token: string, careServiceId: string) =>
    gql(
      server.url,
      REROUTE,
      { id: local.id, input: { careServiceId, consentGiven: true, sharesMunicipality: true, sharesLanguage: false, sharesTopic: true } },
      token,
    );
  expect((await refusedUnchanged(server, () => reroute(serviceOrg.token, svc.groningen))).reason).toBe("REFERRAL_REFERRER_ONLY");
  expect((await refusedUnchanged(server, () => reroute(holder.token, svc.dam))).reason).toBe("REFERRAL_SERVICE_NOT_HERE");
  const rerouted = failureOr(await reroute(holder.token, svc.groningen)).rerouteReferral;
  expect(rerouted).toMatchObject({
    state: "SENT",
    needsRerouting: false,
    reroutedFromId: local.id,
    municipality: { code: "GM0014" },
    careService: { id: svc.groningen },
  });
  const old = (await ok(server.url, GET, { id: local.id }, holder.token)).referral;
  expect(old).toMatchObject({ state: "WITHDRAWN", needsRerouting: false, reroutedToId: rerouted.id });
  expect(old.events.at(-1)).toMatchObject({ action: "REROUTED", state: "WITHDRAWN", side: "REFERRER" });
  expect((await ok(server.url, LIST, { filter: { needsRerouting: true } }, org.token)).referrals.total).toBe(0);
});

test("who sees which referrals: the key person theirs, organisations made or received, regional coordinators their region, the coordinator all", async () => {
  const total = async (token: string) => (await ok(server.url, LIST, {}, token)).referrals.total;
  const all = await total(world.coordinator);
  expect(all).toBeGreaterThanOrEqual(5);
  expect(await total(holder.token)).toBe(all); // every referral here is on their assignment
  expect(await total(org.token)).toBe(all);
  expect(await total(serviceOrg.token)).toBe(all);
  expect(await total(otherOrg.token)).toBe(0);
  // Amsterdam's sees those made while the newcomer lived there; Groningen's all, the newcomer living there now.
  expect(await total(await world.regionalCoordinator(["GM0363"]))).toBe(all - 1);
  expect(await total(await world.regionalCoordinator(["GM0014"]))).toBe(all);
  expect(await total(await world.regionalCoordinator(["GM0599"]))).toBe(0);
  const other = await world.keyPerson({ languages: [lang], at: AMSTERDAM, login: true });
  expect(await total(other.token)).toBe(0);
});

test("the coordinators' dashboard counts referrals by state, topic and service, with the median waiting times, scoped", async () => {
  const DASHBOARD = `{ oversightDashboard { referrals { total needsRerouting byState { key count } byTopic { key count } byService { key label count } medianDaysToAccept medianDaysToAppointment } } }`;
  const national = (await ok(server.url, DASHBOARD, {}, world.coordinator)).oversightDashboard.referrals;
  const count = (rows: { key: string; count: number }[], key: string) => rows.find((row) => row.key === key)?.count ?? 0;
  expect(count(national.byState, "COMPLETED")).toBe(1);
  expect(count(national.byState, "DECLINED")).toBe(1);
  expect(count(national.byTopic, "MENTAL_HEALTH")).toBe(2);
  expect(national.byService.find((row: { key: string }) => row.key === svc.dam)).toMatchObject({ label: "Hulp aan de Dam" });
  expect(national.byState.reduce((sum: number, row: { count: number }) => sum + row.count, 0)).toBe(national.total);
  expect(national.medianDaysToAccept).toEqual(expect.any(Number));
  expect(national.medianDaysToAppointment).toEqual(expect.any(Number));
  const elsewhere = (await ok(server.url, DASHBOARD, {}, await world.regionalCoordinator(["GM0599"]))).oversightDashboard.referrals;
  expect(elsewhere).toMatchObject({ total: 0, byState: [], medianDaysToAccept: null });
});
