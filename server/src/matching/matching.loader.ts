import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { systemClock, type Clock } from "../clock";
import { canSeeAssignment, canSeeRequest, type Actor } from "../domain/access";
import { anyOf, byIdLoader, groupedLoader } from "../shared/loader";
import { committedHoursTable } from "../shared/sql-facts";
import { Assignment, type Booking, KeyPersonLeave, MatchRequest } from "./matching.entity";
import { bookingsOf } from "./matching.service";

/**
 * The requests with these ids that the actor may see (domain/access.ts, canSeeRequest):
 * the one scope check for every nested path to a request. Null for the others.
 */
async function visibleRequests(dataSource: DataSource, actor: Actor | null, ids: readonly number[]): Promise<MatchRequest[]> {
  if (!actor || ids.length === 0) return [];
  const requests = await dataSource.getRepository(MatchRequest).findBy({ id: anyOf(ids) });
  let onIt = new Set<number>();
  if (actor.role === "KEY_PERSON") {
    const rows: { request_id: number }[] = await dataSource.query(
      `SELECT DISTINCT request_id FROM assignment WHERE request_id = ANY($1) AND key_person_id = $2`,
      [[...ids], actor.keyPersonId],
    );
    onIt = new Set(rows.map((row) => row.request_id));
  }
  return requests.filter((request) => canSeeRequest(actor, request, onIt.has(request.id)));
}

/** The assignments with these ids that the actor may see (canSeeAssignment): every nested path to an assignment. */
async function visibleAssignments(dataSource: DataSource, actor: Actor | null, ids: readonly number[]): Promise<Assignment[]> {
  if (!actor || ids.length === 0) return [];
  const assignments = await dataSource.getRepository(Assignment).findBy({ id: anyOf(ids) });
  const requestIds = [...new Set(assignments.map((a) => a.requestId))];
  const requests = new Map((requestIds.length ? await dataSource.getRepository(MatchRequest).findBy({ id: anyOf(requestIds) }) : []).map((r) => [r.id, r]));
  return assignments.filter((a) => {
    const request = requests.get(a.requestId);
    return request !== undefined && canSeeAssignment(actor, a, request);
  });
}

/** The actor's loaders: records outside their scope load as null, whatever path leads there. */
export function createMatchingLoaders(dataSource: DataSource, actor: Actor | null = null, clock: Clock = systemClock) {
  return {
    /**
     * The agenda of many key persons for one period: key `${keyPersonId}|${fromISO}|${toISO}`,
     * one query per distinct period in a batch. Whoever reads it was checked by the resolver.
     */
    bookingsByKeyPerson: new DataLoader<string, Booking[]>(async (keys) => {
      const periods = new Map<string, number[]>();
      for (const key of keys) {
        const [id, ...period] = key.split("|");
        periods.set(period.join("|"), [...(periods.get(period.join("|")) ?? []), Number(id)]);
      }
      const found = new Map<string, Booking[]>();
      for (const [period, ids] of periods) {
        const [from, to] = period.split("|").map((iso) => new Date(iso));
        for (const booking of await bookingsOf(dataSource, ids, from, to, clock.now())) {
          const key = `${booking.keyPersonId}|${period}`;
          found.set(key, [...(found.get(key) ?? []), booking]);
        }
      }
      return keys.map((key) => found.get(key) ?? []);
    }),
    requestById: byIdLoader(
      (ids: readonly number[]) => visibleRequests(dataSource, actor, ids),
      (request) => request.id,
    ),
    assignmentsByRequest: groupedLoader(
      (ids: readonly number[]) => dataSource.getRepository(Assignment).find({ where: { requestId: anyOf(ids) }, order: { id: "ASC" } }),
      (assignment) => assignment.requestId,
    ),
    /** Null outside the actor's scope: a regional coordinator reads hours of a key person in the region, not the request elsewhere they were for. */
    assignmentById: byIdLoader(
      (ids: readonly number[]) => visibleAssignments(dataSource, actor, ids),
      (assignment) => assignment.id,
    ),
    leaveById: byIdLoader(
      (ids: readonly number[]) => dataSource.getRepository(KeyPersonLeave).findBy({ id: anyOf(ids) }),
      (leave) => leave.id,
    ),
    leaveByKeyPerson: groupedLoader(
      (ids: readonly number[]) => dataSource.getRepository(KeyPersonLeave).find({ where: { keyPersonId: anyOf(ids) }, order: { startsOn: "ASC" } }),
      (leave) => leave.keyPersonId,
    ),
    activeOrganisationsByKeyPerson: groupedLoader(
      async (ids: readonly number[]) =>
        (await dataSource.query(
          `SELECT DISTINCT a.key_person_id AS "keyPersonId", r.organisation_id AS "organisationId"
           FROM assignment a JOIN match_request r ON r.id = a.request_id
           WHERE a.key_person_id = ANY($1) AND a.status = 'ACTIVE'`,
          [ids],
        )) as { keyPersonId: number; organisationId: number }[],
      (row) => row.keyPersonId,
    ),
    committedHoursByKeyPerson: byIdLoader(
      async (ids: readonly number[]) =>
        (await dataSource.query(`SELECT key_person_id AS id, hours FROM ${committedHoursTable("key_person_id = ANY($1)")} c`, [ids])) as {
          id: number;
          hours: number;
        }[],
      (row) => row.id,
    ),
  };
}
