import { createHash } from "node:crypto";
import type { DataSource, EntityManager, SelectQueryBuilder } from "typeorm";
import { audit } from "../audit/audit.service";
import type { Clock } from "../clock";
import { canManageKeyPerson, isSelf, type Actor } from "../domain/access";
import {
  allowanceCents,
  allowanceRoom,
  checkCaps,
  DECLARE_AFTER_END_DAYS,
  effectiveHourlyRate,
  euros,
  kmAmountCents,
  legalHourlyRate,
  MAX_CLAIM_CENTS,
  MAX_CLAIM_DESCRIPTION,
  MAX_CLAIM_KM,
  MAX_HOURS_PER_DAY,
  MAX_REVIEW_REASON,
  RULES_YEARS,
  type YearFigures,
} from "../domain/allowance";
import { funderOfActor, NATIONAL_SCHEME, organisationFunder } from "../domain/funder";
import { funderOn, overlapUntil } from "../transfers/ownership";
import { Assignment, MatchRequest } from "../matching/matching.entity";
import { notify, NotificationKind } from "../notifications/notify";
import { KeyPerson } from "../registry/registry.entity";
import { isUniqueViolation } from "../shared/db-errors";
import { AssignmentStatus, CompensationType, ExpenseKind, ReviewStatus, Role } from "../shared/enums";
import type { Refusal } from "../domain/reasons";
import { BadUserInput, Conflict, Forbidden, NotFound } from "../shared/errors";
import { parseId } from "../shared/ids";
import { pageWindow, type PageArgs } from "../shared/pagination";
import { isIsoDate } from "../shared/scalars";
import {
  activeOn,
  declarationWindow,
  HOURS_STEP,
  inDeclarationWindow,
  KM_STEP,
  MAX_OWN_ACTIVITY_HOURS,
  MAX_OWN_ACTIVITY_NOTE,
  validCents,
  validHours,
  validKm,
} from "../domain/declarations";
import { AllowanceRate, CompensationRules, ExpenseClaim, HourEntry, PaymentDetails, PaymentExport } from "./compensation.entity";
import type {
  CompensationRulesInput,
  ExpenseClaimInput,
  ExpenseClaimSort,
  HourEntryInput,
  HourEntrySort,
  OwnActivityInput,
  ReviewFilter,
} from "./compensation.inputs";
import { ExpenseClaimSortField, HourEntrySortField, sortedPage, type SortSpec } from "../shared/sorting";
import { ibanProblem, normaliseIban } from "./iban";

const DAY_MS = 86_400_000;
const today = (clock: Clock) => clock.now().toISOString().slice(0, 10);

export interface MonthOverview {
  month: number;
  hoursDeclared: number;
  hoursApproved: number;
  allowanceCents: number;
  roomCents: number | null;
}

/** The hours list's columns by sort field; the default is the latest day first. */
const HOUR_ENTRY_SORT: SortSpec<HourEntrySortField> = {
  columns: {
    [HourEntrySortField.DATE]: "x.date",
    [HourEntrySortField.ACTIVITY]: "x.activity",
    [HourEntrySortField.HOURS]: "x.hours",
    [HourEntrySortField.STATUS]: "x.status",
  },
  id: "x.id",
  byDefault: [
    ["x.date", "DESC"],
    ["x.id", "DESC"],
  ],
};

/** The claims list's columns by sort field; the default is the latest day first. */
const EXPENSE_CLAIM_SORT: SortSpec<ExpenseClaimSortField> = {
  columns: {
    [ExpenseClaimSortField.DATE]: "x.date",
    [ExpenseClaimSortField.KIND]: "x.kind",
    [ExpenseClaimSortField.AMOUNT]: "x.amount_cents",
    [ExpenseClaimSortField.STATUS]: "x.status",
  },
  id: "x.id",
  byDefault: [
    ["x.date", "DESC"],
    ["x.id", "DESC"],
  ],
};

export class CompensationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  // ---- the year's figures -----------------------------------------------------

  listRules(): Promise<CompensationRules[]> {
    return this.dataSource.getRepository(CompensationRules).find({ order: { year: "ASC" } });
  }

  private async figuresFor(tx: EntityManager, year: number): Promise<YearFigures> {
    const figures = await tx.findOneBy(CompensationRules, { year });
    if (!figures) {
      throw new BadUserInput(
        `There are no volunteer allowance figures for ${year} yet: a coordinator must add them first (Compensation rules → ${year}, or setCompensationRules(year: ${year}))`,
        { reason: "NO_YEAR_FIGURES", field: "year", params: { year } },
      );
    }
    return figures;
  }

  async setRules(actor: Actor, year: number, input: CompensationRulesInput): Promise<CompensationRules> {
    const problems: { message: string; refusal: Refusal }[] = [];
    if (!Number.isInteger(year) || year < RULES_YEARS.min || year > RULES_YEARS.max) {
      problems.push({
        message: `The year must lie between ${RULES_YEARS.min} and ${RULES_YEARS.max}, got ${year}`,
        refusal: { reason: "NUMBER_OUT_OF_RANGE", field: "year", params: { min: RULES_YEARS.min, max: RULES_YEARS.max } },
      });
    }
    const amounts: [keyof CompensationRulesInput, number][] = [
      ["hourlyRateCents", 10_000],
      ["hourlyRateUnder21Cents", 10_000],
      ["monthCapCents", 1_000_000],
      ["yearCapCents", 10_000_000],
      ["kmRateCents", 1_000],
    ];
    for (const [field, max] of amounts) {
      const value = input[field];
      if (!Number.isInteger(value) || value < 0 || value > max) {
        problems.push({
          message: `${field} must be whole cents from 0 to ${max}, got ${value}`,
          refusal: { reason: "AMOUNT_OUT_OF_RANGE", field, params: { minCents: 0, maxCents: max } },
        });
      }
    }
    if (input.hourlyRateUnder21Cents > input.hourlyRateCents) {
      problems.push({
        message: "The under-21 hourly rate cannot exceed the adult rate",
        refusal: { reason: "UNDER_21_RATE_ABOVE_ADULT", field: "hourlyRateUnder21Cents" },
      });
    }
    if (input.monthCapCents > input.yearCapCents) {
      problems.push({ message: "The monthly cap cannot exceed the yearly cap", refusal: { reason: "MONTH_CAP_ABOVE_YEAR_CAP", field: "monthCapCents" } });
    }
    // All problems in the message; the first one's reason for the console.
    if (problems.length) throw new BadUserInput(problems.map((p) => p.message).join("; "), problems[0].refusal);
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

  async getAllowanceRate(actor: Actor, rawOrganisationId: string | null | undefined): Promise<number | null> {
    return this.funderRate(this.dataSource.manager, this.funderToManage(actor, rawOrganisationId));
  }

  private funderToManage(actor: Actor, rawOrganisationId: string | null | undefined): string {
    // Left out (undefined) or null: the national scheme.
    if (rawOrganisationId == null) {
      if (actor.role !== Role.COORDINATOR) throw new Forbidden("Only the national coordinator sets the national scheme's rate", { reason: "ROLE_NOT_ALLOWED" });
      return NATIONAL_SCHEME;
    }
    const organisationId = parseId(rawOrganisationId, "Organisation");
    if (actor.role !== Role.COORDINATOR && !(actor.role === Role.ORGANISATION && actor.organisationId === organisationId)) {
      throw new Forbidden("An organisation sets only its own rate", { reason: "OWN_ORGANISATION_ONLY" });
    }
    return organisationFunder(organisationId);
  }

  async setAllowanceRate(actor: Actor, rawOrganisationId: string | null | undefined, hourlyRateCents: number | null): Promise<number | null> {
    const funder = this.funderToManage(actor, rawOrganisationId);
    return this.dataSource.transaction(async (tx) => {
      if (hourlyRateCents === null) {
        await tx.delete(AllowanceRate, { funder });
      } else {
        const figures = await this.figuresFor(tx, this.clock.now().getUTCFullYear());
        if (!Number.isInteger(hourlyRateCents) || hourlyRateCents < 0 || hourlyRateCents > figures.hourlyRateCents) {
          throw new BadUserInput(`The hourly rate must be whole cents from 0 to the legal maximum of ${euros(figures.hourlyRateCents)} (${figures.year})`, {
            reason: "RATE_ABOVE_LEGAL_MAX",
            field: "hourlyRateCents",
            params: { maxCents: figures.hourlyRateCents, year: figures.year },
          });
        }
        await tx.upsert(AllowanceRate, { funder, hourlyRateCents }, ["funder"]);
      }
      await audit(tx, actor, { action: "setAllowanceRate", entityType: "AllowanceRate", entityId: funder, detail: { hourlyRateCents } });
      return hourlyRateCents;
    });
  }

  async setPaymentDetails(actor: Actor, keyPerson: KeyPerson, iban: string): Promise<void> {
    const problem = ibanProblem(iban);
    if (problem) throw new BadUserInput(problem.message, { reason: problem.reason, field: "iban", params: { value: iban.slice(0, 40) } });
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
    if (!isIsoDate(date)) throw new BadUserInput(`"${date}" is not a date (YYYY-MM-DD)`, { reason: "NOT_A_DATE", field, params: { value: date.slice(0, 40) } });
    if (date > today(this.clock))
      throw new BadUserInput(`The date ${date} lies in the future: declare what has happened`, { reason: "DATE_IN_FUTURE", field, params: { date } });
    if (!inDeclarationWindow(date, this.clock.now())) {
      const { earliest, latest } = declarationWindow(this.clock.now());
      throw new BadUserInput(`The date ${date} lies before ${earliest}: hours and costs are declared from ${earliest} to today`, {
        reason: "DATE_OUTSIDE_WINDOW",
        field,
        params: { date, earliest, latest },
      });
    }
  }

  /**
   * Hours and claims go only on days the assignment was active (accepted, not yet ended): not on a proposal, a decline or an expiry.
   * An assignment released by a handover stays declarable through the overlap (issue 18).
   */
  private async checkActiveOn(tx: EntityManager, assignment: Assignment, date: string) {
    const day = (at: Date | null) => (at ? at.toISOString().slice(0, 10) : null);
    const dates = {
      status: assignment.status,
      acceptedOn: day(assignment.respondedAt ?? assignment.proposedAt),
      endedOn: day(assignment.endedAt),
      overlapUntil: await overlapUntil(tx, assignment.id),
    };
    if (assignment.status === AssignmentStatus.PROPOSED || assignment.status === AssignmentStatus.DECLINED || assignment.status === AssignmentStatus.EXPIRED) {
      throw new BadUserInput(`This assignment is ${assignment.status.toLowerCase()}: it was never active, so nothing can be declared on it`, {
        reason: "ASSIGNMENT_NOT_ACTIVE_ON_DATE",
        field: "assignmentId",
        params: { date },
      });
    }
    if (!activeOn(date, dates)) {
      const until = dates.overlapUntil ?? dates.endedOn;
      throw new BadUserInput(`The assignment was not active on ${date}: it ran from ${dates.acceptedOn}${until ? ` to ${until}` : ""}`, {
        reason: "ASSIGNMENT_NOT_ACTIVE_ON_DATE",
        field: "date",
        params: { date },
      });
    }
  }

  async declareHours(actor: Actor, input: HourEntryInput): Promise<HourEntry> {
    if (!validHours(input.hours, MAX_HOURS_PER_DAY)) {
      throw new BadUserInput(`Hours must be more than 0 and at most ${MAX_HOURS_PER_DAY}, in quarters of an hour (${HOURS_STEP}), got ${input.hours}`, {
        reason: "HOURS_GRANULARITY",
        field: "hours",
        params: { step: HOURS_STEP, max: MAX_HOURS_PER_DAY },
      });
    }
    this.checkDate(input.date, "date");
    return this.dataSource.transaction(async (tx) => {
      const { assignment, request } = await this.ownAssignment(tx, actor, input.assignmentId);
      const recentlyEnded =
        assignment.status === AssignmentStatus.COMPLETED &&
        assignment.endedAt !== null &&
        this.clock.now().getTime() - assignment.endedAt.getTime() <= DECLARE_AFTER_END_DAYS * DAY_MS;
      if (assignment.status !== AssignmentStatus.ACTIVE && !recentlyEnded) {
        throw new BadUserInput(`Hours go on an active (or just completed) assignment; this one is ${assignment.status.toLowerCase()}`, {
          reason: "ASSIGNMENT_CLOSED_FOR_HOURS",
          field: "assignmentId",
          params: { status: assignment.status },
        });
      }
      const began = (assignment.respondedAt ?? assignment.proposedAt).toISOString().slice(0, 10);
      if (input.date < began) {
        throw new BadUserInput(`The date ${input.date} lies before the assignment began (${began})`, {
          reason: "DATE_BEFORE_ASSIGNMENT",
          field: "date",
          params: { date: input.date, began },
        });
      }
      await this.checkActiveOn(tx, assignment, input.date);
      await this.checkDayRoom(tx, assignment.keyPersonId, input.date, input.hours);
      const entry = await tx.save(
        tx.create(HourEntry, {
          assignmentId: assignment.id,
          keyPersonId: assignment.keyPersonId,
          funder: await funderOn(tx, request, input.date),
          date: input.date,
          hours: input.hours,
          activity: input.activity,
        }),
      );
      await audit(tx, actor, { action: "declareHours", entityType: "HourEntry", entityId: entry.id });
      return entry;
    });
  }

  /**
   * Locks the key person, so two declarations for one day cannot pass 24 hours together, and
   * refuses what would. Counts every entry of the day: assignments and own activities alike.
   * Hours are stored as real: summed as numeric, 7.3 + 16.7 is 24, not 24.0000002.
   */
  private async checkDayRoom(tx: EntityManager, keyPersonId: number, date: string, hours: number) {
    await tx.query(`SELECT id FROM key_person WHERE id = $1 FOR UPDATE`, [keyPersonId]);
    const [{ sum }] = await tx.query(
      `SELECT COALESCE(sum(hours::numeric), 0)::float8 AS sum FROM hour_entry WHERE key_person_id = $1 AND date = $2 AND status <> 'REJECTED'`,
      [keyPersonId, date],
    );
    if (sum + hours > MAX_HOURS_PER_DAY) {
      throw new BadUserInput(`That makes ${sum + hours} hours on ${date}, over all assignments and own activities; a day has ${MAX_HOURS_PER_DAY}`, {
        reason: "DAY_FULL",
        field: "hours",
        params: { date, totalHours: sum + hours, maxHours: MAX_HOURS_PER_DAY },
      });
    }
  }

  /**
   * Hours of an own activity (issue 16): the key person, for themself, without an assignment.
   * The national scheme funds them, so the coordinator reviews them and organisations never
   * see them; they count toward the allowance caps, the day's 24 hours and the load like any hours.
   */
  async declareOwnActivity(actor: Actor, input: OwnActivityInput): Promise<HourEntry> {
    const keyPersonId = actor.keyPersonId;
    if (actor.role !== Role.KEY_PERSON || keyPersonId === null)
      throw new Forbidden("Only a key person declares their own activities", { reason: "ROLE_NOT_ALLOWED" });
    if (!validHours(input.hours, MAX_OWN_ACTIVITY_HOURS)) {
      throw new BadUserInput(
        `Hours of an own activity must be more than 0 and at most ${MAX_OWN_ACTIVITY_HOURS}, in quarters of an hour (${HOURS_STEP}), got ${input.hours}`,
        { reason: "HOURS_GRANULARITY", field: "hours", params: { step: HOURS_STEP, max: MAX_OWN_ACTIVITY_HOURS } },
      );
    }
    this.checkDate(input.date, "date");
    const note = input.note?.trim() || null;
    if (note && note.length > MAX_OWN_ACTIVITY_NOTE) {
      throw new BadUserInput(`Keep the note under ${MAX_OWN_ACTIVITY_NOTE} characters`, {
        reason: "TEXT_TOO_LONG",
        field: "note",
        params: { max: MAX_OWN_ACTIVITY_NOTE },
      });
    }
    return this.dataSource.transaction(async (tx) => {
      await this.checkDayRoom(tx, keyPersonId, input.date, input.hours);
      const entry = await tx.save(
        tx.create(HourEntry, {
          assignmentId: null,
          keyPersonId,
          funder: NATIONAL_SCHEME,
          date: input.date,
          hours: input.hours,
          activity: null,
          ownActivity: input.activity,
          note,
        }),
      );
      await audit(tx, actor, { action: "declareOwnActivity", entityType: "HourEntry", entityId: entry.id, detail: { activity: input.activity } });
      return entry;
    });
  }

  private assertFunder(actor: Actor, funder: string) {
    if (funderOfActor(actor) !== funder) {
      throw new Forbidden(
        funder === NATIONAL_SCHEME
          ? "This is funded by the national scheme: the national coordinator reviews it"
          : "Only the organisation that funds this assignment reviews it",
        { reason: "NOT_THE_FUNDER", params: { funder: funder === NATIONAL_SCHEME ? "NATIONAL" : "ORGANISATION" } },
      );
    }
  }

  async reviewHours(actor: Actor, rawId: string, approve: boolean, reason: string | null | undefined): Promise<HourEntry> {
    const why = this.reviewReason(approve, reason);
    return this.dataSource.transaction(async (tx) => {
      const entry = await tx.findOne(HourEntry, { where: { id: parseId(rawId, "HourEntry") }, lock: { mode: "pessimistic_write" } });
      if (!entry) throw new NotFound("HourEntry", rawId);
      this.assertFunder(actor, entry.funder);
      if (entry.status !== ReviewStatus.SUBMITTED)
        throw new Conflict(`These hours are already ${entry.status.toLowerCase()}`, { reason: "ALREADY_REVIEWED", params: { status: entry.status } });
      let allowance: number | null = null;
      if (approve) allowance = await this.grantAllowance(tx, entry);
      await tx.update(
        HourEntry,
        { id: entry.id },
        {
          status: approve ? ReviewStatus.APPROVED : ReviewStatus.REJECTED,
          reviewReason: why,
          reviewedByUserId: actor.userId,
          reviewedAt: this.clock.now(),
          allowanceCents: allowance,
        },
      );
      await audit(tx, actor, {
        action: approve ? "approveHours" : "rejectHours",
        entityType: "HourEntry",
        entityId: entry.id,
        detail: { allowanceCents: allowance },
      });
      if (!approve)
        await notify(tx, {
          to: { keyPerson: entry.keyPersonId },
          kind: NotificationKind.HOURS_REJECTED,
          dedupeKey: `hours-rejected:${entry.id}`,
          params: { hourEntryId: entry.id },
        });
      return tx.findOneByOrFail(HourEntry, { id: entry.id });
    });
  }

  private reviewReason(approve: boolean, reason: string | null | undefined): string | null {
    const why = reason?.trim() || null;
    if (!approve && !why)
      throw new BadUserInput("Say why you reject it, so the key person can correct it", { reason: "REJECTION_REASON_REQUIRED", field: "reason" });
    if (why && why.length > MAX_REVIEW_REASON) {
      throw new BadUserInput(`Keep the reason under ${MAX_REVIEW_REASON} characters`, {
        reason: "TEXT_TOO_LONG",
        field: "reason",
        params: { max: MAX_REVIEW_REASON },
      });
    }
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
        {
          reason: "CAP_EXCEEDED",
          params: {
            cap: check.exceeded === "YEAR" ? "YEAR" : "MONTH",
            year,
            hours: entry.hours,
            amountCents: cents,
            capCents: check.exceeded === "YEAR" ? figures.yearCapCents : figures.monthCapCents,
            monthRoomCents: check.monthRoomCents,
            yearRoomCents: check.yearRoomCents,
          },
        },
        // Kept at the top level for API users that read them there before reasons existed.
        { monthRoomCents: check.monthRoomCents, yearRoomCents: check.yearRoomCents },
      );
    }
    return cents;
  }

  // ---- expense claims -----------------------------------------------------------------

  async submitClaim(actor: Actor, input: ExpenseClaimInput): Promise<ExpenseClaim> {
    if (actor.keyPersonId === null) throw new Forbidden("Only key persons submit expense claims", { reason: "ROLE_NOT_ALLOWED" });
    const key = input.idempotencyKey.trim();
    if (key.length === 0) throw new BadUserInput("The idempotency key must be 1 to 100 characters", { reason: "VALUE_REQUIRED", field: "idempotencyKey" });
    if (key.length > 100)
      throw new BadUserInput("The idempotency key must be 1 to 100 characters", { reason: "TEXT_TOO_LONG", field: "idempotencyKey", params: { max: 100 } });
    const description = input.description.trim();
    if (!description) throw new BadUserInput("Describe the expense (what, where)", { reason: "VALUE_REQUIRED", field: "description" });
    if (description.length > MAX_CLAIM_DESCRIPTION) {
      throw new BadUserInput(`Keep the description under ${MAX_CLAIM_DESCRIPTION} characters`, {
        reason: "TEXT_TOO_LONG",
        field: "description",
        params: { max: MAX_CLAIM_DESCRIPTION },
      });
    }
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
          await this.checkActiveOn(tx, assignment, input.date);
          funder = await funderOn(tx, request, input.date);
          assignmentId = assignment.id;
        }
        const { km, amountCents } = await this.claimAmount(tx, input);
        const claim = await tx.save(
          tx.create(ExpenseClaim, {
            keyPersonId,
            assignmentId,
            funder,
            kind: input.kind,
            km,
            amountCents,
            date: input.date,
            description,
            idempotencyKey: key,
            contentHash,
          }),
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
      throw new Conflict("This idempotency key was already used for a different claim: use a new key for a new claim", {
        reason: "IDEMPOTENCY_KEY_REUSED",
        field: "idempotencyKey",
      });
    }
    return existing;
  }

  private async claimAmount(tx: EntityManager, input: ExpenseClaimInput): Promise<{ km: number | null; amountCents: number }> {
    if (input.kind === ExpenseKind.OWN_TRANSPORT_KM) {
      const km = input.km;
      if (km == null || !validKm(km, MAX_CLAIM_KM)) {
        throw new BadUserInput(`Give the kilometres driven in tenths (${KM_STEP}), at least ${KM_STEP} and at most ${MAX_CLAIM_KM}`, {
          reason: "KM_GRANULARITY",
          field: "km",
          params: { step: KM_STEP, min: KM_STEP, max: MAX_CLAIM_KM },
        });
      }
      if (input.amountCents != null)
        throw new BadUserInput("A km claim's amount follows from the km and the year's rate: leave amountCents out", {
          reason: "KM_CLAIM_HAS_AMOUNT",
          field: "amountCents",
        });
      const figures = await this.figuresFor(tx, Number(input.date.slice(0, 4)));
      const amountCents = kmAmountCents(km, figures.kmRateCents);
      // A claim pays something: a km rate of 0 makes every km claim a 0-cent line.
      if (!validCents(amountCents, MAX_CLAIM_CENTS)) {
        throw new BadUserInput(
          `${km} km at ${figures.kmRateCents} cents a km comes to ${amountCents} cents: a claim is at least 1 cent and at most ${MAX_CLAIM_CENTS}`,
          {
            reason: "AMOUNT_OUT_OF_RANGE",
            field: "km",
            params: { minCents: 1, maxCents: MAX_CLAIM_CENTS },
          },
        );
      }
      return { km, amountCents };
    }
    if (input.km != null) throw new BadUserInput("Kilometres go with an OWN_TRANSPORT_KM claim only", { reason: "KM_ONLY_FOR_KM_CLAIM", field: "km" });
    const cents = input.amountCents;
    if (cents == null || !validCents(cents, MAX_CLAIM_CENTS)) {
      throw new BadUserInput(`Give the amount in whole euro cents, more than 0 and at most ${MAX_CLAIM_CENTS} (${euros(MAX_CLAIM_CENTS)})`, {
        reason: "AMOUNT_OUT_OF_RANGE",
        field: "amountCents",
        params: { minCents: 1, maxCents: MAX_CLAIM_CENTS },
      });
    }
    return { km: null, amountCents: cents };
  }

  async reviewClaim(actor: Actor, rawId: string, approve: boolean, reason: string | null | undefined): Promise<ExpenseClaim> {
    const why = this.reviewReason(approve, reason);
    return this.dataSource.transaction(async (tx) => {
      const claim = await tx.findOne(ExpenseClaim, { where: { id: parseId(rawId, "ExpenseClaim") }, lock: { mode: "pessimistic_write" } });
      if (!claim) throw new NotFound("ExpenseClaim", rawId);
      this.assertFunder(actor, claim.funder);
      if (claim.status !== ReviewStatus.SUBMITTED)
        throw new Conflict(`This claim is already ${claim.status.toLowerCase()}`, { reason: "ALREADY_REVIEWED", params: { status: claim.status } });
      await tx.update(
        ExpenseClaim,
        { id: claim.id },
        {
          status: approve ? ReviewStatus.APPROVED : ReviewStatus.REJECTED,
          reviewReason: why,
          reviewedByUserId: actor.userId,
          reviewedAt: this.clock.now(),
        },
      );
      await audit(tx, actor, { action: approve ? "approveExpenseClaim" : "rejectExpenseClaim", entityType: "ExpenseClaim", entityId: claim.id });
      if (!approve)
        await notify(tx, {
          to: { keyPerson: claim.keyPersonId },
          kind: NotificationKind.CLAIM_REJECTED,
          dedupeKey: `claim-rejected:${claim.id}`,
          params: { claimId: claim.id },
        });
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
    if (filter?.keyPersonId) query.andWhere("x.key_person_id = :kp", { kp: parseId(filter.keyPersonId, "KeyPerson") });
    if (filter?.assignmentId) query.andWhere("x.assignment_id = :a", { a: parseId(filter.assignmentId, "Assignment") });
    return query;
  }

  async listHours(actor: Actor, filter: ReviewFilter | null | undefined, page: PageArgs, sort?: HourEntrySort | null) {
    const query = this.scoped(this.dataSource.getRepository(HourEntry).createQueryBuilder("x"), actor, filter);
    return sortedPage(query, sort, HOUR_ENTRY_SORT, page);
  }

  async listClaims(actor: Actor, filter: ReviewFilter | null | undefined, page: PageArgs, sort?: ExpenseClaimSort | null) {
    const query = this.scoped(this.dataSource.getRepository(ExpenseClaim).createQueryBuilder("x"), actor, filter);
    return sortedPage(query, sort, EXPENSE_CLAIM_SORT, page);
  }

  /** Per month of a year: hours declared and approved, allowance granted and the room left under the caps. */
  async overview(actor: Actor, keyPerson: KeyPerson, year: number) {
    if (!canManageKeyPerson(actor, keyPerson)) throw new NotFound("KeyPerson", keyPerson.id);
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
    const months: MonthOverview[] = Array.from({ length: 12 }, (_, i) => {
      const r = byMonth.get(i + 1);
      const allowance = r?.allowance ?? 0;
      return {
        month: i + 1,
        hoursDeclared: r?.declared ?? 0,
        hoursApproved: r?.approved ?? 0,
        allowanceCents: allowance,
        roomCents: figures ? allowanceRoom(figures, allowance, yearAllowance).roomCents : null,
      };
    });
    const volunteer = keyPerson.compensationType === CompensationType.VOLUNTEER;
    return {
      year,
      figures,
      legalHourlyRateCents: figures ? legalHourlyRate(figures, keyPerson.birthYear) : null,
      months,
      allowanceCents: yearAllowance,
      roomCents: volunteer && figures ? allowanceRoom(figures, 0, yearAllowance).yearRoomCents : null,
    };
  }

  // ---- payment export: payment-export.service.ts ---------------------------------------------

  async listExports(actor: Actor, page: PageArgs) {
    const funder = funderOfActor(actor);
    if (!funder) throw new Forbidden("Payment exports belong to funders: organisations and the national coordinator", { reason: "ROLE_NOT_ALLOWED" });
    const { skip, take } = pageWindow(page);
    const [items, total] = await this.dataSource.getRepository(PaymentExport).findAndCount({ where: { funder }, order: { id: "DESC" }, skip, take });
    return { items, total };
  }
}
