import type { DataSource } from "typeorm";
import { anyOf, byIdLoader, groupedLoader } from "../shared/loader";
import { committedHoursTable } from "../shared/sql-facts";
import { Assignment, KeyPersonLeave, MatchRequest } from "./matching.entity";

export function createMatchingLoaders(dataSource: DataSource) {
  return {
    requestById: byIdLoader(
      (ids: readonly number[]) => dataSource.getRepository(MatchRequest).findBy({ id: anyOf(ids) }),
      (request) => request.id,
    ),
    assignmentsByRequest: groupedLoader(
      (ids: readonly number[]) => dataSource.getRepository(Assignment).find({ where: { requestId: anyOf(ids) }, order: { id: "ASC" } }),
      (assignment) => assignment.requestId,
    ),
    assignmentById: byIdLoader(
      (ids: readonly number[]) => dataSource.getRepository(Assignment).findBy({ id: anyOf(ids) }),
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
        (await dataSource.query(`SELECT key_person_id AS id, hours FROM ${committedHoursTable("key_person_id = ANY($1)")} c`, [ids])) as { id: number; hours: number }[],
      (row) => row.id,
    ),
  };
}
