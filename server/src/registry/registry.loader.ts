import { In, type DataSource } from "typeorm";
import { byIdLoader, groupedLoader } from "../shared/loader";
import { KeyPerson, KeyPersonExpertise, KeyPersonLanguage } from "./registry.entity";

export function createRegistryLoaders(dataSource: DataSource) {
  return {
    keyPersonById: byIdLoader(
      (ids: readonly number[]) => dataSource.getRepository(KeyPerson).findBy({ id: In([...ids]) }),
      (kp) => kp.id,
    ),
    languagesByKeyPerson: groupedLoader(
      (ids: readonly number[]) =>
        dataSource.getRepository(KeyPersonLanguage).find({ where: { keyPersonId: In([...ids]) }, order: { languageCode: "ASC" } }),
      (row) => row.keyPersonId,
    ),
    expertiseByKeyPerson: groupedLoader(
      (ids: readonly number[]) =>
        dataSource.getRepository(KeyPersonExpertise).find({ where: { keyPersonId: In([...ids]) }, order: { expertiseCode: "ASC" } }),
      (row) => row.keyPersonId,
    ),
  };
}
