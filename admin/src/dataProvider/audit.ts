import { graphql } from "../gql";
import { pagedList, pick, type ResourceHandlers, type Values } from "./queryKit";
import { AuditSortField } from "../../../server/src/domain/sorting";

// The audit log (coordinators): append-only, so only a list, newest first. The API
// filters by action, record type and id, actor and a period [from, to).

const AUDIT_LOG = graphql(`
  query AuditLog($filter: AuditFilter, $page: Int, $perPage: Int, $sort: AuditSort) {
    result: auditLog(filter: $filter, page: $page, perPage: $perPage, sort: $sort) {
      items {
        id
        at
        action
        entityType
        entityId
        actorRole
        actorName
        entityName
        entityErased
        detail
        actor {
          id
          email
          role
        }
      }
      total
    }
  }
`);

/** A calendar day (YYYY-MM-DD, as the date inputs give it) as the moment it begins here, in the browser's time zone. */
export const startOfDay = (day: string, addDays = 0): string => {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(year, month - 1, date + addDays).toISOString();
};

/** The list's filter as AuditFilter: `to` is the last day shown, so the period ends when the next day begins. */
export function toAuditFilter(filter: Values): Values {
  const day = (value: unknown) => typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
  return {
    ...pick(filter, ["action", "entityType", "actorUserId"]),
    ...(typeof filter.entityId === "string" && filter.entityId.trim() ? { entityId: filter.entityId.trim() } : {}),
    ...(day(filter.from) ? { from: startOfDay(filter.from as string) } : {}),
    ...(day(filter.to) ? { to: startOfDay(filter.to as string, 1) } : {}),
  };
}

export const AUDIT: Record<string, ResourceHandlers> = {
  /** getList({ filter: { action, entityType, entityId, actorUserId, from, to } }) — nothing to create, edit or delete */
  auditLog: {
    getList: pagedList({
      document: AUDIT_LOG,
      toFilter: toAuditFilter,
      sorts: { at: AuditSortField.AT, action: AuditSortField.ACTION, entityType: AuditSortField.ENTITY_TYPE },
    }).getList,
  },
};
