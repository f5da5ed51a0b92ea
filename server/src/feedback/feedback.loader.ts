import type { DataSource } from "typeorm";
import { anyOf, byIdLoader } from "../shared/loader";
import { AssignmentRating } from "./feedback.entity";

export function createFeedbackLoaders(dataSource: DataSource) {
  return {
    ratingByAssignment: byIdLoader(
      (ids: readonly number[]) => dataSource.getRepository(AssignmentRating).findBy({ assignmentId: anyOf(ids) }),
      (rating) => rating.assignmentId,
    ),
  };
}
