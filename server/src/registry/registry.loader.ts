import type { DataSource } from "typeorm";
import { anyOf, byIdLoader, groupedLoader } from "../shared/loader";
import { KeyPerson, KeyPersonExpertise, KeyPersonLanguage } from "./registry.entity";

export function createRegistryLoaders(dataSource: DataSource) {
  return {
    keyPersonById: byIdLoader(
      (ids: readonly number[]) => dataSource.getRepository(KeyPerson).findBy({ id: anyOf(ids) }),
      (kp) => kp.id,
    ),
    languagesByKeyPerson: groupedLoader(
      (ids: readonly number[]) => dataSource.getRepository(KeyPersonLanguage).find({ where: { keyPersonId: anyOf(ids) }, order: { languageCode: "ASC" } }),
      (row) => row.keyPersonId,
    ),
    expertiseByKeyPerson: groupedLoader(
      (ids: readonly number[]) => dataSource.getRepository(KeyPersonExpertise).find({ where: { keyPersonId: anyOf(ids) }, order: { expertiseCode: "ASC" } }),
      (row) => row.keyPersonId,
    ),
  };
}
