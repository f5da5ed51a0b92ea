import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { anyOf, byIdLoader } from "../shared/loader";
import { AssignmentRating } from "./feedback.entity";

export function createFeedbackLoaders(dataSource: DataSource) {
  return {
    ratingByAssignment: byIdLoader(
      (ids: readonly number[]) => dataSource.getRepository(AssignmentRating).findBy({ assignmentId: anyOf(ids) }),
      (rating) => rating.assignmentId,
    ),
    /** Whether a feedback link (by its answer key) was answered: one query for a whole list of links. */
    feedbackAnswered: new DataLoader<string, boolean>(async (keys) => {
      const rows: { link_hash: string }[] = await dataSource.query(`SELECT link_hash FROM newcomer_feedback WHERE link_hash = ANY($1)`, [keys]);
      const answered = new Set(rows.map((row) => row.link_hash));
      return keys.map((key) => answered.has(key));
    }),
  };
}
