// Issue 19: the rules for a message through the public map, table-style.
import { cleanMessage, countLinks, fillTimeProblem, MESSAGE_MAX, messageProblem, type MessageDraft } from "../../server/src/domain/public-message";

const OK: MessageDraft = { message: "Hello, I would like some help with the GP.", channel: "PHONE", reply: "+31 6 1234 5678", trap: "" };

test.each<[string, Partial<MessageDraft>, string | null]>([
  ["a plain message", {}, null],
  ["the honeypot filled in", { trap: "https://spam.example" }, "MESSAGE_REFUSED_AUTOMATED"],
  ["too short", { message: "   hi    " }, "MESSAGE_TOO_SHORT"],
  ["too long", { message: "x".repeat(MESSAGE_MAX + 1) }, "TEXT_TOO_LONG"],
  ["one link", { message: "See https://www.pharos.nl for more, please." }, null],
  ["two links", { message: "See https://a.example/x and www.b.example please." }, "MESSAGE_TOO_MANY_LINKS"],
  ["no reply address", { reply: "  " }, "REPLY_ADDRESS_REQUIRED"],
  ["a phone number that is not one", { reply: "call me" }, "NOT_A_PHONE"],
  ["an e-mail address", { channel: "EMAIL", reply: "someone@example.org" }, null],
  ["an e-mail address that is not one", { channel: "EMAIL", reply: "someone@" }, "NOT_AN_EMAIL"],
])("%s", (_, change, reason) => {
  expect(messageProblem({ ...OK, ...change })?.reason ?? null).toBe(reason);
});

test.each<[string, number, string | null]>([
  ["sent within the minimum", 1, "MESSAGE_SENT_TOO_FAST"],
  ["sent after it", 5, null],
  ["sent after two hours and more", 2 * 3600 + 1, "MESSAGE_FORM_EXPIRED"],
  ["a token from the future", -120, "MESSAGE_FORM_EXPIRED"],
])("a form %s", (_, seconds, reason) => {
  expect(fillTimeProblem(0, seconds * 1000, 3)?.reason ?? null).toBe(reason);
});

test("links are counted in their usual forms; control and direction-override characters are dropped", () => {
  expect(countLinks("no links here, just 3.5 km")).toBe(0);
  expect(countLinks("http://a.example https://b.example/x www.c.example d.nl/path")).toBe(4);
  expect(cleanMessage("  a\u202eb\u0007c\r\nd  ")).toBe("abc\nd");
});
