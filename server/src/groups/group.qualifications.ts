import type { EntityManager } from "typeorm";
import { grantVerifiedQualification } from "../qualifications/qualification.service";

/**
 * A training with a qualification: every attendee gets it, verified (quals'
 * grantVerifiedQualification, idempotent per key person and activity); whoever is no
 * longer on the attendance list loses the one this activity granted, nothing else.
 */
export async function grantQualificationsFor(
  tx: EntityManager,
  args: { keyPersonIds: readonly number[]; code: string; obtainedOn: string; issuer: string; groupActivityId: number; verifiedByUserId: number },
): Promise<void> {
  await tx.query(`DELETE FROM qualification WHERE group_activity_id = $1 AND NOT (key_person_id = ANY($2))`, [args.groupActivityId, args.keyPersonIds]);
  for (const keyPersonId of args.keyPersonIds)
    await grantVerifiedQualification(tx, {
      keyPersonId,
      code: args.code,
      obtainedOn: args.obtainedOn,
      issuer: args.issuer,
      groupActivityId: args.groupActivityId,
      verifiedByUserId: args.verifiedByUserId,
    });
}
