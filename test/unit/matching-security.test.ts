// Who reaches a request or an assignment on any path, and what matching tells whom
// (server/src/domain/access.ts, server/src/domain/matching-security.ts), table-style.
import { canSeeAssignment, canSeeRequest, type Actor } from "../../server/src/domain/access";
import { scorePartsShownTo, scoreShownTo, seesExclusionCounts } from "../../server/src/domain/matching-security";

const actor = (role: Actor["role"], extra: Partial<Actor> = {}): Actor => ({
  userId: 1,
  role,
  keyPersonId: null,
  organisationId: null,
  municipalityCodes: [],
  ...extra,
});
const coordinator = actor("COORDINATOR");
const amsterdam = actor("REGIONAL_COORDINATOR", { municipalityCodes: ["GM0363"] });
const org = actor("ORGANISATION", { organisationId: 7 });
const keyPerson = actor("KEY_PERSON", { keyPersonId: 3 });
const zaanstad = { organisationId: 8, municipalityCode: "GM0479" };
const own = { organisationId: 7, municipalityCode: "GM0363" };

test.each([
  ["the coordinator, anywhere", coordinator, zaanstad, false, true],
  ["a regional coordinator, in the region", amsterdam, own, false, true],
  ["a regional coordinator, outside the region", amsterdam, zaanstad, false, false],
  ["the organisation, its own", org, own, false, true],
  ["the organisation, another's", org, zaanstad, false, false],
  ["a key person on it", keyPerson, zaanstad, true, true],
  ["a key person not on it", keyPerson, own, false, false],
] as const)("canSeeRequest: %s", (_label, who, request, onIt, expected) => {
  expect(canSeeRequest(who, request, onIt)).toBe(expected);
});

test.each([
  ["a regional coordinator: an assignment of a key person from the region on a request outside it", amsterdam, { keyPersonId: 3 }, zaanstad, false],
  ["a regional coordinator: on a request in the region", amsterdam, { keyPersonId: 9 }, own, true],
  ["the key person: their own, wherever", keyPerson, { keyPersonId: 3 }, zaanstad, true],
  ["the key person: another's on the same request", keyPerson, { keyPersonId: 4 }, zaanstad, false],
  ["the organisation: on its own request", org, { keyPersonId: 4 }, own, true],
  ["the organisation: on another's", org, { keyPersonId: 4 }, zaanstad, false],
] as const)("canSeeAssignment: %s", (_label, who, assignment, request, expected) => {
  expect(canSeeAssignment(who, assignment, request)).toBe(expected);
});

test.each([
  [coordinator, true],
  [amsterdam, true],
  [org, false],
  [keyPerson, false],
])("seesExclusionCounts(%p.role)", (who, expected) => {
  expect(seesExclusionCounts(who)).toBe(expected);
});

test.each([
  [org, 0.9083, 0.91],
  [org, 0.904, 0.9],
  [coordinator, 0.9083, 0.908],
  [amsterdam, 0.9083, 0.908],
])("scoreShownTo", (who, score, shown) => {
  expect(scoreShownTo(who, score)).toBe(shown);
});

describe("scorePartsShownTo", () => {
  const ranked = {
    breakdown: { distance: 0.247, load: 0.156, language: 0.2, preferences: 0.2, continuity: 0, care: 0 },
    maxTravelKm: 25,
    remote: false,
    continuity: false,
  };
  test("a coordinator sees the parts as scored, three decimals", () => {
    expect(scorePartsShownTo(coordinator, ranked, 7.4)).toEqual(ranked.breakdown);
    expect(scorePartsShownTo(amsterdam, ranked, 7.4)).toEqual(ranked.breakdown);
  });
  test("an organisation sees two decimals, the distance part of the whole kilometres it is shown", () => {
    const seen = scorePartsShownTo(org, ranked, 7);
    // 0.35 × (0.5 × (1 − 7/25) + 0.5 × (1 − 7/100)) = 0.28875
    expect(seen).toEqual({ distance: 0.29, load: 0.16, language: 0.2, preferences: 0.2, continuity: 0, care: null });
  });
  test("remote: the middling distance part, whatever the kilometres", () => {
    expect(scorePartsShownTo(org, { ...ranked, remote: true }, 140).distance).toBe(0.18);
  });
});
