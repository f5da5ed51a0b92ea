import { createHash } from "node:crypto";
import type { DataSource, EntityManager, SelectQueryBuilder } from "typeorm";
import { audit } from "../audit/audit.service";
import type { Clock } from "../clock";
import { canManageKeyPerson, isSelf, type Actor } from "../domain/access";
import {
  allowanceCents, checkCaps, DECLARE_AFTER_END_DAYS, effectiveHourlyRate, euros, kmAmountCents, legalHourlyRate,
  MAX_CLAIM_CENTS, MAX_CLAIM_KM, MAX_HOURS_PER_DAY, type YearFigures,
} from "../domain/allowance";
import { Assignment, MatchRequest } from "../matching/matching.entity";
import { notify, NotificationKind } from "../notifications/notify";
import { KeyPerson } from "../registry/registry.entity";
import { isUniqueViolation } from "../shared/db-errors";
import { AssignmentStatus, CompensationType, ExpenseKind, Funding, ReviewStatus, Role } from "../shared/enums";
import { BadUserInput, Conflict, Forbidden, NotFound } from "../shared/errors";
import { parseId } from "../shared/ids";
import { pageWindow, type PageArgs } from "../shared/pagination";
import { isIsoDate } from "../shared/scalars";
import { AllowanceRate, CompensationRules, ExpenseClaim, HourEntry, PaymentDetails, PaymentExport } from "./compensation.entity";
import type { CompensationRulesInput, ExpenseClaimInput, HourEntryInput, ReviewFilter } from "./compensation.inputs";
import { ibanProblem, normaliseIban } from "./iban";

export const NATIONAL_SCHEME = "NATIONAL_SCHEME";
export const funderOf = (request: Pick<MatchRequest, "funding" | "organisationId">) =>
  request.funding === Funding.NATIONAL_SCHEME ? NATIONAL_SCHEME : `ORGANISATION:${request.organisationId}`;

/** The funder the actor reviews and pays for: their organisation, or the national scheme for the coordinator. */
export function funderOfActor(actor: Actor): string | null {
  if (actor.role === Role.ORGANISATION && actor.organisationId !== null) return `ORGANISATION:${actor.organisationId}`;
  if (actor.role === Role.COORDINATOR) return NATIONAL_SCHEME;
  return null;
}

const DAY_MS = 86_400_000;
const today = (clock: Clock) => clock.now().toISOString().slice(0, 10);

export interface MonthOverview {
  month: number;
  hoursDeclared: number;
  hoursApproved: number;
  allowanceCents: number;
  roomCents: number | null;
}

export class CompensationService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock) {}

  // ---- the year's figures -----------------------------------------------------

  listRules(): Promise<CompensationRules[]> {
    return this.dataSource.getRepository(CompensationRules).find({ order: { year: "ASC" } });
  }

  private async figuresFor(tx: EntityManager, year: number): Promise<YearFigures> {
    const figures = await tx.findOneBy(CompensationRules, { year });
    if (!figures) {
      throw new BadUserInput(
        `There are no volunteer allowance figures for ${year} yet: a coordinator must add them first (Compensation rules → ${year}, or setCompensationRules(year: ${year}))`,
        "year",
      );
    }
    return figures;
  }

  async setRules(actor: Actor, year: number, input: CompensationRulesInput): Promise<CompensationRules> {
    const problems: string[] = [];
    if (!Number.isInteger(year) || year < 2000 || year > 2100) problems.push(`The year must lie between 2000 and 2100, got ${year}`);
    const amounts: [keyof CompensationRulesInput, number][] = [
      ["hourlyRateCents", 10_000], ["hourlyRateUnder21Cents", 10_000], ["monthCapCents", 1_000_000], ["yearCapCents", 10_000_000], ["kmRateCents", 1_000],
    ];
    for (const [field, max] of amounts) {
      const value = input[field];
      if (!Number.isInteger(value) || value < 0 || value > max) problems.push(`${field} must be whole cents from 0 to ${max}, got ${value}`);
    }
    if (input.hourlyRateUnder21Cents > input.hourlyRateCents) problems.push("The under-21 hourly rate cannot exceed the adult rate");
    if (input.monthCapCents > input.yearCapCents) problems.push("The monthly cap cannot exceed the yearly cap");
    if (problems.length) throw new BadUserInput(problems.join("; "));
    return this.dataSource.transaction(async (tx) => {
      await tx.upsert(CompensationRules, { year, ...input, provisional: false }, ["year"]);
      await audit(tx, actor, { action: "setCompensationRules", entityType: "CompensationRules", entityId: year, detail: { ...input } });
      return tx.findOneByOrFail(CompensationRules, { year });
    });
  }

  /** Years (this one, and next in December) that have no figures yet: coordinators get a warning. */
  async missingYears(): Promise<number[]> {
    const now = this.clock.now();
    const years = [now.getUTCFullYear(), ...(now.getUTCMonth() === 11 ? [now.getUTCFullYear() + 1] : [])];
    const known = new Set((await this.listRules()).filter((r) => !r.provisional).map((r) => r.year));
    return years.filter((year) => !known.has(year));
  }

  // ---- funder rates and payment details -------------------------------------------

  private async funderRate(tx: EntityManager, funder: string): Promise<number | null> {
    return (await tx.findOneBy(AllowanceRate, { funder }))?.hourlyRateCents ?? null;
  }

  async getAllowanceRate(actor: Actor, rawOrganisationId: string | null): Promise<number | null> {
    return this.funderRate(this.dataSource.manager, this.funderToManage(actor, rawOrganisationId));
  }

  private funderToManage(actor: Actor, rawOrganisationId: string | null): string {
    if (rawOrganisationId === null) {
      if (actor.role !== Role.COORDINATOR) throw new Forbidden("Only the national coordinator sets the national scheme's rate");
      return NATIONAL_SCHEME;
    }
    const organisationId = parseId(rawOrganisationId, "Organisation");
    if (actor.role !== Role.COORDINATOR && !(actor.role === Role.ORGANISATION && actor.organisationId === organisationId)) {
      throw new Forbidden("An organisation sets only its own rate");
    }
    return `ORGANISATION:${organisationId}`;
  }

  async setAllowanceRate(actor: Actor, rawOrganisationId: string | null, hourlyRateCents: number | null): Promise<number | null> {
    const funder = this.funderToManage(actor, rawOrganisationId);
    return this.dataSource.transaction(async (tx) => {
      if (hourlyRateCents === null) {
        await tx.delete(AllowanceRate, { funder });
      } else {
        const figures = await this.figuresFor(tx, this.clock.now().getUTCFullYear());
        if (!Number.isInteger(hourlyRateCents) || hourlyRateCents < 0 || hourlyRateCents > figures.hourlyRateCents) {
          throw new BadUserInput(`The hourly rate must be whole cents from 0 to the legal maximum of ${euros(figures.hourlyRateCents)} (${figures.year})`, "hourlyRateCents");
        }
        await tx.upsert(AllowanceRate, { funder, hourlyRateCents }, ["funder"]);
      }
      await audit(tx, actor, { action: "setAllowanceRate", entityType: "AllowanceRate", entityId: funder, detail: { hourlyRateCents } });
      return hourlyRateCents;
    });
  }

  async setPaymentDetails(actor: Actor, keyPerson: KeyPerson, iban: string): Promise<void> {
    const problem = ibanProblem(iban);
    if (problem) throw new BadUserInput(problem, "iban");
    await this.dataSource.transaction(async (tx) => {
      await tx.upsert(PaymentDetails, { keyPersonId: keyPerson.id, iban: normaliseIban(iban) }, ["keyPersonId"]);
      await audit(tx, actor, { action: "setPaymentDetails", entityType: "KeyPerson", entityId: keyPerson.id });
    });
  }

  // ---- hours ---------------------------------------------------------------------

  private async ownAssignment(tx: EntityManager, actor: Actor, rawId: string): Promise<{ assignment: Assignment; request: MatchRequest }> {
    const assignment = await tx.findOneBy(Assignment, { id: parseId(rawId, "Assignment") });
    if (!assignment || !isSelf(actor, assignment.keyPersonId)) throw new NotFound("Assignment", rawId);
    return { assignment, request: await tx.findOneByOrFail(MatchRequest, { id: assignment.requestId }) };
  }

  private checkDate(date: string, field: string) {
    if (!isIsoDate(date)) throw new BadUserInput(`"${date}" is not a date (YYYY-MM-DD)`, field);
    if (date > today(this.clock)) throw new BadUserInput(`The date ${date} lies in the future: declare what has happened`, field);
  }

  async declareHours(actor: Actor, input: HourEntryInput): Promise<HourEntry> {
    if (!Number.isFinite(input.hours) || input.hours <= 0 || input.hours > MAX_HOURS_PER_DAY) {
      throw new BadUserInput(`Hours must be more than 0 and at most ${MAX_HOURS_PER_DAY}, got ${input.hours}`, "hours");
    }
    this.checkDate(input.date, "date");
    return this.dataSource.transaction(async (tx) => {
      const { assignment, request } = await this.ownAssignment(tx, actor, input.assignmentId);
      const recentlyEnded =
        assignment.status === AssignmentStatus.COMPLETED && assignment.endedAt !== null &&
        this.clock.now().getTime() - assignment.endedAt.getTime() <= DECLARE_AFTER_END_DAYS * DAY_MS;
      if (assignment.status !== AssignmentStatus.ACTIVE && !recentlyEnded) {
        throw new BadUserInput(`Hours go on an active (or just completed) assignment; this one is ${assignment.status.toLowerCase()}`, "assignmentId");
      }
      const began = assignment.proposedAt.toISOString().slice(0, 10);
      if (input.date < began) throw new BadUserInput(`The date ${input.date} lies before the assignment began (${began})`, "date");
      // Lock the key person: two declarations for one day must not pass 24 hours together.
      // Hours are stored as real: summed as numeric, 7.3 + 16.7 is 24, not 24.0000002.
      await tx.query(`SELECT id FROM key_person WHERE id = $1 FOR UPDATE`, [assignment.keyPersonId]);
      const [{ sum }] = await tx.query(
        `SELECT COALESCE(sum(hours::numeric), 0)::float8 AS sum FROM hour_entry WHERE key_person_id = $1 AND date = $2 AND status <> 'REJECTED'`,
        [assignment.keyPersonId, input.date],
      );
      if (sum + input.hours > MAX_HOURS_PER_DAY) {
        throw new BadUserInput(`That makes ${sum + input.hours} hours on ${input.date}, over all assignments; a day has ${MAX_HOURS_PER_DAY}`, "hours");
      }
      const entry = await tx.save(
        tx.create(HourEntry, {
          assignmentId: assignment.id, keyPersonId: assignment.keyPersonId, funder: funderOf(request),
          date: input.date, hours: input.hours, activity: input.activity,
        }),
      );
      await audit(tx, actor, { action: "declareHours", entityType: "HourEntry", entityId: entry.id });
      return entry;
    });
  }

  private assertFunder(actor: Actor, funder: string) {
    if (funderOfActor(actor) !== funder) {
      throw new Forbidden(
        funder === NATIONAL_SCHEME
          ? "This is funded by the national scheme: the national coordinator reviews it"
          : "Only the organisation that funds this assignment reviews it",
      );
    }
  }

  async reviewHours(actor: Actor, rawId: string, approve: boolean, reason: string | null | undefined): Promise<HourEntry> {
    const why = this.reviewReason(approve, reason);
    return this.dataSource.transaction(async (tx) => {
      const entry = await tx.findOne(HourEntry, { where: { id: parseId(rawId, "Hour entry") }, lock: { mode: "pessimistic_write" } });
      if (!entry) throw new NotFound("Hour entry", rawId);
      this.assertFunder(actor, entry.funder);
      if (entry.status !== ReviewStatus.SUBMITTED) throw new Conflict(`These hours are already ${entry.status.toLowerCase()}`);
      let allowance: number | null = null;
      if (approve) allowance = await this.grantAllowance(tx, entry);
      await tx.update(HourEntry, { id: entry.id }, {
        status: approve ? ReviewStatus.APPROVED : ReviewStatus.REJECTED,
        reviewReason: why, reviewedByUserId: actor.userId, reviewedAt: this.clock.now(), allowanceCents: allowance,
      });
      await audit(tx, actor, { action: approve ? "approveHours" : "rejectHours", entityType: "HourEntry", entityId: entry.id, detail: { allowanceCents: allowance } });
      if (!approve) await notify(tx, { to: { keyPerson: entry.keyPersonId }, kind: NotificationKind.HOURS_REJECTED, dedupeKey: `hours-rejected:${entry.id}`, params: { hourEntryId: entry.id } });
      return tx.findOneByOrFail(HourEntry, { id: entry.id });
    });
  }

  private reviewReason(approve: boolean, reason: string | null | undefined): string | null {
    const why = reason?.trim() || null;
    if (!approve && !why) throw new BadUserInput("Say why you reject it, so the key person can correct it", "reason");
    if (why && why.length > 500) throw new BadUserInput("Keep the reason under 500 characters", "reason");
    return why;
  }

  /**
   * The allowance a volunteer's approved hours earn, within the legal caps of all funders
   * together. The key person's row is locked, so two approvals racing for the last room
   * are decided one after the other.
   */
  private async grantAllowance(tx: EntityManager, entry: HourEntry): Promise<number | null> {
    const [person] = await tx.query(`SELECT compensation_type, birth_year FROM key_person WHERE id = $1 FOR UPDATE`, [entry.keyPersonId]);
    if (person.compensation_type !== CompensationType.VOLUNTEER) return null;
    const year = Number(entry.date.slice(0, 4));
    const figures = await this.figuresFor(tx, year);
    const rate = effectiveHourlyRate(figures, person.birth_year, await this.funderRate(tx, entry.funder));
    const cents = allowanceCents(entry.hours, rate);
    const [{ month, total }] = await tx.query(
      `SELECT COALESCE(sum(allowance_cents) FILTER (WHERE date_trunc('month', date) = date_trunc('month', $2::date)), 0)::int AS month,
              COALESCE(sum(allowance_cents), 0)::int AS total
       FROM hour_entry WHERE key_person_id = $1 AND status = 'APPROVED' AND date_part('year', date) = $3`,
      [entry.keyPersonId, entry.date, year],
    );
    const check = checkCaps(figures, month, total, cents);
    if (!check.ok) {
      const cap = check.exceeded === "YEAR" ? `the ${year} cap of ${euros(figures.yearCapCents)}` : `the monthly cap of ${euros(figures.monthCapCents)}`;
      throw new Conflict(
        `Approving ${entry.hours} h (${euros(cents)}) would pass ${cap}, which would make the whole allowance taxable. ` +
          `Room left: ${euros(check.monthRoomCents)} this month, ${euros(check.yearRoomCents)} this year. Approve fewer hours, or reject these with a reason.`,
        { monthRoomCents: check.monthRoomCents, yearRoomCents: check.yearRoomCents },
      );
    }
    return cents;
  }

  // ---- expense claims -----------------------------------------------------------------

  async submitClaim(actor: Actor, input: ExpenseClaimInput): Promise<ExpenseClaim> {
    if (actor.keyPersonId === null) throw new Forbidden("Only key persons submit expense claims");
    const key = input.idempotencyKey.trim();
    if (key.length === 0 || key.length > 100) throw new BadUserInput("The idempotency key must be 1 to 100 characters", "idempotencyKey");
    const description = input.description.trim();
    if (!description) throw new BadUserInput("Describe the expense (what, where)", "description");
    if (description.length > 500) throw new BadUserInput("Keep the description under 500 characters", "description");
    this.checkDate(input.date, "date");
    const content = JSON.stringify([input.assignmentId ?? null, input.kind, input.km ?? null, input.amountCents ?? null, input.date, description]);
    const contentHash = createHash("sha256").update(content).digest("hex");
    const keyPersonId = actor.keyPersonId;
    try {
      return await this.dataSource.transaction(async (tx) => {
        const existing = await tx.findOneBy(ExpenseClaim, { keyPersonId, idempotencyKey: key });
        if (existing) return this.sameClaim(existing, contentHash);
        let funder = NATIONAL_SCHEME;
        let assignmentId: number | null = null;
        if (input.assignmentId) {
          const { assignment, request } = await this.ownAssignment(tx, actor, input.assignmentId);
          funder = funderOf(request);
          assignmentId = assignment.id;
        }
        const { km, amountCents } = await this.claimAmount(tx, input);
        const claim = await tx.save(
          tx.create(ExpenseClaim, { keyPersonId, assignmentId, funder, kind: input.kind, km, amountCents, date: input.date, description, idempotencyKey: key, contentHash }),
        );
        await audit(tx, actor, { action: "submitExpenseClaim", entityType: "ExpenseClaim", entityId: claim.id });
        return claim;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // The same key arrived twice at once: the other request created it.
      const existing = await this.dataSource.getRepository(ExpenseClaim).findOneByOrFail({ keyPersonId, idempotencyKey: key });
      return this.sameClaim(existing, contentHash);
    }
  }

  private sameClaim(existing: ExpenseClaim, contentHash: string): ExpenseClaim {
    if (existing.contentHash !== contentHash) {
      throw new Conflict("This idempotency key was already used for a different claim: use a new key for a new claim");
    }
    return existing;
  }

  private async claimAmount(tx: EntityManager, input: ExpenseClaimInput): Promise<{ km: number | null; amountCents: number }> {
    if (input.kind === ExpenseKind.OWN_TRANSPORT_KM) {
      const km = input.km;
      if (km == null || !Number.isFinite(km) || km <= 0 || km > MAX_CLAIM_KM) {
        throw new BadUserInput(`Give the kilometres driven, more than 0 and at most ${MAX_CLAIM_KM}`, "km");
      }
      if (input.amountCents != null) throw new BadUserInput("A km claim's amount follows from the km and the year's rate: leave amountCents out", "amountCents");
      const figures = await this.figuresFor(tx, Number(input.date.slice(0, 4)));
      return { km, amountCents: kmAmountCents(km, figures.kmRateCents) };
    }
    if (input.km != null) throw new BadUserInput("Kilometres go with an OWN_TRANSPORT_KM claim only", "km");
    const cents = input.amountCents;
    if (cents == null || !Number.isInteger(cents) || cents <= 0 || cents > MAX_CLAIM_CENTS) {
      throw new BadUserInput(`Give the amount in whole euro cents, more than 0 and at most ${MAX_CLAIM_CENTS} (${euros(MAX_CLAIM_CENTS)})`, "amountCents");
    }
    return { km: null, amountCents: cents };
  }

  async reviewClaim(actor: Actor, rawId: string, approve: boolean, reason: string | null | undefined): Promise<ExpenseClaim> {
    const why = this.reviewReason(approve, reason);
    return this.dataSource.transaction(async (tx) => {
      const claim = await tx.findOne(ExpenseClaim, { where: { id: parseId(rawId, "Expense claim") }, lock: { mode: "pessimistic_write" } });
      if (!claim) throw new NotFound("Expense claim", rawId);
      this.assertFunder(actor, claim.funder);
      if (claim.status !== ReviewStatus.SUBMITTED) throw new Conflict(`This claim is already ${claim.status.toLowerCase()}`);
      await tx.update(ExpenseClaim, { id: claim.id }, {
        status: approve ? ReviewStatus.APPROVED : ReviewStatus.REJECTED, reviewReason: why, reviewedByUserId: actor.userId, reviewedAt: this.clock.now(),
      });
      await audit(tx, actor, { action: approve ? "approveExpenseClaim" : "rejectExpenseClaim", entityType: "ExpenseClaim", entityId: claim.id });
      if (!approve) await notify(tx, { to: { keyPerson: claim.keyPersonId }, kind: NotificationKind.CLAIM_REJECTED, dedupeKey: `claim-rejected:${claim.id}`, params: { claimId: claim.id } });
      return tx.findOneByOrFail(ExpenseClaim, { id: claim.id });
    });
  }

  // ---- lists and overview ----------------------------------------------------------------

  private scoped<T extends HourEntry | ExpenseClaim>(query: SelectQueryBuilder<T>, actor: Actor, filter: ReviewFilter | null | undefined) {
    if (actor.role === Role.KEY_PERSON) query.andWhere("x.key_person_id = :self", { self: actor.keyPersonId });
    else if (actor.role === Role.ORGANISATION) query.andWhere("x.funder = :funder", { funder: funderOfActor(actor) });
    else if (actor.role === Role.REGIONAL_COORDINATOR) {
      query.andWhere("x.key_person_id IN (SELECT id FROM key_person WHERE home_municipality_code = ANY(:region))", { region: actor.municipalityCodes });
    }
    if (filter?.toReview) query.andWhere("x.funder = :mine", { mine: funderOfActor(actor) ?? "-" });
    if (filter?.ids) query.andWhere("x.id = ANY(:ids)", { ids: filter.ids.filter((id) => /^\d{1,9}$/.test(id)).map(Number) });
    if (filter?.status) query.andWhere("x.status = :status", { status: filter.status });
    if (filter?.keyPersonId) query.andWhere("x.key_person_id = :kp", { kp: parseId(filter.keyPersonId, "Key person") });
    if (filter?.assignmentId) query.andWhere("x.assignment_id = :a", { a: parseId(filter.assignmentId, "Assignment") });
    return query;
  }

  async listHours(actor: Actor, filter: ReviewFilter | null | undefined, page: PageArgs) {
    const query = this.scoped(this.dataSource.getRepository(HourEntry).createQueryBuilder("x"), actor, filter);
    const { skip, take } = pageWindow(page);
    const [items, total] = await query.orderBy("x.date", "DESC").addOrderBy("x.id", "DESC").skip(skip).take(take).getManyAndCount();
    return { items, total };
  }

  async listClaims(actor: Actor, filter: ReviewFilter | null | undefined, page: PageArgs) {
    const query = this.scoped(this.dataSource.getRepository(ExpenseClaim).createQueryBuilder("x"), actor, filter);
    const { skip, take } = pageWindow(page);
    const [items, total] = await query.orderBy("x.date", "DESC").addOrderBy("x.id", "DESC").skip(skip).take(take).getManyAndCount();
    return { items, total };
  }

  /** Per month of a year: hours declared and approved, allowance granted and the room left under the caps. */
  async overview(actor: Actor, keyPerson: KeyPerson, year: number) {
    if (!canManageKeyPerson(actor, keyPerson)) throw new NotFound("Key person", keyPerson.id);
    const figures = await this.dataSource.getRepository(CompensationRules).findOneBy({ year });
    const rows: { month: number; declared: number; approved: number; allowance: number }[] = await this.dataSource.query(
      `SELECT date_part('month', date)::int AS month, sum(hours::numeric) FILTER (WHERE status <> 'REJECTED')::float8 AS declared,
              COALESCE(sum(hours::numeric) FILTER (WHERE status = 'APPROVED'), 0)::float8 AS approved,
              COALESCE(sum(allowance_cents) FILTER (WHERE status = 'APPROVED'), 0)::int AS allowance
       FROM hour_entry WHERE key_person_id = $1 AND date_part('year', date) = $2 GROUP BY 1`,
      [keyPerson.id, year],
    );
    const byMonth = new Map(rows.map((r) => [r.month, r]));
    const yearAllowance = rows.reduce((sum, r) => sum + r.allowance, 0);
    const yearRoom = figures ? Math.max(0, figures.yearCapCents - yearAllowance) : null;
    const months: MonthOverview[] = Array.from({ length: 12 }, (_, i) => {
      const r = byMonth.get(i + 1);
      const allowance = r?.allowance ?? 0;
      return {
        month: i + 1,
        hoursDeclared: r?.declared ?? 0,
        hoursApproved: r?.approved ?? 0,
        allowanceCents: allowance,
        roomCents: figures && yearRoom !== null ? Math.min(Math.max(0, figures.monthCapCents - allowance), yearRoom) : null,
      };
    });
    const volunteer = keyPerson.compensationType === CompensationType.VOLUNTEER;
    return {
      year,
      figures,
      legalHourlyRateCents: figures ? legalHourlyRate(figures, keyPerson.birthYear) : null,
      months,
      allowanceCents: yearAllowance,
      roomCents: volunteer ? yearRoom : null,
    };
  }

  // ---- payment export: payment-export.service.ts ---------------------------------------------

  async listExports(actor: Actor, page: PageArgs) {
    const funder = funderOfActor(actor);
    if (!funder) throw new Forbidden("Payment exports belong to funders: organisations and the national coordinator");
    const { skip, take } = pageWindow(page);
    const [items, total] = await this.dataSource.getRepository(PaymentExport).findAndCount({ where: { funder }, order: { id: "DESC" }, skip, take });
    return { items, total };
  }
}
