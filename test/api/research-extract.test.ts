// The research extract (issue 20), over HTTP against the real server: a world of known people
// in two weeks of 2024 (long before the demo's data), some in a dense municipality, some in
// sparse ones. The test checks the file against hand-computed placements, then plays the
// attacker: with what a coordinator can read in the registry it tries to link every row back
// to a key person, and finds at least five candidates each time.
import { parse } from "csv-parse/sync";
import { ManualClock } from "../../server/src/clock";
import { RESEARCH_COLUMNS } from "../../server/src/research/research.service";
import { DEMO, type DemoRole, startDemoServer } from "../support/fixtures";
import type { TestServer } from "../support/server";

jest.setTimeout(120_000);

let server: TestServer;
let tokens: Record<DemoRole, string>;
const clock = new ManualClock(new Date());

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> => server.dataSource.query(text, params);

const START = "2024-03-04"; // Monday of 2024-W10
const END = "2024-03-17"; // Sunday of 2024-W11
const PURPOSE = "Welke kenmerken van sleutelpersonen gaan samen met continuïteit? (onderzoek UvA, 2026)";

/** Who is who in the world, by letter: database ids, names and e-mail addresses, to look for in the file. */
const people = new Map<string, { id: number; name: string; email: string }>();
const requestIds = new Map<string, number>();
let organisationId: number;

async function keyPerson(label: string, municipality: string): Promise<number> {
  const name = `Onderzoek ${label} Testpersoon`;
  const email = `research.${label.toLowerCase()}.${process.pid}@example.nl`;
  const [{ id }] = await sql<{ id: number }>(
    `INSERT INTO key_person (display_name, email, home_lat, home_lon, home_municipality_code, max_travel_km, remote_available,
                             weekly_capacity_hours, compensation_type, created_at)
     SELECT $1, $2, inside_lat, inside_lon, code, 30, false, 8, 'VOLUNTEER', '2020-01-06T09:00:00Z' FROM municipality WHERE code = $3
     RETURNING id`,
    [name, email, municipality],
  );
  await sql(`INSERT INTO key_person_language (key_person_id, language_code, level) VALUES ($1, 'ara', 'NATIVE')`, [id]);
  people.set(label, { id, name, email });
  return id;
}

/** A weekly support request made at `createdAt`; accepted a day later by `by`, or left open. */
async function request(label: string, municipality: string, createdAt: string, by: string | null, declinedBy: string[] = []): Promise<void> {
  const [{ id }] = await sql<{ id: number }>(
    `INSERT INTO match_request (organisation_id, case_reference, lat, lon, municipality_code, language_codes, hours_per_week, starts_on,
                                funding, status, created_at)
     SELECT $1, $2, inside_lat, inside_lon, code, '{ara}', 2, $4::date, 'NATIONAL_SCHEME', $5::match_request_status, $4::timestamptz
       FROM municipality WHERE code = $3 RETURNING id`,
    [organisationId, `onderzoek-${label}`, municipality, createdAt, by ? "MATCHED" : "OPEN"],
  );
  requestIds.set(label, id);
  const at = new Date(createdAt);
  const day = (n: number) => new Date(at.getTime() + n * 86_400_000).toISOString();
  for (const who of declinedBy)
    await sql(
      `INSERT INTO assignment (request_id, key_person_id, status, hours_per_week, proposed_at, respond_by, responded_at, decline_reason)
       VALUES ($1, $2, 'DECLINED', 2, $3, $4, $4, NULL)`,
      [id, people.get(who)!.id, createdAt, day(1)],
    );
  if (by)
    await sql(
      `INSERT INTO assignment (request_id, key_person_id, status, hours_per_week, proposed_at, respond_by, responded_at)
       VALUES ($1, $2, 'ACTIVE', 2, $3, $4, $4)`,
      [id, people.get(by)!.id, createdAt, day(1)],
    );
}

beforeAll(async () => {
  ({ server, tokens } = await startDemoServer({ clock }));
  // Nothing of the demo lies in the period: the world below is all there is.
  expect(await sql(`SELECT id FROM match_request WHERE created_at < '2025-01-01'`)).toEqual([]);
  [{ id: organisationId }] = await sql<{ id: number }>(`SELECT id FROM organisation ORDER BY id LIMIT 1`);

  // A1–A5: Amsterdam (GM0363, PV27), one request each in week 10 → five people: by municipality.
  for (const a of ["A1", "A2", "A3", "A4", "A5"]) await keyPerson(a, "GM0363");
  for (const a of ["A1", "A2", "A3", "A4", "A5"]) await request(`${a}-w10`, "GM0363", "2024-03-05T10:00:00Z", a);
  // B1–B2 in Haarlem (GM0392), B3–B5 in Zaanstad (GM0479), same values → 2 and 3 per municipality,
  // 5 together in Noord-Holland among the rows not kept by municipality: by province. Each has
  // two green check-ins in the period: the count (2) is blanked.
  for (const b of ["B1", "B2"]) await keyPerson(b, "GM0392");
  for (const b of ["B3", "B4", "B5"]) await keyPerson(b, "GM0479");
  for (const b of ["B1", "B2"]) await request(`${b}-w10`, "GM0392", "2024-03-06T10:00:00Z", b);
  for (const b of ["B3", "B4", "B5"]) await request(`${b}-w10`, "GM0479", "2024-03-06T10:00:00Z", b);
  for (const b of ["B1", "B2", "B3", "B4", "B5"])
    for (const at of ["2024-03-07T08:00:00Z", "2024-03-14T08:00:00Z"])
      await sql(`INSERT INTO wellbeing_check_in (key_person_id, at, strain, emotional_impact, support, contact_requested) VALUES ($1, $2, 2, 2, 4, false)`, [
        people.get(b)!.id,
        at,
      ]);
  // C1–C2 in Utrecht (GM0344, PV26): two people, two in the province → left out.
  for (const c of ["C1", "C2"]) await keyPerson(c, "GM0344");
  for (const c of ["C1", "C2"]) await request(`${c}-w10`, "GM0344", "2024-03-07T10:00:00Z", c);
  // D1–D6: six open requests in Amsterdam, each declined by A1 and A2 → six requests: by
  // municipality, with the declined count (2) blanked.
  for (const d of ["D1", "D2", "D3", "D4", "D5", "D6"]) await request(d, "GM0363", "2024-03-08T10:00:00Z", null, ["A1", "A2"]);
  // F2–F5 and A1 again: Amsterdam in week 11 → five people: by municipality. But A1's two rows,
  // read together, point to A1 alone ({A1..A5} ∩ {A1, F2..F5}): A1's pseudonym is blanked.
  for (const f of ["F2", "F3", "F4", "F5"]) await keyPerson(f, "GM0363");
  for (const f of ["A1", "F2", "F3", "F4", "F5"]) await request(`${f}-w11`, "GM0363", "2024-03-12T10:00:00Z", f);
});
afterAll(async () => {
  await server?.stop();
});

async function extract(options: { token?: string | null; query?: Record<string, string> } = {}) {
  const token = options.token === undefined ? tokens.COORDINATOR : options.token;
  const query = new URLSearchParams(options.query ?? { start: START, end: END, purpose: PURPOSE });
  const response = await fetch(`${server.url}/api/research/extract.csv?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const text = await response.text();
  return { status: response.status, type: response.headers.get("content-type"), text };
}

type Row = Record<(typeof RESEARCH_COLUMNS)[number], string>;
const rowsOf = (text: string): Row[] => parse(text, { columns: true }) as Row[];
const auditCount = async () => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'createResearchExtract'`))[0].n;

describe("the research extract", () => {
  let rows: Row[];
  let text: string;
  beforeAll(async () => {
    const response = await extract();
    expect(response.status).toBe(200);
    expect(response.type).toMatch(/^text\/csv/);
    text = response.text;
    rows = rowsOf(text);
  });

  it("has the documented columns and nothing that names or numbers a person, nor an exact date", async () => {
    expect(text.split("\r\n")[0]).toBe(RESEARCH_COLUMNS.join(","));
    const cells = rows.flatMap((row) => Object.values(row));
    for (const person of people.values()) {
      expect(text).not.toContain(person.name);
      expect(text).not.toContain(person.email);
      expect(text).not.toContain("Testpersoon");
    }
    expect(text).not.toContain("onderzoek-"); // case references
    expect(cells.filter((cell) => /\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}/.test(cell))).toEqual([]);
    // Numbers appear only as counts (0 or at least five) in the count columns; never an id.
    const ids = new Set([...[...people.values()].map((p) => String(p.id)), ...[...requestIds.values()].map(String)]);
    const countColumns = ["declined_count", "expired_count", "kp_check_ins_green", "kp_check_ins_amber", "kp_check_ins_red"] as const;
    for (const row of rows) {
      for (const [column, cell] of Object.entries(row)) {
        if ((countColumns as readonly string[]).includes(column)) expect(cell === "" || cell === "0" || Number(cell) >= 5).toBe(true);
        else expect(ids.has(cell)).toBe(false);
      }
      expect(row.key_person).toMatch(/^(|KP-[0-9a-f]{10})$/);
      expect(row.request_week).toMatch(/^\d{4}-W\d{2}$/);
    }
  });

  it("publishes by municipality, by province or not at all, as computed by hand", async () => {
    const summary = rows
      .map((r) => [r.request_week, r.region, r.municipality, r.place_level, r.matched, r.declined_count, r.kp_check_ins_green].join(" "))
      .sort();
    expect(summary).toEqual(
      [
        // A1–A5, week 10, Amsterdam
        ...Array(5).fill("2024-W10 PV27 GM0363 MUNICIPALITY yes 0 0"),
        // B1–B5: Haarlem and Zaanstad coarsened to Noord-Holland; two check-ins each, blanked
        ...Array(5).fill("2024-W10 PV27  PROVINCE yes 0 "),
        // D1–D6: open, declined twice each, blanked
        ...Array(6).fill("2024-W10 PV27 GM0363 MUNICIPALITY no  "),
        // A1, F2–F5, week 11, Amsterdam
        ...Array(5).fill("2024-W11 PV27 GM0363 MUNICIPALITY yes 0 0"),
      ].sort(),
    );
    // C1–C2 (Utrecht, PV26) are left out.
    expect(rows.filter((r) => r.region === "PV26")).toEqual([]);
    // The other values of a matched row, the same for all of them here.
    const a = rows.find((r) => r.request_week === "2024-W10" && r.municipality === "GM0363" && r.matched === "yes")!;
    expect(a).toMatchObject({
      request_kind: "CASE_SUPPORT",
      languages_requested: "ara",
      expertise_required: "",
      days_to_first_acceptance: "0-1",
      expired_count: "0",
      support_weeks: "26+",
      hours_declared: "0",
      moved: "no",
      after_move: "",
      kp_experience_years: "3+",
      kp_languages: "0-1",
      kp_qualifications: "0",
      kp_capacity_hours: "8-15",
      kp_check_ins_amber: "0",
      kp_check_ins_red: "0",
      kp_supervision: "NEVER",
    });
    // Pseudonyms: one per key person; A1's is blanked on both its rows, so 4 + 5 + 4 = 13 distinct, and two blanks among the matched.
    const matched = rows.filter((r) => r.matched === "yes");
    expect(matched.filter((r) => r.key_person === "").length).toBe(2);
    expect(new Set(matched.map((r) => r.key_person).filter(Boolean)).size).toBe(13);
    expect(rows.filter((r) => r.matched === "no").every((r) => r.key_person === "")).toBe(true);
  });

  it("cannot be linked back to a key person with the registry's own data", async () => {
    // What a coordinator can read: every request with its place, week, kind, languages and
    // expertise; who accepted it first; that key person's languages, capacity and registration.
    const registry = await sql<{
      request_id: number;
      municipality_code: string;
      province_code: string;
      week: string;
      kind: string;
      languages: string;
      expertise: string;
      key_person_id: number | null;
      kp_languages: number | null;
      kp_capacity: number | null;
    }>(
      `SELECT r.id AS request_id, r.municipality_code, m.province_code, to_char(r.created_at AT TIME ZONE 'Europe/Amsterdam', 'IYYY-"W"IW') AS week,
              r.kind::text AS kind, array_to_string(r.language_codes, '|') AS languages, array_to_string(r.expertise_codes, '|') AS expertise,
              a.key_person_id, (SELECT count(*)::int FROM key_person_language l WHERE l.key_person_id = a.key_person_id) AS kp_languages,
              kp.weekly_capacity_hours AS kp_capacity
         FROM match_request r JOIN municipality m ON m.code = r.municipality_code
         LEFT JOIN assignment a ON a.request_id = r.id AND a.status = 'ACTIVE'
         LEFT JOIN key_person kp ON kp.id = a.key_person_id
        WHERE r.created_at BETWEEN '2024-03-01' AND '2024-03-20'`,
    );
    expect(registry.length).toBe(23);
    const candidatesOf = (row: Row): Set<string> =>
      new Set(
        registry
          .filter(
            (r) =>
              r.week === row.request_week &&
              r.province_code === row.region &&
              (row.municipality === "" || r.municipality_code === row.municipality) &&
              r.kind === row.request_kind &&
              r.languages === row.languages_requested &&
              r.expertise === row.expertise_required &&
              (r.key_person_id !== null) === (row.matched === "yes") &&
              (r.key_person_id === null || (r.kp_languages === 1 && row.kp_languages === "0-1" && r.kp_capacity === 8 && row.kp_capacity_hours === "8-15")),
          )
          .map((r) => (r.key_person_id !== null ? `kp:${r.key_person_id}` : `request:${r.request_id}`)),
      );
    // Every row on its own: at least five people it could be.
    for (const row of rows) expect(candidatesOf(row).size).toBeGreaterThanOrEqual(5);
    // Rows read together through their pseudonym: still at least five.
    const byPseudonym = new Map<string, Row[]>();
    for (const row of rows.filter((r) => r.key_person)) byPseudonym.set(row.key_person, [...(byPseudonym.get(row.key_person) ?? []), row]);
    for (const [, together] of byPseudonym) {
      const common = together.map(candidatesOf).reduce((a, b) => new Set([...a].filter((p) => b.has(p))));
      expect(common.size).toBeGreaterThanOrEqual(5);
    }
    // Without the rule, A1 would have been found: its two rows would have pointed to it alone.
    const a1 = [
      rows.find((r) => r.request_week === "2024-W10" && r.municipality === "GM0363" && r.matched === "yes")!,
      rows.find((r) => r.request_week === "2024-W11")!,
    ].map(candidatesOf);
    expect([...a1[0]].filter((p) => a1[1].has(p))).toEqual([`kp:${people.get("A1")!.id}`]);
  });

  it("draws new pseudonyms for every extract", async () => {
    const again = rowsOf((await extract()).text);
    const first = new Set(rows.map((r) => r.key_person).filter(Boolean));
    const second = new Set(again.map((r) => r.key_person).filter(Boolean));
    expect(second.size).toBe(13);
    expect([...second].filter((p) => first.has(p))).toEqual([]);
  });

  it("is audited with who, the period, the purpose and the row counts", async () => {
    const [entry] = await sql<{ actor_user_id: number; actor_role: string; entity_type: string; detail: Record<string, unknown> }>(
      `SELECT actor_user_id, actor_role, entity_type, detail FROM audit_log WHERE action = 'createResearchExtract' ORDER BY id DESC LIMIT 1`,
    );
    const [{ id: coordinatorId }] = await sql<{ id: number }>(`SELECT id FROM app_user WHERE email = $1`, [DEMO.COORDINATOR]);
    expect(entry).toEqual({
      actor_user_id: coordinatorId,
      actor_role: "COORDINATOR",
      entity_type: "ResearchExtract",
      detail: { start: START, end: END, purpose: PURPOSE, requests: 23, rows: 21, municipality: 16, province: 5, suppressed: 2, pseudonymsBlanked: 1 },
    });
  });
});

describe("who may make one, and what is refused", () => {
  test.each(["REGIONAL_COORDINATOR", "ORGANISATION", "KEY_PERSON"] as const)("%s is refused, and nothing is audited", async (role) => {
    const before = await auditCount();
    const response = await extract({ token: tokens[role] });
    expect(response.status).toBe(403);
    expect(JSON.parse(response.text).error).toMatchObject({ code: "FORBIDDEN", reason: "ROLE_NOT_ALLOWED" });
    expect(await auditCount()).toBe(before);
  });

  test("without a token: UNAUTHENTICATED", async () => {
    const response = await extract({ token: null });
    expect(response.status).toBe(401);
    expect(JSON.parse(response.text).error).toMatchObject({ code: "UNAUTHENTICATED", reason: "NOT_SIGNED_IN" });
  });

  test.each([
    ["purpose", "VALUE_REQUIRED", { start: START, end: END }, {}],
    ["purpose", "VALUE_REQUIRED", { start: START, end: END, purpose: "   " }, {}],
    ["purpose", "TEXT_TOO_LONG", { start: START, end: END, purpose: "x".repeat(501) }, { max: 500 }],
    ["start", "VALUE_REQUIRED", { end: END, purpose: PURPOSE }, {}],
    ["start", "NOT_A_DATE", { start: "4 maart", end: END, purpose: PURPOSE }, { value: "4 maart" }],
    ["end", "NOT_A_DATE", { start: START, end: "2024-02-31", purpose: PURPOSE }, { value: "2024-02-31" }],
    ["end", "PERIOD_INVALID", { start: END, end: START, purpose: PURPOSE }, {}],
    ["end", "PERIOD_INVALID", { start: "2024-01-01", end: "2025-01-02", purpose: PURPOSE }, {}],
  ])("BAD_USER_INPUT on %s (%s), case %#, not audited", async (field, reason, query, params) => {
    const before = await auditCount();
    const response = await extract({ query: query as Record<string, string> });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text).error).toMatchObject({ code: "BAD_USER_INPUT", reason, params, field });
    expect(await auditCount()).toBe(before);
  });
});
