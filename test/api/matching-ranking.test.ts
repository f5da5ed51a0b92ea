// The ranking of matchCandidates over real GraphQL and HTTP (docs/domain.md, "Matching"):
// nearer, better language level, lower load, a preference met, ties by id; the reasons
// the console shows; the limit. Each test asks for a language of its own, so it sees
// only the key persons it made.
import { gql, ok } from "../support/graphql";
import { AMSTERDAM, away, failure, MatchingWorld, type Organisation } from "../support/matching-fixtures";
import { startTestServer, type TestServer } from "../support/server";

jest.setTimeout(30_000);

let server: TestServer;
let world: MatchingWorld;
let org: Organisation;
let otherOrg: Organisation;
const languageNames = new Map<string, string>();

beforeAll(async () => {
  server = await startTestServer({ seedDemo: false });
  world = await MatchingWorld.create(server);
  [org, otherOrg] = [await world.organisation("GGD Amsterdam"), await world.organisation("Kliniek Utrecht", "GM0344")];
  const { languages } = await ok(server.url, `{ languages { code name } }`);
  for (const { code, name } of languages) languageNames.set(code, name);
});
afterAll(async () => {
  await server?.stop();
});

const speaks = (code: string, level: string) => `speaks ${languageNames.get(code)} (${level})`;

describe("matchCandidates: the ranking", () => {
  test("nearer first, with the distance in the reasons", async () => {
    const lang = world.language();
    const far = await world.keyPerson({ languages: [lang], at: away(AMSTERDAM, 10) });
    const close = await world.keyPerson({ languages: [lang], at: away(AMSTERDAM, 2, 270) });
    const veryClose = await world.keyPerson({ languages: [lang], at: away(AMSTERDAM, 0.4, 180) });
    const request = await world.request(org, { languageCodes: [lang] });
    const candidates = await world.candidates(org.token, request.id);
    expect(candidates.map((c) => c.id)).toEqual([veryClose.id, close.id, far.id]);
    // Whole kilometres for the organisation (tenths would help place a home), tenths for the coordinator.
    expect(candidates.map((c) => c.distanceKm)).toEqual([0, 2, 10]);
    expect((await world.candidates(world.coordinator, request.id)).map((c) => c.distanceKm)).toEqual([0.4, 2, 10]);
    expect(candidates.map((c) => c.reasons[0])).toEqual(["under 1 km away", "2 km away", "10 km away"]);
    expect(candidates[0].score).toBeGreaterThan(candidates[1].score);
    expect(candidates[1].score).toBeGreaterThan(candidates[2].score);
  });

  test("native before fluent before basic, with the level in the reasons", async () => {
    const lang = world.language();
    const basic = await world.keyPerson({ languages: [{ code: lang, level: "BASIC" }] });
    const fluent = await world.keyPerson({ languages: [{ code: lang, level: "FLUENT" }] });
    const native = await world.keyPerson({ languages: [{ code: lang, level: "NATIVE" }] });
    const request = await world.request(org, { languageCodes: [lang] });
    const candidates = await world.candidates(org.token, request.id);
    expect(candidates.map((c) => c.id)).toEqual([native.id, fluent.id, basic.id]);
    expect(candidates.map((c) => c.reasons[1])).toEqual([speaks(lang, "native"), speaks(lang, "fluent"), speaks(lang, "basic")]);
    expect(new Set(candidates.map((c) => c.score)).size).toBe(3);
  });

  test("the best of the requested languages counts", async () => {
    const lang = world.language();
    const second = world.language();
    const kp = await world.keyPerson({
      languages: [
        { code: lang, level: "BASIC" },
        { code: second, level: "NATIVE" },
      ],
    });
    const request = await world.request(org, { languageCodes: [lang, second] });
    const [candidate] = await world.candidates(org.token, request.id);
    expect(candidate.id).toBe(kp.id);
    expect(candidate.reasons[1]).toBe(speaks(second, "native"));
  });

  test("lower load first: hours proposed and accepted elsewhere count", async () => {
    const lang = world.language();
    const loaded = await world.keyPerson({ languages: [lang], capacity: 8, login: true });
    const idle = await world.keyPerson({ languages: [lang], capacity: 8 });
    const elsewhere = await world.request(otherOrg, { languageCodes: [lang], hoursPerWeek: 4 });
    await world.activeAssignment(otherOrg, elsewhere.id, loaded);
    const request = await world.request(org, { languageCodes: [lang], hoursPerWeek: 2 });
    const candidates = await world.candidates(org.token, request.id);
    expect(candidates.map((c) => c.id)).toEqual([idle.id, loaded.id]);
    expect(candidates[0].reasons).toContain("load 0% → 25% after this");
    expect(candidates[1].reasons).toContain("load 50% → 75% after this");
  });

  test("the preferred gender ranks higher but never excludes", async () => {
    const lang = world.language();
    const male = await world.keyPerson({ languages: [lang], gender: "MALE" });
    const unknown = await world.keyPerson({ languages: [lang], gender: null });
    const female = await world.keyPerson({ languages: [lang], gender: "FEMALE" });
    const request = await world.request(org, { languageCodes: [lang], preferredGender: "FEMALE" });
    const candidates = await world.candidates(org.token, request.id);
    expect(candidates.map((c) => c.id)).toEqual([female.id, male.id, unknown.id]);
    expect(candidates[0].reasons).toContain("preferred gender");
    expect(candidates[1].reasons).not.toContain("preferred gender");
    expect(candidates[1].score).toBe(candidates[2].score);
    expect(candidates[0].score).toBeGreaterThan(candidates[1].score);
    // Without a preference the three are equal, ordered by id.
    const none = await world.request(org, { languageCodes: [lang] });
    const equal = await world.candidates(org.token, none.id);
    expect(equal.map((c) => c.id)).toEqual([male.id, unknown.id, female.id]);
    expect(new Set(equal.map((c) => c.score)).size).toBe(1);
  });

  test("SAME background ranks a key person of the newcomer's origin higher, without excluding others", async () => {
    const lang = world.language();
    const syrian = await world.keyPerson({ languages: [lang], origins: ["SY"] });
    const eritrean = await world.keyPerson({ languages: [lang], origins: ["IQ", "ER"] });
    const request = await world.request(org, { languageCodes: [lang], newcomerOrigin: "ER", backgroundPreference: "SAME" });
    const candidates = await world.candidates(org.token, request.id);
    expect(candidates.map((c) => c.id)).toEqual([eritrean.id, syrian.id]);
    expect(candidates[0].reasons).toContain("same background");
    expect(candidates[1].reasons).not.toContain("same background");
    expect(candidates[0].score).toBeGreaterThan(candidates[1].score);
  });

  test("the reasons of a candidate who meets everything, in their fixed order", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({
      languages: [lang],
      expertise: ["SGBV", "FGM", "HOUSING"],
      at: away(AMSTERDAM, 3),
      gender: "FEMALE",
      origins: ["ER"],
      capacity: 8,
    });
    const request = await world.request(org, {
      languageCodes: [lang],
      expertiseCodes: ["SGBV", "FGM"],
      preferredGender: "FEMALE",
      newcomerOrigin: "ER",
      backgroundPreference: "SAME",
      hoursPerWeek: 2,
    });
    const [candidate] = await world.candidates(org.token, request.id);
    expect(candidate).toEqual({
      id: kp.id,
      score: expect.any(Number),
      distanceKm: 3,
      reasons: ["3 km away", speaks(lang, "native"), "knows SGBV, FGM", "load 0% → 25% after this", "preferred gender", "same background"],
    });
    expect(candidate.score).toBeGreaterThan(0.8);
    expect(candidate.score).toBeLessThanOrEqual(1);
    // The same reasons as codes with params, in the same order: what the console words.
    const { matchCandidates } = await ok(
      server.url,
      `query($id: ID!) { matchCandidates(requestId: $id) { explanation { code params } } }`,
      { id: request.id },
      org.token,
    );
    expect(matchCandidates[0].explanation).toEqual([
      { code: "MATCH_DISTANCE", params: { km: 3 } },
      { code: "MATCH_SPEAKS", params: { language: lang, level: "NATIVE" } },
      { code: "MATCH_KNOWS", params: { expertiseCodes: ["SGBV", "FGM"] } },
      { code: "MATCH_LOAD", params: { beforePercent: 0, afterPercent: 25 } },
      { code: "MATCH_PREFERRED_GENDER", params: {} },
      { code: "MATCH_SAME_BACKGROUND", params: {} },
    ]);
  });

  test("equal scores break ties by id, whatever order the database returns the rows in", async () => {
    const lang = world.language();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await world.keyPerson({ languages: [lang], at: away(AMSTERDAM, 4, 45) })).id);
    // An update writes a new row version at the end of the table: a plain scan now meets the lowest id last.
    await server.dataSource.query(`UPDATE key_person SET display_name = display_name WHERE id = ANY($1)`, [[Number(ids[0]), Number(ids[1])]]);
    const request = await world.request(org, { languageCodes: [lang] });
    for (let i = 0; i < 3; i++) {
      const candidates = await world.candidates(org.token, request.id);
      expect(candidates.map((c) => c.id)).toEqual(ids);
      expect(new Set(candidates.map((c) => c.score)).size).toBe(1);
    }
  });

  test("the index follows the key person: a move, a new travel distance and new languages count at once (issue 21)", async () => {
    const [lang, other] = [world.language(), world.language()];
    const kp = await world.keyPerson({ languages: [lang], at: away(AMSTERDAM, 30), maxTravelKm: 25 });
    const request = await world.request(org, { languageCodes: [lang] });
    const ids = async () => (await world.candidates(org.token, request.id)).map((c) => c.id);
    expect(await ids()).toEqual([]);
    const { keyPerson } = await ok(
      server.url,
      `query($id: ID!) { keyPerson(id: $id) { displayName email phone gender weeklyCapacityHours compensationType remoteAvailable } }`,
      { id: kp.id },
      world.coordinator,
    );
    const update = (change: { at: { lat: number; lon: number }; maxTravelKm: number; languages: string[] }) =>
      ok(
        server.url,
        `mutation($id: ID!, $input: KeyPersonInput!) { updateKeyPerson(id: $id, input: $input) { id } }`,
        {
          id: kp.id,
          input: {
            ...keyPerson,
            languages: change.languages.map((code) => ({ code, level: "NATIVE" })),
            expertiseCodes: [],
            homeLocation: change.at,
            maxTravelKm: change.maxTravelKm,
            origins: [],
            originMatchingConsent: false,
          },
        },
        world.coordinator,
      );
    // Moved to 5 km away: in reach now.
    await update({ at: away(AMSTERDAM, 5), maxTravelKm: 25, languages: [lang] });
    expect(await ids()).toEqual([kp.id]);
    // Travels 3 km at most: out of reach again.
    await update({ at: away(AMSTERDAM, 5), maxTravelKm: 3, languages: [lang] });
    expect(await ids()).toEqual([]);
    // 10 km, and another language: found for that language only.
    await update({ at: away(AMSTERDAM, 5), maxTravelKm: 10, languages: [other] });
    expect(await ids()).toEqual([]);
    const second = await world.request(org, { languageCodes: [other] });
    expect((await world.candidates(org.token, second.id)).map((c) => c.id)).toEqual([kp.id]);
  });

  test("the language rows follow the key person's status, confirmation, capacity, gender and remote support (issue 21, round 3)", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], at: away(AMSTERDAM, 5) });
    const request = await world.request(org, { languageCodes: [lang] });
    const ids = async () => (await world.candidates(org.token, request.id)).map((c) => c.id);
    // Every copy on every language row equals the key person's own column.
    const differing = async () =>
      (
        await server.dataSource.query(
          `SELECT count(*)::int AS n FROM key_person_language l JOIN key_person kp ON kp.id = l.key_person_id
           WHERE (l.home_lat, l.home_lon, l.max_travel_km, l.remote_available, l.weekly_capacity_hours, l.gender, l.status, l.profile_confirmed_at)
             IS DISTINCT FROM (kp.home_lat, kp.home_lon, kp.max_travel_km, kp.remote_available, kp.weekly_capacity_hours, kp.gender, kp.status, kp.profile_confirmed_at)`,
        )
      )[0].n;
    expect(await ids()).toEqual([kp.id]);
    const set = (assignments: string) => server.dataSource.query(`UPDATE key_person SET ${assignments} WHERE id = $1`, [Number(kp.id)]);
    await set(`profile_confirmed_at = now() - interval '400 days'`);
    expect(await ids()).toEqual([]);
    await set(`profile_confirmed_at = now()`);
    expect(await ids()).toEqual([kp.id]);
    await set(`status = 'PAUSED'`);
    expect(await ids()).toEqual([]);
    await set(`status = 'ACTIVE', weekly_capacity_hours = 7.5, remote_available = NOT remote_available, gender = NULL`);
    expect(await ids()).toEqual([kp.id]);
    expect(await differing()).toBe(0);
  });

  test("limit returns the best so many; the default is 10; outside 1..100 is BAD_USER_INPUT", async () => {
    const lang = world.language();
    const made: string[] = [];
    for (let km = 1; km <= 12; km++) made.push((await world.keyPerson({ languages: [lang], at: away(AMSTERDAM, km) })).id);
    const request = await world.request(org, { languageCodes: [lang] });
    expect((await world.candidates(org.token, request.id, 3)).map((c) => c.id)).toEqual(made.slice(0, 3));
    const { matchCandidates } = await ok(server.url, `query($id: ID!) { matchCandidates(requestId: $id) { keyPerson { id } } }`, { id: request.id }, org.token);
    expect(matchCandidates.map((c: { keyPerson: { id: string } }) => c.keyPerson.id)).toEqual(made.slice(0, 10));
    for (const limit of [0, -1, 101]) {
      const response = await gql(
        server.url,
        `query($id: ID!, $l: Int!) { matchCandidates(requestId: $id, limit: $l) { score } }`,
        { id: request.id, l: limit },
        org.token,
      );
      expect(failure(response)).toMatchObject({ code: "BAD_USER_INPUT", field: "limit" });
    }
  });

  test("an organisation does not see a key person's private fields or contact details among the candidates", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], origins: ["ER"] });
    const request = await world.request(org, { languageCodes: [lang] });
    const { matchCandidates } = await ok(
      server.url,
      `query($id: ID!) { matchCandidates(requestId: $id) { keyPerson { id displayName email phone homeLocation { lat } origins } } }`,
      { id: request.id },
      org.token,
    );
    expect(matchCandidates).toEqual([
      { keyPerson: { id: kp.id, displayName: "Test Key Person", email: null, phone: null, homeLocation: null, origins: null } },
    ]);
  });
});
