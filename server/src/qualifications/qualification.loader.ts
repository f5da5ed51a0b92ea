import type { DataSource } from "typeorm";
import { anyOf, byIdLoader, groupedLoader } from "../shared/loader";
import { Qualification, QualificationType } from "./qualification.entity";

export function createQualificationLoaders(dataSource: DataSource) {
  return {
    /** Newest first (obtained), then id. */
    qualificationsByKeyPerson: groupedLoader(
      (ids: readonly number[]) =>
        dataSource.getRepository(Qualification).find({ where: { keyPersonId: anyOf(ids) }, order: { obtainedOn: "DESC", id: "DESC" } }),
      (row) => row.keyPersonId,
    ),
    qualificationById: byIdLoader(
      (ids: readonly number[]) => dataSource.getRepository(Qualification).findBy({ id: anyOf(ids) }),
      (row) => row.id,
    ),
    qualificationTypeByCode: byIdLoader(
      async (codes: readonly string[]) =>
        dataSource
          .getRepository(QualificationType)
          .createQueryBuilder("t")
          .where("t.code = ANY(:codes)", { codes: [...codes] })
          .getMany(),
      (type) => type.code,
    ),
  };
}
