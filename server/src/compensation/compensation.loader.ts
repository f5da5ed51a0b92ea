import type { DataSource } from "typeorm";
import { Assignment } from "../matching/matching.entity";
import { anyOf, byIdLoader } from "../shared/loader";

export function createCompensationLoaders(dataSource: DataSource) {
  return {
    assignmentById: byIdLoader(
      (ids: readonly number[]) => dataSource.getRepository(Assignment).findBy({ id: anyOf(ids) }),
      (assignment) => assignment.id,
    ),
  };
}
