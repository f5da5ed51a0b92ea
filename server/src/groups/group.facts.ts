// For the recognition statement (care): a key person's attended group activities in a year.
import type { EntityManager } from "typeorm";

export interface AttendedGroupActivity {
  activityId: number;
  kind: "INTERVISION" | "SUPERVISION" | "TRAINING" | "NETWORK_MEETING";
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** The organiser's name; null: the coordinators. */
  organiser: string | null;
  qualificationCode: string | null;
}

/**
 * SQL: the group activities the key person in `keyPersonColumn` attended (recorded by the
 * organiser) in the calendar year in `yearParam` (Dutch time), as a derived table
 * `(activity_id, kind, title, starts_at, ends_at, organiser, qualification_code)`.
 */
export function attendedGroupActivitiesInYear(keyPersonColumn: string, yearParam: string): string {
  return `(SELECT g.id AS activity_id, g.kind, g.title, g.starts_at, g.ends_at, o.name AS organiser, g.qualification_code
    FROM group_activity_invitation i JOIN group_activity g ON g.id = i.activity_id LEFT JOIN organisation o ON o.id = g.organisation_id
    WHERE i.key_person_id = ${keyPersonColumn} AND i.attended AND g.cancelled_at IS NULL
      AND extract(year FROM g.starts_at AT TIME ZONE 'Europe/Amsterdam') = ${yearParam}::int)`;
}

/** The same, read for one key person: first first. */
export async function attendedGroupActivities(manager: EntityManager, keyPersonId: number, year: number): Promise<AttendedGroupActivity[]> {
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT * FROM ${attendedGroupActivitiesInYear("$1", "$2")} a ORDER BY a.starts_at, a.activity_id`,
    [keyPersonId, year],
  );
  return rows.map((row) => ({
    activityId: row.activity_id as number,
    kind: row.kind as AttendedGroupActivity["kind"],
    title: row.title as string,
    startsAt: new Date(row.starts_at as string),
    endsAt: new Date(row.ends_at as string),
    organiser: (row.organiser as string | null) ?? null,
    qualificationCode: (row.qualification_code as string | null) ?? null,
  }));
}
