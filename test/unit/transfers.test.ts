// Request transfers and handovers (server/src/domain/transfers.ts, funder.ts), table-style.
import type { Actor } from "../../server/src/domain/access";
import { TransferState } from "../../server/src/domain/enums";
import { funderOfRequestOn, NATIONAL_SCHEME } from "../../server/src/domain/funder";
import {
  answerTransferRefusal,
  canProposeTransfer,
  handoverOverlapUntil,
  nextTransferState,
  ownerOn,
  ownershipPeriods,
  proposeTransferRefusal,
  TRANSFER_REACH_KM,
  type ProposeFacts,
  type TransferAction,
} from "../../server/src/domain/transfers";

const actor = (role: Actor["role"], organisationId: number | null = null, municipalityCodes: string[] = []): Actor => ({
  userId: 1,
  role,
  keyPersonId: role === "KEY_PERSON" ? 9 : null,
  organisationId,
  municipalityCodes,
});

const { PENDING, ACCEPTED, DECLINED, WITHDRAWN } = TransferState;

test.each([
  [PENDING, "ACCEPT", ACCEPTED],
  [PENDING, "DECLINE", DECLINED],
  [PENDING, "WITHDRAW", WITHDRAWN],
  [ACCEPTED, "ACCEPT", null],
  [ACCEPTED, "DECLINE", null],
  [ACCEPTED, "WITHDRAW", null],
  [DECLINED, "ACCEPT", null],
  [DECLINED, "WITHDRAW", null],
  [WITHDRAWN, "ACCEPT", null],
  [WITHDRAWN, "DECLINE", null],
] as [TransferState, TransferAction, TransferState | null][])("%s --%s--> %s", (state, action, next) => {
  expect(nextTransferState(state, action)).toBe(next);
});

const request = { organisationId: 1, municipalityCode: "GM0344" };
test.each([
  ["the owner", actor("ORGANISATION", 1), true],
  ["another organisation", actor("ORGANISATION", 2), false],
  ["the coordinator", actor("COORDINATOR"), true],
  ["a regional coordinator of the newcomer's place", actor("REGIONAL_COORDINATOR", null, ["GM0344"]), true],
  ["a regional coordinator elsewhere", actor("REGIONAL_COORDINATOR", null, ["GM0363"]), false],
  ["a key person", actor("KEY_PERSON"), false],
])("canProposeTransfer: %s → %s", (_label, who, expected) => {
  expect(canProposeTransfer(who, request)).toBe(expected);
});

const fine: ProposeFacts = {
  ownerOrganisationId: 1,
  ownerMunicipalityCode: "GM0363",
  requestOpen: true,
  newcomerMunicipalityCode: "GM0344",
  targetOrganisationId: 2,
  targetDistanceKm: 3,
  pending: false,
  consent: true,
};
test.each([
  ["all in order", {}, null],
  ["to itself", { targetOrganisationId: 1 }, "TRANSFER_TO_SELF"],
  ["a closed request", { requestOpen: false }, "REQUEST_NOT_OPEN"],
  ["one already waits", { pending: true }, "TRANSFER_ALREADY_PENDING"],
  ["the newcomer still lives in the owner's municipality", { newcomerMunicipalityCode: "GM0363" }, "NEWCOMER_NOT_MOVED"],
  ["an owner without a municipality: any move counts", { ownerMunicipalityCode: null }, null],
  ["the target far from the new place", { targetDistanceKm: TRANSFER_REACH_KM + 0.1 }, "TRANSFER_TARGET_TOO_FAR"],
  ["the target just within reach", { targetDistanceKm: TRANSFER_REACH_KM }, null],
  ["a target without a municipality", { targetDistanceKm: null }, "TRANSFER_TARGET_TOO_FAR"],
  ["no consent", { consent: false }, "TRANSFER_CONSENT_REQUIRED"],
  ["self-transfer wins over everything else", { targetOrganisationId: 1, consent: false, pending: true }, "TRANSFER_TO_SELF"],
] as [string, Partial<ProposeFacts>, string | null][])("proposeTransferRefusal: %s → %s", (_label, change, expected) => {
  expect(proposeTransferRefusal({ ...fine, ...change })).toBe(expected);
});

const pending = { fromOrganisationId: 1, toOrganisationId: 2, state: PENDING };
const open = { organisationId: 1, municipalityCode: "GM0344", open: true, targetDistanceKm: 3 };
test.each([
  ["the receiver accepts", actor("ORGANISATION", 2), "ACCEPT", pending, open, null],
  ["the receiver declines", actor("ORGANISATION", 2), "DECLINE", pending, open, null],
  ["the proposer cannot accept", actor("ORGANISATION", 1), "ACCEPT", pending, open, "NOT_THE_RECEIVER"],
  ["a coordinator cannot accept for the receiver", actor("COORDINATOR"), "ACCEPT", pending, open, "NOT_THE_RECEIVER"],
  ["a third organisation cannot decline", actor("ORGANISATION", 3), "DECLINE", pending, open, "NOT_THE_RECEIVER"],
  ["the proposer withdraws", actor("ORGANISATION", 1), "WITHDRAW", pending, open, null],
  ["a coordinator withdraws", actor("COORDINATOR"), "WITHDRAW", pending, open, null],
  ["the receiver cannot withdraw", actor("ORGANISATION", 2), "WITHDRAW", pending, open, "NOT_THE_PROPOSER"],
  ["accepted twice", actor("ORGANISATION", 2), "ACCEPT", { ...pending, state: ACCEPTED }, open, "TRANSFER_NOT_PENDING"],
  ["withdrawn after a decline", actor("ORGANISATION", 1), "WITHDRAW", { ...pending, state: DECLINED }, open, "TRANSFER_NOT_PENDING"],
  ["accepting a closed request", actor("ORGANISATION", 2), "ACCEPT", pending, { ...open, open: false }, "REQUEST_NOT_OPEN"],
  ["declining a closed request is fine", actor("ORGANISATION", 2), "DECLINE", pending, { ...open, open: false }, null],
  ["the newcomer moved on meanwhile", actor("ORGANISATION", 2), "ACCEPT", pending, { ...open, targetDistanceKm: 80 }, "TRANSFER_TARGET_TOO_FAR"],
] as [string, Actor, TransferAction, typeof pending, typeof open, string | null][])(
  "answerTransferRefusal: %s → %s",
  (_label, who, action, transfer, req, expected) => {
    expect(answerTransferRefusal(who, transfer, action, req)).toBe(expected);
  },
);

// Ownership: organisation 1 made the request, handed it to 2 on 1 March, 2 handed it to 3 on 1 June.
const changes = [
  { fromOrganisationId: 2, toOrganisationId: 3, effectiveOn: "2026-06-01" },
  { fromOrganisationId: 1, toOrganisationId: 2, effectiveOn: "2026-03-01" },
];
test.each([
  ["long before", "2025-12-31", 1],
  ["the day before the first transfer", "2026-02-28", 1],
  ["the day of the first transfer: the new owner's", "2026-03-01", 2],
  ["between", "2026-05-31", 2],
  ["the day of the second", "2026-06-01", 3],
  ["after", "2026-12-01", 3],
])("ownerOn: %s (%s) → %s", (_label, date, owner) => {
  expect(ownerOn(date, 3, changes)).toBe(owner);
});

test("ownerOn without transfers: the owner now", () => {
  expect(ownerOn("2020-01-01", 7, [])).toBe(7);
});

test.each([
  ["organisation funding, before the transfer", "ORGANISATION", "2026-02-28", "ORGANISATION:1"],
  ["organisation funding, on the day", "ORGANISATION", "2026-03-01", "ORGANISATION:2"],
  ["organisation funding, after both", "ORGANISATION", "2026-07-01", "ORGANISATION:3"],
  ["the national scheme stays the funder", "NATIONAL_SCHEME", "2026-02-28", NATIONAL_SCHEME],
  ["the national scheme after the transfer too", "NATIONAL_SCHEME", "2026-07-01", NATIONAL_SCHEME],
])("funderOfRequestOn: %s → %s", (_label, funding, date, funder) => {
  expect(funderOfRequestOn({ funding, organisationId: 3 }, date, changes)).toBe(funder);
});

test("ownershipPeriods: one period per owner, the day before the next one's first", () => {
  expect(ownershipPeriods(3, changes)).toEqual([
    { organisationId: 1, from: null, until: "2026-02-28" },
    { organisationId: 2, from: "2026-03-01", until: "2026-05-31" },
    { organisationId: 3, from: "2026-06-01", until: null },
  ]);
  expect(ownershipPeriods(5, [])).toEqual([{ organisationId: 5, from: null, until: null }]);
});

test.each([
  ["2026-06-01", "2026-06-15"],
  ["2026-12-25", "2027-01-08"],
  ["2028-02-20", "2028-03-05"], // a leap year
])("handoverOverlapUntil(%s) → %s (day 14)", (day, until) => {
  expect(handoverOverlapUntil(day)).toBe(until);
});
