import type { DataSource } from "typeorm";
import { anyOf, byIdLoader } from "../shared/loader";
import { Organisation } from "./organisation.entity";

export function createOrganisationLoaders(dataSource: DataSource) {
  return {
    organisationById: byIdLoader(
      (ids: readonly number[]) => dataSource.getRepository(Organisation).findBy({ id: anyOf(ids) }),
      (organisation) => organisation.id,
    ),
  };
}
