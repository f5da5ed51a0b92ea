// The derived facts, each defined once (issue 14): utilisation (also at capacity 0), the
// dashboard's buckets, the matching load, the allowance room, the funder key, and the
// CSV reader and writer every CSV goes through.
import { allowanceRoom, checkCaps, type YearFigures } from "../../server/src/domain/allowance";
import { csvFields, csvLine, parseCsv, readCsvRecords, readCsvRows } from "../../server/src/domain/csv";
import { funderKeySql, funderOfActor, funderOfRequest, NATIONAL_SCHEME, organisationFunder } from "../../server/src/domain/funder";
import { utilisation as matchingLoad, type CandidateFacts } from "../../server/src/domain/matching";
import { COMMITTING_STATUSES, utilisation, utilisationBuckets, workload } from "../../server/src/domain/workload";
import { COMMITTING_ASSIGNMENT, committedHoursTable } from "../../server/src/shared/sql-facts";

describe("utilisation: committed hours / weekly capacity", () => {
  test.each([
    ["nothing committed", 8, 0, 0],
    ["half", 8, 4, 0.5],
    ["full", 8, 8, 1],
    ["overbooked: more than 1, not capped", 8, 12, 1.5],
    ["capacity 0, nothing committed: nothing in use", 0, 0, 0],
    ["capacity 0, hours committed: full", 0, 2, 1],
    ["a negative sum counts as nothing", 8, -1, 0],
  ])("%s: utilisation(%s, %s) = %s", (_case, capacity, committed, expected) => {
    expect(utilisation(capacity, committed)).toBe(expected);
  });

  test.each([
    [6, 4, 0.667],
    [0, 2, 1],
    [0, 0, 0],
  ])("the API's workload rounds to 3 decimals: (%s, %s) → %s", (capacity, committed, expected) => {
    expect(workload(capacity, committed).utilisation).toBe(expected);
  });

  test("proposed and active assignments hold hours, and the SQL says the same", () => {
    expect(COMMITTING_STATUSES).toEqual(["PROPOSED", "ACTIVE"]);
    expect(COMMITTING_ASSIGNMENT).toBe("status IN ('PROPOSED', 'ACTIVE')");
    expect(committedHoursTable("request_id <> $1")).toContain(`WHERE ${COMMITTING_ASSIGNMENT} AND (request_id <> $1)`);
  });
});

describe("the dashboard's utilisation buckets follow the same definition", () => {
  test.each([
    ["capacity 8, nothing", { capacity: 8, committed: 0 }, "0%"],
    ["a quarter", { capacity: 8, committed: 2 }, "1–25%"],
    ["just over a quarter", { capacity: 8, committed: 2.5 }, "26–50%"],
    ["full", { capacity: 8, committed: 8 }, "76–100%"],
    ["overbooked", { capacity: 8, committed: 9 }, "over 100%"],
    ["capacity 0, nothing committed", { capacity: 0, committed: 0 }, "0%"],
    ["capacity 0, hours committed: full", { capacity: 0, committed: 3 }, "76–100%"],
  ])("%s → %s", (_case, person, label) => {
    const buckets = utilisationBuckets([person]);
    expect(buckets.filter((b) => b.count > 0)).toEqual([{ label, count: 1 }]);
    expect(buckets.map((b) => b.label)).toEqual(["0%", "1–25%", "26–50%", "51–75%", "76–100%", "over 100%"]);
  });

  test("a pair had by n people counts n times (the dashboard groups people in SQL)", () => {
    const grouped = utilisationBuckets([
      { capacity: 8, committed: 2, n: 3 },
      { capacity: 8, committed: 9, n: 2 },
    ]);
    const oneByOne = utilisationBuckets([...Array(3).fill({ capacity: 8, committed: 2 }), ...Array(2).fill({ capacity: 8, committed: 9 })]);
    expect(grouped).toEqual(oneByOne);
    expect(grouped.reduce((sum, b) => sum + b.count, 0)).toBe(5);
  });
});

describe("the matching load uses utilisation, capped at 1", () => {
  const facts = (weeklyCapacityHours: number, committedHoursElsewhere: number) => ({ weeklyCapacityHours, committedHoursElsewhere }) as CandidateFacts;
  test.each([
    ["room left", 8, 2, 4, { before: 0.25, after: 0.75 }],
    ["booked past the capacity: capped", 8, 6, 4, { before: 0.75, after: 1 }],
    ["capacity 0, nothing elsewhere: empty before, full after", 0, 0, 4, { before: 0, after: 1 }],
    ["capacity 0, hours elsewhere: full", 0, 2, 4, { before: 1, after: 1 }],
  ])("%s", (_case, capacity, elsewhere, hours, expected) => {
    expect(matchingLoad(facts(capacity, elsewhere), hours)).toEqual(expected);
  });
});

describe("allowance room: one definition for the overview and the cap check", () => {
  const figures: YearFigures = { year: 2025, hourlyRateCents: 560, hourlyRateUnder21Cents: 330, monthCapCents: 21000, yearCapCents: 210000, kmRateCents: 23 };
  test.each([
    ["nothing approved", 0, 0, { monthRoomCents: 21000, yearRoomCents: 210000, roomCents: 21000 }],
    ["part of the month used", 5000, 5000, { monthRoomCents: 16000, yearRoomCents: 205000, roomCents: 16000 }],
    ["the year nearly full: the year decides", 0, 200000, { monthRoomCents: 21000, yearRoomCents: 10000, roomCents: 10000 }],
    ["past a cap: no room, never negative", 25000, 215000, { monthRoomCents: 0, yearRoomCents: 0, roomCents: 0 }],
  ])("%s", (_case, month, year, expected) => {
    expect(allowanceRoom(figures, month, year)).toEqual(expected);
    const check = checkCaps(figures, month, year, 1);
    expect({ monthRoomCents: check.monthRoomCents, yearRoomCents: check.yearRoomCents }).toEqual({
      monthRoomCents: expected.monthRoomCents,
      yearRoomCents: expected.yearRoomCents,
    });
    expect(check.ok).toBe(expected.roomCents >= 1);
  });
});

describe("the funder key", () => {
  test.each([
    ["an organisation's request", { funding: "ORGANISATION", organisationId: 12 }, "ORGANISATION:12"],
    ["a request the national scheme funds", { funding: "NATIONAL_SCHEME", organisationId: 12 }, NATIONAL_SCHEME],
  ])("%s → %s", (_case, request, expected) => {
    expect(funderOfRequest(request)).toBe(expected);
  });

  test.each([
    ["ORGANISATION", 12, "ORGANISATION:12"],
    ["ORGANISATION", null, null],
    ["COORDINATOR", null, NATIONAL_SCHEME],
    ["REGIONAL_COORDINATOR", null, null],
    ["KEY_PERSON", null, null],
  ] as const)("the funder a %s (organisation %s) reviews for: %s", (role, organisationId, expected) => {
    expect(funderOfActor({ role, organisationId })).toBe(expected);
  });

  test("an organisation's key", () => expect(organisationFunder(7)).toBe("ORGANISATION:7"));

  test("the same key in SQL", () => {
    expect(funderKeySql("r.funding", "r.organisation_id")).toBe(
      "CASE r.funding WHEN 'NATIONAL_SCHEME' THEN 'NATIONAL_SCHEME' ELSE 'ORGANISATION:' || r.organisation_id END",
    );
  });
});

describe("CSV: one reader and one writer", () => {
  test.each([
    [
      "comma-separated with a quoted comma",
      'a,b\n1,"x, y"\n',
      ",",
      [
        ["a", "b"],
        ["1", "x, y"],
      ],
    ],
    [
      "semicolons, CRLF, a quoted line break and quotes",
      'a;b\r\n"say ""hi""";"one\r\ntwo"\r\n',
      ";",
      [
        ["a", "b"],
        ['say "hi"', "one\r\ntwo"],
      ],
    ],
    [
      "a comma inside a semicolon file is text",
      "a;b\r\n1,5;2\r\n",
      ";",
      [
        ["a", "b"],
        ["1,5", "2"],
      ],
    ],
    [
      "an empty cell at the end",
      "a;b\r\n1;\r\n",
      ";",
      [
        ["a", "b"],
        ["1", ""],
      ],
    ],
    [
      "no final line break",
      "a;b\r\n1;2",
      ";",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
  ])("reads %s", (_case, text, separator, expected) => {
    expect(readCsvRows(text, separator)).toEqual(expected);
  });

  test("each record knows where it stands, so a file can be rewritten in place", () => {
    const text = 'h1;h2\r\n"a;b";c\r\nd;e\r\n';
    const records = readCsvRecords(text, ";");
    expect(records.map((r) => text.slice(r.start, r.end))).toEqual(["h1;h2", '"a;b";c', "d;e"]);
  });

  test("what the writer writes, the reader reads back (formulas neutralised)", () => {
    const values = ["a;b", 'say "hi"', "two\nlines", "=1+1", 7, null];
    const text = csvLine(["h1", "h2", "h3", "h4", "h5", "h6"]) + csvLine(values);
    expect(parseCsv(text, ";")).toEqual([{ h1: "a;b", h2: 'say "hi"', h3: "two\nlines", h4: "'=1+1", h5: "7", h6: "" }]);
    expect(csvFields(["x", 1], ",")).toBe("x,1");
  });
});
