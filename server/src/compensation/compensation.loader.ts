import type { DataSource } from "typeorm";
import type { Actor } from "../domain/access";
import { visibleAssignments } from "../matching/matching.loader";
import { byIdLoader } from "../shared/loader";

export function createCompensationLoaders(dataSource: DataSource, actor: Actor | null = null) {
  return {
    /** Null outside the actor's scope: a regional coordinator reads hours of a key person in the region, not the request elsewhere they were for. */
    assignmentById: byIdLoader((ids: readonly number[]) => visibleAssignments(dataSource, actor, ids), (assignment) => assignment.id),
  };
}
