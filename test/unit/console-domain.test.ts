import { backgroundChoices, choicesOf, fundingChoices, roleChoices } from "../../admin/src/common/choices";
import en from "../../admin/src/i18n/en";
import nl from "../../admin/src/i18n/nl";
import { BackgroundPreference, Funding, Role } from "../../server/src/domain/enums";
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
