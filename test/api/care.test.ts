// Care (issue 17): AMBER key persons rank lower and get at most one new proposal a week
// (hard rule AMBER_LIMIT, counted in unmet demand); the ProQOL 5 self-check is scored per
// its manual, read only by the key person and coordinators with every read audited, and a
// high secondary-traumatic-stress score sets AMBER.
import { ManualClock } from "../../server/src/clock";
import { gql, ok } from "../support/graphql";
import { OversightWorld, WELL, failure, refusedUnchanged, type KeyPerson, type Organisation } from "../support/oversight-fixtures";
import type { TestServer } from "../support/server";

jest.setTimeout(90_000);

const clock = new ManualClock(new Date("2025-06-16T10:00:00Z"));
let server: TestServer;
let world: OversightWorld;
let org: Organisation;

const CANDIDATES = `query($id: ID!) { matchCandidates(requestId: $id, limit: 20) { score keyPerson { id } parts { care load } explanation { code } reasons } }`;
const SUBMIT = `mutation($input: ProqolInput!) { submitProqol(input: $input) { id compassionSatisfaction burnout secondaryTraumaticStress compassionSatisfactionLevel burnoutLevel secondaryTraumaticStressLevel } }`;
const RESPONSES = `query($k: ID!) { proqolResponses(keyPersonId: $k) { answers compassionSatisfaction burnout secondaryTraumaticStress secondaryTraumaticStressLevel } }`;
const STATUS = `query($id: ID!) { keyPerson(id: $id) { wellbeingStatus wellbeing { reasons { level code } } } }`;

/** Items of the secondary-traumatic-stress scale (1-based), from the manual. */
const STS = [2, 5, 7, 9, 11, 13, 14, 23, 25, 28];
const answersWith = (stsValue: number, rest = 3) => Array.from({ length: 30 }, (_, i) => (STS.includes(i + 1) ? stsValue : rest));

beforeAll(async () => {
  ({ server, world } = await OversightWorld.start(clock));
  org = await world.organisation();
});
afterAll(async () => {
  await server?.stop();
});

describe("AMBER in the ranking", () => {
  test("an AMBER key person ranks below an equally suited GREEN one; coordinators see the care part, organisations do not", async () => {
    // Same place, same facts: only wellbeing tells them apart. Strain 4 is AMBER (domain/oversight.ts).
    const [a, g] = await Promise.all([world.keyPerson({ name: "A", languages: ["prs"] }), world.keyPerson({ name: "G", languages: ["prs"] })]);
    await world.checkIn(a, { strain: 4 });
    await world.checkIn(g, WELL);
    const request = await world.matching.request(org, { languageCodes: ["prs"] });
    const seenByCoordinator = (await ok(world.url, CANDIDATES, { id: request.id }, world.coordinator)).matchCandidates;
    expect(seenByCoordinator.map((c: { keyPerson: { id: string } }) => c.keyPerson.id)).toEqual([g.id, a.id]);
    const [first, second] = seenByCoordinator;
    expect(first.parts.care).toBe(0);
    expect(second.parts.care).toBeCloseTo(-0.15, 3);
    expect(first.score - second.score).toBeCloseTo(0.15, 2);
    expect(second.explanation.map((e: { code: string }) => e.code)).toContain("MATCH_CARE");

    const seenByOrganisation = (await ok(world.url, CANDIDATES, { id: request.id }, org.token)).matchCandidates;
    expect(seenByOrganisation.map((c: { keyPerson: { id: string } }) => c.keyPerson.id)).toEqual([g.id, a.id]);
    for (const candidate of seenByOrganisation) {
      expect(candidate.parts.care).toBeNull();
      expect(candidate.explanation.map((e: { code: string }) => e.code)).not.toContain("MATCH_CARE");
      expect(candidate.reasons.join(" ")).not.toMatch(/wellbeing|AMBER/);
    }
  });

  test("the AMBER limit: one new proposal a week, then not a candidate, and the unmet record names the rule; a week later a candidate again", async () => {
    const [x, y] = await Promise.all([world.keyPerson({ name: "X", languages: ["kmr"] }), world.keyPerson({ name: "Y", languages: ["kmr"] })]);
    await world.checkIn(x, { strain: 4 });
    await world.checkIn(y, WELL);
    const first = await world.matching.request(org, { languageCodes: ["kmr"] });
    const proposal = await world.matching.propose(org, first.id, x.id);
    expect(proposal.keyPerson.id).toBe(x.id);

    // A second request the same week: X (AMBER, one proposal already) is no candidate; Y is.
    const second = await world.matching.request(org, { languageCodes: ["kmr"], autoEscalate: true });
    expect(await world.matching.candidateIds(world.coordinator, second.id)).toEqual([y.id]);
    const refused = await refusedUnchanged(server, () => world.matching.proposeRaw(org.token, second.id, x.id));
    expect(refused.code).toBe("BAD_USER_INPUT");

    // Y declines: auto-escalation finds nobody, and the unmet record counts AMBER_LIMIT.
    const toY = await world.matching.propose(org, second.id, y.id);
    await world.matching.respond(y, toY.id, false, "No time this month");
    const after = await world.matching.getRequest(world.coordinator, second.id);
    expect(after.unmetSince).not.toBeNull();
    const exclusions = Object.fromEntries(after.unmetExclusions.map((r: { rule: string; count: number }) => [r.rule, r.count]));
    expect(exclusions.AMBER_LIMIT).toBe(1);
    expect(exclusions.DECLINED).toBe(1);

    // Eight days on (the check-in still recent, still AMBER), X may be proposed again.
    await world.setClock(new Date(clock.now().getTime() + 8 * 86_400_000));
    const status = (await ok(world.url, STATUS, { id: x.id }, world.coordinator)).keyPerson;
    expect(status.wellbeingStatus).toBe("AMBER");
    expect(await world.matching.candidateIds(world.coordinator, second.id)).toEqual([x.id]);
  });
});

describe("the ProQOL self-check", () => {
  let kp: KeyPerson;
  let other: KeyPerson;
  beforeAll(async () => {
    [kp, other] = await Promise.all([world.keyPerson({ name: "Proqol" }), world.keyPerson({ name: "Other" })]);
    await world.checkIn(kp, WELL);
  });

  test("the form: 30 items unchanged, five answer labels, the owner's credit", async () => {
    const { proqolForm } = await ok(world.url, `{ proqolForm { items { number text } answerLabels credit intervalDays } }`, {}, kp.token);
    expect(proqolForm.items).toHaveLength(30);
    expect(proqolForm.items[0]).toEqual({ number: 1, text: "I am happy." });
    expect(proqolForm.answerLabels).toEqual(["Never", "Rarely", "Sometimes", "Often", "Very Often"]);
    expect(proqolForm.credit).toContain("B. Hudnall Stamm");
  });

  test("wrong answers are refused and change nothing", async () => {
    const tooFew = await refusedUnchanged(server, () => gql(world.url, SUBMIT, { input: { answers: [3, 3, 3] } }, kp.token));
    expect(tooFew.reason).toBe("PROQOL_ANSWERS");
    expect(tooFew.params).toEqual({ count: 30 });
    const outOfRange = await refusedUnchanged(server, () => gql(world.url, SUBMIT, { input: { answers: [...answersWith(3).slice(0, 29), 6] } }, kp.token));
    expect(outOfRange.reason).toBe("NUMBER_OUT_OF_RANGE");
    expect(outOfRange.field).toBe("answers.29");
    const byCoordinator = failure(await gql(world.url, SUBMIT, { input: { answers: answersWith(3) } }, world.coordinator));
    expect(byCoordinator.code).toBe("FORBIDDEN");
  });

  test("scored per the manual; a high secondary-traumatic-stress score sets AMBER", async () => {
    expect((await ok(world.url, STATUS, { id: kp.id }, kp.token)).keyPerson.wellbeingStatus).toBe("GREEN");
    const { rows, result } = await world.audited("submitProqol", () => ok(world.url, SUBMIT, { input: { answers: answersWith(5) } }, kp.token));
    // STS: 10 × 5; CS: 10 × 3; burnout: 10 × 3 (reversing 3 keeps 3)
    expect(result.submitProqol).toMatchObject({
      compassionSatisfaction: 30,
      burnout: 30,
      secondaryTraumaticStress: 50,
      compassionSatisfactionLevel: "MODERATE",
      secondaryTraumaticStressLevel: "HIGH",
    });
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0].detail ?? {})).not.toContain("50");
    const status = (await ok(world.url, STATUS, { id: kp.id }, world.coordinator)).keyPerson;
    expect(status.wellbeingStatus).toBe("AMBER");
    expect(status.wellbeing.reasons).toContainEqual({ level: "AMBER", code: "HIGH_SECONDARY_TRAUMA" });
  });

  test("the key person and coordinators read it, each read audited; organisations and other key persons do not, and nothing is audited", async () => {
    const self = await world.audited("readWellbeing", () => ok(world.url, RESPONSES, { k: kp.id }, kp.token));
    expect(self.result.proqolResponses[0]).toEqual({
      answers: answersWith(5),
      compassionSatisfaction: 30,
      burnout: 30,
      secondaryTraumaticStress: 50,
      secondaryTraumaticStressLevel: "HIGH",
    });
    expect(self.rows.map((r) => [r.entity_id, r.detail])).toEqual([[kp.id, { what: "proqol", self: true }]]);
    const coordinator = await world.audited("readWellbeing", () => ok(world.url, RESPONSES, { k: kp.id }, world.coordinator));
    expect(coordinator.result.proqolResponses).toHaveLength(1);
    expect(coordinator.rows.map((r) => [r.entity_id, r.detail])).toEqual([[kp.id, { what: "proqol", self: false }]]);

    const denied = await world.audited("readWellbeing", async () => {
      expect(failure(await gql(world.url, RESPONSES, { k: kp.id }, org.token)).code).toBe("FORBIDDEN");
      expect(["NOT_FOUND", "FORBIDDEN"]).toContain(failure(await gql(world.url, RESPONSES, { k: kp.id }, other.token)).code);
      expect(failure(await gql(world.url, RESPONSES, { k: kp.id })).code).toBe("UNAUTHENTICATED");
    });
    expect(denied.rows).toEqual([]);
  });
});
