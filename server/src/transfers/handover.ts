// A change of key person (issue 18): when a key person accepts a request while another one
// still supports it (a handover after a move), the old one is released and both may
// declare hours for HANDOVER_OVERLAP_DAYS (domain/transfers.ts). Called by the matching
// service in the acceptance's transaction; both key persons are notified.
import type { EntityManager } from "typeorm";
import { audit } from "../audit/audit.service";
import type { Actor } from "../domain/access";
import { handoverOverlapUntil } from "../domain/transfers";
import { notify, NotificationKind } from "../notifications/notify";
import { AssignmentHandover } from "./transfer.entity";

export async function recordHandovers(
  tx: EntityManager,
  actor: Actor | null,
  requestId: number,
  to: { id: number; keyPersonId: number },
  released: { id: number; keyPersonId: number }[],
  now: Date,
): Promise<void> {
  const handedOverOn = now.toISOString().slice(0, 10);
  for (const from of released) {
    if (from.keyPersonId === to.keyPersonId) continue;
    const handover = await tx.save(
      tx.create(AssignmentHandover, {
        matchRequestId: requestId,
        fromAssignmentId: from.id,
        toAssignmentId: to.id,
        handedOverOn,
        overlapUntil: handoverOverlapUntil(handedOverOn),
      }),
    );
    for (const [who, role] of [
      [from.keyPersonId, "OLD"],
      [to.keyPersonId, "NEW"],
    ] as const) {
      await notify(tx, {
        to: { keyPerson: who },
        kind: NotificationKind.HANDOVER_OVERLAP,
        dedupeKey: `handover-overlap:${handover.id}:${role}`,
        params: { handoverId: handover.id, role },
      });
    }
    await audit(tx, actor, {
      action: "handOverAssignment",
      entityType: "Assignment",
      entityId: from.id,
      detail: { toAssignmentId: to.id, overlapUntil: handover.overlapUntil },
    });
  }
}
