// E-mail against a real SMTP server started in this process (test/support/smtp.ts): what
// a proposal, its reminder and its expiry send, to whom, in which language, with which
// link; an SMTP outage retried with backoff and delivered once; a refused address marked
// as bounced; the outbox held and readable without SMTP_URL; bad mail settings refused.
import { ManualClock } from "../../server/src/clock";
import { ConfigError, loadConfig } from "../../server/src/config";
import { DeliveryWorker } from "../../server/src/notifications/notifications.worker";
import { gql, ok } from "../support/graphql";
import { GRONINGEN, MatchingWorld, type KeyPerson, type Organisation } from "../support/matching-fixtures";
import { startTestServer, type TestServer } from "../support/server";
import { TestSmtpServer } from "../support/smtp";

jest.setTimeout(120_000);

const PUBLIC_URL = "https://sleutelkaart.test";
const MAIL_FROM = "Sleutelkaart <noreply@sleutelkaart.test>";
const clock = new ManualClock(new Date("2031-03-03T09:00:00.000Z"));
let smtp: TestSmtpServer;
let server: TestServer;
let world: MatchingWorld;
let org: Organisation;

beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  server = await startTestServer({ seedDemo: false, clock, env: { SMTP_URL: smtp.url, MAIL_FROM, PUBLIC_URL } });
  world = await MatchingWorld.create(server);
  org = await world.organisation("GGD Amsterdam");
});
afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
});

const deliver = () => server.services.notifications.deliverDue();
const rows = (where: string, params: unknown[] = []) =>
  server.dataSource.query(
    `SELECT id, user_id, kind, dedupe_key, locale, status, attempts, last_error, next_attempt_at, sent_at FROM notification WHERE ${where} ORDER BY id`,
    params,
  );

async function keyPerson(locale: "nl" | "en", lang: string): Promise<KeyPerson> {
  const kp = await world.keyPerson({ languages: [lang], login: true });
  await ok(world.url, `mutation($l: String!) { setMyLocale(locale: $l) { locale } }`, { l: locale }, kp.token);
  return kp;
}

/** A request in a language of its own, and a proposal to the key person, made as the console makes it. */
async function proposal(kp: KeyPerson, lang: string, caseReference: string) {
  const request = await world.request(org, { languageCodes: [lang], caseReference, hoursPerWeek: 3 });
  const assignment = await world.propose(org, request.id, kp.id);
  return { request, assignment };
}

describe("a proposal, its reminder and its expiry", () => {
  let kp: KeyPerson;
  let request: { id: string };
  let assignment: { id: string; respondBy: string };
  const lang = "tir";

  beforeAll(async () => {
    kp = await keyPerson("en", lang);
    ({ request, assignment } = await proposal(kp, lang, "FAMILY-HASSAN-4711"));
  });

  test("one e-mail reaches the key person, in English, with the link and without the case reference", async () => {
    expect(await deliver()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    const [mail, ...more] = smtp.to(kp.email);
    expect(more).toEqual([]);
    expect(mail.to).toEqual([kp.email.toLowerCase()]);
    expect(mail.from).toBe("noreply@sleutelkaart.test");
    expect(mail.headers.from).toBe(MAIL_FROM);
    expect(mail.subject).toBe("Sleutelkaart: new proposal in Amsterdam");
    expect(mail.headers["content-language"]).toBe("en");
    expect(mail.text).toMatch(/^Hello,/);
    expect(mail.text).toContain(`${PUBLIC_URL}/#/assignments`);
    expect(mail.text).toMatch(/Language: Tigrinya/);
    expect(mail.text).toMatch(/3 hours a week/);
    expect(mail.text).toMatch(/Answer by: Thursday, 6 March 2031 at 10:00/); // 72 h later, Amsterdam time
    expect(mail.raw).not.toMatch(/FAMILY|HASSAN|4711/);
    // The Message-ID comes from the outbox row: a resend would be recognisable as the same message.
    const [row] = await rows(`dedupe_key = $1`, [`proposal:${assignment.id}`]);
    expect(row).toMatchObject({ kind: "PROPOSAL", locale: "en", status: "SENT", attempts: 1, last_error: null });
    expect(mail.headers["message-id"]).toBe(`<notification-${row.id}@sleutelkaart.test>`);
    // Nothing for the organisation yet; a second run sends nothing again.
    expect(smtp.to(org.email)).toEqual([]);
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(smtp.to(kp.email)).toHaveLength(1);
  });

  test("48 hours later: one reminder, also when the jobs run again", async () => {
    clock.advanceHours(48 - 1 / 60); // just over 24 hours before the deadline: not yet
    await server.services.notifications.runJobs();
    expect(await rows(`kind = 'PROPOSAL_REMINDER'`)).toEqual([]);
    clock.advanceHours(2 / 60);
    const jobs = await server.services.notifications.runJobs();
    expect(jobs.reminders).toBe(1);
    expect((await server.services.notifications.runJobs()).reminders).toBe(0);
    await deliver();
    const reminders = smtp.to(kp.email).filter((m) => /reminder/.test(m.subject));
    expect(reminders.map((m) => m.subject)).toEqual(["Sleutelkaart: reminder: proposal in Amsterdam expires soon"]);
    expect(reminders[0].text).toContain(`${PUBLIC_URL}/#/assignments`);
    expect(reminders[0].text).toMatch(/expires on Thursday, 6 March 2031 at 10:00/);
    expect(reminders[0].raw).not.toMatch(/FAMILY|HASSAN|4711/);
  });

  test("past 72 hours the sweep expires it, and the organisation hears so, in Dutch", async () => {
    clock.set(new Date(new Date(assignment.respondBy).getTime() + 60_000));
    expect(await server.services.matching.expireDue()).toBe(1);
    expect(await deliver()).toMatchObject({ sent: 1, failed: 0 });
    const [mail, ...more] = smtp.to(org.email);
    expect(more).toEqual([]);
    // The organisation's own case reference names the request (issue 15); its internal id is only in the link.
    expect(mail.subject).toBe(`Sleutelkaart: voorstel verlopen (aanvraag FAMILY-HASSAN-4711)`);
    expect(mail.headers["content-language"]).toBe("nl");
    expect(mail.text).toMatch(/^Hallo,/);
    expect(mail.text).toContain(`${PUBLIC_URL}/#/matchRequests/${request.id}/show`);
    expect(mail.text).toMatch(/niet beantwoord/);
    expect(mail.text).toContain("Het voorstel voor aanvraag FAMILY-HASSAN-4711 is");
    // The key person got no more than the proposal, the reminder and the monthly check-in prompt.
    expect(
      smtp
        .to(kp.email)
        .map((m) => m.subject)
        .sort(),
    ).toEqual(["Sleutelkaart: how are you doing?", "Sleutelkaart: new proposal in Amsterdam", "Sleutelkaart: reminder: proposal in Amsterdam expires soon"]);
  });
});

describe("delivery", () => {
  beforeAll(async () => {
    await world.relogin(org); // the clock moved past the 12-hour sessions
  });

  test("with the SMTP server down the mail waits with its error, is retried with backoff, and arrives once", async () => {
    const kp = await keyPerson("nl", "amh");
    await smtp.stop();
    const { assignment } = await proposal(kp, "amh", "OUTAGE-1");
    expect(await deliver()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const [waiting] = await rows(`dedupe_key = $1`, [`proposal:${assignment.id}`]);
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(waiting.last_error).toMatch(/ECONNREFUSED|ESOCKET/);
    expect(waiting.next_attempt_at.getTime()).toBe(clock.now().getTime() + 60_000); // 1 minute after the first failure

    // Not before the backoff has passed, even once the server is back.
    await smtp.start();
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(smtp.to(kp.email)).toEqual([]);

    clock.advanceHours(1 / 60);
    expect(await deliver()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    const mails = smtp.to(kp.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe("Sleutelkaart: nieuw voorstel in Amsterdam");
    expect(mails[0].text).toMatch(/Taal: Amhaars/);
    const [sent] = await rows(`id = $1`, [waiting.id]);
    expect(sent).toMatchObject({ status: "SENT", attempts: 2, last_error: null });
  });

  test("each failure doubles the wait; after 8 attempts the message is given up and shown as FAILED", async () => {
    const kp = await keyPerson("nl", "som");
    await smtp.stop();
    try {
      const { assignment } = await proposal(kp, "som", "OUTAGE-2");
      const waits: number[] = [];
      for (let attempt = 1; attempt <= 8; attempt++) {
        await deliver();
        const [row] = await rows(`dedupe_key = $1`, [`proposal:${assignment.id}`]);
        expect(row.attempts).toBe(attempt);
        if (attempt < 8) {
          expect(row.status).toBe("PENDING");
          waits.push((row.next_attempt_at.getTime() - clock.now().getTime()) / 60_000);
          clock.set(row.next_attempt_at);
        } else {
          expect(row.status).toBe("FAILED");
        }
      }
      expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64]);
      const { notifications } = await ok(
        world.url,
        `{ notifications(filter: { status: FAILED }) { total items { kind attempts lastError recipient { email } } } }`,
        {},
        world.coordinator,
      );
      expect(notifications.items).toEqual([
        { kind: "PROPOSAL", attempts: 8, lastError: expect.stringMatching(/ECONNREFUSED|ESOCKET/), recipient: { email: kp.email.toLowerCase() } },
      ]);
    } finally {
      await smtp.start();
    }
  });

  test("two workers (two replicas) deliver each message exactly once", async () => {
    await world.relogin(org);
    const kps = [await keyPerson("nl", "prs"), await keyPerson("en", "pus")];
    await proposal(kps[0], "prs", "REPLICA-1");
    await proposal(kps[1], "pus", "REPLICA-2");
    const [{ pending }] = await server.dataSource.query(
      `SELECT count(*)::int AS pending FROM notification WHERE status = 'PENDING' AND next_attempt_at <= $1`,
      [clock.now()],
    );
    expect(pending).toBeGreaterThanOrEqual(2);
    const other = new DeliveryWorker(server.dataSource, clock, { smtpUrl: smtp.url, from: MAIL_FROM, publicUrl: PUBLIC_URL }, () => {});
    try {
      const results = await Promise.all([deliver(), other.deliverDue(), deliver(), other.deliverDue()]);
      expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(pending);
      expect(results.every((r) => r.retrying === 0 && r.failed === 0)).toBe(true);
    } finally {
      await other.stop();
    }
    for (const kp of kps) expect(smtp.to(kp.email)).toHaveLength(1);
  });

  test("an address the server refuses (550) is marked bounced, shown to coordinators, and cleared by a delivery after the retry", async () => {
    const kp = await keyPerson("nl", "apc");
    smtp.refuse.add(kp.email.toLowerCase());
    const { assignment } = await proposal(kp, "apc", "BOUNCE-1");
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const [row] = await rows(`dedupe_key = $1`, [`proposal:${assignment.id}`]);
    expect(row).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(row.last_error).toMatch(/550/);

    const BOUNCED = `{ notifications(filter: { bounced: true }) { items { id status lastError recipient { id email emailBouncedAt } } } }`;
    const { notifications } = await ok(world.url, BOUNCED, {}, world.coordinator);
    expect(notifications.items).toEqual([
      {
        id: String(row.id),
        status: "FAILED",
        lastError: expect.stringMatching(/550/),
        recipient: { id: String(row.user_id), email: kp.email.toLowerCase(), emailBouncedAt: clock.now().toISOString() },
      },
    ]);
    const { users } = await ok(world.url, `query($q: String!) { users(filter: { q: $q }) { items { emailBouncedAt } } }`, { q: kp.email }, world.coordinator);
    expect(users.items).toEqual([{ emailBouncedAt: clock.now().toISOString() }]);
    const { myNotificationSettings } = await ok(world.url, `{ myNotificationSettings { digestsEnabled emailBouncedAt } }`, {}, kp.token);
    expect(myNotificationSettings).toEqual({ digestsEnabled: true, emailBouncedAt: clock.now().toISOString() });

    // The address is fixed; a coordinator sends it again.
    smtp.refuse.delete(kp.email.toLowerCase());
    const { retryNotification } = await ok(
      world.url,
      `mutation($id: ID!) { retryNotification(id: $id) { status attempts lastError } }`,
      { id: String(row.id) },
      world.coordinator,
    );
    expect(retryNotification).toEqual({ status: "PENDING", attempts: 0, lastError: null });
    expect(await deliver()).toMatchObject({ sent: 1 });
    expect(smtp.to(kp.email)).toHaveLength(1);
    expect((await ok(world.url, BOUNCED, {}, world.coordinator)).notifications.items).toEqual([]);
    // Sent is sent: never twice.
    const again = await gql(world.url, `mutation($id: ID!) { retryNotification(id: $id) { id } }`, { id: String(row.id) }, world.coordinator);
    expect(again.errors?.[0].extensions?.code).toBe("CONFLICT");
  });
});

describe("events", () => {
  beforeAll(async () => {
    await world.relogin(org);
  });

  test("accepted, declined with the reason, rejected hours with the reason: each to the one it concerns", async () => {
    const [a, b] = [await keyPerson("nl", "kmr"), await keyPerson("en", "kmr")];
    const request = await world.request(org, { languageCodes: ["kmr"], caseReference: "EVENTS-1", hoursPerWeek: 1 });
    const first = await world.propose(org, request.id, a.id);
    await world.respond(a, first.id, false, "Ik ben die weken op reis");
    const second = await world.propose(org, request.id, b.id);
    await world.respond(b, second.id, true);
    const { declareHours } = await ok(
      world.url,
      `mutation($i: HourEntryInput!) { declareHours(input: $i) { id } }`,
      { i: { assignmentId: second.id, date: clock.now().toISOString().slice(0, 10), hours: 2, activity: "SUPPORT" } },
      b.token,
    );
    await ok(world.url, `mutation($id: ID!) { reviewHours(id: $id, approve: false, reason: "Wrong assignment") { id } }`, { id: declareHours.id }, org.token);
    await deliver();

    const toOrg = smtp.to(org.email).filter((m) => m.subject.includes(`aanvraag EVENTS-1`));
    expect(toOrg.map((m) => m.subject)).toEqual([
      `Sleutelkaart: voorstel afgewezen (aanvraag EVENTS-1)`,
      `Sleutelkaart: voorstel geaccepteerd (aanvraag EVENTS-1)`,
    ]);
    expect(toOrg[0].text).toMatch(/Reden: Ik ben die weken op reis/);
    expect(toOrg[1].text).toMatch(/Test Key Person heeft uw voorstel/);
    const rejected = smtp.to(b.email).filter((m) => /rejected/.test(m.subject));
    expect(rejected).toHaveLength(1);
    expect(rejected[0].text).toMatch(/Reason: Wrong assignment/);
    expect(rejected[0].text).toContain(`${PUBLIC_URL}/#/my-hours`);
  });

  test("a move out of reach: the proposal cancelled to its key person, a handover to the organisation", async () => {
    const kp = await keyPerson("nl", "ckb");
    const request = await world.request(org, { languageCodes: ["ckb"], caseReference: "MOVE-1", hoursPerWeek: 1 });
    await world.propose(org, request.id, kp.id);
    await ok(
      world.url,
      `mutation($r: ID!, $l: GeoPointInput!) { relocateNewcomer(requestId: $r, location: $l) { id } }`,
      { r: request.id, l: GRONINGEN },
      org.token,
    );
    await deliver();
    const [proposed, cancelled, ...more] = smtp.to(kp.email);
    expect([proposed.subject, cancelled.subject, more]).toEqual([
      "Sleutelkaart: nieuw voorstel in Amsterdam",
      "Sleutelkaart: voorstel of inzet geannuleerd",
      [],
    ]);
    expect(cancelled.raw).not.toMatch(/Groningen/); // where the newcomer went is not the old key person's business
    const handover = smtp.to(org.email).filter((m) => m.subject.includes(`overdracht na verhuizing (aanvraag MOVE-1)`));
    expect(handover).toHaveLength(1);
    expect(handover[0].text).toMatch(/verhuisd naar Groningen/);
  });

  test("a check-in asking for contact reaches the coordinators without the answers; the key person's other messages are theirs alone", async () => {
    const kp = await keyPerson("nl", "tur");
    const regional = await world.regionalCoordinator(["GM0363"]);
    const outside = await world.regionalCoordinator(["GM0344"]);
    const emailOf = async (token: string) => (await ok(world.url, `{ me { email } }`, {}, token)).me.email as string;
    await ok(
      world.url,
      `mutation($i: WellbeingCheckInInput!) { submitWellbeingCheckIn(input: $i) { id } }`,
      { i: { strain: 2, emotionalImpact: 2, support: 4, contactRequested: true } },
      kp.token,
    );
    await deliver();
    const coordinator = await emailOf(world.coordinator);
    for (const email of [coordinator, await emailOf(regional)]) {
      const mails = smtp.to(email).filter((m) => /aandacht nodig/.test(m.subject));
      expect(mails).toHaveLength(1);
      expect(mails[0].text).toContain(`${PUBLIC_URL}/#/keyPersons/${kp.id}/show`);
      expect(mails[0].raw).not.toMatch(/contact met mij|strain|spanning|emotional|emotionele|steun/i);
    }
    expect(smtp.to(await emailOf(outside))).toEqual([]);
    // The periodic scan finds the same RED state: no second message.
    expect((await server.services.notifications.runJobs()).attention).toBe(0);
  });

  test("the daily digest of unmet requests: after 07:00 Amsterdam time, once a day, not for who turned digests off", async () => {
    await world.request(org, { languageCodes: ["uig"], caseReference: "UNMET-1", hoursPerWeek: 1 }); // nobody speaks Uyghur here
    const regional = await world.regionalCoordinator(["GM0363"]);
    const { setDigestsEnabled } = await ok(world.url, `mutation { setDigestsEnabled(enabled: false) { digestsEnabled } }`, {}, regional);
    expect(setDigestsEnabled).toEqual({ digestsEnabled: false });
    const emailOf = async (token: string) => (await ok(world.url, `{ me { email } }`, {}, token)).me.email as string;
    const [national, regionalEmail] = [await emailOf(world.coordinator), await emailOf(regional)];
    clock.set(new Date("2031-03-20T05:30:00Z")); // 06:30 in Amsterdam
    expect((await server.services.notifications.runJobs()).digests).toBe(0);
    clock.set(new Date("2031-03-20T06:30:00Z")); // 07:30
    expect((await server.services.notifications.runJobs()).digests).toBeGreaterThanOrEqual(1);
    expect((await server.services.notifications.runJobs()).digests).toBe(0);
    // Only coordinators with digests on, each once.
    const recipients = await server.dataSource.query(
      `SELECT u.role, u.digests_enabled, count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.dedupe_key = 'unmet:2031-03-20' GROUP BY 1, 2`,
    );
    for (const r of recipients) expect(r).toMatchObject({ role: expect.stringMatching(/COORDINATOR/), digests_enabled: true });
    await deliver();
    const [digest, ...more] = smtp.to(national).filter((m) => /onvervulde aanvra.*20 maart/.test(m.subject));
    expect(more).toEqual([]);
    expect(digest.subject).toMatch(/^Sleutelkaart: \d+ onvervulde aanvra(ag|gen) \(20 maart 2031\)$/);
    expect(digest.text).toMatch(/- Amsterdam: \d+ \(.*Oeigoers/);
    expect(digest.raw).not.toMatch(/UNMET-1/);
    expect(smtp.to(regionalEmail)).toEqual([]);
  });
});

describe("retention", () => {
  test("a year on, sent messages are deleted (they hold names and reasons); failed ones stay until handled", async () => {
    const count = async (status: string) =>
      (await server.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE status = $1 AND created_at < $2`, [status, new Date("2031-04-01")]))[0]
        .n;
    expect(await count("SENT")).toBeGreaterThan(0);
    const failed = await count("FAILED");
    expect(failed).toBeGreaterThan(0);
    clock.set(new Date("2032-04-01T12:00:00Z"));
    expect((await server.services.notifications.runJobs()).purged).toBeGreaterThan(0);
    expect(await count("SENT")).toBe(0);
    expect(await count("FAILED")).toBe(failed);
  });
});

describe("without SMTP_URL", () => {
  let bare: TestServer;
  let bareWorld: MatchingWorld;

  beforeAll(async () => {
    bare = await startTestServer({ seedDemo: false });
    bareWorld = await MatchingWorld.create(bare);
  });
  afterAll(async () => {
    await bare?.stop();
  });

  test("messages are HELD in the outbox, readable by coordinators only, and nothing is sent", async () => {
    const bareOrg = await bareWorld.organisation("GGD Zonder Mail");
    const kp = await bareWorld.keyPerson({ languages: ["tir"] });
    const request = await bareWorld.request(bareOrg, { languageCodes: ["tir"] });
    await bareWorld.propose(bareOrg, request.id, kp.id);
    expect(await bare.services.notifications.deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    const OUTBOX = `{ notifications(filter: { status: HELD }) { total items { id kind status subject body locale attempts recipient { email } } } }`;
    const { notifications } = await ok(bare.url, OUTBOX, {}, bareWorld.coordinator);
    expect(notifications.total).toBe(1);
    expect(notifications.items[0]).toMatchObject({
      kind: "PROPOSAL",
      status: "HELD",
      locale: "nl",
      attempts: 0,
      subject: "Sleutelkaart: nieuw voorstel in Amsterdam",
      recipient: { email: kp.email.toLowerCase() },
    });
    expect(notifications.items[0].body).toContain("http://localhost:0/#/assignments");
    expect(smtp.received.filter((m) => m.to.includes(kp.email.toLowerCase()))).toEqual([]);
    const refused = await gql(bare.url, OUTBOX, {}, bareOrg.token);
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    // A retry keeps it held while there is no SMTP server to send it to.
    const { retryNotification } = await ok(
      bare.url,
      `mutation($id: ID!) { retryNotification(id: $id) { status } }`,
      { id: notifications.items[0].id },
      bareWorld.coordinator,
    );
    expect(retryNotification.status).toBe("HELD");
  });
});

describe("bad settings are refused at start", () => {
  const base = { JWT_SECRET: "x".repeat(40), DATA_DIR: "/tmp/sk-notify-config" };
  test.each([
    [{ SMTP_URL: "mail.example.nl:587", MAIL_FROM }, /SMTP_URL .*smtp:\/\//],
    [{ SMTP_URL: "http://mail.example.nl", MAIL_FROM }, /SMTP_URL must start with smtp:\/\/ or smtps:\/\//],
    [{ SMTP_URL: "smtp://", MAIL_FROM }, /SMTP_URL/],
    [{ SMTP_URL: "smtp://mail.example.nl:587" }, /MAIL_FROM is required when SMTP_URL is set/],
    [{ SMTP_URL: "smtp://mail.example.nl:587", MAIL_FROM: "noreply" }, /MAIL_FROM must be an e-mail address/],
    [{ SMTP_URL: "smtp://mail.example.nl:587", MAIL_FROM: "Sleutelkaart <noreply@example>" }, /MAIL_FROM must be an e-mail address/],
    [{ MAIL_FROM: "a@b.nl\r\nBcc: x@y.nl" }, /MAIL_FROM must be an e-mail address/],
    [{ PUBLIC_URL: "sleutelkaart.nl" }, /PUBLIC_URL must be/],
  ])("%j", (env, message) => {
    expect(() => loadConfig({ ...base, ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, ...env })).toThrow(message);
  });

  test("the SMTP password never appears in the message", () => {
    expect(() => loadConfig({ ...base, SMTP_URL: "ftp://user:s3cret-pass@mail.example.nl", MAIL_FROM })).toThrow(/ftp:\/\/user:\*\*\*@mail\.example\.nl/);
    expect(() => loadConfig({ ...base, SMTP_URL: "ftp://user:s3cret-pass@mail.example.nl", MAIL_FROM })).not.toThrow(/s3cret/);
  });

  test("good settings are taken as given", () => {
    expect(loadConfig({ ...base, SMTP_URL: "smtps://user:pw@mail.example.nl:465", MAIL_FROM, PUBLIC_URL: "https://kaart.example.nl/" }).mail).toEqual({
      smtpUrl: "smtps://user:pw@mail.example.nl:465",
      from: MAIL_FROM,
      publicUrl: "https://kaart.example.nl",
    });
    expect(loadConfig({ ...base, PORT: "4100" }).mail).toEqual({ smtpUrl: null, from: null, publicUrl: "http://localhost:4100" });
  });
});

describe("each request kind is described as what it is (issue 16)", () => {
  beforeAll(() => world.relogin(org)); // the clock moved past the 12-hour sessions
  const CREATE = `mutation($input: MatchRequestInput!) { createMatchRequest(input: $input) { id } }`;
  /** A whole UTC hour 8 days after the server's clock, and 90 minutes later. */
  const slot = () => {
    const start = new Date(Math.floor(clock.now().getTime() / 3600_000) * 3600_000 + 8 * 86_400_000);
    return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 90 * 60_000).toISOString() };
  };
  async function proposedMail(kp: KeyPerson, lang: string, extra: Record<string, unknown>) {
    const { hoursPerWeek: _h, startsOn: _s, ...input } = world.requestInput({ languageCodes: [lang], caseReference: "FAMILY-HASSAN-4711" });
    const request = (await ok(server.url, CREATE, { input: { ...input, ...extra } }, org.token)).createMatchRequest;
    const assignment = await world.propose(org, request.id, kp.id);
    const [mail] = await server.dataSource.query(`SELECT subject, body FROM notification WHERE dedupe_key = $1`, [`proposal:${assignment.id}`]);
    expect(mail.body).not.toMatch(/FAMILY|HASSAN|4711/);
    return mail as { subject: string; body: string };
  }

  test("an on-site appointment: date and time in Amsterdam, on site, the municipality; never its setting", async () => {
    const lang = world.language();
    const kp = await keyPerson("nl", lang);
    const mail = await proposedMail(kp, lang, { kind: "APPOINTMENT", appointment: { ...slot(), mode: "ON_SITE", setting: "GGZ-intake", role: "tolk" } });
    expect(mail.subject).toMatch(/^Sleutelkaart: nieuw voorstel voor een afspraak op \d+ \w+ \d{4} in Amsterdam$/);
    expect(mail.body).toMatch(/Wat: een afspraak, ter plaatse/);
    expect(mail.body).toMatch(/Waar: Amsterdam\n/);
    expect(mail.body).toMatch(/Wanneer: \w+ \d+ \w+ \d{4} van \d\d:\d\d tot \d\d:\d\d uur/);
    expect(mail.body).not.toMatch(/GGZ|intake|per week/);
  });

  test("a video appointment: no place in it", async () => {
    const lang = world.language();
    const kp = await world.keyPerson({ languages: [lang], login: true, remote: true });
    const mail = await proposedMail(kp, lang, { kind: "APPOINTMENT", appointment: { ...slot(), mode: "VIDEO" } });
    expect(mail.subject).toMatch(/voor een video-afspraak op/);
    expect(mail.body).toMatch(/Wat: een afspraak, via video/);
    expect(mail.body).not.toMatch(/Waar:|Amsterdam/);
  });

  test("a consult: its topic and hours", async () => {
    const lang = world.language();
    const kp = await keyPerson("en", lang);
    await server.dataSource.query(`UPDATE key_person SET remote_available = true WHERE id = $1`, [Number(kp.id)]);
    const mail = await proposedMail(kp, lang, { kind: "CONSULT", consult: { topic: "school choice", hours: 1.5 }, newcomerConsent: null });
    expect(mail.subject).toBe("Sleutelkaart: new proposal for advice to a professional");
    expect(mail.body).toMatch(/What: advice to a professional on school choice/);
    expect(mail.body).toMatch(/Time: 1\.5 hours, remotely/);
    expect(mail.body).not.toMatch(/Where:|a week/);
  });

  test("an information session: date, time and the participants expected", async () => {
    const lang = world.language();
    const kp = await keyPerson("en", lang);
    const mail = await proposedMail(kp, lang, { kind: "INFORMATION_SESSION", session: { ...slot(), expectedParticipants: 30, topics: ["health care"] } });
    expect(mail.subject).toMatch(/^Sleutelkaart: new proposal for an information session on \d+ \w+ \d{4} in Amsterdam$/);
    expect(mail.body).toMatch(/What: an information session for about 30 participants/);
    expect(mail.body).toMatch(/When: \w+, \d+ \w+ \d{4}, \d\d:\d\d–\d\d:\d\d/);
  });
});
