import type { DataSource } from "typeorm";
import { MatchRequest } from "../matching/matching.entity";
import { anyOf, byIdLoader, groupedLoader } from "../shared/loader";
import { AssignmentHandover, RequestTransfer } from "./transfer.entity";

export function createTransferLoaders(dataSource: DataSource) {
  return {
    /** The request's transfers, oldest first; the resolver shows them only to whoever reaches the request. */
    transfersByRequest: groupedLoader(
      (ids: readonly number[]) => dataSource.getRepository(RequestTransfer).find({ where: { matchRequestId: anyOf(ids) }, order: { id: "ASC" } }),
      (transfer) => transfer.matchRequestId,
    ),
    /**
     * The request a transfer is about, unscoped: a transfer's parties read only the few
     * facts the transfer resolver passes on (case reference, kind, hours, place), never the
     * request itself unless they own it.
     */
    transferRequestById: byIdLoader(
      (ids: readonly number[]) => dataSource.getRepository(MatchRequest).findBy({ id: anyOf(ids) }),
      (request) => request.id,
    ),
    /** The handovers an assignment is on either side of. */
    handoversByAssignment: groupedLoader(
      async (ids: readonly number[]) => {
        const rows = await dataSource
          .getRepository(AssignmentHandover)
          .find({ where: [{ fromAssignmentId: anyOf(ids) }, { toAssignmentId: anyOf(ids) }], order: { id: "ASC" } });
        return rows.flatMap((row) => [
          { assignmentId: row.fromAssignmentId, row },
          { assignmentId: row.toAssignmentId, row },
        ]);
      },
      (pair) => pair.assignmentId,
    ),
  };
}
