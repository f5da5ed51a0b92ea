import type { DataSource } from "typeorm";
import type { Clock } from "../clock";
import type { Actor } from "../domain/access";
import { NATIONAL_SCHEME } from "../domain/funder";
import { isPeriodStart, periodAfter, periodEnd, periodMonths, tablesFor, type ReportScopeKind, type ReportTableCode } from "../domain/report-definitions";
import { storedCounts } from "../oversight/oversight.store";
import { staleBefore } from "../domain/freshness";
import type { ReferenceData } from "../reference/reference.service";
import { Role } from "../shared/enums";
import { BadUserInput, Forbidden } from "../shared/errors";
import * as figures from "./figures";
import type { FigureScope } from "./figures";
import type { Report, ReportTable } from "./reports.entity";
import type { ReportInput } from "./reports.inputs";

type Figure = (db: figures.Queryable, scope: FigureScope, now: Date) => Promise<ReportTable>;

/** Which function computes each table (figures.ts); the reports benchmark times each. */
export const REPORT_FIGURES: Record<ReportTableCode, Figure> = {
  REQUESTS_BY_KIND: figures.requestsByKind,
  REQUESTS_BY_LANGUAGE: figures.requestsByLanguage,
  REQUESTS_BY_EXPERTISE: figures.requestsByExpertise,
  REQUEST_OUTCOMES: figures.requestOutcomes,
  TIME_TO_ACCEPTANCE: figures.timeToAcceptance,
  UNMET_BY_RULE: figures.unmetByRule,
  CONTINUITY: figures.continuity,
  REFERRALS_BY_STATE: figures.referralsByState,
  HOURS_BY_ACTIVITY_AND_FUNDER: figures.hoursByActivityAndFunder,
  KEY_PERSONS_FLOW: figures.keyPersonsFlow,
  LEAVING_REASONS: figures.leavingReasons,
  SUPERVISION_COVERAGE: figures.supervisionCoverage,
  TRAINING_COVERAGE: figures.trainingCoverage,
  WELLBEING: async (db, scope, now) => {
    // The dashboard's own stored statuses (oversight.store.ts), brought up to date and counted in SQL.
    const counts = await storedCounts(db as never, scope.places, now, staleBefore(now));
    return figures.wellbeing(db, scope, counts.byWellbeing);
  },
  FEEDBACK: figures.feedback,
};

const ORGANISATION_FUNDER = /^ORGANISATION:([1-9]\d{0,9})$/;

export class ReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
  ) {}

  /** The report of one period for the caller's scope; refuses before reading anything. */
  async report(actor: Actor, input: ReportInput): Promise<Report> {
    const { scope, kind } = await this.scope(actor, input);
    const now = this.clock.now();
    const codes = tablesFor(kind);
    const tables = await Promise.all(codes.map((code) => REPORT_FIGURES[code](this.dataSource.manager, scope, now)));
    return {
      period: input.period,
      start: input.start,
      end: periodEnd(input.period, input.start),
      scope: kind,
      generatedAt: now,
      tables,
    };
  }

  /** Checks the input and the caller's reach; the figures' parameters. */
  async scope(actor: Actor, input: ReportInput): Promise<{ scope: FigureScope; kind: ReportScopeKind }> {
    if (actor.role === Role.KEY_PERSON) throw new Forbidden("Reports are for coordinators and organisations", { reason: "ROLE_NOT_ALLOWED" });
    if (!isPeriodStart(input.period, input.start))
      throw new BadUserInput(`A ${input.period.toLowerCase()} starts on its first day, not on ${input.start}`, {
        reason: "REPORT_PERIOD_START",
        field: "start",
        params: { period: input.period, start: input.start },
      });
    const codes = input.municipalityCodes ? [...new Set(input.municipalityCodes)] : null;
    const province = input.provinceCode ?? null;
    if (codes && province !== null)
      throw new BadUserInput("Choose municipalities or a province, not both", { reason: "REPORT_PLACE_TWICE", field: "provinceCode" });
    if (codes && codes.length === 0)
      throw new BadUserInput("Name at least one municipality, or leave the list out", { reason: "VALUE_REQUIRED", field: "municipalityCodes" });
    const unknown = codes?.find((code) => !this.reference.municipalities.has(code));
    if (unknown !== undefined)
      throw new BadUserInput(`Unknown municipality ${unknown.slice(0, 20)}`, {
        reason: "UNKNOWN_CODE",
        field: "municipalityCodes",
        params: { kind: "municipality", code: unknown.slice(0, 20) },
      });
    let places: string[] | null = codes;
    if (province !== null) {
      places = [...this.reference.municipalities.values()].filter((m) => m.provinceCode === province).map((m) => m.code);
      if (places.length === 0)
        throw new BadUserInput(`Unknown province ${province.slice(0, 20)}`, {
          reason: "UNKNOWN_CODE",
          field: "provinceCode",
          params: { kind: "province", code: province.slice(0, 20) },
        });
    }
    const funder = input.funder ?? null;
    if (funder !== null && funder !== NATIONAL_SCHEME) {
      const match = ORGANISATION_FUNDER.exec(funder);
      const [found] = match ? await this.dataSource.query(`SELECT 1 FROM organisation WHERE id = $1`, [Number(match[1])]) : [];
      if (!found)
        throw new BadUserInput(`Unknown funder ${funder.slice(0, 40)}: NATIONAL_SCHEME or ORGANISATION:<id>`, {
          reason: "UNKNOWN_CODE",
          field: "funder",
          params: { kind: "funder", code: funder.slice(0, 40) },
        });
    }
    let kind: ReportScopeKind = places ? "REGION" : "NATIONAL";
    let organisationId: number | null = null;
    if (actor.role === Role.REGIONAL_COORDINATOR) {
      kind = "REGION";
      const region = new Set(actor.municipalityCodes);
      if (codes) {
        const outside = codes.find((code) => !region.has(code));
        if (outside !== undefined) throw new Forbidden(`${outside} lies outside your region`, { reason: "OUTSIDE_REGION" });
      } else if (places) {
        places = places.filter((code) => region.has(code));
        if (places.length === 0) throw new Forbidden(`No municipality of ${province} lies in your region`, { reason: "OUTSIDE_REGION" });
      } else places = [...actor.municipalityCodes];
    } else if (actor.role === Role.ORGANISATION) {
      if (actor.organisationId === null) throw new Forbidden("Your account belongs to no organisation", { reason: "OWN_ORGANISATION_ONLY" });
      kind = "ORGANISATION";
      organisationId = actor.organisationId;
    }
    return {
      kind,
      scope: {
        start: input.start,
        after: periodAfter(input.period, input.start),
        months: periodMonths(input.period, input.start),
        places,
        organisationId,
        funder,
        names: await this.names(),
      },
    };
  }

  /** Names from data for the rows' labels: languages, provinces, organisations (as funders). */
  private async names(): Promise<FigureScope["names"]> {
    const organisations: { id: number; name: string }[] = await this.dataSource.query(`SELECT id, name FROM organisation`);
    const provinces = new Map<string, string>();
    for (const m of this.reference.municipalities.values()) provinces.set(m.provinceCode, m.province);
    return {
      languages: new Map([...this.reference.languages.values()].map((l) => [l.code, l.name])),
      provinces,
      organisations: new Map(organisations.map((o) => [o.id, o.name])),
    };
  }
}
