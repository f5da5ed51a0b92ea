// Care (issue 17): the ProQOL 5 self-check. Answers are the key person's own; coordinators
// read them to look after them. Nobody else does, and every read is in the audit log.
import type { DataSource } from "typeorm";
import { audit } from "../audit/audit.service";
import type { Clock } from "../clock";
import { canSeePrivateFields, type Actor } from "../domain/access";
import {
  PROQOL_ANSWER_LABELS,
  PROQOL_CREDIT,
  PROQOL_INSTRUCTION,
  PROQOL_INTERVAL_DAYS,
  PROQOL_ITEM_COUNT,
  PROQOL_ITEMS,
  invalidProqolAnswers,
  scoreProqol,
} from "../domain/proqol";
import type { OversightService } from "../oversight/oversight.service";
import type { KeyPerson } from "../registry/registry.entity";
import { Role } from "../shared/enums";
import { BadUserInput, Forbidden } from "../shared/errors";
import { ProqolResponse, type ProqolForm, type RecognitionStatement } from "./care.entity";
import { statementPdf } from "./recognition.pdf";
import { qualificationsValidInYear } from "../qualifications/qualification.service";
import { attendedGroupActivities } from "../groups/group.facts";
import { statementYearAllowed, FIRST_STATEMENT_YEAR, type StatementFacts, type StatementLocale } from "../domain/recognition";
import type { ProqolInput } from "./care.inputs";

export class CareService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly oversight: OversightService,
    private readonly statementFont: string | null = null,
  ) {}

  form(): ProqolForm {
    return {
      instruction: PROQOL_INSTRUCTION,
      items: PROQOL_ITEMS.map((text, i) => ({ number: i + 1, text })),
      answerLabels: [1, 2, 3, 4, 5].map((n) => PROQOL_ANSWER_LABELS[n]),
      credit: PROQOL_CREDIT,
      intervalDays: PROQOL_INTERVAL_DAYS,
    };
  }

  async submit(actor: Actor, input: ProqolInput): Promise<ProqolResponse> {
    if (actor.role !== Role.KEY_PERSON || actor.keyPersonId === null)
      throw new Forbidden("Only a key person takes the self-check, for themself", { reason: "SELF_ONLY" });
    const answers = input.answers ?? [];
    if (answers.length !== PROQOL_ITEM_COUNT)
      throw new BadUserInput(`Answer each of the ${PROQOL_ITEM_COUNT} statements once`, {
        reason: "PROQOL_ANSWERS",
        field: "answers",
        params: { count: PROQOL_ITEM_COUNT },
      });
    const wrong = invalidProqolAnswers(answers);
    if (wrong.length > 0)
      throw new BadUserInput(`Answer statement ${wrong[0]} with a whole number from 1 to 5`, {
        reason: "NUMBER_OUT_OF_RANGE",
        field: `answers.${wrong[0] - 1}`,
        params: { min: 1, max: 5 },
      });
    const scores = scoreProqol(answers);
    const keyPersonId = actor.keyPersonId;
    return this.dataSource.transaction(async (tx) => {
      const saved = await tx.save(tx.create(ProqolResponse, { keyPersonId, answeredAt: this.clock.now(), answers: [...answers], ...scores }));
      // The audit names the act, never the answers or the scores.
      await audit(tx, actor, { action: "submitProqol", entityType: "KeyPerson", entityId: keyPersonId });
      return saved;
    });
  }

  /** The self-checks of a key person, newest first: the key person and coordinators only; the read is audited before anything is answered. */
  async responses(actor: Actor, keyPerson: KeyPerson, limit: number): Promise<ProqolResponse[]> {
    if (!canSeePrivateFields(actor, keyPerson)) throw new Forbidden("Only the key person and coordinators read the self-check", { reason: "ROLE_NOT_ALLOWED" });
    await this.oversight.auditWellbeingReads(actor, [keyPerson.id], "proqol");
    return this.dataSource
      .getRepository(ProqolResponse)
      .find({ where: { keyPersonId: keyPerson.id }, order: { answeredAt: "DESC", id: "DESC" }, take: Math.min(Math.max(limit, 1), 40) });
  }

  // ---- the recognition statement ---------------------------------------------------

  /** The facts of a year: verified qualifications valid in it, group activities attended, hours declared (not rejected). */
  async statementFacts(keyPerson: KeyPerson, year: number): Promise<StatementFacts> {
    const manager = this.dataSource.manager;
    const [qualifications, groups, hours, requests] = await Promise.all([
      manager.query(`SELECT * FROM ${qualificationsValidInYear("$1", "$2")} q ORDER BY q.obtained_on, q.id`, [keyPerson.id, year]) as Promise<
        { name_nl: string; name_en: string; issuer: string; obtained_on: string | Date; valid_until: string | Date | null }[]
      >,
      attendedGroupActivities(manager, keyPerson.id, year),
      manager.query(
        `SELECT COALESCE(h.own_activity::text, r.kind::text, 'CASE_SUPPORT') AS work, sum(h.hours::numeric)::float8 AS hours
         FROM hour_entry h LEFT JOIN assignment a ON a.id = h.assignment_id LEFT JOIN match_request r ON r.id = a.request_id
         WHERE h.key_person_id = $1 AND h.status <> 'REJECTED' AND h.date >= make_date($2, 1, 1) AND h.date <= make_date($2, 12, 31)
         GROUP BY 1 ORDER BY 1`,
        [keyPerson.id, year],
      ) as Promise<{ work: string; hours: number }[]>,
      manager.query(
        `SELECT count(DISTINCT a.request_id)::int AS n FROM hour_entry h JOIN assignment a ON a.id = h.assignment_id
         WHERE h.key_person_id = $1 AND h.status <> 'REJECTED' AND h.date >= make_date($2, 1, 1) AND h.date <= make_date($2, 12, 31)`,
        [keyPerson.id, year],
      ) as Promise<{ n: number }[]>,
    ]);
    const day = (value: string | Date | null) => (value === null ? null : typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10));
    const amsterdamDay = (value: Date) => value.toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
    return {
      year,
      keyPersonName: keyPerson.displayName,
      madeOn: amsterdamDay(this.clock.now()),
      qualifications: qualifications.map((q) => ({
        name: q.name_nl,
        nameEn: q.name_en,
        issuer: q.issuer,
        obtainedOn: day(q.obtained_on)!,
        validUntil: day(q.valid_until),
      })),
      groupActivities: groups.map((g) => ({
        kind: g.kind,
        title: g.title,
        date: amsterdamDay(g.startsAt),
        hours: Math.round(((g.endsAt.getTime() - g.startsAt.getTime()) / 3_600_000) * 100) / 100,
        organiser: g.organiser,
      })),
      hours,
      requestsSupported: requests[0]?.n ?? 0,
    };
  }

  /**
   * The yearly statement as a PDF, in Dutch or English: the key person for themself,
   * coordinators for anyone they oversee. Audited (who downloaded whose, which year).
   */
  async statement(actor: Actor, keyPerson: KeyPerson, year: number, locale: string, compress = true): Promise<RecognitionStatement> {
    if (!canSeePrivateFields(actor, keyPerson))
      throw new Forbidden("Only the key person and coordinators download a recognition statement", { reason: "ROLE_NOT_ALLOWED" });
    const currentYear = Number(this.clock.now().toISOString().slice(0, 4));
    if (!statementYearAllowed(year, currentYear))
      throw new BadUserInput(`Choose a year from ${FIRST_STATEMENT_YEAR} to ${currentYear}`, {
        reason: "NUMBER_OUT_OF_RANGE",
        field: "year",
        params: { min: FIRST_STATEMENT_YEAR, max: currentYear },
      });
    if (locale !== "nl" && locale !== "en")
      throw new BadUserInput(`"${locale.slice(0, 10)}" is not nl or en`, { reason: "UNKNOWN_LOCALE", field: "locale", params: { locales: ["nl", "en"] } });
    const facts = await this.statementFacts(keyPerson, year);
    const localised = { ...facts, qualifications: facts.qualifications.map((q) => ({ ...q, name: locale === "en" ? (q.nameEn ?? q.name) : q.name })) };
    const pdf = await statementPdf(localised, locale as StatementLocale, { fontPath: this.statementFont, compress });
    await audit(this.dataSource.manager, actor, {
      action: "downloadRecognitionStatement",
      entityType: "KeyPerson",
      entityId: keyPerson.id,
      detail: { year, locale },
    });
    const prefix = locale === "nl" ? "erkenningsverklaring" : "recognition-statement";
    return { fileName: `${prefix}-${year}-${keyPerson.id}.pdf`, contentType: "application/pdf", base64: pdf.toString("base64") };
  }
}
