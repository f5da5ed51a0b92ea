import { backgroundChoices, choicesOf, fundingChoices, roleChoices } from "../../admin/src/common/choices";
import en from "../../admin/src/i18n/en";
import nl from "../../admin/src/i18n/nl";
import * as Enums from "../../server/src/domain/enums";
import { BackgroundPreference, Funding, Role } from "../../server/src/domain/enums";
import { NotificationKind, NotificationStatus } from "../../server/src/domain/notifications";
import { PROPOSED_BECAUSE } from "../../server/src/domain/matching";

// The console reads the server's enums and limits from server/src/domain instead of
// keeping copies (issue 14): what it can show is exactly what the server can produce.

type Messages = typeof en;

const proposedBecauseTexts = (messages: Messages) => Object.keys(messages.matching.enums.proposedBecause).sort();

test.each([
  ["en", en],
  ["nl", nl],
])("%s: a text for every reason the server proposes a key person for, and for none it never gives", (_lang, messages) => {
  // MANUAL: proposedBecause is null (the organisation proposed)
  expect(proposedBecauseTexts(messages as Messages)).toEqual(["MANUAL", ...PROPOSED_BECAUSE].sort());
});

test("the choices are the server's enum values, in its order", () => {
  expect(roleChoices.map((choice) => choice.id)).toEqual(Object.values(Role));
  expect(fundingChoices.map((choice) => choice.id)).toEqual(Object.values(Funding));
  expect(backgroundChoices.map((choice) => choice.id).sort()).toEqual(Object.values(BackgroundPreference).sort());
  expect(choicesOf("app.enums.role", ["KEY_PERSON"])).toEqual([{ id: "KEY_PERSON", name: "app.enums.role.KEY_PERSON" }]);
});

// Every value of every enum the console shows has its label in both languages, and no
// label is left for a value the server does not have.
const LABELLED: [string, Record<string, string>][] = [
  ["app.enums.role", Enums.Role],
  ["app.enums.gender", Enums.Gender],
  ["app.enums.level", Enums.LanguageLevel],
  ["app.enums.status", Enums.KeyPersonStatus],
  ["app.enums.leavingReason", Enums.LeavingReason],
  ["app.enums.compensation", Enums.CompensationType],
  ["app.enums.supervision", Enums.SupervisionStatus],
  ["app.enums.wellbeing", Enums.WellbeingStatus],
  ["app.enums.organisationKind", Enums.OrganisationKind],
  ["compensation.enums.activity", Enums.Activity],
  ["compensation.enums.reviewStatus", Enums.ReviewStatus],
  ["compensation.enums.expenseKind", Enums.ExpenseKind],
  ["compensation.enums.funding", Enums.Funding],
  ["oversight.enums.supervisionKind", Enums.SupervisionKind],
  ["matching.enums.funding", Enums.Funding],
  ["matching.enums.background", Enums.BackgroundPreference],
  ["matching.enums.requestStatus", Enums.MatchRequestStatus],
  ["matching.enums.assignmentStatus", Enums.AssignmentStatus],
  ["notifications.status", NotificationStatus],
  ["notifications.kind", NotificationKind],
];

const at = (messages: unknown, dotted: string): Record<string, unknown> =>
  dotted.split(".").reduce((node, key) => (node as Record<string, unknown>)[key], messages) as Record<string, unknown>;

describe.each([
  ["en", en],
  ["nl", nl],
])("%s labels", (_lang, messages) => {
  test.each(LABELLED)("%s: exactly the server's values", (dotted, values) => {
    expect(Object.keys(at(messages, dotted)).sort()).toEqual(Object.values(values).sort());
  });
});
