import type { DataSource } from "typeorm";
import { anyOf, byIdLoader } from "../shared/loader";
import { OrganisationPublicEntry } from "../public-map/public-map.entity";
import { Organisation } from "./organisation.entity";

export function createOrganisationLoaders(dataSource: DataSource) {
  return {
    organisationById: byIdLoader(
      (ids: readonly number[]) => dataSource.getRepository(Organisation).findBy({ id: anyOf(ids) }),
      (organisation) => organisation.id,
    ),
    publicEntryByOrganisation: byIdLoader(
      (ids: readonly number[]) => dataSource.getRepository(OrganisationPublicEntry).findBy({ organisationId: anyOf(ids) }),
      (entry) => entry.organisationId,
    ),
  };
}
