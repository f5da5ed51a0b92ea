import type { DataSource } from "typeorm";
import type { Clock } from "../clock";
import { anyOf, byIdLoader, groupedLoader } from "../shared/loader";
import { GroupActivity, GroupActivityInvitation, KeyPersonAffiliation } from "./group.entity";
import { dutchDay } from "./group.service";

export function createGroupLoaders(dataSource: DataSource, clock: Clock) {
  return {
    groupActivityById: byIdLoader(
      (ids: readonly number[]) => dataSource.getRepository(GroupActivity).findBy({ id: anyOf(ids) }),
      (activity) => activity.id,
    ),
    invitationsByGroupActivity: groupedLoader(
      async (ids: readonly number[]) =>
        dataSource
          .getRepository(GroupActivityInvitation)
          .createQueryBuilder("i")
          .innerJoin("key_person", "kp", "kp.id = i.key_person_id")
          .where("i.activity_id = ANY(:ids)", { ids: [...ids] })
          .orderBy("kp.display_name", "ASC")
          .addOrderBy("i.id", "ASC")
          .getMany(),
      (row) => row.activityId,
    ),
    invitationsByKeyPerson: groupedLoader(
      (ids: readonly number[]) =>
        dataSource
          .getRepository(GroupActivityInvitation)
          .createQueryBuilder("i")
          .innerJoin(GroupActivity, "g", "g.id = i.activity_id")
          .where("i.key_person_id = ANY(:ids)", { ids: [...ids] })
          .orderBy("g.startsAt", "DESC")
          .addOrderBy("i.id", "ASC")
          .getMany(),
      (row) => row.keyPersonId,
    ),
    affiliationsByKeyPerson: groupedLoader(
      (ids: readonly number[]) =>
        dataSource.getRepository(KeyPersonAffiliation).find({ where: { keyPersonId: anyOf(ids) }, order: { startsOn: "DESC", id: "ASC" } }),
      (row) => row.keyPersonId,
    ),
    /** The organisations responsible for the key person's supervision today. */
    supervisingOrganisationsByKeyPerson: groupedLoader(
      async (ids: readonly number[]) =>
        (await dataSource.query(
          `SELECT key_person_id AS "keyPersonId", organisation_id AS "organisationId" FROM key_person_affiliation
           WHERE key_person_id = ANY($1) AND responsible_for_supervision AND starts_on <= $2 AND (ends_on IS NULL OR ends_on >= $2)`,
          [ids, dutchDay(clock.now())],
        )) as { keyPersonId: number; organisationId: number }[],
      (row) => row.keyPersonId,
    ),
  };
}
