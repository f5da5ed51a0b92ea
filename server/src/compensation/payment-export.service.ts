import type { DataSource, EntityManager } from "typeorm";
import { audit } from "../audit/audit.service";
import type { Clock } from "../clock";
import type { Actor } from "../domain/access";
import { BadUserInput, Forbidden } from "../shared/errors";
import { parseId } from "../shared/ids";
import { isIsoDate } from "../shared/scalars";
import { PaymentExport } from "./compensation.entity";
import { funderOfActor, NATIONAL_SCHEME, organisationFunder } from "../domain/funder";
import { ibanProblem, normaliseIban } from "./iban";
import { paymentCsv, type PaymentFileLocale, type PaymentLine } from "./payment-csv";
import { LeftOutPayment, PayerAccount, type PayerAccountInput, type PaymentExportPreview } from "./payment-export.entity";
import { paymentSepaXml } from "./payment-sepa";

const BIC = /^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$/;

/**
 * Payment files: per funder and period, the approved allowances and claims not yet
 * exported, as a CSV (the financial record, in the exporter's language) and a SEPA
 * credit transfer for the bank. Lines of key persons without an IBAN are left out (and
 * stay for a later export); the preview lists them before anyone exports.
 */
export class PaymentExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  private funder(actor: Actor, rawOrganisationId: string | null | undefined): string {
    // Left out (undefined) or null: the national scheme.
    const funder = rawOrganisationId == null ? NATIONAL_SCHEME : organisationFunder(parseId(rawOrganisationId, "Organisation"));
    if (funderOfActor(actor) !== funder) {
      throw new Forbidden(
        funder === NATIONAL_SCHEME
          ? "The national scheme's payments are exported by the national coordinator"
          : "Only the organisation that funds these payments exports them",
      );
    }
    return funder;
  }

  private period(from: string, to: string) {
    if (!isIsoDate(from) || !isIsoDate(to) || to < from) {
      throw new BadUserInput("Give a period from ≤ to, as YYYY-MM-DD", { reason: "PAYMENT_PERIOD_INVALID", field: "to", params: { from, to } });
    }
  }

  /** The approved, not yet exported lines; `lock` takes row locks so two exports never share a line. */
  private async lines(tx: EntityManager, funder: string, from: string, to: string, lock: boolean): Promise<PaymentLine[]> {
    const forUpdate = (alias: string) => (lock ? `FOR UPDATE OF ${alias}` : "");
    const hours: PaymentLine[] = await tx.query(
      `SELECT 'HOURS' AS type, h.id, h.key_person_id AS "keyPersonId", kp.display_name AS name, pd.iban, h.date::text AS date,
              h.hours::numeric::float8 AS hours, COALESCE(h.activity::text, h.own_activity::text) AS description, h.allowance_cents AS "amountCents"
       FROM hour_entry h JOIN key_person kp ON kp.id = h.key_person_id LEFT JOIN payment_details pd ON pd.key_person_id = h.key_person_id
       WHERE h.funder = $1 AND h.status = 'APPROVED' AND h.exported_at IS NULL AND h.allowance_cents > 0 AND h.date BETWEEN $2 AND $3
       ORDER BY h.date, h.id ${forUpdate("h")}`,
      [funder, from, to],
    );
    const claims: PaymentLine[] = await tx.query(
      `SELECT 'CLAIM' AS type, c.id, c.key_person_id AS "keyPersonId", kp.display_name AS name, pd.iban, c.date::text AS date,
              NULL AS hours, c.kind::text || ': ' || c.description AS description, c.amount_cents AS "amountCents"
       FROM expense_claim c JOIN key_person kp ON kp.id = c.key_person_id LEFT JOIN payment_details pd ON pd.key_person_id = c.key_person_id
       WHERE c.funder = $1 AND c.status = 'APPROVED' AND c.exported_at IS NULL AND c.date BETWEEN $2 AND $3
       ORDER BY c.date, c.id ${forUpdate("c")}`,
      [funder, from, to],
    );
    return [...hours, ...claims];
  }

  /** Splits the lines into those that can be paid and, per key person, those that cannot (no IBAN). */
  private split(lines: PaymentLine[]): { payable: PaymentLine[]; leftOut: LeftOutPayment[] } {
    const payable: PaymentLine[] = [];
    const leftOut = new Map<number, LeftOutPayment>();
    for (const line of lines) {
      if (line.iban) {
        payable.push(line);
        continue;
      }
      const entry =
        leftOut.get(line.keyPersonId) ??
        Object.assign(new LeftOutPayment(), {
          keyPersonId: String(line.keyPersonId),
          keyPersonName: line.name,
          missing: ["IBAN"],
          lineCount: 0,
          amountCents: 0,
        });
      entry.lineCount += 1;
      entry.amountCents += line.amountCents;
      leftOut.set(line.keyPersonId, entry);
    }
    return { payable, leftOut: [...leftOut.values()].sort((a, b) => a.keyPersonName.localeCompare(b.keyPersonName, "nl")) };
  }

  async preview(actor: Actor, rawOrganisationId: string | null | undefined, from: string, to: string): Promise<PaymentExportPreview> {
    const funder = this.funder(actor, rawOrganisationId);
    this.period(from, to);
    const manager = this.dataSource.manager;
    const { payable, leftOut } = this.split(await this.lines(manager, funder, from, to, false));
    return {
      lineCount: payable.length,
      totalCents: payable.reduce((sum, l) => sum + l.amountCents, 0),
      leftOut,
      payerAccount: await manager.findOneBy(PayerAccount, { funder }),
    };
  }

  async payerAccount(actor: Actor, rawOrganisationId: string | null | undefined): Promise<PayerAccount | null> {
    return this.dataSource.manager.findOneBy(PayerAccount, { funder: this.funder(actor, rawOrganisationId) });
  }

  async setPayerAccount(actor: Actor, rawOrganisationId: string | null | undefined, input: PayerAccountInput): Promise<PayerAccount> {
    const funder = this.funder(actor, rawOrganisationId);
    const name = input.name.trim();
    if (name.length === 0 || name.length > 70) {
      throw new BadUserInput("Give the account holder's name as the bank knows it (1 to 70 characters)", {
        reason: "PAYER_NAME_INVALID",
        field: "name",
        params: { max: 70 },
      });
    }
    const problem = ibanProblem(input.iban);
    if (problem) throw new BadUserInput(problem.message, { reason: "PAYER_IBAN_INVALID", field: "iban", params: { iban: input.iban } });
    const bic = input.bic?.replace(/\s+/g, "").toUpperCase() || null;
    if (bic && !BIC.test(bic)) {
      throw new BadUserInput(`"${input.bic}" is not a BIC (8 or 11 characters, e.g. ABNANL2A); leave it empty within the SEPA area`, {
        reason: "PAYER_BIC_INVALID",
        field: "bic",
        params: { bic: input.bic ?? "" },
      });
    }
    return this.dataSource.transaction(async (tx) => {
      await tx.upsert(PayerAccount, { funder, name, iban: normaliseIban(input.iban), bic }, ["funder"]);
      await audit(tx, actor, { action: "setPayerAccount", entityType: "PayerAccount", entityId: null, detail: { funder } });
      return tx.findOneByOrFail(PayerAccount, { funder });
    });
  }

  async exportPayments(
    actor: Actor,
    rawOrganisationId: string | null | undefined,
    from: string,
    to: string,
    locale: PaymentFileLocale,
  ): Promise<PaymentExport> {
    const funder = this.funder(actor, rawOrganisationId);
    this.period(from, to);
    return this.dataSource.transaction(async (tx) => {
      // Lock the lines: two exports at once cannot both take the same line.
      const all = await this.lines(tx, funder, from, to, true);
      if (all.length === 0) {
        throw new BadUserInput(`Nothing approved and not yet exported between ${from} and ${to}`, {
          reason: "NOTHING_TO_EXPORT",
          field: "from",
          params: { from, to },
        });
      }
      const { payable, leftOut } = this.split(all);
      if (payable.length === 0) {
        throw new BadUserInput(
          `Every approved line between ${from} and ${to} belongs to a key person without an IBAN (${leftOut.map((l) => l.keyPersonName).join(", ")}): ask them to fill it in first`,
          { reason: "EXPORT_ALL_WITHOUT_IBAN", field: "from", params: { lineCount: all.length, keyPersonCount: leftOut.length } },
        );
      }
      const now = this.clock.now();
      const batch = await tx.save(
        tx.create(PaymentExport, {
          funder,
          periodFrom: from,
          periodTo: to,
          createdByUserId: actor.userId,
          lineCount: payable.length,
          totalCents: payable.reduce((sum, l) => sum + l.amountCents, 0),
          csv: "",
          sepaXml: null,
          leftOut,
        }),
      );
      const payer = await tx.findOneBy(PayerAccount, { funder });
      const csv = paymentCsv(payable, { from, to, batchId: batch.id, locale });
      const sepaXml = payer
        ? paymentSepaXml(payable, { payer, batchId: batch.id, from, to, createdAt: now, executionDate: now.toISOString().slice(0, 10) })
        : null;
      await tx.update(PaymentExport, { id: batch.id }, { csv, sepaXml });
      const ids = (type: PaymentLine["type"]) => payable.filter((l) => l.type === type).map((l) => l.id);
      if (ids("HOURS").length) await tx.query(`UPDATE hour_entry SET exported_at = $1, export_batch_id = $2 WHERE id = ANY($3)`, [now, batch.id, ids("HOURS")]);
      if (ids("CLAIM").length)
        await tx.query(`UPDATE expense_claim SET exported_at = $1, export_batch_id = $2 WHERE id = ANY($3)`, [now, batch.id, ids("CLAIM")]);
      await audit(tx, actor, {
        action: "exportPayments",
        entityType: "PaymentExport",
        entityId: batch.id,
        detail: { funder, from, to, lines: payable.length, leftOut: leftOut.reduce((n, l) => n + l.lineCount, 0), sepa: sepaXml !== null },
      });
      return tx.findOneByOrFail(PaymentExport, { id: batch.id });
    });
  }
}
