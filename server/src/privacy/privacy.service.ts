import type { DataSource, EntityManager } from "typeorm";
import { audit } from "../audit/audit.service";
import type { Clock } from "../clock";
import type { Actor } from "../domain/access";
import type { ReferenceData } from "../reference/reference.service";
import type { KeyPerson } from "../registry/registry.entity";
import { Conflict } from "../shared/errors";
import { ERASED_TEXT, erasePaymentLines, erasePaymentTransfer } from "./payment-file";

export const erasedName = (id: number) => `Erased key person #${id}`;

/** The GDPR rights of a key person: to see everything held about them, and to be erased. */
export class PrivacyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
  ) {}

  /** Everything held about a key person, as one JSON document. Reading it includes their wellbeing answers, so it is audited. */
  async export(actor: Actor, keyPerson: KeyPerson): Promise<Record<string, unknown>> {
    const id = keyPerson.id;
    const q = (sql: string) => this.dataSource.query(sql, [id]);
    const [account, languages, expertise, leave, assignments, hours, claims, payment, sessions, checkIns, clearances, mail, auditTrail] = [
      await q(`SELECT email, role, locale, created_at, last_login_at FROM app_user WHERE key_person_id = $1`),
      await q(`SELECT language_code, level, dialect FROM key_person_language WHERE key_person_id = $1`),
      await q(`SELECT expertise_code FROM key_person_expertise WHERE key_person_id = $1`),
      await q(`SELECT starts_on::text, ends_on::text FROM key_person_leave WHERE key_person_id = $1`),
      await q(`SELECT a.id, a.status, a.hours_per_week, a.proposed_at, a.responded_at, a.decline_reason, a.ended_at,
                      r.municipality_code, r.language_codes, r.expertise_codes, r.funding, r.kind, r.starts_at, r.ends_at
               FROM assignment a JOIN match_request r ON r.id = a.request_id WHERE a.key_person_id = $1 ORDER BY a.id`),
      await q(
        `SELECT id, assignment_id, date::text, hours, activity, own_activity, note, status, review_reason, allowance_cents, exported_at, late_cancellation FROM hour_entry WHERE key_person_id = $1 ORDER BY date, id`,
      ),
      await q(
        `SELECT id, assignment_id, kind, km, amount_cents, date::text, description, status, review_reason, exported_at FROM expense_claim WHERE key_person_id = $1 ORDER BY date, id`,
      ),
      await q(`SELECT iban FROM payment_details WHERE key_person_id = $1`),
      await q(`SELECT date::text, kind, note FROM supervision_session WHERE key_person_id = $1 ORDER BY date`),
      await q(`SELECT at, strain, emotional_impact, support, contact_requested FROM wellbeing_check_in WHERE key_person_id = $1 ORDER BY at`),
      await q(`SELECT at, note FROM wellbeing_clearance WHERE key_person_id = $1 ORDER BY at`),
      // The e-mails written to them: what the outbox holds is held about them too.
      // A password-reset link is cut out: whoever reads the export (the national coordinator, on request) must not get in with it.
      await q(`SELECT n.kind, n.status, n.subject, regexp_replace(n.body, '(#/reset-password/)[A-Za-z0-9_-]+', '\\1…', 'g') AS body, n.created_at, n.sent_at
               FROM notification n JOIN app_user u ON u.id = n.user_id
               WHERE u.key_person_id = $1 ORDER BY n.id`),
      await q(
        // Who else a dashboard view showed is theirs, not this person's: the list is left out.
        `SELECT at, actor_role, action, detail - 'keyPersonIds' AS detail FROM audit_log
         WHERE entity_type = 'KeyPerson' AND (entity_id = $1::text OR detail->'keyPersonIds' @> jsonb_build_array($1::text)) ORDER BY id`,
      ),
    ];
    await this.dataSource.transaction((tx) => audit(tx, actor, { action: "exportPersonalData", entityType: "KeyPerson", entityId: id }));
    const {
      consentListed,
      consentShowName,
      consentShowMunicipality,
      consentShowLanguages,
      consentShowExpertise,
      consentShowEmail,
      consentShowPhone,
      consentShowRemote,
      consentShowReach,
      consentContact,
      ...profile
    } = keyPerson;
    return {
      exportedAt: this.clock.now().toISOString(),
      profile: { ...profile, homeMunicipality: this.reference.municipalities.get(keyPerson.homeMunicipalityCode)?.name ?? null },
      publicConsent: {
        listed: consentListed,
        showName: consentShowName,
        showMunicipality: consentShowMunicipality,
        showLanguages: consentShowLanguages,
        showExpertise: consentShowExpertise,
        showEmail: consentShowEmail,
        showPhone: consentShowPhone,
        showRemote: consentShowRemote,
        showReach: consentShowReach,
        contact: consentContact,
      },
      account: account[0] ?? null,
      languages,
      expertise,
      leave,
      assignments,
      hourEntries: hours,
      expenseClaims: claims,
      paymentDetails: payment[0] ?? null,
      supervisionSessions: sessions,
      wellbeingCheckIns: checkIns,
      wellbeingClearances: clearances,
      emails: mail,
      auditTrail,
    };
  }

  /**
   * Erasure: the person disappears (name, contact, location, origins, free text, login,
   * wellbeing), the amounts of hours and claims stay for the fiscal retention period,
   * linked to an anonymous record. Irreversible.
   */
  async erase(actor: Actor, keyPerson: KeyPerson): Promise<void> {
    if (keyPerson.erasedAt) throw new Conflict("This key person has already been erased", { reason: "ALREADY_ERASED" });
    const id = keyPerson.id;
    const municipality = this.reference.municipalities.get(keyPerson.homeMunicipalityCode)!;
    const label = erasedName(id);
    await this.dataSource.transaction(async (tx) => {
      // Lock the person first: two erasures at once, or an edit during one, wait for each other.
      const [locked]: { erased_at: Date | null }[] = await tx.query(`SELECT erased_at FROM key_person WHERE id = $1 FOR UPDATE`, [id]);
      if (!locked || locked.erased_at) throw new Conflict("This key person has already been erased", { reason: "ALREADY_ERASED" });
      const assignments: { id: number; decline_reason: string | null }[] = await tx.query(
        `SELECT id, decline_reason FROM assignment WHERE key_person_id = $1`,
        [id],
      );
      await this.eraseFromOutbox(tx, id, assignments, keyPerson.displayName, label);
      // Open work ends: nobody can be proposed or hold a case after erasure.
      await tx.query(`UPDATE assignment SET status = 'CANCELLED', ended_at = $2 WHERE key_person_id = $1 AND status IN ('PROPOSED', 'ACTIVE')`, [
        id,
        this.clock.now(),
      ]);
      await tx.query(`UPDATE assignment SET decline_reason = NULL WHERE key_person_id = $1`, [id]);
      await tx.query(
        `UPDATE key_person SET display_name = $2, email = NULL, phone = NULL, gender = NULL, birth_year = NULL, origins = '{}',
           home_lat = $3, home_lon = $4, status = 'INACTIVE', profile_confirmed_at = NULL, erased_at = $5,
           consent_listed = false, consent_show_name = false, consent_show_municipality = false, consent_show_languages = false,
           consent_show_expertise = false, consent_show_email = false, consent_show_phone = false,
           consent_show_remote = false, consent_show_reach = false, consent_contact = false, availability_windows = '[]'
         WHERE id = $1`,
        // The home point becomes the municipality's own reference point: no longer where the person lives.
        [id, label, municipality.insideLat, municipality.insideLon, this.clock.now()],
      );
      // The account goes too, and with it (ON DELETE CASCADE) the e-mails to the person and their invitations.
      for (const table of [
        "key_person_language",
        "key_person_expertise",
        "key_person_leave",
        "wellbeing_check_in",
        "wellbeing_clearance",
        "proqol_response", // care (issue 17)
        "payment_details",
        "app_user",
      ]) {
        await tx.query(`DELETE FROM ${table} WHERE key_person_id = $1`, [id]);
      }
      await tx.query(`UPDATE supervision_session SET note = NULL WHERE key_person_id = $1`, [id]);
      // Hours and claims are the financial record: their amounts stay; what people wrote about them does not.
      await tx.query(`UPDATE expense_claim SET description = $2 WHERE key_person_id = $1`, [id, ERASED_TEXT]);
      await tx.query(`UPDATE hour_entry SET note = $2 WHERE key_person_id = $1 AND note IS NOT NULL`, [id, ERASED_TEXT]);
      for (const table of ["hour_entry", "expense_claim"]) {
        await tx.query(`UPDATE ${table} SET review_reason = $2 WHERE key_person_id = $1 AND review_reason IS NOT NULL`, [id, ERASED_TEXT]);
      }
      await this.eraseFromPaymentFiles(tx, id, label);
      await audit(tx, actor, { action: "eraseKeyPerson", entityType: "KeyPerson", entityId: id });
    });
  }

  /**
   * E-mails to others that named the person or quoted them: an organisation told who
   * accepted its proposal, or why it was declined; coordinators told who needs attention.
   * They stay in the outbox (what was sent, and when), with the person anonymised.
   */
  private async eraseFromOutbox(
    tx: EntityManager,
    id: number,
    assignments: { id: number; decline_reason: string | null }[],
    name: string,
    label: string,
  ): Promise<void> {
    const keys = assignments.flatMap((a) => [`accepted:${a.id}`, `declined:${a.id}`]);
    const about = `(dedupe_key = ANY($3) OR dedupe_key LIKE $4)`;
    const replace = (from: string, to: string) =>
      tx.query(`UPDATE notification SET subject = replace(subject, $1, $2), body = replace(body, $1, $2) WHERE ${about}`, [
        from,
        to,
        keys,
        `attention:${id}:%`,
      ]);
    for (const reason of new Set(assignments.map((a) => a.decline_reason?.trim()).filter((r): r is string => !!r))) await replace(reason, ERASED_TEXT);
    await replace(name, label);
  }

  /**
   * The payment files with lines of the person: same amounts, their name, IBAN and claim
   * texts gone, in the CSV and the SEPA file; and their name in the lines an export left out.
   */
  private async eraseFromPaymentFiles(tx: EntityManager, id: number, label: string): Promise<void> {
    const files: { id: number; csv: string; sepa_xml: string | null; left_out: { keyPersonId: string; keyPersonName: string }[] }[] = await tx.query(
      `SELECT id, csv, sepa_xml, left_out FROM payment_export
       WHERE id IN (SELECT export_batch_id FROM hour_entry WHERE key_person_id = $1 UNION SELECT export_batch_id FROM expense_claim WHERE key_person_id = $1)
          OR left_out @> $2::jsonb
       ORDER BY id FOR UPDATE`,
      [id, JSON.stringify([{ keyPersonId: String(id) }])],
    );
    for (const file of files) {
      const leftOut = file.left_out.map((entry) => (entry.keyPersonId === String(id) ? { ...entry, keyPersonName: label } : entry));
      await tx.query(`UPDATE payment_export SET csv = $2, sepa_xml = $3, left_out = $4::jsonb WHERE id = $1`, [
        file.id,
        erasePaymentLines(file.csv, id, label),
        file.sepa_xml === null ? null : erasePaymentTransfer(file.sepa_xml, file.id, id, label),
        JSON.stringify(leftOut),
      ]);
    }
  }
}
