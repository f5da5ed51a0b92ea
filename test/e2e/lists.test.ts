// Lists as react-admin users expect (issue 15, point 6), walked in the browser: the
// coordinator sorts the key persons by clicking the municipality header, finds key persons
// by searching a municipality, filters the requests by municipality and status, and
// downloads them (and the unmet demand) as a Dutch CSV; an organisation's CSV holds only
// its own requests.
import type { Page } from "playwright-core";
import { parseCsv } from "../../server/src/domain/csv";
import { describeWithBrowser, type LaunchedBrowser } from "../support/browser";
import { closeConsole, openConsole } from "../support/console";
import { DAM, UTRECHT } from "../support/fixtures";
import { login as apiLogin, ok } from "../support/graphql";
import type { TestServer } from "../support/server";
import { ListPages } from "./lists-pages";
import { LoginPage } from "./pages";

const DEMO_PASSWORD = "sleutelkaart-demo";

jest.setTimeout(180_000);

/** Polls until `read` returns what `expected` is (deep equality), then asserts it. */
async function until<T>(read: () => Promise<T>, expected: T, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    last = await read();
  }
  expect(last).toEqual(expected);
}

describeWithBrowser("lists: sort, search, filter and export", () => {
  let server: TestServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let login: LoginPage;
  let lists: ListPages;
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => server.dataSource.query(text, params) as Promise<T[]>;

  beforeAll(async () => {
    ({ server, browser, page } = await openConsole());
    login = new LoginPage(page, server.url);
    lists = new ListPages(page, server.url);
    await login.logIn("coordinator@sleutelkaart.demo", DEMO_PASSWORD);
    // requests of the demo organisation: three in Amsterdam, one in Utrecht
    const token = await apiLogin(server.url, "organisatie@sleutelkaart.demo", DEMO_PASSWORD);
    for (const [i, location] of [DAM, DAM, DAM, UTRECHT].entries()) {
      await ok(
        server.url,
        `mutation($input: MatchRequestInput!) { createMatchRequest(input: $input) { id } }`,
        {
          input: {
            caseReference: `E2E-LIJST-${i + 1}`,
            location,
            languageCodes: ["tir"],
            hoursPerWeek: 2.5,
            funding: "ORGANISATION",
            newcomerConsent: true,
          },
        },
        token,
      );
    }
  });

  afterAll(() => closeConsole({ browser, server }));

  it("sorts the key persons by municipality when the header is clicked, and the other way round on a second click", async () => {
    await lists.open("keyPersons");
    const order = async (direction: "ASC" | "DESC") =>
      (
        await sql<{ display_name: string }>(
          `SELECT kp.display_name FROM key_person kp JOIN municipality m ON m.code = kp.home_municipality_code ORDER BY m.name ${direction}, kp.id ${direction} LIMIT 25`,
        )
      ).map((row) => row.display_name);
    await lists.clickHeader("Gemeente", "homeMunicipality.name", "ASC");
    await until(() => lists.column("displayName"), await order("ASC"));
    const municipalities = await lists.column("homeMunicipality.name");
    expect(municipalities.length).toBeGreaterThan(1);
    await lists.clickHeader("Gemeente", "homeMunicipality.name", "DESC");
    await until(() => lists.column("displayName"), await order("DESC"));
  });

  it("finds the key persons of a municipality by searching its name", async () => {
    // a municipality with key persons whose name is in no key person's name and no language's name
    const [{ name, n }] = await sql<{ name: string; n: number }>(
      `SELECT m.name, count(*)::int AS n FROM key_person kp JOIN municipality m ON m.code = kp.home_municipality_code
        WHERE NOT EXISTS (SELECT 1 FROM key_person o WHERE o.display_name ILIKE '%' || m.name || '%')
          AND NOT EXISTS (SELECT 1 FROM language l WHERE l.name ILIKE '%' || m.name || '%' OR l.name_nl ILIKE '%' || m.name || '%')
        GROUP BY m.name HAVING count(*) BETWEEN 2 AND 25 ORDER BY count(*) DESC, m.name LIMIT 1`,
    );
    await lists.open("keyPersons");
    await lists.search(name);
    await until(() => lists.column("homeMunicipality.name"), Array(n).fill(name));
  });

  it("filters the requests by municipality and status, and downloads just those as a Dutch CSV", async () => {
    const [{ code, name }] = await sql<{ code: string; name: string }>(
      `SELECT r.municipality_code AS code, m.name FROM match_request r JOIN municipality m ON m.code = r.municipality_code
        WHERE r.status = 'OPEN' GROUP BY 1, 2 ORDER BY count(*) DESC, m.name LIMIT 1`,
    );
    const expected = await sql<{ case_reference: string }>(
      `SELECT case_reference FROM match_request WHERE municipality_code = $1 AND status = 'OPEN' ORDER BY created_at DESC, id DESC`,
      [code],
    );
    expect(expected.length).toBeGreaterThan(0);
    await lists.open("matchRequests");
    await lists.filterByOption("Gemeente", name);
    await lists.filterBySelect("Status", "Open");
    await until(
      () => lists.column("caseReference"),
      expected.slice(0, 25).map((row) => row.case_reference),
    );

    const file = await lists.downloadCsv();
    expect(file.name).toBe("matchverzoeken.csv");
    expect(file.text.charCodeAt(0)).toBe(0xfeff);
    const header = file.text.slice(1).split("\r\n")[0];
    expect(header).toBe("zaakreferentie;organisatie;gemeente;provincie;talen;expertise;uren_per_week;startdatum;status;aangemaakt_op;onvervuld_sinds");
    const rows = parseCsv(file.text, ";");
    expect(rows.map((row) => row.zaakreferentie)).toEqual(expected.map((row) => row.case_reference.replace(/^([=+\-@])/, "'$1")));
    expect(rows.every((row) => row.gemeente === name && row.status === "Open")).toBe(true);
    // hours with a decimal comma, days as YYYY-MM-DD
    expect(rows.every((row) => /^\d+(,\d+)?$/.test(row.uren_per_week) && /^\d{4}-\d{2}-\d{2}$/.test(row.aangemaakt_op))).toBe(true);
  });

  it("fits a phone: the request lists with their filter and export buttons scroll no page sideways", async () => {
    const small = await browser.context.newPage();
    try {
      await small.setViewportSize({ width: 390, height: 844 });
      for (const resource of ["matchRequests", "unmetRequests", "keyPersons"]) {
        await small.goto(`${server.url}/#/${resource}`);
        await small.locator(".RaList-main").waitFor();
        await small.waitForLoadState("networkidle");
        const width = await small.evaluate(() => document.documentElement.scrollWidth);
        expect({ resource, width: Math.min(width, 390) }).toEqual({ resource, width });
      }
    } finally {
      await small.close();
    }
  });

  it("downloads the unmet demand with the exclusions per rule", async () => {
    const unmet = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM match_request WHERE unmet_since IS NOT NULL`);
    await page.goto(`${server.url}/#/unmetRequests`);
    if (unmet[0].n === 0) {
      await page.getByRole("button", { name: "CSV exporteren" }).waitFor();
      expect(await page.getByRole("button", { name: "CSV exporteren" }).isDisabled()).toBe(true);
      return;
    }
    await lists.rows().first().waitFor();
    const file = await lists.downloadCsv();
    expect(file.name).toBe("onvervulde-verzoeken.csv");
    const rows = parseCsv(file.text, ";");
    expect(rows).toHaveLength(unmet[0].n);
    expect(Object.keys(rows[0])).toContain("uitgesloten_per_regel");
    expect(rows.every((row) => /^\d{4}-\d{2}-\d{2}$/.test(row.onvervuld_sinds))).toBe(true);
  });

  it("an organisation's CSV holds only its own requests", async () => {
    await login.logOut();
    await login.logIn("organisatie@sleutelkaart.demo", DEMO_PASSWORD);
    const [{ n, name }] = await sql<{ n: number; name: string }>(
      `SELECT count(r.id)::int AS n, o.name FROM app_user u JOIN organisation o ON o.id = u.organisation_id LEFT JOIN match_request r ON r.organisation_id = o.id
        WHERE u.email = 'organisatie@sleutelkaart.demo' GROUP BY o.name`,
    );
    expect(n).toBeGreaterThan(0);
    await lists.open("matchRequests");
    const file = await lists.downloadCsv();
    const rows = parseCsv(file.text, ";");
    expect(rows).toHaveLength(n);
    expect(rows.every((row) => row.organisatie === name)).toBe(true);
  });
});
