import type { EntityManager } from "typeorm";
import type { Actor } from "../domain/access";
import type { AuditAction } from "../domain/audit-actions";
import { AuditEntry } from "./audit.entity";

export interface AuditRecord {
  action: AuditAction;
  entityType: string;
  entityId?: string | number | null;
  /** Names of changed fields and codes: never personal content. */
  detail?: Record<string, unknown>;
}

/** Writes to the append-only audit log inside the caller's transaction, so a refused change leaves no entry. */
export async function audit(tx: EntityManager, actor: Actor | null, record: AuditRecord): Promise<void> {
  await tx.insert(AuditEntry, {
    actorUserId: actor?.userId ?? null,
    actorRole: actor?.role ?? null,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId == null ? null : String(record.entityId),
    detail: (record.detail ?? {}) as AuditEntry["detail"] & object,
  });
}
