// Payment files a bank takes: before exporting, a funder sees which approved lines would be
// left out for want of an IBAN (and whose); the export leaves them out (they stay for a
// later one) and lists them; the CSV has Dutch headers and decimal commas for hours and
// euros alike; beside it a SEPA credit transfer (pain.001.001.03) from the funder's own
// account, valid against the official ISO 20022 schema (test/fixtures/iso20022).
import { readFileSync } from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";
import { ManualClock } from "../../server/src/clock";
import { CompensationWorld, csvRecords, failure, parseCsv, type KeyPerson, type Organisation } from "../support/compensation-fixtures";
import { gql, ok, rowCounts, type GraphQLResponse } from "../support/graphql";
import { startTestServer, type TestServer } from "../support/server";

jest.setTimeout(60_000);

const XSD = readFileSync(path.resolve(__dirname, "../fixtures/iso20022/pain.001.001.03.xsd"), "utf8");
const clock = new ManualClock(new Date("2025-03-03T08:00:00Z"));
const SET_IBAN = `mutation($k: ID!, $iban: String!) { setPaymentDetails(keyPersonId: $k, iban: $iban) }`;
const PREVIEW = `query($o: ID, $f: Date!, $t: Date!) { paymentExportPreview(organisationId: $o, from: $f, to: $t) {
  lineCount totalCents leftOut { keyPersonId keyPersonName missing lineCount amountCents } payerAccount { name iban bic } } }`;
const EXPORT = `mutation($o: ID, $f: Date!, $t: Date!, $l: String) { exportPayments(organisationId: $o, from: $f, to: $t, locale: $l) {
  id lineCount totalCents csv sepaXml leftOut { keyPersonId keyPersonName missing lineCount amountCents } } }`;
const SET_PAYER = `mutation($o: ID, $i: PayerAccountInput!) { setPayerAccount(organisationId: $o, input: $i) { name iban bic } }`;

let server: TestServer;
let world: CompensationWorld;
let orgA: Organisation;
let orgB: Organisation;
let amina: KeyPerson;
let noor: KeyPerson;
let zoe: KeyPerson;
let aminaA: string;
let noorA: string;
let zoeA: string;
let noorB: string;

beforeAll(async () => {
  server = await startTestServer({ clock });
  world = await CompensationWorld.create(server, clock);
  [orgA, orgB] = await Promise.all([world.organisation("GGD Zuid"), world.organisation("COA Noord")]);
  [amina, noor, zoe] = await Promise.all([
    world.keyPerson({ name: "Amina Yusuf" }),
    world.keyPerson({ name: "Noor Haddad" }),
    world.keyPerson({ name: `Zoë Ölçer & "Partners"` }),
  ]);
  [aminaA, noorA, zoeA, noorB] = await Promise.all([
    world.assignment(orgA, amina),
    world.assignment(orgA, noor),
    world.assignment(orgA, zoe),
    world.assignment(orgB, noor),
  ]);
  await world.setClock("2025-06-16T10:00:00Z");
  await ok(world.url, SET_IBAN, { k: amina.id, iban: "NL91 ABNA 0417 1643 00" }, amina.token);
  await ok(world.url, SET_IBAN, { k: zoe.id, iban: "DE89 3704 0044 0532 0130 00" }, zoe.token);
});
afterAll(async () => {
  await server?.stop();
});

/** The refusal's code, reason and parameters; and that nothing changed. */
async function refused(run: () => Promise<GraphQLResponse>) {
  const before = await rowCounts(server.dataSource);
  const response = await run();
  const { code } = failure(response);
  expect(await rowCounts(server.dataSource)).toEqual(before);
  const extensions = response.errors?.[0].extensions as { reason?: string; params?: unknown } | undefined;
  return { code, reason: extensions?.reason, params: extensions?.params };
}

/** The SEPA file checked against the official XSD; xmllint's errors if it is not valid. */
async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: "export.xml", contents: xml }], schema: [{ fileName: "pain.001.001.03.xsd", contents: XSD }] });
  return result.errors.map((e) => e.rawMessage);
}

const tag = (xml: string, name: string): string[] => [...xml.matchAll(new RegExp(`<${name}[^>]*>([^<]*)</${name}>`, "g"))].map((m) => m[1]);

describe("a payment export a bank takes", () => {
  let noorLines: string[] = [];

  test("before exporting, the preview says what is left out for want of an IBAN, and whose", async () => {
    await world.approved(amina, aminaA, orgA.token, "2025-05-06", 2.5); // 1400
    await world.approved(zoe, zoeA, orgA.token, "2025-05-07", 3); // 1680
    const tram = await world.claim(zoe, { assignmentId: zoeA, kind: "PUBLIC_TRANSPORT", amountCents: 1250, date: "2025-05-08", description: "Tram" });
    await world.reviewClaim(orgA.token, tram.id);
    noorLines = [
      (await world.approved(noor, noorA, orgA.token, "2025-05-09", 1)).id, // 560
      (await world.approved(noor, noorA, orgA.token, "2025-05-12", 2)).id, // 1120
    ];

    const { paymentExportPreview: preview } = await ok(world.url, PREVIEW, { o: orgA.id, f: "2025-05-01", t: "2025-05-31" }, orgA.token);
    expect(preview).toEqual({
      lineCount: 3,
      totalCents: 1400 + 1680 + 1250,
      leftOut: [{ keyPersonId: noor.id, keyPersonName: "Noor Haddad", missing: ["IBAN"], lineCount: 2, amountCents: 1680 }],
      payerAccount: null,
    });
  });

  test("the funder sets the account it pays from; a wrong IBAN, BIC or name changes nothing", async () => {
    for (const [input, reason] of [
      [{ name: "GGD Zuid", iban: "NL92ABNA0417164300" }, "PAYER_IBAN_INVALID"],
      [{ name: "GGD Zuid", iban: "NL91ABNA0417164300", bic: "ABN" }, "PAYER_BIC_INVALID"],
      [{ name: " ", iban: "NL91ABNA0417164300" }, "PAYER_NAME_INVALID"],
    ] as const) {
      const result = await refused(() => gql(world.url, SET_PAYER, { o: orgA.id, i: input }, orgA.token));
      expect(result).toMatchObject({ code: "BAD_USER_INPUT", reason });
    }
    expect((await refused(() => gql(world.url, SET_PAYER, { o: orgA.id, i: { name: "X", iban: "NL91ABNA0417164300" } }, orgB.token))).code).toBe("FORBIDDEN");

    const { setPayerAccount } = await ok(
      world.url,
      SET_PAYER,
      { o: orgA.id, i: { name: "GGD Zuid", iban: "nl44 rabo 0123 4567 89", bic: "rabonl2u" } },
      orgA.token,
    );
    expect(setPayerAccount).toEqual({ name: "GGD Zuid", iban: "NL44RABO0123456789", bic: "RABONL2U" });
  });

  test("the export leaves those lines out and lists them; the CSV is Dutch; the SEPA file is valid pain.001.001.03", async () => {
    const { exportPayments: batch } = await ok(world.url, EXPORT, { o: orgA.id, f: "2025-05-01", t: "2025-05-31", l: "nl" }, orgA.token);
    expect(batch).toMatchObject({ lineCount: 3, totalCents: 4330 });
    expect(batch.leftOut).toEqual([{ keyPersonId: noor.id, keyPersonName: "Noor Haddad", missing: ["IBAN"], lineCount: 2, amountCents: 1680 }]);

    // Dutch headers; hours and euros with the same decimal comma
    expect(parseCsv(batch.csv)[0]).toEqual([
      "referentie",
      "soort",
      "sleutelpersoon_id",
      "sleutelpersoon",
      "iban",
      "datum",
      "uren",
      "omschrijving",
      "bedrag_cent",
      "bedrag_eur",
      "periode",
      "export",
    ]);
    const lines = csvRecords(batch.csv);
    expect(lines.map((l) => [l.sleutelpersoon, l.soort, l.uren, l.bedrag_eur])).toEqual([
      ["Amina Yusuf", "UREN", "2,5", "14,00"],
      ['Zoë Ölçer & "Partners"', "UREN", "3", "16,80"],
      ['Zoë Ölçer & "Partners"', "DECLARATIE", "", "12,50"],
    ]);
    expect(lines.every((l) => l.iban !== "")).toBe(true);

    // the SEPA file: valid against the official schema, one transfer per key person
    expect(batch.sepaXml).not.toBeNull();
    expect(await schemaErrors(batch.sepaXml)).toEqual([]);
    expect(tag(batch.sepaXml, "NbOfTxs")).toEqual(["2", "2"]);
    expect(tag(batch.sepaXml, "CtrlSum")).toEqual(["43.30", "43.30"]);
    expect(tag(batch.sepaXml, "IBAN")).toEqual(["NL44RABO0123456789", "NL91ABNA0417164300", "DE89370400440532013000"]);
    expect(tag(batch.sepaXml, "BIC")).toEqual(["RABONL2U"]);
    expect(tag(batch.sepaXml, "InstdAmt")).toEqual(["14.00", "29.30"]);
    // names in the SEPA character set: accents off, other signs gone
    expect(tag(batch.sepaXml, "Nm")).toEqual(["GGD Zuid", "GGD Zuid", "Amina Yusuf", "Zoe Olcer Partners"]);
    expect(tag(batch.sepaXml, "Ustrd")[0]).toContain(`2025-05-01 t/m 2025-05-31, export ${batch.id}`);

    // Noor's lines were not exported: they wait for her IBAN
    const exported = (await world.hourEntries(orgA.token)).items.filter((h: { exportedAt: string | null }) => h.exportedAt).map((h: { id: string }) => h.id);
    expect(exported).not.toContain(noorLines[0]);
    expect(exported).not.toContain(noorLines[1]);
  });

  test("a period whose every line lacks an IBAN is refused, naming the count, and changes nothing", async () => {
    const result = await refused(() => gql(world.url, EXPORT, { o: orgA.id, f: "2025-05-01", t: "2025-05-31", l: "nl" }, orgA.token));
    expect(result).toEqual({ code: "BAD_USER_INPUT", reason: "EXPORT_ALL_WITHOUT_IBAN", params: { lineCount: 2, keyPersonCount: 1 } });
  });

  test("once the IBAN is there, the next export pays the lines left out", async () => {
    await ok(world.url, SET_IBAN, { k: noor.id, iban: "NL91ABNA0417164300" }, noor.token);
    const { exportPayments: batch } = await ok(world.url, EXPORT, { o: orgA.id, f: "2025-05-01", t: "2025-05-31", l: "en" }, orgA.token);
    expect(batch).toMatchObject({ lineCount: 2, totalCents: 1680, leftOut: [] });
    // English headers, decimal points for both hours and euros
    expect(csvRecords(batch.csv).map((l) => [l.hours, l.amount_eur])).toEqual([
      ["1", "5.60"],
      ["2", "11.20"],
    ]);
    expect(await schemaErrors(batch.sepaXml)).toEqual([]);
  });

  test("without a payer account the export gives the CSV and no SEPA file", async () => {
    await world.approved(noor, noorB, orgB.token, "2025-05-13", 1.5);
    const { exportPayments: batch } = await ok(world.url, EXPORT, { o: orgB.id, f: "2025-05-01", t: "2025-05-31" }, orgB.token);
    expect(batch).toMatchObject({ lineCount: 1, sepaXml: null, leftOut: [] });
    // the caller's language (Dutch by default): a decimal comma
    expect(csvRecords(batch.csv)[0]).toMatchObject({ uren: "1,5", bedrag_eur: "8,40" });
  });
});

test("erasing a key person takes their name and IBAN out of the CSV, the SEPA file and the list of lines left out", async () => {
  expect(
    (
      await ok(
        world.url,
        `mutation($k: ID!, $c: String!) { eraseKeyPerson(keyPersonId: $k, confirm: $c) }`,
        { k: noor.id, c: "Noor Haddad" },
        world.coordinator,
      )
    ).eraseKeyPerson,
  ).toBe(true);
  const files: { csv: string; sepa_xml: string | null; left_out: unknown }[] = await server.dataSource.query(
    `SELECT csv, sepa_xml, left_out FROM payment_export ORDER BY id`,
  );
  const everything = JSON.stringify(files);
  expect(everything).not.toContain("Noor Haddad");
  // her IBAN, filled in before the second export
  expect(files.map((f) => f.csv + (f.sepa_xml ?? "")).join("")).not.toContain("NL91ABNA0417164300;2025-05-09");
  expect(files[0].left_out).toEqual([expect.objectContaining({ keyPersonId: noor.id, lineCount: 2, amountCents: 1680 })]);
  expect(await schemaErrors(files[0].sepa_xml!)).toEqual([]);
});

test("the schema check catches what a bank would refuse (an amount with three decimals)", async () => {
  const { paymentExports } = await ok(world.url, `{ paymentExports(perPage: 1) { items { sepaXml } } }`, {}, orgA.token);
  const xml: string = paymentExports.items[0].sepaXml;
  expect(await schemaErrors(xml)).toEqual([]);
  expect(await schemaErrors(xml.replace(/<InstdAmt Ccy="EUR">([0-9.]+)<\/InstdAmt>/, '<InstdAmt Ccy="EUR">$1.5</InstdAmt>'))).not.toEqual([]);
});
