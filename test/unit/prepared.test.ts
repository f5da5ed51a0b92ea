import { DataSource } from "typeorm";
import { numberParameters } from "../../server/src/db/prepared";

// The registry's page statements are numbered once per shape (numberParameters) and filled
// by name on each request; TypeORM numbers the statements it builds itself. The two must
// read the same text the same way: the same $n for the same name, casts untouched.
describe("numberParameters answers as TypeORM's escapeQueryWithParameters", () => {
  const driver = new DataSource({ type: "postgres" }).driver;

  it.each([
    ["one parameter", "SELECT 1 FROM key_person kp WHERE kp.id = :self", { self: 7 }],
    ["a list", "kp.home_municipality_code = ANY(:region)", { region: ["GM0363", "GM0344"] }],
    ["a name used twice", "(kp.status = :status OR kp.previous = :status) AND kp.id > :after", { status: "ACTIVE", after: 3 }],
    ["casts stay casts", "SELECT :hours::float8, x::text, :day::date FROM t", { hours: 2, day: "2026-12-08" }],
    ["a name that begins another", "kp.a = :code AND kp.b = :codes", { code: "x", codes: ["y"] }],
    [
      "the page window",
      "SELECT kp.id FROM key_person kp WHERE (kp.status = :status) ORDER BY kp.display_name LIMIT :pageLimit OFFSET :pageOffset",
      { status: "ACTIVE", pageLimit: 10, pageOffset: 20 },
    ],
    ["inside parentheses", "(kp.profile_confirmed_at IS NULL OR kp.profile_confirmed_at < :before)", { before: "2026-01-01" }],
  ])("%s", (_case, sql, params: Record<string, unknown>) => {
    const [text, values] = driver.escapeQueryWithParameters(sql, params);
    const ours = numberParameters(sql);
    expect(ours.text).toBe(text);
    expect(ours.names.map((name) => params[name])).toEqual(values);
  });
});
