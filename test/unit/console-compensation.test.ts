import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { canAccess } from "../../admin/src/canAccess";
import { proposedRoundTripKm, distanceKm } from "../../admin/src/claims/distance";
import { formatIban, isValidIban } from "../../admin/src/claims/iban";
import { newIdempotencyKey } from "../../admin/src/claims/idempotency";
import { eurosToCents, parseDecimal } from "../../admin/src/compensation/money";
import { firstKindWithItems } from "../../admin/src/dashboard/actions";
import { reachClass, sortForTable, type CoverageRow } from "../../admin/src/dashboard/coverage";
import { buildQuery } from "../../admin/src/dataProvider/buildQuery";
import en from "../../admin/src/i18n/en";
import nl from "../../admin/src/i18n/nl";
import { addDays, isoWeek, mondayOf, parseIsoDate, toIsoDate, weekDates } from "../../admin/src/hours/week";

// The console's pure parts of hours, claims, review and oversight (issues 4 and 5):
// calendar weeks, distances, money, IBANs, the action
// list and coverage order, the GraphQL the dataProvider sends, and every message key.

type Messages = Record<string, unknown>;

const lookup = (messages: Messages, key: string): unknown =>
  key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Messages)[part] : undefined), messages);

describe("the week view's calendar", () => {
  it.each([
    ["2025-11-24", "2025-11-24"], // a Monday
    ["2025-11-27", "2025-11-24"],
    ["2025-11-30", "2025-11-24"], // a Sunday belongs to the week before
    ["2026-01-01", "2025-12-29"],
  ])("the Monday of %s is %s", (day, monday) => {
    expect(toIsoDate(mondayOf(parseIsoDate(day)))).toBe(monday);
  });

  it("lists Monday to Sunday", () => {
    expect(weekDates(parseIsoDate("2025-03-31"))).toEqual(["2025-03-31", "2025-04-01", "2025-04-02", "2025-04-03", "2025-04-04", "2025-04-05", "2025-04-06"]);
  });

  it.each([
    ["2025-11-24", 2025, 48],
    ["2026-01-01", 2026, 1],
    ["2024-12-30", 2025, 1],
    ["2021-01-03", 2020, 53],
  ])("%s lies in ISO week %i-%i", (day, year, week) => {
    expect(isoWeek(parseIsoDate(day))).toEqual({ year, week });
  });

  it("adds days across a daylight saving change", () => {
    expect(toIsoDate(addDays(parseIsoDate("2025-03-29"), 2))).toBe("2025-03-31");
  });
});

describe("the km a travel claim proposes", () => {
  const dam = { lat: 52.3731, lon: 4.8926 };
  const neude = { lat: 52.0928, lon: 5.1187 };

  it("measures as the crow flies, about 35 km from the Dam to Utrecht", () => {
    expect(distanceKm(dam, neude)).toBeGreaterThan(34);
    expect(distanceKm(dam, neude)).toBeLessThan(36);
  });

  it("proposes there and back, to 0.1 km", () => {
    const km = proposedRoundTripKm(dam, neude)!;
    expect(km).toBeCloseTo(2 * distanceKm(dam, neude), 1);
    expect(Math.round(km * 10)).toBe(km * 10);
  });

  it("proposes nothing without both places", () => {
    expect(proposedRoundTripKm(null, neude)).toBeNull();
    expect(proposedRoundTripKm(dam, undefined)).toBeNull();
  });
});

describe("money and numbers as typed", () => {
  it.each([
    ["12,50", 1250],
    ["12.50", 1250],
    ["€ 3", 300],
    [5.6, 560],
    [0.23, 23],
    ["", null],
    ["abc", null],
  ])("%p euros is %p cents", (input, cents) => {
    expect(eurosToCents(input)).toBe(cents);
  });

  it("reads a decimal comma", () => {
    expect(parseDecimal("2,5")).toBe(2.5);
    expect(parseDecimal(" ")).toBeNull();
  });
});

describe("IBAN", () => {
  it.each([
    ["NL91ABNA0417164300", true],
    ["nl91 abna 0417 1643 00", true],
    ["NL91ABNA0417164301", false],
    ["NL91", false],
  ])("%s is valid: %p", (iban, valid) => {
    expect(isValidIban(iban)).toBe(valid);
  });

  it("groups by four", () => {
    expect(formatIban("nl91abna0417164300")).toBe("NL91 ABNA 0417 1643 00");
  });
});

describe("the idempotency key of a claim form", () => {
  it("is a fresh UUID each time", () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });
});

describe("the action list", () => {
  it.each([
    ["opens on the most urgent kind with items", [0, 2, 5, 0, 1], "RED"],
    ["someone who asked for contact comes first", [1, 2, 5, 0, 1], "CONTACT_REQUESTED"],
    ["only stale profiles", [0, 0, 0, 0, 3], "STALE"],
    ["nothing needs action", [0, 0, 0, 0, 0], null],
  ])("%s", (_name, numbers, expected) => {
    const kinds = ["CONTACT_REQUESTED", "RED", "SUPERVISION_OVERDUE", "SUPERVISION_DUE", "STALE"];
    expect(firstKindWithItems(kinds.map((kind, i) => ({ kind, count: numbers[i] })))).toBe(expected);
  });
});

describe("coverage", () => {
  it.each([
    [0, "none"],
    [1, "one"],
    [4, "few"],
    [5, "many"],
  ])("%i reachable is %s", (reachable, expected) => {
    expect(reachClass(reachable)).toBe(expected);
  });

  it("puts unmet requests first, then the places nobody reaches", () => {
    const row = (name: string, reachable: number, unmetRequests: number): CoverageRow => ({
      id: name,
      municipality: { code: name, name, province: "P" },
      reachable,
      unmetRequests,
    });
    const sorted = sortForTable([row("Assen", 3, 0), row("Breda", 0, 0), row("Delft", 2, 1), row("Ede", 0, 0)]);
    expect(sorted.map((r) => r.id)).toEqual(["Delft", "Breda", "Ede", "Assen"]);
  });
});

describe("the dataProvider's compensation and oversight operations", () => {
  it("sends a km claim without an amount, and another with cents", () => {
    const km = buildQuery("create", "expenseClaims", {
      data: { idempotencyKey: "k1", kind: "OWN_TRANSPORT_KM", assignmentId: "7", date: "2025-03-01", km: 24.6, amount: "9", description: " Naar azc " },
    });
    expect(String(km.query)).toContain("submitExpenseClaim");
    expect(km.variables).toEqual({
      input: { idempotencyKey: "k1", kind: "OWN_TRANSPORT_KM", assignmentId: "7", date: "2025-03-01", description: "Naar azc", km: 24.6, amountCents: null },
    });
    const other = buildQuery("create", "expenseClaims", {
      data: { idempotencyKey: "k2", kind: "PUBLIC_TRANSPORT", assignmentId: "", date: "2025-03-01", km: null, amount: "12,40", description: "Trein" },
    });
    expect(other.variables.input).toMatchObject({ assignmentId: null, km: null, amountCents: 1240 });
  });

  it("reviews with approve and a trimmed reason", () => {
    const built = buildQuery("update", "hourEntries", { id: "5", data: { approve: false, reason: "  wrong day " }, previousData: { id: "5" } });
    expect(String(built.query)).toContain("reviewHours");
    expect(built.variables).toEqual({ id: "5", approve: false, reason: "wrong day" });
  });

  it("asks only for what the funder reviews", () => {
    const built = buildQuery("getList", "hourEntries", {
      pagination: { page: 2, perPage: 25 },
      sort: { field: "id", order: "ASC" },
      filter: { toReview: true, status: "SUBMITTED", q: "ignored" },
    });
    expect(built.variables).toEqual({ filter: { toReview: true, status: "SUBMITTED" }, page: 2, perPage: 25 });
  });

  it("turns the year's figures from euros into cents", () => {
    const built = buildQuery("update", "compensationRules", {
      id: 2026,
      data: { hourlyRate: 5.6, hourlyRateUnder21: 3.3, monthCap: 210, yearCap: 2100, kmRate: 0.23 },
      previousData: { id: 2026 },
    });
    expect(built.variables).toEqual({
      year: 2026,
      input: { hourlyRateCents: 560, hourlyRateUnder21Cents: 330, monthCapCents: 21000, yearCapCents: 210000, kmRateCents: 23 },
    });
  });

  it("offers hours on active assignments and on those completed in the last 60 days", () => {
    const built = buildQuery("getList", "declarableAssignments", { pagination: { page: 1, perPage: 100 }, sort: { field: "id", order: "ASC" }, filter: {} });
    const recent = new Date(Date.now() - 10 * 86_400_000).toISOString();
    const old = new Date(Date.now() - 90 * 86_400_000).toISOString();
    const parsed = built.parseResponse({
      result: { items: [{ id: "1", status: "ACTIVE", endedAt: null }] },
      completed: {
        items: [
          { id: "2", status: "COMPLETED", endedAt: recent },
          { id: "3", status: "COMPLETED", endedAt: old },
        ],
      },
    } as never);
    expect((parsed.data as { id: string }[]).map((a) => a.id)).toEqual(["1", "2"]);
  });

  it("reads and sets a funder's hourly rate, null meaning the legal maximum", () => {
    const national = buildQuery("getOne", "allowanceRates", { id: "NATIONAL_SCHEME" });
    expect(national.variables).toEqual({ organisationId: null });
    expect(national.parseResponse({ result: "Query", rate: null } as never)).toEqual({ data: { id: "NATIONAL_SCHEME", hourlyRateCents: null } });
    const own = buildQuery("update", "allowanceRates", { id: "12", data: { hourlyRateCents: 450 }, previousData: { id: "12" } });
    expect(own.variables).toEqual({ organisationId: "12", hourlyRateCents: 450 });
  });

  it("reads the wellbeing detail only through its own resource", () => {
    const built = buildQuery("getOne", "keyPersonWellbeing", { id: "9" });
    expect(String(built.query)).toMatch(/wellbeing \{\s*status\s*reasons/);
    expect(String(built.query)).toContain("wellbeingCheckIns");
    const dashboard = buildQuery("getOne", "oversightDashboards", { id: "current" });
    expect(String(dashboard.query)).not.toMatch(/wellbeing \{/);
  });
});

describe("who sees the compensation and oversight pages", () => {
  it.each([
    ["KEY_PERSON", "show", "myHours", true],
    ["KEY_PERSON", "show", "myClaims", true],
    ["KEY_PERSON", "show", "myWellbeing", true],
    ["KEY_PERSON", "show", "review", false],
    ["ORGANISATION", "show", "review", true],
    ["ORGANISATION", "list", "paymentExports", true],
    ["ORGANISATION", "list", "compensationRules", false],
    ["ORGANISATION", "show", "myHours", false],
    ["COORDINATOR", "show", "review", true],
    ["COORDINATOR", "create", "compensationRules", true],
    ["COORDINATOR", "show", "wellbeing", true],
    ["REGIONAL_COORDINATOR", "show", "wellbeing", true],
    ["REGIONAL_COORDINATOR", "show", "review", false],
    ["REGIONAL_COORDINATOR", "list", "compensationRules", false],
  ] as const)("%s may %s %s: %p", (role, action, resource, expected) => {
    expect(canAccess(role, action, resource)).toBe(expected);
  });
});

describe("the messages of these pages", () => {
  const root = path.resolve(__dirname, "../../admin/src");
  const folders = ["hours", "claims", "compensation", "review", "paymentExports", "compensationRules", "wellbeing", "dashboard", "layout"];
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.tsx?$/.test(name)) files.push(file);
    }
  };
  folders.forEach((folder) => walk(path.join(root, folder)));

  const used = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(file, "utf8").matchAll(/["'`]((?:compensation|oversight|app)\.[A-Za-z0-9_.]+)(\$\{)?/g)) {
      if (match[2]) prefixes.add(match[1].replace(/\.$/, ""));
      else if (!match[1].endsWith(".")) used.add(match[1]);
    }
  }

  it.each([
    ["en", en],
    ["nl", nl],
  ])("%s has every key the pages use", (_, messages) => {
    const missing = [...used].filter((key) => typeof lookup(messages as unknown as Messages, key) !== "string");
    const missingGroups = [...prefixes].filter((key) => typeof lookup(messages as unknown as Messages, key) !== "object");
    expect([...missing, ...missingGroups]).toEqual([]);
  });
});
