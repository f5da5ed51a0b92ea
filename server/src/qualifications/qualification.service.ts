import type { EntityManager } from "typeorm";
import { validUntilOf } from "../domain/qualifications";
import { QualificationStatus } from "../shared/enums";
import { Qualification, QualificationType } from "./qualification.entity";

/**
 * Adds a VERIFIED qualification of type `code` to the key person, granted by attending a
 * training (group activity `groupActivityId`): valid from `obtainedOn` for the type's
 * validity. Idempotent per (key person, activity): a second call for the same attendance
 * changes nothing. Runs in the caller's transaction; an unknown type code throws.
 */
export async function grantVerifiedQualification(
  manager: EntityManager,
  args: { keyPersonId: number; code: string; obtainedOn: string; issuer: string; groupActivityId: number; verifiedByUserId: number },
): Promise<void> {
  const type = await manager.findOneBy(QualificationType, { code: args.code });
  if (!type) throw new Error(`Unknown qualification type ${args.code}`);
  await manager
    .createQueryBuilder()
    .insert()
    .into(Qualification)
    .values({
      keyPersonId: args.keyPersonId,
      typeCode: type.code,
      issuer: args.issuer.slice(0, 200),
      obtainedOn: args.obtainedOn,
      validUntil: validUntilOf(args.obtainedOn, type.validityMonths),
      status: QualificationStatus.VERIFIED,
      verifiedByUserId: args.verifiedByUserId,
      verifiedAt: () => "now()",
      verificationNote: null,
      groupActivityId: args.groupActivityId,
      createdByUserId: args.verifiedByUserId,
    })
    .orIgnore()
    .execute();
}

/**
 * SQL: the VERIFIED qualifications of the key person in `keyPersonColumn` valid at some
 * time in the calendar year in `yearParam` (an integer parameter), as a derived table
 * `(id, type_code, name_nl, name_en, issuer, obtained_on, valid_until, group_activity_id)`,
 * for the recognition statement. Valid in the year: obtained on or before its last day and
 * not expired before its first.
 */
export function qualificationsValidInYear(keyPersonColumn: string, yearParam: string): string {
  return `(SELECT q.id, q.type_code, t.name_nl, t.name_en, q.issuer, q.obtained_on, q.valid_until, q.group_activity_id
    FROM qualification q JOIN qualification_type t ON t.code = q.type_code
    WHERE q.key_person_id = ${keyPersonColumn} AND q.status = 'VERIFIED'
      AND q.obtained_on <= make_date(${yearParam}::int, 12, 31)
      AND (q.valid_until IS NULL OR q.valid_until >= make_date(${yearParam}::int, 1, 1)))`;
}
