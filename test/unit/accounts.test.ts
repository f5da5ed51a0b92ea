// The account rules without a server: who may move a key person between statuses, who is
// told an address is in use, how throttle delays grow, and the password rule.
import { delaySeconds, MAX_DELAY_SECONDS } from "../../server/src/auth/login-throttle";
import { passwordProblem } from "../../server/src/auth/password-policy";
import { canSetKeyPersonStatus, mayLearnAddressInUse, type Actor } from "../../server/src/domain/access";

const actor = (role: Actor["role"]): Actor => ({ userId: 1, role, keyPersonId: role === "KEY_PERSON" ? 7 : null, organisationId: null, municipalityCodes: [] });

describe("canSetKeyPersonStatus", () => {
  test.each<[Actor["role"], string, string, boolean]>([
    ["KEY_PERSON", "ACTIVE", "PAUSED", true],
    ["KEY_PERSON", "PAUSED", "ACTIVE", true],
    ["KEY_PERSON", "ACTIVE", "INACTIVE", false],
    ["KEY_PERSON", "PAUSED", "INACTIVE", false],
    ["KEY_PERSON", "INACTIVE", "ACTIVE", false],
    ["KEY_PERSON", "INACTIVE", "PAUSED", false],
    ["REGIONAL_COORDINATOR", "INACTIVE", "ACTIVE", true],
    ["COORDINATOR", "ACTIVE", "INACTIVE", true],
    ["ORGANISATION", "ACTIVE", "PAUSED", false],
  ])("%s from %s to %s: %s", (role, from, to, allowed) => {
    expect(canSetKeyPersonStatus(actor(role), from, to)).toBe(allowed);
  });
});

test.each<[Actor["role"], boolean]>([
  ["COORDINATOR", true],
  ["REGIONAL_COORDINATOR", false],
  ["ORGANISATION", false],
  ["KEY_PERSON", false],
])("mayLearnAddressInUse(%s) is %s", (role, told) => {
  expect(mayLearnAddressInUse(actor(role))).toBe(told);
});

test.each([
  [3, 3, 0],
  [4, 3, 1],
  [5, 3, 2],
  [6, 3, 4],
  [13, 3, 512],
  [14, 3, MAX_DELAY_SECONDS],
  [500, 3, MAX_DELAY_SECONDS],
])("%i failures with %i free: wait %i s", (failures, free, wait) => {
  expect(delaySeconds(failures, free)).toBe(wait);
});

test.each<[string, string, string[], string | null]>([
  ["11 characters", "Xq7#mZp2!kL", [], "PASSWORD_TOO_SHORT"],
  ["129 characters", "x7Q-".repeat(32) + "a", [], "PASSWORD_TOO_LONG"],
  ["a common one", "password1234", [], "PASSWORD_TOO_WEAK"],
  ["a Dutch common one", "wachtwoord123", [], "PASSWORD_TOO_WEAK"],
  ["keyboard walk", "qwertyuiop12", [], "PASSWORD_TOO_WEAK"],
  ["one's own name", "selamtesfay1988", ["selam.tesfay@example.nl"], "PASSWORD_TOO_WEAK"],
  ["a few unrelated words", "tulip-harbour-quietly", [], null],
  ["the demo password, with the demo address", "sleutelkaart-demo", ["coordinator@sleutelkaart.demo"], null],
  ["a long passphrase", "fiets-molen-kaas-tulp-gracht-regen-haring-dijk-polder-klomp", [], null],
])("%s: %s", (_case, password, context, reason) => {
  expect(passwordProblem(password, context)?.refusal.reason ?? null).toBe(reason);
});
