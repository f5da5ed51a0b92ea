import type { DataSource, EntityManager } from "typeorm";
import { audit } from "../audit/audit.service";
import type { Clock } from "../clock";
import type { Actor } from "../domain/access";
import {
  canAddQualification,
  canDecideQualification,
  canEditQualificationTypes,
  canRemoveQualification,
  EXPIRING_WITHIN_DAYS,
  ISSUER_MAX,
  TYPE_CODE_PATTERN,
  TYPE_NAME_MAX,
  VALIDITY_MONTHS_MAX,
  validUntilOf,
  VERIFICATION_NOTE_MAX,
} from "../domain/qualifications";
import { amsterdam } from "../notifications/jobs";
import type { ReferenceData } from "../reference/reference.service";
import type { KeyPerson } from "../registry/registry.entity";
import { QualificationStatus } from "../shared/enums";
import { BadUserInput, Conflict, Forbidden, NotFound } from "../shared/errors";
import { parseId } from "../shared/ids";
import { Qualification, QualificationDashboard, QualificationType, TrainedCount } from "./qualification.entity";
import type { QualificationInput, QualificationTypeInput, QualificationTypeUpdateInput } from "./qualification.inputs";

/** A required text, trimmed, at most `max` characters. */
function requiredText(value: string | null | undefined, field: string, max: number): string {
  const text = (value ?? "").trim();
  if (!text) throw new BadUserInput(`Fill in ${field}`, { reason: "VALUE_REQUIRED", field });
  if (text.length > max) throw new BadUserInput(`Keep ${field} under ${max} characters`, { reason: "TEXT_TOO_LONG", field, params: { max } });
  return text;
}

function validityMonths(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 1 || value > VALIDITY_MONTHS_MAX)
    throw new BadUserInput(`validityMonths must be from 1 to ${VALIDITY_MONTHS_MAX}, or null for no expiry`, {
      reason: "NUMBER_OUT_OF_RANGE",
      field: "validityMonths",
      params: { min: 1, max: VALIDITY_MONTHS_MAX },
    });
  return value;
}

/**
 * The qualification list and the key persons' qualifications (issue 17). Adding makes a
 * SELF_DECLARED qualification; a coordinator verifies (or rejects) it with a note. Only a
 * VERIFIED qualification, valid on the request's start, meets an expertise that needs one
 * (hard rule QUALIFICATION in domain/matching.ts).
 */
export class QualificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
  ) {}

  // ---- the list -------------------------------------------------------------------------

  types(includeInactive: boolean): Promise<QualificationType[]> {
    return this.dataSource.getRepository(QualificationType).find({ where: includeInactive ? {} : { active: true }, order: { code: "ASC" } });
  }

  private coveredExpertise(codes: readonly string[]): string[] {
    const unique = [...new Set(codes.map((code) => code.trim().toUpperCase()))];
    for (const code of unique)
      if (!this.reference.expertise.has(code))
        throw new BadUserInput(`Unknown expertise code "${code}"`, { reason: "UNKNOWN_CODE", field: "coversExpertise", params: { kind: "expertise", code } });
    return unique.sort();
  }

  async createType(actor: Actor, input: QualificationTypeInput): Promise<QualificationType> {
    if (!canEditQualificationTypes(actor)) throw new Forbidden();
    const code = input.code.trim().toUpperCase();
    if (!TYPE_CODE_PATTERN.test(code))
      throw new BadUserInput("A code has capitals, digits and underscores, 2 to 40, starting with a capital", {
        reason: "QUALIFICATION_TYPE_CODE_INVALID",
        field: "code",
        params: { value: input.code.slice(0, 60) },
      });
    const values = {
      code,
      nameNl: requiredText(input.nameNl, "nameNl", TYPE_NAME_MAX),
      nameEn: requiredText(input.nameEn, "nameEn", TYPE_NAME_MAX),
      validityMonths: validityMonths(input.validityMonths),
      coversExpertise: this.coveredExpertise(input.coversExpertise),
      active: true,
    };
    return this.dataSource.transaction(async (tx) => {
      const inserted: unknown[] = await tx
        .createQueryBuilder()
        .insert()
        .into(QualificationType)
        .values(values)
        .orIgnore()
        .returning("code")
        .execute()
        .then((result) => result.raw);
      if (inserted.length === 0)
        throw new Conflict(`A qualification type ${code} already exists`, { reason: "QUALIFICATION_TYPE_EXISTS", field: "code", params: { code } });
      await audit(tx, actor, { action: "createQualificationType", entityType: "QualificationType", entityId: code, detail: { ...values } });
      return tx.findOneByOrFail(QualificationType, { code });
    });
  }

  async updateType(actor: Actor, rawCode: string, input: QualificationTypeUpdateInput): Promise<QualificationType> {
    if (!canEditQualificationTypes(actor)) throw new Forbidden();
    const changes: Partial<QualificationType> = {};
    if (input.nameNl !== undefined && input.nameNl !== null) changes.nameNl = requiredText(input.nameNl, "nameNl", TYPE_NAME_MAX);
    if (input.nameEn !== undefined && input.nameEn !== null) changes.nameEn = requiredText(input.nameEn, "nameEn", TYPE_NAME_MAX);
    if (input.clearValidity) changes.validityMonths = null;
    else if (input.validityMonths !== undefined && input.validityMonths !== null) changes.validityMonths = validityMonths(input.validityMonths);
    if (input.coversExpertise) changes.coversExpertise = this.coveredExpertise(input.coversExpertise);
    if (input.active !== undefined && input.active !== null) changes.active = input.active;
    return this.dataSource.transaction(async (tx) => {
      const [row] = await tx.query(`SELECT code FROM qualification_type WHERE code = $1 FOR UPDATE`, [rawCode]);
      if (!row) throw new NotFound("QualificationType", rawCode);
      if (Object.keys(changes).length > 0) await tx.update(QualificationType, { code: rawCode }, changes);
      await audit(tx, actor, { action: "updateQualificationType", entityType: "QualificationType", entityId: rawCode, detail: { ...changes } });
      return tx.findOneByOrFail(QualificationType, { code: rawCode });
    });
  }

  /** The dashboard's qualification figures (coordinators: their region, or the country). */
  dashboard(actor: Actor): Promise<QualificationDashboard> {
    if (actor.role !== "COORDINATOR" && actor.role !== "REGIONAL_COORDINATOR") throw new Forbidden();
    return qualificationDashboard(this.dataSource, actor, this.clock.now());
  }

  // ---- a key person's qualifications -------------------------------------------------------

  async add(actor: Actor, keyPerson: KeyPerson, input: QualificationInput): Promise<Qualification> {
    if (!canAddQualification(actor, keyPerson)) throw new NotFound("KeyPerson", keyPerson.id);
    const code = input.code.trim().toUpperCase();
    const issuer = requiredText(input.issuer, "issuer", ISSUER_MAX);
    const today = amsterdam(this.clock.now()).date;
    if (input.obtainedOn > today)
      throw new BadUserInput(`${input.obtainedOn} lies in the future: add a qualification once obtained`, {
        reason: "DATE_IN_FUTURE",
        field: "obtainedOn",
        params: { date: input.obtainedOn },
      });
    if (input.validUntil && input.validUntil < input.obtainedOn)
      throw new BadUserInput("validUntil lies before obtainedOn", { reason: "PERIOD_INVALID", field: "validUntil" });
    return this.dataSource.transaction(async (tx) => {
      const type = await tx.findOneBy(QualificationType, { code });
      if (!type)
        throw new BadUserInput(`Unknown qualification type "${code}"`, { reason: "UNKNOWN_CODE", field: "code", params: { kind: "qualificationType", code } });
      if (!type.active)
        throw new BadUserInput(`The qualification type ${code} is no longer active`, {
          reason: "QUALIFICATION_TYPE_INACTIVE",
          field: "code",
          params: { code },
        });
      // One at a time per key person, so two identical additions cannot both pass the duplicate check.
      await tx.query(`SELECT id FROM key_person WHERE id = $1 FOR UPDATE`, [keyPerson.id]);
      const twice = await tx.query(`SELECT 1 FROM qualification WHERE key_person_id = $1 AND type_code = $2 AND obtained_on = $3 AND status <> 'REJECTED'`, [
        keyPerson.id,
        code,
        input.obtainedOn,
      ]);
      if (twice.length > 0)
        throw new Conflict(`This key person already has ${code} obtained on ${input.obtainedOn}`, {
          reason: "QUALIFICATION_DUPLICATE",
          field: "code",
          params: { code, obtainedOn: input.obtainedOn },
        });
      const saved = await tx.save(
        tx.create(Qualification, {
          keyPersonId: keyPerson.id,
          typeCode: code,
          issuer,
          obtainedOn: input.obtainedOn,
          validUntil: input.validUntil ?? validUntilOf(input.obtainedOn, type.validityMonths),
          status: QualificationStatus.SELF_DECLARED,
          verifiedByUserId: null,
          verifiedAt: null,
          verificationNote: null,
          groupActivityId: null,
          createdByUserId: actor.userId,
        }),
      );
      await audit(tx, actor, {
        action: "addQualification",
        entityType: "Qualification",
        entityId: saved.id,
        detail: { keyPersonId: keyPerson.id, code, obtainedOn: saved.obtainedOn, validUntil: saved.validUntil },
      });
      return saved;
    });
  }

  /** The qualification locked for a change, with its key person; NotFound when the actor may not reach it. */
  private async locked(
    tx: EntityManager,
    rawId: string,
    actor: Actor,
  ): Promise<{ qualification: Qualification; keyPerson: { id: number; homeMunicipalityCode: string } }> {
    const id = parseId(rawId, "Qualification");
    const [row] = await tx.query(
      `SELECT q.id, kp.id AS key_person_id, kp.home_municipality_code FROM qualification q JOIN key_person kp ON kp.id = q.key_person_id WHERE q.id = $1 FOR UPDATE OF q`,
      [id],
    );
    const keyPerson = row ? { id: row.key_person_id as number, homeMunicipalityCode: row.home_municipality_code as string } : null;
    if (!keyPerson || !canAddQualification(actor, keyPerson)) throw new NotFound("Qualification", rawId);
    return { qualification: await tx.findOneByOrFail(Qualification, { id }), keyPerson };
  }

  /** Verify (VERIFIED) or reject (REJECTED) a SELF_DECLARED qualification, with the coordinator's note. */
  async decide(actor: Actor, rawId: string, note: string, verified: boolean): Promise<Qualification> {
    const text = requiredText(note, "note", VERIFICATION_NOTE_MAX);
    return this.dataSource.transaction(async (tx) => {
      const { qualification, keyPerson } = await this.locked(tx, rawId, actor);
      if (!canDecideQualification(actor, keyPerson)) throw new Forbidden();
      if (qualification.status !== QualificationStatus.SELF_DECLARED)
        throw new Conflict(`This qualification is already ${qualification.status}`, {
          reason: "QUALIFICATION_ALREADY_DECIDED",
          params: { status: qualification.status },
        });
      const status = verified ? QualificationStatus.VERIFIED : QualificationStatus.REJECTED;
      await tx.update(
        Qualification,
        { id: qualification.id },
        { status, verifiedByUserId: actor.userId, verifiedAt: this.clock.now(), verificationNote: text },
      );
      await audit(tx, actor, {
        action: verified ? "verifyQualification" : "rejectQualification",
        entityType: "Qualification",
        entityId: qualification.id,
        detail: { keyPersonId: keyPerson.id, code: qualification.typeCode, note: text },
      });
      return tx.findOneByOrFail(Qualification, { id: qualification.id });
    });
  }

  async remove(actor: Actor, rawId: string): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const { qualification, keyPerson } = await this.locked(tx, rawId, actor);
      if (!canRemoveQualification(actor, keyPerson, qualification.status))
        throw new Forbidden("A verified qualification is removed by a coordinator", { reason: "QUALIFICATION_REMOVE_COORDINATORS_ONLY" });
      await tx.delete(Qualification, { id: qualification.id });
      await audit(tx, actor, {
        action: "removeQualification",
        entityType: "Qualification",
        entityId: qualification.id,
        detail: { keyPersonId: keyPerson.id, code: qualification.typeCode, status: qualification.status, obtainedOn: qualification.obtainedOn },
      });
      return qualification.id;
    });
  }
}

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

/** The region of a regional coordinator, or null (the whole country) for the national one. */
function regionOf(actor: Actor): readonly string[] | null {
  return actor.role === "REGIONAL_COORDINATOR" ? actor.municipalityCodes : null;
}

/**
 * The dashboard's qualification figures for the coordinator's scope (key persons living in
 * their region): trained and untrained active key persons per province and per language,
 * who lacks a qualification their expertise needs, and what expires within 60 days.
 */
export async function qualificationDashboard(dataSource: DataSource, actor: Actor, now: Date): Promise<QualificationDashboard> {
  const region = regionOf(actor);
  const today = amsterdam(now).date;
  const valid = `q.status = 'VERIFIED' AND q.obtained_on <= $2::date AND (q.valid_until IS NULL OR q.valid_until >= $2::date)`;
  const people = `SELECT kp.id, m.province,
      EXISTS (SELECT 1 FROM qualification q WHERE q.key_person_id = kp.id AND ${valid}) AS trained,
      EXISTS (SELECT 1 FROM key_person_expertise e JOIN expertise x ON x.code = e.expertise_code
              WHERE e.key_person_id = kp.id AND x.requires_qualification
                AND NOT EXISTS (SELECT 1 FROM qualification q JOIN qualification_type t ON t.code = q.type_code
                                WHERE q.key_person_id = kp.id AND ${valid} AND e.expertise_code = ANY(t.covers_expertise))) AS lacking
    FROM key_person kp JOIN municipality m ON m.code = kp.home_municipality_code
    WHERE kp.status = 'ACTIVE' AND ($1::varchar[] IS NULL OR kp.home_municipality_code = ANY($1))`;
  const counts = `count(*) FILTER (WHERE p.trained)::int AS trained, count(*) FILTER (WHERE NOT p.trained)::int AS untrained, count(*) FILTER (WHERE p.lacking)::int AS lacking`;
  type Row = { key: string; name: string; name_nl: string; trained: number; untrained: number; lacking: number };
  const [byRegion, byLanguage, expiring, [{ n }]] = await Promise.all([
    dataSource.query(`WITH p AS (${people}) SELECT p.province AS key, p.province AS name, p.province AS name_nl, ${counts} FROM p GROUP BY 1 ORDER BY 1`, [
      region,
      today,
    ]) as Promise<Row[]>,
    dataSource.query(
      `WITH p AS (${people}) SELECT l.language_code AS key, min(g.name) AS name, min(g.name_nl) AS name_nl, ${counts}
       FROM p JOIN key_person_language l ON l.key_person_id = p.id JOIN language g ON g.code = l.language_code GROUP BY 1 ORDER BY 1`,
      [region, today],
    ) as Promise<Row[]>,
    dataSource.query(
      `SELECT q.id, q.key_person_id, q.valid_until::text AS valid_until, (q.valid_until - $2::date)::int AS days_left
       FROM qualification q JOIN key_person kp ON kp.id = q.key_person_id
       WHERE q.status = 'VERIFIED' AND q.valid_until BETWEEN $2::date AND $2::date + $3::int
         AND kp.status <> 'INACTIVE' AND kp.erased_at IS NULL AND ($1::varchar[] IS NULL OR kp.home_municipality_code = ANY($1))
       ORDER BY q.valid_until, q.id LIMIT 500`,
      [region, today, EXPIRING_WITHIN_DAYS],
    ) as Promise<{ id: number; key_person_id: number; valid_until: string; days_left: number }[]>,
    dataSource.query(
      `SELECT count(*)::int AS n FROM qualification q JOIN key_person kp ON kp.id = q.key_person_id
       WHERE q.status = 'SELF_DECLARED' AND kp.erased_at IS NULL AND ($1::varchar[] IS NULL OR kp.home_municipality_code = ANY($1))`,
      [region],
    ) as Promise<{ n: number }[]>,
  ]);
  const asCount = (row: Row): TrainedCount => ({
    key: row.key,
    name: row.name,
    nameNl: row.name_nl,
    trained: row.trained,
    untrained: row.untrained,
    lacking: row.lacking,
  });
  return {
    byRegion: byRegion.map(asCount),
    byLanguage: byLanguage.map(asCount),
    expiring: expiring.map((row) => ({ qualificationId: row.id, keyPersonId: row.key_person_id, validUntil: row.valid_until, daysLeft: row.days_left })),
    awaitingVerification: n,
  };
}
