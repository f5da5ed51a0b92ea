// Group activities and affiliation (issue 17): creating one (validation, recurrence as an
// RRULE), inviting key persons by region, language or expertise within the organiser's
// scope (an e-mail each), answers with the capacity respected, attendance writing
// supervision sessions and granting a training's qualification, and the organisation that
// supervises a key person seeing their supervision, while another organisation sees nothing.
import { ManualClock } from "../../server/src/clock";
import { MatchingWorld, UTRECHT, failure, refusedUnchanged, type KeyPerson, type Organisation } from "../support/matching-fixtures";
import { gql, ok, type GraphQLResponse } from "../support/graphql";
import { startTestServer, type TestServer } from "../support/server";

jest.setTimeout(120_000);

// "Today" is Monday 16 June 2025, 12:00 in Amsterdam; activities are planned this afternoon.
const clock = new ManualClock(new Date("2025-06-16T10:00:00Z"));
const AFTERNOON = { startsAt: "2025-06-16T12:00:00Z", endsAt: "2025-06-16T14:00:00Z" };
const AFTER_IT = new Date("2025-06-16T14:30:00Z");

const ACTIVITY = `id kind title startsAt endsAt capacity location { lat lon } onlineUrl recurrence seriesId qualificationCode canManage placesLeft
  counts { invited attending notAttending attended } organisation { id }`;
const CREATE = `mutation($i: GroupActivityInput!) { createGroupActivity(input: $i) { ${ACTIVITY} } }`;
const INVITE = `mutation($a: ID!, $i: GroupInviteInput!) { inviteToGroupActivity(activityId: $a, input: $i) { invited alreadyInvited activity { id } } }`;
const RESPOND = `mutation($a: ID!, $answer: GroupActivityAnswer!) { respondToGroupActivity(activityId: $a, answer: $answer) { id answer } }`;
const ATTEND = `mutation($a: ID!, $k: [ID!]!) { recordAttendance(activityId: $a, keyPersonIds: $k) { id counts { attended } } }`;
const GET = `query($id: ID!) { groupActivity(id: $id) { ${ACTIVITY} invitations { keyPerson { id } answer attended } } }`;
const AFFILIATE = `mutation($i: AffiliationInput!) { addAffiliation(input: $i) { id startsOn endsOn responsibleForSupervision organisation { id } } }`;

let server: TestServer, world: MatchingWorld, orgA: Organisation, orgB: Organisation;

beforeAll(async () => {
  server = await startTestServer({ clock });
  world = await MatchingWorld.create(server);
  world.language(); // "tir", every key person's language by default: the tests that filter by language take the next ones
  [orgA, orgB] = [await world.organisation("Regioteam Noord"), await world.organisation("GGD Zuid", "GM0344")];
});
afterAll(async () => {
  await server?.stop();
});

const input = (overrides: Record<string, unknown> = {}) => ({
  kind: "INTERVISION",
  title: "Intervisie Amsterdam",
  ...AFTERNOON,
  capacity: 10,
  location: { lat: 52.3731, lon: 4.8926 },
  ...overrides,
});
const createRaw = (token: string, overrides: Record<string, unknown> = {}) => gql(world.url, CREATE, { i: input(overrides) }, token);
const create = async (token: string, overrides: Record<string, unknown> = {}) =>
  (await ok(world.url, CREATE, { i: input(overrides) }, token)).createGroupActivity;
const invite = async (token: string, activityId: string, filter: Record<string, unknown>) =>
  (await ok(world.url, INVITE, { a: activityId, i: filter }, token)).inviteToGroupActivity as { invited: number; alreadyInvited: number };
const respondRaw = (kp: KeyPerson, activityId: string, answer: string): Promise<GraphQLResponse> =>
  gql(world.url, RESPOND, { a: activityId, answer }, kp.token);
const refused = (run: () => Promise<GraphQLResponse>) => refusedUnchanged(server, run);
const affiliate = async (kp: KeyPerson, org: Organisation, responsible = true, startsOn = "2025-01-01") =>
  (await ok(world.url, AFFILIATE, { i: { keyPersonId: kp.id, organisationId: org.id, startsOn, responsibleForSupervision: responsible } }, world.coordinator))
    .addAffiliation;
const invitedIds = async (token: string, activityId: string) =>
  ((await ok(world.url, GET, { id: activityId }, token)).groupActivity.invitations as { keyPerson: { id: string } }[]).map((i) => i.keyPerson.id).sort();

describe("creating a group activity", () => {
  test("a coordinator creates an intervision with a place and an online address", async () => {
    const activity = await create(world.coordinator, { onlineUrl: "https://meet.example.org/intervisie" });
    expect(activity).toMatchObject({
      kind: "INTERVISION",
      title: "Intervisie Amsterdam",
      capacity: 10,
      location: { lat: 52.3731, lon: 4.8926 },
      onlineUrl: "https://meet.example.org/intervisie",
      recurrence: null,
      seriesId: null,
      organisation: null,
      canManage: true,
      placesLeft: 10,
      counts: { invited: 0, attending: 0, notAttending: 0, attended: 0 },
    });
  });

  test("a recurrence (RRULE) makes one activity per occurrence, the later ones pointing to the first", async () => {
    const first = await create(world.coordinator, { title: "Intervisie om de week", recurrence: "FREQ=WEEKLY;INTERVAL=2;COUNT=4" });
    expect(first.recurrence).toBe("FREQ=WEEKLY;INTERVAL=2;COUNT=4");
    const rows = await server.dataSource.query(`SELECT id, series_id, starts_at FROM group_activity WHERE id = $1 OR series_id = $1 ORDER BY starts_at`, [
      first.id,
    ]);
    expect(rows).toHaveLength(4);
    expect(rows.slice(1).every((row: { series_id: number }) => String(row.series_id) === first.id)).toBe(true);
    // Every two weeks at the same hour.
    const gaps = rows.slice(1).map((row: { starts_at: Date }, i: number) => (row.starts_at.getTime() - rows[i].starts_at.getTime()) / 86_400_000);
    expect(gaps).toEqual([14, 14, 14]);
  });

  test.each([
    ["an empty title", { title: "  " }, "VALUE_REQUIRED", "title"],
    ["an end before the start", { endsAt: "2025-06-16T11:00:00Z" }, "SLOT_ENDS_BEFORE_START", "endsAt"],
    ["a start in the past", { startsAt: "2025-06-16T09:00:00Z" }, "SLOT_IN_PAST", "startsAt"],
    ["no places", { capacity: 0 }, "NUMBER_OUT_OF_RANGE", "capacity"],
    ["neither a place nor an online address", { location: null }, "LOCATION_OR_ONLINE_REQUIRED", "location"],
    ["an online address that is no web address", { onlineUrl: "teams" }, "NOT_A_WEB_ADDRESS", "onlineUrl"],
    ["a qualification on an intervision", { qualificationCode: "SGBV_TRAINING" }, "QUALIFICATION_ONLY_FOR_TRAINING", "qualificationCode"],
    ["an unknown qualification", { kind: "TRAINING", qualificationCode: "NO_SUCH_TRAINING" }, "GROUP_QUALIFICATION_UNKNOWN", "qualificationCode"],
    ["a recurrence that is no RRULE", { recurrence: "every tuesday" }, "RECURRENCE_INVALID", "recurrence"],
    ["an hourly recurrence", { recurrence: "FREQ=HOURLY;COUNT=3" }, "RECURRENCE_INVALID", "recurrence"],
    ["a recurrence without an end", { recurrence: "FREQ=WEEKLY" }, "RECURRENCE_TOO_MANY", "recurrence"],
    ["a recurrence with too many occurrences", { recurrence: "FREQ=DAILY;COUNT=40" }, "RECURRENCE_TOO_MANY", "recurrence"],
  ])("%s is refused and changes nothing", async (_what, overrides, reason, field) => {
    expect(await refused(() => createRaw(world.coordinator, overrides))).toMatchObject({ code: "BAD_USER_INPUT", reason, field });
  });

  test("a key person may not; an organisation only once it supervises key persons", async () => {
    const kp = await world.keyPerson({ login: true });
    expect((await refused(() => createRaw(kp.token))).code).toBe("FORBIDDEN");
    expect(await refused(() => createRaw(orgB.token))).toMatchObject({ code: "FORBIDDEN", reason: "NOT_A_SUPERVISING_ORGANISATION" });
  });
});

describe("invitations", () => {
  test("by language, region or expertise: the active key persons matching, each with an e-mail", async () => {
    const language = world.language();
    const [speaker, utrechter, expert] = [
      await world.keyPerson({ name: "Spreekt", languages: [language] }),
      await world.keyPerson({ name: "Utrecht", at: UTRECHT, languages: ["tir"] }),
      await world.keyPerson({ name: "Expert", expertise: ["FGM"], languages: ["tir"] }),
    ];
    const activity = await create(world.coordinator);
    expect(await invite(world.coordinator, activity.id, { languageCodes: [language] })).toEqual({
      invited: 1,
      alreadyInvited: 0,
      activity: { id: activity.id },
    });
    expect(await invitedIds(world.coordinator, activity.id)).toEqual([speaker.id]);
    const byRegion = await invite(world.coordinator, activity.id, { municipalityCodes: ["GM0344"], languageCodes: ["tir"] });
    expect(byRegion.invited).toBe(1);
    const byExpertise = await invite(world.coordinator, activity.id, { expertiseCodes: ["FGM"], keyPersonIds: [expert.id, speaker.id] });
    expect(byExpertise).toMatchObject({ invited: 1, alreadyInvited: 0 });
    expect(await invitedIds(world.coordinator, activity.id)).toEqual([speaker.id, utrechter.id, expert.id].sort());
    // Inviting again sends nothing twice.
    expect(await invite(world.coordinator, activity.id, { languageCodes: [language] })).toMatchObject({ invited: 0, alreadyInvited: 1 });
    const mails = await server.dataSource.query(
      `SELECT u.key_person_id FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.kind = 'GROUP_ACTIVITY_INVITATION' AND n.dedupe_key = $1`,
      [`group-invitation:${activity.id}`],
    );
    expect(mails.map((m: { key_person_id: number }) => String(m.key_person_id)).sort()).toEqual([speaker.id, utrechter.id, expert.id].sort());
    const [mail] = await server.dataSource.query(
      `SELECT subject, body FROM notification WHERE kind = 'GROUP_ACTIVITY_INVITATION' AND dedupe_key = $1 LIMIT 1`,
      [`group-invitation:${activity.id}`],
    );
    expect(mail.subject).toContain("Intervisie Amsterdam");
  });

  test("without any filter, or with an unknown code, nothing is sent", async () => {
    const activity = await create(world.coordinator);
    expect(await refused(() => gql(world.url, INVITE, { a: activity.id, i: {} }, world.coordinator))).toMatchObject({ reason: "INVITE_FILTER_REQUIRED" });
    expect(await refused(() => gql(world.url, INVITE, { a: activity.id, i: { languageCodes: ["xx1"] } }, world.coordinator))).toMatchObject({
      reason: "UNKNOWN_CODE",
      field: "languageCodes",
    });
  });

  test("an organisation invites only the key persons affiliated with it, and runs only its own groups", async () => {
    const language = world.language();
    const [ours, theirs] = [await world.keyPerson({ languages: [language] }), await world.keyPerson({ languages: [language] })];
    await affiliate(ours, orgA);
    const activity = await create(orgA.token, { title: "Intervisie Regioteam Noord" });
    expect(activity.organisation).toEqual({ id: orgA.id });
    expect(await invite(orgA.token, activity.id, { languageCodes: [language] })).toMatchObject({ invited: 1 });
    expect(await invitedIds(orgA.token, activity.id)).toEqual([ours.id]);
    expect(theirs.id).not.toBe(ours.id);
    // Another organisation does not find it; the coordinators see it but do not run it.
    expect(failure(await gql(world.url, GET, { id: activity.id }, orgB.token)).code).toBe("NOT_FOUND");
    expect(await refused(() => gql(world.url, INVITE, { a: activity.id, i: { languageCodes: [language] } }, orgB.token))).toMatchObject({ code: "NOT_FOUND" });
    expect((await ok(world.url, GET, { id: activity.id }, world.coordinator)).groupActivity.canManage).toBe(false);
  });
});

describe("answers", () => {
  test("attending takes a place; when the places are gone the answer is refused clearly; not attending frees one", async () => {
    const language = world.language();
    const [a, b, c] = [
      await world.keyPerson({ languages: [language], login: true }),
      await world.keyPerson({ languages: [language], login: true }),
      await world.keyPerson({ languages: [language], login: true }),
    ];
    const activity = await create(world.coordinator, { capacity: 2 });
    await invite(world.coordinator, activity.id, { languageCodes: [language] });
    expect((await ok(world.url, RESPOND, { a: activity.id, answer: "ATTENDING" }, a.token)).respondToGroupActivity.answer).toBe("ATTENDING");
    await ok(world.url, RESPOND, { a: activity.id, answer: "ATTENDING" }, b.token);
    expect(await refused(() => respondRaw(c, activity.id, "ATTENDING"))).toMatchObject({
      code: "CONFLICT",
      reason: "GROUP_ACTIVITY_FULL",
      params: { capacity: 2 },
    });
    await ok(world.url, RESPOND, { a: activity.id, answer: "NOT_ATTENDING" }, b.token);
    await ok(world.url, RESPOND, { a: activity.id, answer: "ATTENDING" }, c.token);
    const read = (await ok(world.url, GET, { id: activity.id }, world.coordinator)).groupActivity;
    expect(read.counts).toEqual({ invited: 3, attending: 2, notAttending: 1, attended: 0 });
    expect(read.placesLeft).toBe(0);
    // The key person's own list.
    const mine = await ok(world.url, `{ myGroupInvitations { answer activity { id title } } }`, {}, c.token);
    expect(mine.myGroupInvitations).toContainEqual({ answer: "ATTENDING", activity: { id: activity.id, title: "Intervisie Amsterdam" } });
  });

  test("a key person who was not invited finds nothing to answer", async () => {
    const outsider = await world.keyPerson({ login: true });
    const activity = await create(world.coordinator);
    expect(await refused(() => respondRaw(outsider, activity.id, "ATTENDING"))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("attendance", () => {
  test("an intervision: the attendees' supervision becomes current without separate logging; their hours can be declared", async () => {
    const language = world.language();
    const [came, stayedAway] = [await world.keyPerson({ languages: [language], login: true }), await world.keyPerson({ languages: [language] })];
    const activity = await create(world.coordinator);
    await invite(world.coordinator, activity.id, { languageCodes: [language] });
    expect(await refused(() => gql(world.url, ATTEND, { a: activity.id, k: [came.id] }, world.coordinator))).toMatchObject({
      reason: "GROUP_ACTIVITY_NOT_BEGUN",
    });
    const status = `query($id: ID!) { keyPerson(id: $id) { supervisionStatus lastSupervisionOn } }`;
    expect((await ok(world.url, status, { id: came.id }, world.coordinator)).keyPerson.supervisionStatus).toBe("NEVER");
    clock.set(AFTER_IT);
    try {
      const outsider = await world.keyPerson();
      expect(await refused(() => gql(world.url, ATTEND, { a: activity.id, k: [came.id, outsider.id] }, world.coordinator))).toMatchObject({
        reason: "NOT_INVITED",
        params: { count: 1 },
      });
      expect((await ok(world.url, ATTEND, { a: activity.id, k: [came.id] }, world.coordinator)).recordAttendance.counts).toEqual({ attended: 1 });
      // Twice is once.
      await ok(world.url, ATTEND, { a: activity.id, k: [came.id] }, world.coordinator);
      expect((await ok(world.url, status, { id: came.id }, world.coordinator)).keyPerson).toEqual({
        supervisionStatus: "CURRENT",
        lastSupervisionOn: "2025-06-16",
      });
      expect((await ok(world.url, status, { id: stayedAway.id }, world.coordinator)).keyPerson.supervisionStatus).toBe("NEVER");
      const sessions = await ok(
        world.url,
        `query($id: ID!) { supervisionSessions(keyPersonId: $id) { kind date groupActivityId } }`,
        { id: came.id },
        came.token,
      );
      expect(sessions.supervisionSessions).toEqual([{ kind: "INTERVISION", date: "2025-06-16", groupActivityId: activity.id }]);
      // The declaration, prefilled from the activity, goes through declareOwnActivity.
      const past = await ok(
        world.url,
        `{ myGroupInvitations(upcoming: false) { activity { id } attended ownActivityDraft { activity date hours note } } }`,
        {},
        came.token,
      );
      const mine = past.myGroupInvitations.find((i: { activity: { id: string } }) => i.activity.id === activity.id);
      expect(mine).toMatchObject({ attended: true, ownActivityDraft: { activity: "INTERVISION", date: "2025-06-16", hours: 2, note: "Intervisie Amsterdam" } });
      const declared = await ok(
        world.url,
        `mutation($i: OwnActivityInput!) { declareOwnActivity(input: $i) { ownActivity hours date } }`,
        { i: mine.ownActivityDraft },
        came.token,
      );
      expect(declared.declareOwnActivity).toEqual({ ownActivity: "INTERVISION", hours: 2, date: "2025-06-16" });
    } finally {
      clock.set(new Date("2025-06-16T10:00:00Z"));
    }
  });

  test("a training with a qualification grants it, verified; taking someone off the list takes back what this training granted", async () => {
    const language = world.language();
    const [a, b] = [await world.keyPerson({ languages: [language] }), await world.keyPerson({ languages: [language] })];
    const training = await create(world.coordinator, { kind: "TRAINING", title: "Training SGGG", qualificationCode: "SGBV_TRAINING" });
    expect(training.qualificationCode).toBe("SGBV_TRAINING");
    await invite(world.coordinator, training.id, { languageCodes: [language] });
    clock.set(AFTER_IT);
    try {
      await ok(world.url, ATTEND, { a: training.id, k: [a.id, b.id] }, world.coordinator);
      const granted = async () =>
        server.dataSource.query(
          `SELECT key_person_id::text AS id, status, type_code, obtained_on::text AS obtained_on FROM qualification WHERE group_activity_id = $1 ORDER BY key_person_id`,
          [training.id],
        );
      expect(await granted()).toEqual(
        [a.id, b.id].sort((x, y) => Number(x) - Number(y)).map((id) => ({ id, status: "VERIFIED", type_code: "SGBV_TRAINING", obtained_on: "2025-06-16" })),
      );
      // A training is recorded, and does not count as supervision.
      const [session] = await server.dataSource.query(`SELECT kind FROM supervision_session WHERE group_activity_id = $1 AND key_person_id = $2`, [
        training.id,
        a.id,
      ]);
      expect(session.kind).toBe("TRAINING");
      await ok(world.url, ATTEND, { a: training.id, k: [a.id] }, world.coordinator);
      expect((await granted()).map((row: { id: string }) => row.id)).toEqual([a.id]);
    } finally {
      clock.set(new Date("2025-06-16T10:00:00Z"));
    }
  });

  test("what attendance wrote outlives the activity: removing it (as an organisation's removal does) keeps the session and the qualification, unlinked", async () => {
    const language = world.language();
    const a = await world.keyPerson({ languages: [language] });
    const training = await create(world.coordinator, { kind: "TRAINING", title: "Training meldcode", qualificationCode: "SGBV_TRAINING" });
    await invite(world.coordinator, training.id, { languageCodes: [language] });
    clock.set(AFTER_IT);
    try {
      await ok(world.url, ATTEND, { a: training.id, k: [a.id] }, world.coordinator);
      // A link to an activity that does not exist is refused by the database itself.
      await expect(server.dataSource.query(`UPDATE qualification SET group_activity_id = -1 WHERE key_person_id = $1`, [a.id])).rejects.toThrow(/foreign key/);
      await server.dataSource.query(`DELETE FROM group_activity WHERE id = $1`, [training.id]);
      const rows = async (table: string) =>
        server.dataSource.query(`SELECT group_activity_id FROM ${table} WHERE key_person_id = $1`, [a.id]) as Promise<{ group_activity_id: number | null }[]>;
      expect(await rows("qualification")).toEqual([{ group_activity_id: null }]);
      expect(await rows("supervision_session")).toEqual([{ group_activity_id: null }]);
    } finally {
      clock.set(new Date("2025-06-16T10:00:00Z"));
    }
  });
});

describe("affiliation", () => {
  const STATUS = `query($id: ID!) { supervisionSessions(keyPersonId: $id) { kind } }`;
  const MINE = `{ affiliations { responsibleForSupervision keyPerson { id supervisionStatus lastSupervisionOn groupInvitations { attended } } } }`;

  test("the supervising organisation sees the supervision of its own key persons; another organisation sees nothing", async () => {
    const org = await world.organisation("Regioteam West");
    const other = await world.organisation("Regioteam Oost");
    const kp = await world.keyPerson();
    const stranger = await world.keyPerson();
    const affiliation = await affiliate(kp, org);
    expect(affiliation).toMatchObject({ startsOn: "2025-01-01", endsOn: null, responsibleForSupervision: true, organisation: { id: org.id } });
    await ok(
      world.url,
      `mutation($k: ID!) { logSupervisionSession(keyPersonId: $k, date: "2025-06-02", kind: SUPERVISION) { id } }`,
      { k: kp.id },
      world.coordinator,
    );
    const seen = (await ok(world.url, MINE, {}, org.token)).affiliations;
    expect(seen).toEqual([
      { responsibleForSupervision: true, keyPerson: { id: kp.id, supervisionStatus: "CURRENT", lastSupervisionOn: "2025-06-02", groupInvitations: [] } },
    ]);
    expect((await ok(world.url, STATUS, { id: kp.id }, org.token)).supervisionSessions).toEqual([{ kind: "SUPERVISION" }]);
    // Not another organisation's, and not a key person who is not theirs.
    expect((await ok(world.url, MINE, {}, other.token)).affiliations).toEqual([]);
    expect(failure(await gql(world.url, STATUS, { id: kp.id }, other.token)).code).toBe("NOT_FOUND");
    expect(failure(await gql(world.url, STATUS, { id: stranger.id }, org.token)).code).toBe("NOT_FOUND");
    // Ended yesterday: no longer theirs to see.
    await ok(world.url, `mutation($id: ID!) { endAffiliation(id: $id, endsOn: "2025-06-15") { endsOn } }`, { id: affiliation.id }, world.coordinator);
    expect(failure(await gql(world.url, STATUS, { id: kp.id }, org.token)).code).toBe("NOT_FOUND");
    const after = (await ok(world.url, `{ affiliations { keyPerson { supervisionStatus } } }`, {}, org.token)).affiliations;
    expect(after).toEqual([{ keyPerson: { supervisionStatus: null } }]);
  });

  test("one affiliation per organisation and period, one organisation responsible for supervision at a time", async () => {
    const kp = await world.keyPerson();
    const org = await world.organisation("Regioteam Zuid");
    await affiliate(kp, org, true, "2025-01-01");
    const add = (organisation: Organisation, responsible: boolean) =>
      gql(
        world.url,
        AFFILIATE,
        { i: { keyPersonId: kp.id, organisationId: organisation.id, startsOn: "2025-03-01", responsibleForSupervision: responsible } },
        world.coordinator,
      );
    expect(await refused(() => add(org, false))).toMatchObject({ code: "CONFLICT", reason: "AFFILIATION_OVERLAPS" });
    expect(await refused(() => add(orgB, true))).toMatchObject({ code: "CONFLICT", reason: "SUPERVISION_RESPONSIBILITY_TAKEN" });
    await ok(
      world.url,
      AFFILIATE.replace("$i", "$i"),
      { i: { keyPersonId: kp.id, organisationId: orgB.id, startsOn: "2025-03-01", responsibleForSupervision: false } },
      world.coordinator,
    );
    expect(
      await refused(() =>
        gql(
          world.url,
          AFFILIATE,
          { i: { keyPersonId: kp.id, organisationId: org.id, startsOn: "2025-09-01", endsOn: "2025-08-01", responsibleForSupervision: false } },
          world.coordinator,
        ),
      ),
    ).toMatchObject({ reason: "PERIOD_INVALID" });
    // Organisations do not affiliate key persons themselves.
    expect(
      (
        await refused(() =>
          gql(world.url, AFFILIATE, { i: { keyPersonId: kp.id, organisationId: org.id, startsOn: "2026-01-01", responsibleForSupervision: false } }, org.token),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const page = await ok(
      world.url,
      `query($id: ID!) { keyPerson(id: $id) { affiliations { organisation { id } responsibleForSupervision } } }`,
      { id: kp.id },
      world.coordinator,
    );
    expect(page.keyPerson.affiliations).toHaveLength(2);
  });
});
