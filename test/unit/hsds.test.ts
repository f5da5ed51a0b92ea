import { amsterdamOffsetMinutes, byday, hsdsPage, hsdsStatus, hsdsTime, parseHsdsFilters, parseHsdsPaging } from "../../server/src/domain/hsds";
import { hsdsUuid } from "../../server/src/hsds/hsds.ids";
import { HsdsSchemas } from "../support/hsds-schemas";

describe("the Page envelope", () => {
  test.each([
    // items, total, page, perPage → pages, first, last, empty
    [3, 7, 1, 3, 3, true, false, false],
    [3, 7, 2, 3, 3, false, false, false],
    [1, 7, 3, 3, 3, false, true, false],
    [0, 7, 4, 3, 3, false, true, true],
    [0, 0, 1, 50, 0, true, true, true],
    [50, 50, 1, 50, 1, true, true, false],
  ])("%i items of %i on page %i by %i", (items, total, page, perPage, pages, first, last, empty) => {
    const answer = hsdsPage(
      Array.from({ length: items }, (_, i) => i),
      total,
      page,
      perPage,
    );
    expect(answer).toMatchObject({ total_items: total, total_pages: pages, page_number: page, size: items, first_page: first, last_page: last, empty });
  });
});

describe("paging parameters", () => {
  test.each([
    [{}, { page: 1, perPage: 50, offset: 0 }],
    [
      { page: "3", per_page: "10" },
      { page: 3, perPage: 10, offset: 20 },
    ],
    [{ page: "" }, { page: 1, perPage: 50, offset: 0 }],
  ])("%j", (query, expected) => expect(parseHsdsPaging(query)).toEqual({ ok: true, value: expected }));
  test.each([
    [{ page: "0" }, "NUMBER_OUT_OF_RANGE", "page"],
    [{ page: "-1" }, "INVALID_INPUT", "page"],
    [{ page: "1.5" }, "INVALID_INPUT", "page"],
    [{ page: ["1", "2"] }, "INVALID_INPUT", "page"],
    [{ per_page: "201" }, "NUMBER_OUT_OF_RANGE", "per_page"],
    [{ per_page: "abc" }, "INVALID_INPUT", "per_page"],
  ])("%j is refused", (query, reason, field) => expect(parseHsdsPaging(query)).toMatchObject({ ok: false, refusal: { reason, field } }));
});

describe("filters", () => {
  test("the spec's parameters are read", () => {
    const parsed = parseHsdsFilters({
      search: " hulp ",
      organization_id: "x",
      modified_after: "2026-01-01T00:00:00Z",
      postcode: "1011 AB",
      full: "true",
      format: "ndjson",
    });
    expect(parsed).toMatchObject({ ok: true, value: { search: "hulp", organizationId: "x", postcode: "1011", full: true, ndjson: true } });
  });
  test.each([
    [{ modified_after: "yesterday" }, "INVALID_INPUT", "modified_after"],
    [{ postcode: "AB12" }, "INVALID_INPUT", "postcode"],
    [{ proximity: "1000" }, "HSDS_PARAMETER_UNSUPPORTED", "proximity"],
    [{ format: "csv" }, "INVALID_INPUT", "format"],
    [{ full: "maybe" }, "INVALID_INPUT", "full"],
    [{ search: "x".repeat(201) }, "TEXT_TOO_LONG", "search"],
  ])("%j is refused", (query, reason, field) => expect(parseHsdsFilters(query)).toMatchObject({ ok: false, refusal: { reason, field } }));
});

describe("formats", () => {
  test.each([
    ["ACTIVE", "active"],
    ["INACTIVE", "inactive"],
    ["DEFUNCT", "defunct"],
    ["TEMPORARILY_CLOSED", "temporarily closed"],
  ])("status %s is %s", (status, hsds) => expect(hsdsStatus(status)).toBe(hsds));
  test.each([
    [1, "MO"],
    [5, "FR"],
    [7, "SU"],
    ["sa", "SA"],
  ])("weekday %s is %s", (day, code) => expect(byday(day)).toBe(code));
  test("a weekday outside 1–7 is a bug", () => expect(() => byday(8)).toThrow());
  test.each([
    ["09:00:00", 60, "09:00+01:00"],
    ["17:30", 120, "17:30+02:00"],
    ["08:15", -300, "08:15-05:00"],
  ])("%s at %i minutes is %s", (time, offset, expected) => expect(hsdsTime(time, offset)).toBe(expected));
  test.each([
    ["2026-01-15T12:00:00Z", 60],
    ["2026-07-15T12:00:00Z", 120],
  ])("the Dutch offset on %s is %i minutes", (at, minutes) => expect(amsterdamOffsetMinutes(new Date(at))).toBe(minutes));
  test("derived ids are stable version-5 uuids", () => {
    expect(hsdsUuid("a")).toBe(hsdsUuid("a"));
    expect(hsdsUuid("a")).not.toBe(hsdsUuid("b"));
    expect(hsdsUuid("a")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe("the schema harness itself", () => {
  const schemas = new HsdsSchemas();
  const service = { id: hsdsUuid("s"), name: "Hulp", status: "active", last_modified: "2026-01-01T10:00:00.000Z" };
  test("accepts a minimal service and refuses broken ones", () => {
    expect(schemas.problemsFor("service", service)).toEqual([]);
    expect(schemas.problemsFor("service", { ...service, id: "12" }).join()).toMatch(/format/);
    expect(schemas.problemsFor("service", { ...service, status: "ACTIVE" }).join()).toMatch(/enum/);
    expect(schemas.problemsFor("service", { ...service, url: "not a uri" }).join()).toMatch(/format/);
    expect(schemas.problemsFor("service", { ...service, email: "nobody" }).join()).toMatch(/format/);
    expect(schemas.problemsFor("service", { ...service, last_modified: "yesterday" }).join()).toMatch(/format/);
    expect(schemas.problemsFor("service", { id: service.id, status: "active" }).join()).toMatch(/name/);
  });
  test("a list answer needs the whole Page envelope", () => {
    const page = hsdsPage([service], 1, 1, 50);
    expect(schemas.problemsForPath("/services", page)).toEqual([]);
    const { empty: _empty, ...withoutEmpty } = page;
    expect(schemas.problemsForPath("/services", withoutEmpty).join()).toMatch(/empty/);
    expect(schemas.problemsForPath("/services", { ...page, contents: [{ ...service, name: 3 }] }).join()).toMatch(/string/);
  });
});
