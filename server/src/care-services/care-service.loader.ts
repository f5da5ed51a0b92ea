import { Raw, type DataSource, type FindOperator } from "typeorm";
import { anyOf, groupedLoader } from "../shared/loader";
import { CareServiceArea, CareServiceLanguage, CareServiceLocation, CareServicePhone, CareServiceSchedule, OrganisationContact } from "./care-service.entity";

/** "column = ANY($1)" for uuids, as anyOf for numbers. */
const anyUuid = (ids: readonly string[]): FindOperator<string> => Raw((column) => `${column} = ANY(CAST(:ids AS uuid[]))`, { ids: [...ids] });

export function createCareServiceLoaders(dataSource: DataSource) {
  return {
    areasByCareService: groupedLoader(
      (ids: readonly string[]) => dataSource.getRepository(CareServiceArea).find({ where: { serviceId: anyUuid(ids) }, order: { municipalityCode: "ASC" } }),
      (row) => row.serviceId,
    ),
    languagesByCareService: groupedLoader(
      (ids: readonly string[]) => dataSource.getRepository(CareServiceLanguage).find({ where: { serviceId: anyUuid(ids) }, order: { languageCode: "ASC" } }),
      (row) => row.serviceId,
    ),
    phonesByCareService: groupedLoader(
      (ids: readonly string[]) => dataSource.getRepository(CareServicePhone).find({ where: { serviceId: anyUuid(ids) }, order: { number: "ASC" } }),
      (row) => row.serviceId,
    ),
    schedulesByCareService: groupedLoader(
      (ids: readonly string[]) =>
        dataSource.getRepository(CareServiceSchedule).find({ where: { serviceId: anyUuid(ids) }, order: { weekday: "ASC", opensAt: "ASC" } }),
      (row) => row.serviceId,
    ),
    locationsByCareService: groupedLoader(
      (ids: readonly string[]) => dataSource.getRepository(CareServiceLocation).find({ where: { serviceId: anyUuid(ids) }, order: { name: "ASC", id: "ASC" } }),
      (row) => row.serviceId,
    ),
    contactsByOrganisation: groupedLoader(
      (ids: readonly number[]) =>
        dataSource.getRepository(OrganisationContact).find({ where: { organisationId: anyOf(ids) }, order: { name: "ASC", id: "ASC" } }),
      (row) => row.organisationId,
    ),
  };
}
