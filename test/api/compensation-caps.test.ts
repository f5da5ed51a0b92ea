// The volunteer allowance caps of 2025 (€ 210 a month, € 2,100 a year, all funders of a
// key person together): exactly at a cap passes, one cent over is refused with the room
// left; two funders racing for the last room: exactly one wins. FREELANCE and EMPLOYED
// key persons earn no allowance and have no cap.
import { ManualClock } from "../../server/src/clock";
import { CompensationWorld, Y2025, failure, type KeyPerson, type Organisation } from "../support/compensation-fixtures";
import { rowCounts } from "../support/graphql";
import { startTestServer, type TestServer } from "../support/server";

jest.setTimeout(60_000);

const clock = new ManualClock(new Date("2025-01-02T08:00:00Z"));
let server: TestServer;
let world: CompensationWorld;
let org: Organisation;
let volunteer: KeyPerson;
/** The volunteer's assignment funded by `org`, and one funded by the national scheme (the coordinator reviews). */
let byOrg: string;
let byScheme: string;
/** FREELANCE and EMPLOYED key persons, each with an assignment funded by `org`. */
const paid: Record<string, { kp: KeyPerson; assignment: string }> = {};

const month = (m: number) => String(m).padStart(2, "0");

async function approvedCents(keyPersonId: string, where: string): Promise<number> {
  const [{ sum }] = await server.dataSource.query(
    `SELECT COALESCE(sum(allowance_cents), 0)::int AS sum FROM hour_entry WHERE key_person_id = $1 AND status = 'APPROVED' AND ${where}`,
    [keyPersonId],
  );
  return sum;
}

beforeAll(async () => {
  server = await startTestServer({ clock });
  world = await CompensationWorld.create(server, clock);
  org = await world.organisation("GGD Caps");
  volunteer = await world.keyPerson({ name: "Volunteer Caps", birthYear: 1980 });
  byOrg = await world.assignment(org, volunteer, "ORGANISATION");
  byScheme = await world.assignment(org, volunteer, "NATIONAL_SCHEME");
  for (const compensationType of ["FREELANCE", "EMPLOYED"] as const) {
    const kp = await world.keyPerson({ name: `Paid ${compensationType}`, compensationType });
    paid[compensationType] = { kp, assignment: await world.assignment(org, kp) };
  }
  // Late in 2025: every month of the year lies in the past.
  await world.setClock("2025-12-20T10:00:00Z");
});
afterAll(async () => {
  await server?.stop();
});

describe("a volunteer's allowance in 2025", () => {
  test("the monthly cap: one cent over is refused with the room left, exactly at the cap passes; all funders count together", async () => {
    // 24 h by the organisation and 13 h by the national scheme: 37 × € 5.60 = € 207.20 of € 210.
    expect((await world.approved(volunteer, byOrg, org.token, "2025-01-06", 24)).allowanceCents).toBe(24 * 560);
    expect((await world.approved(volunteer, byScheme, world.coordinator, "2025-01-07", 13)).allowanceCents).toBe(13 * 560);
    // The national scheme pays € 2.81 an hour: one hour is one cent more than the € 2.80 left.
    expect(await world.setRate(world.coordinator, null, 281)).toBe(281);
    const overByOneCent = await world.declare(volunteer, byScheme, "2025-01-08", 1);
    const before = await rowCounts(server.dataSource);
    const refused = await world.reviewRaw(world.coordinator, overByOneCent.id, true);
    expect(failure(refused).code).toBe("CONFLICT");
    expect(refused.errors![0].extensions).toMatchObject({ monthRoomCents: 280, yearRoomCents: Y2025.yearCapCents - 20_720 });
    // The reason and its values in cents: the console words them, never the English message.
    expect(refused.errors![0].extensions).toMatchObject({
      reason: "CAP_EXCEEDED",
      params: {
        cap: "MONTH",
        year: 2025,
        hours: 1,
        amountCents: 281,
        capCents: Y2025.monthCapCents,
        monthRoomCents: 280,
        yearRoomCents: Y2025.yearCapCents - 20_720,
      },
    });
    expect(refused.errors![0].message).toMatch(/monthly cap of € 210\.00/);
    expect(refused.errors![0].message).toMatch(/Room left: € 2\.80 this month, € 1892\.80 this year/);
    expect(await rowCounts(server.dataSource)).toEqual(before);
    expect((await world.hourEntries(world.coordinator, { ids: [overByOneCent.id] })).items[0]).toMatchObject({ status: "SUBMITTED", allowanceCents: null });

    // Half an hour at the organisation's (legal) rate is exactly the € 2.80 left.
    expect((await world.approved(volunteer, byOrg, org.token, "2025-01-09", 0.5)).allowanceCents).toBe(280);
    expect(await approvedCents(volunteer.id, `date_trunc('month', date) = '2025-01-01'`)).toBe(Y2025.monthCapCents);
    const january = (await world.overview(volunteer.token, volunteer.id, 2025)).months[0];
    expect(january).toEqual({ month: 1, hoursDeclared: 38.5, hoursApproved: 37.5, allowanceCents: 21_000, roomCents: 0 });

    // At the cap, even one cent more is refused.
    await world.setRate(world.coordinator, null, 1);
    const oneCent = await world.reviewRaw(world.coordinator, overByOneCent.id, true);
    expect(failure(oneCent).code).toBe("CONFLICT");
    expect(oneCent.errors![0].extensions).toMatchObject({ monthRoomCents: 0 });
    // Rejecting is always possible; the legal rate again for the rest of the file.
    expect((await world.review(world.coordinator, overByOneCent.id, false, "Over the monthly cap")).status).toBe("REJECTED");
    expect(await world.setRate(world.coordinator, null, null)).toBeNull();
  });

  test("two funders approving at once for the last room: exactly one passes, every time", async () => {
    for (const m of [2, 3, 4, 5, 6]) {
      // Each month: € 207.20 approved by both funders together, € 2.80 left, two claims of € 2.80 on it.
      await world.approved(volunteer, byOrg, org.token, `2025-${month(m)}-03`, 24);
      await world.approved(volunteer, byScheme, world.coordinator, `2025-${month(m)}-04`, 13);
      const fromOrg = await world.declare(volunteer, byOrg, `2025-${month(m)}-05`, 0.5);
      const fromScheme = await world.declare(volunteer, byScheme, `2025-${month(m)}-06`, 0.5);
      const results = await Promise.all([world.reviewRaw(org.token, fromOrg.id, true), world.reviewRaw(world.coordinator, fromScheme.id, true)]);
      const passed = results.filter((r) => !r.errors);
      const refused = results.filter((r) => r.errors);
      expect(passed).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect(failure(refused[0]).code).toBe("CONFLICT");
      expect(refused[0].errors![0].extensions).toMatchObject({ monthRoomCents: 0 });
      expect(await approvedCents(volunteer.id, `date_trunc('month', date) = '2025-${month(m)}-01'`)).toBe(Y2025.monthCapCents);
    }
  });

  test("the yearly cap: one cent over is refused with the room left, exactly at the cap passes", async () => {
    // July to September at the monthly cap, October € 2.80 under it: € 2,097.20 of € 2,100 in the year.
    for (const m of [7, 8, 9]) {
      await world.approved(volunteer, byOrg, org.token, `2025-${month(m)}-01`, 24);
      await world.approved(volunteer, byScheme, world.coordinator, `2025-${month(m)}-02`, 13.5);
    }
    await world.approved(volunteer, byOrg, org.token, "2025-10-01", 24);
    await world.approved(volunteer, byOrg, org.token, "2025-10-02", 13);
    expect(await approvedCents(volunteer.id, `date_part('year', date) = 2025`)).toBe(Y2025.yearCapCents - 280);

    // November has its whole month left, but the year only € 2.80: € 2.81 is refused.
    await world.setRate(world.coordinator, null, 281);
    const overByOneCent = await world.declare(volunteer, byScheme, "2025-11-03", 1);
    const before = await rowCounts(server.dataSource);
    const refused = await world.reviewRaw(world.coordinator, overByOneCent.id, true);
    expect(failure(refused).code).toBe("CONFLICT");
    expect(refused.errors![0].extensions).toMatchObject({ monthRoomCents: Y2025.monthCapCents, yearRoomCents: 280 });
    expect(refused.errors![0].message).toMatch(/the 2025 cap of € 2100\.00/);
    expect(refused.errors![0].message).toMatch(/€ 210\.00 this month, € 2\.80 this year/);
    expect(await rowCounts(server.dataSource)).toEqual(before);
    await world.setRate(world.coordinator, null, null);

    // Exactly the room left passes: the year is at its cap.
    expect((await world.approved(volunteer, byOrg, org.token, "2025-11-04", 0.5)).allowanceCents).toBe(280);
    expect(await approvedCents(volunteer.id, `date_part('year', date) = 2025`)).toBe(Y2025.yearCapCents);
    const lastQuarter = await world.declare(volunteer, byOrg, "2025-12-01", 0.25);
    const full = await world.reviewRaw(org.token, lastQuarter.id, true);
    expect(failure(full).code).toBe("CONFLICT");
    expect(full.errors![0].extensions).toMatchObject({ monthRoomCents: Y2025.monthCapCents, yearRoomCents: 0 });

    const overview = await world.overview(volunteer.token, volunteer.id, 2025);
    expect(overview).toMatchObject({ year: 2025, legalHourlyRateCents: 560, allowanceCents: Y2025.yearCapCents, roomCents: 0 });
    expect(overview.months.map((m: { allowanceCents: number }) => m.allowanceCents)).toEqual([...Array(9).fill(21_000), 20_720, 280, 0]);
    expect(overview.months.every((m: { roomCents: number }) => m.roomCents === 0)).toBe(true);
    expect(overview.months[11]).toMatchObject({ hoursDeclared: 0.25, hoursApproved: 0 });
    // The coordinator sees the same overview.
    expect(await world.overview(world.coordinator, volunteer.id, 2025)).toEqual(overview);
  });
});

describe("FREELANCE and EMPLOYED key persons", () => {
  test.each(["FREELANCE", "EMPLOYED"] as const)("%s: approved hours earn no allowance and know no cap", async (compensationType) => {
    const { kp, assignment } = paid[compensationType];
    // 10 days of 24 hours in one month: far beyond € 210 of allowance.
    for (let d = 10; d < 20; d++) {
      const entry = await world.approved(kp, assignment, org.token, `2025-12-${d}`, 24);
      expect(entry).toMatchObject({ status: "APPROVED", allowanceCents: null });
    }
    const overview = await world.overview(kp.token, kp.id, 2025);
    expect(overview).toMatchObject({ allowanceCents: 0, roomCents: null });
    expect(overview.months[11]).toMatchObject({ hoursApproved: 240, allowanceCents: 0 });
  });
});
