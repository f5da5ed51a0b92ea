import { In, type DataSource } from "typeorm";
import { Organisation } from "../organisations/organisation.entity";
import { byIdLoader } from "../shared/loader";

export function createUserLoaders(dataSource: DataSource) {
  return {
    organisationById: byIdLoader(
      (ids: readonly number[]) => dataSource.getRepository(Organisation).findBy({ id: In([...ids]) }),
      (organisation) => organisation.id,
    ),
  };
}
