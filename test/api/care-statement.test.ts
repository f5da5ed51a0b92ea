// The yearly recognition statement (issue 17): a PDF in Dutch or English with verified
// qualifications, attended group activities and declared hours; the key person downloads
// their own, coordinators anyone's, organisations and other key persons none; audited.
// The text is read back from the PDF itself (test/support/pdf-text.ts).
import { ManualClock } from "../../server/src/clock";
import { grantVerifiedQualification } from "../../server/src/qualifications/qualification.service";
import { gql, ok } from "../support/graphql";
import { OversightWorld, failure, type KeyPerson, type Organisation } from "../support/oversight-fixtures";
import { pdfText } from "../support/pdf-text";
import type { TestServer } from "../support/server";

jest.setTimeout(90_000);

const clock = new ManualClock(new Date("2025-06-16T10:00:00Z"));
let server: TestServer;
let world: OversightWorld;
let org: Organisation;
let kp: KeyPerson;
let other: KeyPerson;

const STATEMENT = `query($k: ID!, $y: Int!, $l: String!) { recognitionStatement(keyPersonId: $k, year: $y, locale: $l) { fileName contentType base64 } }`;
/** A name in Latin with accents, Cyrillic and Ge'ez (Tigrinya). */
const NAME = "Selam Ḥagos Зоя ሰላም";

const download = async (token: string, year: number, locale: string) => {
  const { recognitionStatement } = await ok(world.url, STATEMENT, { k: kp.id, y: year, l: locale }, token);
  return { ...recognitionStatement, text: pdfText(Buffer.from(recognitionStatement.base64, "base64")) };
};

beforeAll(async () => {
  ({ server, world } = await OversightWorld.start(clock));
  org = await world.organisation();
  [kp, other] = await Promise.all([world.keyPerson({ name: NAME }), world.keyPerson({ name: "Other" })]);
  const assignmentId = await world.assignment(org, kp);
  await world.declare(kp, assignmentId, "2025-06-16", 2.5);
  await world.declare(kp, assignmentId, "2025-06-16", 1.25);
  const [{ id: coordinatorId }] = await server.dataSource.query(`SELECT id FROM app_user WHERE role = 'COORDINATOR' LIMIT 1`);
  // An attended training (groups' tables) that granted a verified qualification (quals' function).
  const [{ id: activityId }] = await server.dataSource.query(
    `INSERT INTO group_activity (kind, title, starts_at, ends_at, capacity, online_url, qualification_code, created_by_user_id)
     VALUES ('TRAINING', 'Basistraining voorjaar', '2025-03-04T09:00:00Z', '2025-03-04T12:00:00Z', 20, 'https://meet.example.org/t', 'KEY_PERSON_BASIC', $1) RETURNING id`,
    [coordinatorId],
  );
  await server.dataSource.query(
    `INSERT INTO group_activity_invitation (activity_id, key_person_id, invited_at, answer, attended) VALUES ($1, $2, now(), 'ATTENDING', true)`,
    [activityId, Number(kp.id)],
  );
  await grantVerifiedQualification(server.dataSource.manager, {
    keyPersonId: Number(kp.id),
    code: "KEY_PERSON_BASIC",
    obtainedOn: "2025-03-04",
    issuer: "Sleutelkaart",
    groupActivityId: activityId,
    verifiedByUserId: coordinatorId,
  });
});
afterAll(async () => {
  await server?.stop();
});

describe("the recognition statement", () => {
  test("Dutch, downloaded by the key person: qualification, training, hours and the name in its own scripts", async () => {
    const { rows, result } = await world.audited("downloadRecognitionStatement", () => download(kp.token, 2025, "nl"));
    expect(result.contentType).toBe("application/pdf");
    expect(result.fileName).toBe(`erkenningsverklaring-2025-${kp.id}.pdf`);
    expect(Buffer.from(result.base64, "base64").subarray(0, 5).toString()).toBe("%PDF-");
    const text = result.text;
    expect(text).toContain("Erkenningsverklaring 2025");
    expect(text).toContain("Landelijke basistraining sleutelpersonen");
    expect(text).toContain("Basistraining voorjaar");
    expect(text).toContain("3 uur"); // the training: 9:00–12:00
    expect(text).toContain("3,75 uur"); // 2.5 + 1.25 hours of support
    expect(text).toContain("Aantal ondersteunde aanvragen: 1");
    // DejaVu Sans draws Latin with accents and Cyrillic; Ge'ez it lacks becomes "?", never a made-up transliteration.
    expect(text).toMatch(/Selam (Ḥ|H)agos Зоя \?+/);
    expect(rows).toHaveLength(1);
    expect(rows[0].detail).toEqual({ year: 2025, locale: "nl" });
  });

  test("English, downloaded by a coordinator", async () => {
    const { text, fileName } = await download(world.coordinator, 2025, "en");
    expect(fileName).toBe(`recognition-statement-2025-${kp.id}.pdf`);
    expect(text).toContain("Recognition statement 2025");
    expect(text).toContain("National key-person basic training");
    expect(text).toContain("Supporting newcomers: 3.75 h");
  });

  test("a year without anything says so", async () => {
    const { text } = await download(kp.token, 2024, "en");
    expect(text).toContain("None in this year.");
    expect(text).toContain("Total: 0 h");
  });

  test("refusals: another key person, an organisation, a future year, an unknown language; nothing audited", async () => {
    const { rows } = await world.audited("downloadRecognitionStatement", async () => {
      expect(["NOT_FOUND", "FORBIDDEN"]).toContain(failure(await gql(world.url, STATEMENT, { k: kp.id, y: 2025, l: "nl" }, other.token)).code);
      expect(failure(await gql(world.url, STATEMENT, { k: kp.id, y: 2025, l: "nl" }, org.token)).code).toBe("FORBIDDEN");
      const future = failure(await gql(world.url, STATEMENT, { k: kp.id, y: 2026, l: "nl" }, kp.token));
      expect(future.reason).toBe("NUMBER_OUT_OF_RANGE");
      expect(future.params).toEqual({ min: 2020, max: 2025 });
      expect(failure(await gql(world.url, STATEMENT, { k: kp.id, y: 2025, l: "de" }, kp.token)).reason).toBe("UNKNOWN_LOCALE");
    });
    expect(rows).toEqual([]);
  });
});
