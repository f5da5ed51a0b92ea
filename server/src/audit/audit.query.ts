// Reading the audit log for the coordinator's page. Apart from audit.service.ts, which
// every mutation imports to write the log: this one needs the API's paging types.
import type { Repository } from "typeorm";
import { BadUserInput } from "../shared/errors";
import type { PageArgs } from "../shared/pagination";
import { AuditSortField, sortedPage, type SortArg, type SortSpec } from "../shared/sorting";
import type { AuditEntry } from "./audit.entity";

/** What the coordinator filters the log by (AuditFilter in the API). */
export interface AuditQuery {
  action?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  actorUserId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** The log's columns by sort field; the default is newest first (ids grow with time). */
const AUDIT_SORT: SortSpec<AuditSortField> = {
  columns: {
    [AuditSortField.AT]: "a.at",
    [AuditSortField.ACTION]: "a.action",
    [AuditSortField.ENTITY_TYPE]: "a.entity_type",
  },
  id: "a.id",
  byDefault: [["a.id", "DESC"]],
};

/** A page of the log, newest first unless sorted; `from` inclusive, `to` exclusive. */
export async function listAuditEntries(
  log: Repository<AuditEntry>,
  filter: AuditQuery | null | undefined,
  page: PageArgs,
  sort?: SortArg<AuditSortField> | null,
): Promise<{ items: AuditEntry[]; total: number }> {
  const query = log.createQueryBuilder("a");
  if (filter?.action) query.andWhere("a.action = :action", { action: filter.action });
  if (filter?.entityType) query.andWhere("a.entity_type = :type", { type: filter.entityType });
  // A view of several people (the dashboard) is one entry listing them in detail.keyPersonIds.
  if (filter?.entityId)
    query.andWhere("(a.entity_id = :entity OR a.detail->'keyPersonIds' @> jsonb_build_array(CAST(:entity AS text)))", { entity: filter.entityId });
  if (filter?.actorUserId) {
    // Ignoring an id that names nobody would answer with the whole log, as if unfiltered.
    if (!/^\d{1,9}$/.test(filter.actorUserId))
      throw new BadUserInput(`"${filter.actorUserId.slice(0, 40)}" is not a user id: give the number of a user`, {
        reason: "NOT_AN_ID",
        field: "actorUserId",
        params: { value: filter.actorUserId.slice(0, 40) },
      });
    query.andWhere("a.actor_user_id = :actor", { actor: Number(filter.actorUserId) });
  }
  if (filter?.from) query.andWhere("a.at >= :from", { from: filter.from });
  if (filter?.to) query.andWhere("a.at < :to", { to: filter.to });
  return sortedPage(query, sort, AUDIT_SORT, page);
}
