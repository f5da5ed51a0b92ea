// Issue 19: a visitor of the public map writes to a key person through the outbox, without
// anyone's address being shown; refused with codes, rate-limited, kept only for a while.
import { ManualClock } from "../../server/src/clock";
import { erasePublicMessages } from "../../server/src/notifications/jobs";
import { CONSENT_ALL, DEMO, DEMO_PASSWORD } from "../support/fixtures";
import { gql, login, ok } from "../support/graphql";
import { startTestServer, type TestServer } from "../support/server";

const clock = new ManualClock(new Date());
let server: TestServer;
let keyPersonToken: string;
let keyPersonId: string;
let keyPersonUserId: number;
let coordinatorToken: string;

const FORM = `{ publicMessageForm { token minSeconds maxLength } }`;
const SEND = `mutation($input: PublicMessageInput!) { sendPublicMessage(input: $input) }`;
const CONSENT = `mutation($id: ID!, $i: PublicConsentInput!) { setPublicConsent(keyPersonId: $id, input: $i) { id publicConsent { contact showRemote showReach } } }`;

beforeAll(async () => {
  server = await startTestServer({
    seedDemo: true,
    clock,
    env: { PUBLIC_MESSAGES_PER_CLIENT_PER_HOUR: "4", PUBLIC_MESSAGES_PER_KEY_PERSON_PER_DAY: "3", PUBLIC_MESSAGE_MIN_FILL_SECONDS: "3" },
  });
  keyPersonToken = await login(server.url, DEMO.KEY_PERSON, DEMO_PASSWORD);
  coordinatorToken = await login(server.url, DEMO.COORDINATOR, DEMO_PASSWORD);
  const { me } = await ok(server.url, `{ me { id keyPerson { id } } }`, {}, keyPersonToken);
  keyPersonId = me.keyPerson.id;
  keyPersonUserId = Number(me.id);
  await ok(
    server.url,
    CONSENT,
    { id: keyPersonId, i: { ...CONSENT_ALL, showEmail: false, showPhone: false, contact: true, showRemote: true, showReach: true } },
    keyPersonToken,
  );
});
afterAll(async () => {
  await server?.stop();
});
beforeEach(async () => {
  // Every test starts with empty counts (they all come from 127.0.0.1).
  await server.dataSource.query(`DELETE FROM public_message_throttle`);
});

/** A form opened now and filled in for `seconds`. */
async function openForm(seconds = 5): Promise<string> {
  const { publicMessageForm } = await ok(server.url, FORM);
  clock.set(new Date(clock.now().getTime() + seconds * 1000));
  return publicMessageForm.token;
}

const draft = (token: string, overrides: Record<string, unknown> = {}) => ({
  keyPersonId,
  message: "Hallo, ik zoek hulp bij de huisarts voor mijn moeder. Kunt u mij bellen?",
  languageCode: "tir",
  replyChannel: "PHONE",
  reply: "+31 6 1234 5678",
  formToken: token,
  website: "",
  ...overrides,
});

/** Every listed key person as the map shows them (100 a page). */
async function publicEntries(fields: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for (let page = 1; ; page++) {
    const { publicKeyPersons } = await ok(server.url, `query($page: Int) { publicKeyPersons(page: $page, perPage: 100) { total items { id ${fields} } } }`, {
      page,
    });
    items.push(...publicKeyPersons.items);
    if (items.length >= publicKeyPersons.total || !publicKeyPersons.items.length) return items;
  }
}

const publicMessages = async (): Promise<number> =>
  (await server.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE kind = 'PUBLIC_MESSAGE'`))[0].n;

test("a message reaches the key person's own account through the outbox; the answer says nothing about them", async () => {
  const before = await publicMessages();
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: SEND, variables: { input: draft(await openForm(), { message: "Salaam, I need help finding a doctor for my mother." }) } }),
  });
  const raw = await response.text();
  expect(JSON.parse(raw)).toEqual({ data: { sendPublicMessage: true } });
  const [kp] = await server.dataSource.query(`SELECT email, phone, home_lat, home_lon FROM key_person WHERE id = $1`, [keyPersonId]);
  for (const secret of [kp.email, kp.phone, String(kp.home_lat), String(kp.home_lon)].filter(Boolean)) expect(raw).not.toContain(secret);

  expect(await publicMessages()).toBe(before + 1);
  const [row] = await server.dataSource.query(`SELECT id, user_id, body FROM notification WHERE kind = 'PUBLIC_MESSAGE' ORDER BY id DESC LIMIT 1`);
  expect(row.user_id).toBe(keyPersonUserId);
  expect(row.body).toContain("Salaam, I need help finding a doctor for my mother.");
  expect(row.body).toContain("+31 6 1234 5678");
  expect(row.body).toContain("Tigrinya");

  // The coordinators' outbox shows that a message went, never its text.
  const { notifications } = await ok(server.url, `{ notifications(filter: { kind: PUBLIC_MESSAGE }) { items { id body } } }`, {}, coordinatorToken);
  const shown = notifications.items.find((n: { id: string }) => n.id === String(row.id));
  expect(shown.body).toBe("");
});

test("the public entry shows the consented extras: remote help, the municipalities reached, and that they take messages", async () => {
  const items = await publicEntries("contactable remoteAvailable reach { code name } email phone");
  const entry: any = items.find((i) => i.id === keyPersonId);
  expect(entry.contactable).toBe(true);
  expect(entry.email).toBeNull();
  expect(entry.phone).toBeNull();
  const [kp] = await server.dataSource.query(`SELECT remote_available, home_municipality_code FROM key_person WHERE id = $1`, [keyPersonId]);
  expect(entry.remoteAvailable).toBe(kp.remote_available);
  expect(entry.reach.map((m: { code: string }) => m.code)).toContain(kp.home_municipality_code);
  // Someone who did not make them public shows null.
  const hidden = await server.dataSource.query(`SELECT id FROM key_person WHERE consent_listed AND NOT consent_show_reach AND NOT consent_show_remote`);
  const other: any = items.find((i) => hidden.some((h: { id: number }) => String(h.id) === i.id));
  if (other) {
    expect(other.reach).toBeNull();
    expect(other.remoteAvailable).toBeNull();
  }
});

test("refusals come with their codes, and nothing is written", async () => {
  const before = await publicMessages();
  const reasonOf = async (input: Record<string, unknown>) => {
    const response = await gql(server.url, SEND, { input });
    expect(response.data?.sendPublicMessage ?? null).toBeNull();
    return response.errors?.[0].extensions?.reason;
  };
  expect(await reasonOf(draft(await openForm(), { website: "http://spam.example" }))).toBe("MESSAGE_REFUSED_AUTOMATED");
  expect(await reasonOf(draft(await openForm(1)))).toBe("MESSAGE_SENT_TOO_FAST");
  expect(await reasonOf(draft(await openForm(3 * 3600)))).toBe("MESSAGE_FORM_EXPIRED");
  const token = await openForm();
  expect(await reasonOf(draft(`${token.slice(0, -2)}xx`))).toBe("MESSAGE_FORM_EXPIRED");
  expect(await reasonOf(draft(token, { message: "hoi" }))).toBe("MESSAGE_TOO_SHORT");
  expect(await reasonOf(draft(token, { message: "x".repeat(2001) }))).toBe("TEXT_TOO_LONG");
  expect(await reasonOf(draft(token, { message: "Look at https://a.example/1 and www.b.example/2 please" }))).toBe("MESSAGE_TOO_MANY_LINKS");
  expect(await reasonOf(draft(token, { replyChannel: "EMAIL", reply: "not-an-address" }))).toBe("NOT_AN_EMAIL");
  expect(await reasonOf(draft(token, { reply: " " }))).toBe("REPLY_ADDRESS_REQUIRED");
  expect(await reasonOf(draft(token, { languageCode: "xxx" }))).toBe("UNKNOWN_CODE");
  expect(await reasonOf(draft(token, { keyPersonId: "99999999" }))).toBe("KEY_PERSON_NOT_CONTACTABLE");
  expect(await publicMessages()).toBe(before);
});

test("without the key person's consent to be contacted, the message is refused like an unknown person", async () => {
  const [other] = await server.dataSource.query(
    `SELECT kp.id FROM key_person kp WHERE kp.consent_listed AND NOT kp.consent_contact AND kp.status = 'ACTIVE' ORDER BY kp.id LIMIT 1`,
  );
  const before = await publicMessages();
  const refused = await gql(server.url, SEND, { input: draft(await openForm(), { keyPersonId: String(other.id) }) });
  expect(refused.errors?.[0].extensions?.reason).toBe("KEY_PERSON_NOT_CONTACTABLE");
  expect(refused.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");

  // The demo key person withdraws: refused from then on, and the map no longer offers it.
  await ok(server.url, CONSENT, { id: keyPersonId, i: { ...CONSENT_ALL, contact: false } }, keyPersonToken);
  const withdrawn = await gql(server.url, SEND, { input: draft(await openForm()) });
  expect(withdrawn.errors?.[0].extensions?.reason).toBe("KEY_PERSON_NOT_CONTACTABLE");
  expect((await publicEntries("contactable")).find((i) => i.id === keyPersonId)?.contactable).toBe(false);
  expect(await publicMessages()).toBe(before);
  await ok(server.url, CONSENT, { id: keyPersonId, i: { ...CONSENT_ALL, contact: true } }, keyPersonToken);
});

test("messages are limited per key person and per client, in PostgreSQL", async () => {
  for (let i = 0; i < 3; i++) await ok(server.url, SEND, { input: draft(await openForm()) });
  const fourth = await gql(server.url, SEND, { input: draft(await openForm()) });
  expect(fourth.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
  expect(fourth.errors?.[0].extensions?.reason).toBe("MESSAGE_THROTTLED");
  expect(fourth.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  // The fourth attempt from this client was counted; the fifth, to anyone, is refused too.
  const fifth = await gql(server.url, SEND, { input: draft(await openForm(), { keyPersonId: "99999999" }) });
  expect(fifth.errors?.[0].extensions?.reason).toBe("MESSAGE_THROTTLED");
  const [{ n }] = await server.dataSource.query(`SELECT count(*)::int AS n FROM public_message_throttle`);
  expect(n).toBe(2);
  // A day later the key person's window has passed.
  clock.advanceHours(25);
  await ok(server.url, SEND, { input: draft(await openForm()) });
});

test("the text is erased from the outbox after its keeping time", async () => {
  await ok(server.url, SEND, { input: draft(await openForm(), { message: "Please erase me later, this is a test message." }) });
  const [row] = await server.dataSource.query(`SELECT id FROM notification WHERE kind = 'PUBLIC_MESSAGE' ORDER BY id DESC LIMIT 1`);
  expect(await erasePublicMessages(server.dataSource, clock.now())).toBe(0);
  // Never delivered (no SMTP in tests: HELD): erased 30 days after it was written.
  const erased = await erasePublicMessages(server.dataSource, new Date(clock.now().getTime() + 31 * 24 * 3600_000));
  expect(erased).toBeGreaterThanOrEqual(1);
  const [after] = await server.dataSource.query(`SELECT body FROM notification WHERE id = $1`, [row.id]);
  expect(after.body).toBe("");
});
