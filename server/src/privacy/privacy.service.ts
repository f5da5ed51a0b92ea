import type { DataSource } from "typeorm";
import { audit } from "../audit/audit.service";
import type { Clock } from "../clock";
import type { Actor } from "../domain/access";
import type { ReferenceData } from "../reference/reference.service";
import type { KeyPerson } from "../registry/registry.entity";
import { Conflict } from "../shared/errors";

/** Financial records are kept this long (Dutch fiscal retention), also after erasure. */
export const FISCAL_RETENTION_YEARS = 7;

export const erasedName = (id: number) => `Erased key person #${id}`;

/** The GDPR rights of a key person: to see everything held about them, and to be erased. */
export class PrivacyService {
  constructor(private readonly dataSource: DataSource, private readonly reference: ReferenceData, private readonly clock: Clock) {}

  /** Everything held about a key person, as one JSON document. Reading it includes their wellbeing answers, so it is audited. */
  async export(actor: Actor, keyPerson: KeyPerson): Promise<Record<string, unknown>> {
    const id = keyPerson.id;
    const q = (sql: string) => this.dataSource.query(sql, [id]);
    const [account, languages, expertise, leave, assignments, hours, claims, payment, sessions, checkIns, clearances, auditTrail] = [
      await q(`SELECT email, role, locale, created_at, last_login_at FROM app_user WHERE key_person_id = $1`),
      await q(`SELECT language_code, level, dialect FROM key_person_language WHERE key_person_id = $1`),
      await q(`SELECT expertise_code FROM key_person_expertise WHERE key_person_id = $1`),
      await q(`SELECT starts_on::text, ends_on::text FROM key_person_leave WHERE key_person_id = $1`),
      await q(`SELECT a.id, a.status, a.hours_per_week, a.proposed_at, a.responded_at, a.decline_reason, a.ended_at,
                      r.municipality_code, r.language_codes, r.expertise_codes, r.funding
               FROM assignment a JOIN match_request r ON r.id = a.request_id WHERE a.key_person_id = $1 ORDER BY a.id`),
      await q(`SELECT id, assignment_id, date::text, hours, activity, status, review_reason, allowance_cents, exported_at FROM hour_entry WHERE key_person_id = $1 ORDER BY date, id`),
      await q(`SELECT id, assignment_id, kind, km, amount_cents, date::text, description, status, review_reason, exported_at FROM expense_claim WHERE key_person_id = $1 ORDER BY date, id`),
      await q(`SELECT iban FROM payment_details WHERE key_person_id = $1`),
      await q(`SELECT date::text, kind, note FROM supervision_session WHERE key_person_id = $1 ORDER BY date`),
      await q(`SELECT at, strain, emotional_impact, support, contact_requested FROM wellbeing_check_in WHERE key_person_id = $1 ORDER BY at`),
      await q(`SELECT at, note FROM wellbeing_clearance WHERE key_person_id = $1 ORDER BY at`),
      await q(`SELECT at, actor_role, action, detail FROM audit_log WHERE entity_type = 'KeyPerson' AND entity_id = $1::text ORDER BY id`),
    ];
    await this.dataSource.transaction((tx) => audit(tx, actor, { action: "exportPersonalData", entityType: "KeyPerson", entityId: id }));
    const { consentListed, consentShowName, consentShowMunicipality, consentShowLanguages, consentShowExpertise, consentShowEmail, consentShowPhone, ...profile } = keyPerson;
    return {
      exportedAt: this.clock.now().toISOString(),
      profile: { ...profile, homeMunicipality: this.reference.municipalities.get(keyPerson.homeMunicipalityCode)?.name ?? null },
      publicConsent: { listed: consentListed, showName: consentShowName, showMunicipality: consentShowMunicipality, showLanguages: consentShowLanguages, showExpertise: consentShowExpertise, showEmail: consentShowEmail, showPhone: consentShowPhone },
      account: account[0] ?? null,
      languages, expertise, leave, assignments, hourEntries: hours, expenseClaims: claims,
      paymentDetails: payment[0] ?? null,
      supervisionSessions: sessions, wellbeingCheckIns: checkIns, wellbeingClearances: clearances,
      auditTrail,
    };
  }

  /**
   * Erasure: the person disappears (name, contact, location, origins, free text, login,
   * wellbeing), the amounts of hours and claims stay for the fiscal retention period,
   * linked to an anonymous record. Irreversible.
   */
  async erase(actor: Actor, keyPerson: KeyPerson): Promise<void> {
    if (keyPerson.erasedAt) throw new Conflict("This key person has already been erased");
    const id = keyPerson.id;
    const municipality = this.reference.municipalities.get(keyPerson.homeMunicipalityCode)!;
    const label = erasedName(id);
    await this.dataSource.transaction(async (tx) => {
      const names: { iban: string | null }[] = await tx.query(`SELECT iban FROM payment_details WHERE key_person_id = $1`, [id]);
      // Open work ends: nobody can be proposed or hold a case after erasure.
      await tx.query(`UPDATE assignment SET status = 'CANCELLED', ended_at = $2 WHERE key_person_id = $1 AND status IN ('PROPOSED', 'ACTIVE')`, [id, this.clock.now()]);
      await tx.query(`UPDATE assignment SET decline_reason = NULL WHERE key_person_id = $1`, [id]);
      await tx.query(
        `UPDATE key_person SET display_name = $2, email = NULL, phone = NULL, gender = NULL, birth_year = NULL, origins = '{}',
           home_lat = $3, home_lon = $4, status = 'INACTIVE', profile_confirmed_at = NULL, erased_at = $5,
           consent_listed = false, consent_show_name = false, consent_show_municipality = false, consent_show_languages = false,
           consent_show_expertise = false, consent_show_email = false, consent_show_phone = false
         WHERE id = $1`,
        // The home point becomes the municipality's own reference point: no longer where the person lives.
        [id, label, municipality.insideLat, municipality.insideLon, this.clock.now()],
      );
      for (const table of ["key_person_language", "key_person_expertise", "key_person_leave", "wellbeing_check_in", "wellbeing_clearance", "payment_details", "app_user"]) {
        await tx.query(`DELETE FROM ${table} WHERE key_person_id = $1`, [id]);
      }
      await tx.query(`UPDATE supervision_session SET note = NULL WHERE key_person_id = $1`, [id]);
      await tx.query(`UPDATE expense_claim SET description = '[erased]' WHERE key_person_id = $1`, [id]);
      // Exported payment files keep their amounts; the name and IBAN in them are replaced.
      const replacements = [keyPerson.displayName, ...names.map((n) => n.iban)].filter((v): v is string => !!v);
      for (const value of replacements) {
        await tx.query(
          `UPDATE payment_export SET csv = replace(csv, $1, $2)
           WHERE id IN (SELECT export_batch_id FROM hour_entry WHERE key_person_id = $3 UNION SELECT export_batch_id FROM expense_claim WHERE key_person_id = $3)`,
          [value, value === keyPerson.displayName ? label : "[erased]", id],
        );
      }
      await audit(tx, actor, { action: "eraseKeyPerson", entityType: "KeyPerson", entityId: id });
    });
  }
}
