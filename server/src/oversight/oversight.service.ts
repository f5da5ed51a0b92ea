import type { DataSource } from "typeorm";
import { audit } from "../audit/audit.service";
import type { Clock } from "../clock";
import { isSelf, type Actor } from "../domain/access";
import { staleBefore } from "../domain/freshness";
import { CHECK_IN_SCALES, CHECK_IN_SCORE, CLEARANCE_NOTE_MAX, SESSION_NOTE_MAX } from "../domain/oversight";
import { utilisationBuckets } from "../domain/workload";
import type { ReferenceData } from "../reference/reference.service";
import { KeyPerson } from "../registry/registry.entity";
import { OwnActivity, RequestKind, Role, type SupervisionKind } from "../shared/enums";
import { BadUserInput, Forbidden } from "../shared/errors";
import { isIsoDate } from "../shared/scalars";
import { anyOf } from "../shared/loader";
import { committedAndWeekLoadTable } from "../shared/sql-facts";
import { hoursByWork, unmetNowByKind } from "../reports/figures";
import { AuditEntry } from "../audit/audit.entity";
import { notifyWellbeingAttention } from "../notifications/notify";
import { oversightStatuses, weeksAgo, type OversightStatus } from "./oversight.facts";
import { refreshDueStatuses, storedActionRows, storedCounts } from "./oversight.store";
import { SupervisionSession, WellbeingCheckIn, WellbeingClearance } from "./oversight.entity";
import { ActionIndex, WELLBEING_KINDS, type ActionItem, type ActionKind } from "./oversight.actions";
import type { WellbeingCheckInInput } from "./oversight.inputs";

const SCORE_FIELDS = CHECK_IN_SCALES;
export const DASHBOARD_WEEKS = 12;
const KM_PER_DEGREE = 111.32;

/** One line of the dashboard's hours per kind of work, 0 when nothing was declared. */
const workHours = (
  row: { declared: number; approved: number } | undefined,
  work: { kind: RequestKind | null; ownActivity: OwnActivity | null },
): { kind: RequestKind | null; ownActivity: OwnActivity | null; declaredHours: number; approvedHours: number } => ({
  ...work,
  declaredHours: row?.declared ?? 0,
  approvedHours: row?.approved ?? 0,
});

/** The dashboard's fields that its own statements compute (others, such as referrals, have resolvers of their own). */
export type DashboardField =
  | "byStatus"
  | "byWellbeing"
  | "bySupervision"
  | "staleCount"
  | "utilisation"
  | "bookedUtilisation"
  | "weeklyHours"
  | "actions"
  | "actionCounts"
  | "unmetRequests"
  | "unmetByKind"
  | "hoursByWork";

/** The date `days` days before `date` (negative: after), YYYY-MM-DD. */
const daysBefore = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

export class OversightService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
  ) {}

  statuses(ids: readonly number[]): Promise<Map<number, OversightStatus>> {
    return oversightStatuses(this.dataSource.manager, ids, this.clock.now());
  }

  async logSupervision(actor: Actor, keyPerson: KeyPerson, date: string, kind: SupervisionKind, note: string | null | undefined): Promise<void> {
    if (!isIsoDate(date))
      throw new BadUserInput(`"${date}" is not a date (YYYY-MM-DD)`, { reason: "NOT_A_DATE", field: "date", params: { value: date.slice(0, 40) } });
    const today = this.clock.now().toISOString().slice(0, 10);
    if (date > today)
      throw new BadUserInput(`The session date ${date} lies in the future: log sessions that took place`, {
        reason: "DATE_IN_FUTURE",
        field: "date",
        params: { date },
      });
    const trimmed = note?.trim() || null;
    if (trimmed && trimmed.length > SESSION_NOTE_MAX)
      throw new BadUserInput(`Keep the note under ${SESSION_NOTE_MAX} characters`, {
        reason: "TEXT_TOO_LONG",
        field: "note",
        params: { max: SESSION_NOTE_MAX },
      });
    await this.dataSource.transaction(async (tx) => {
      const session = await tx.save(tx.create(SupervisionSession, { keyPersonId: keyPerson.id, date, kind, note: trimmed, loggedByUserId: actor.userId }));
      await audit(tx, actor, { action: "logSupervisionSession", entityType: "KeyPerson", entityId: keyPerson.id, detail: { sessionId: session.id, kind } });
    });
  }

  async submitCheckIn(actor: Actor, input: WellbeingCheckInInput): Promise<number> {
    if (actor.role !== Role.KEY_PERSON || actor.keyPersonId === null) throw new Forbidden("Only a key person checks in, for themself", { reason: "SELF_ONLY" });
    const wrong = SCORE_FIELDS.filter((field) => !Number.isInteger(input[field]) || input[field] < CHECK_IN_SCORE.min || input[field] > CHECK_IN_SCORE.max);
    if (wrong.length)
      throw new BadUserInput(`Answer ${wrong.join(", ")} with a whole number from ${CHECK_IN_SCORE.min} to ${CHECK_IN_SCORE.max}`, {
        reason: "SCORE_OUT_OF_RANGE",
        field: wrong[0],
        params: { fields: wrong },
      });
    const keyPersonId = actor.keyPersonId;
    await this.dataSource.transaction(async (tx) => {
      await tx.insert(WellbeingCheckIn, { keyPersonId, at: this.clock.now(), ...input });
      // The audit names the act, never the answers.
      await audit(tx, actor, { action: "submitWellbeingCheckIn", entityType: "KeyPerson", entityId: keyPersonId });
      await notifyWellbeingAttention(tx, keyPersonId); // RED or "please contact me": to the coordinators, without the answers
    });
    return keyPersonId;
  }

  async clearFlag(actor: Actor, keyPerson: KeyPerson, note: string): Promise<void> {
    const trimmed = note.trim();
    if (!trimmed)
      throw new BadUserInput("Write a note: what was discussed and agreed, so the next coordinator knows", { reason: "VALUE_REQUIRED", field: "note" });
    if (trimmed.length > CLEARANCE_NOTE_MAX)
      throw new BadUserInput(`Keep the note under ${CLEARANCE_NOTE_MAX} characters`, {
        reason: "TEXT_TOO_LONG",
        field: "note",
        params: { max: CLEARANCE_NOTE_MAX },
      });
    await this.dataSource.transaction(async (tx) => {
      await tx.insert(WellbeingClearance, { keyPersonId: keyPerson.id, at: this.clock.now(), clearedByUserId: actor.userId, note: trimmed });
      await audit(tx, actor, { action: "clearWellbeingFlag", entityType: "KeyPerson", entityId: keyPerson.id });
    });
  }

  /** Records that these people's wellbeing was read, by whom, in one statement; the answer is given only after it is written. */
  async auditWellbeingReads(actor: Actor, keyPersonIds: readonly number[], what: string): Promise<void> {
    if (keyPersonIds.length === 0) return;
    await this.dataSource.getRepository(AuditEntry).insert(
      keyPersonIds.map((id) => ({
        actorUserId: actor.userId,
        actorRole: actor.role,
        action: "readWellbeing",
        entityType: "KeyPerson",
        entityId: String(id),
        detail: { what, self: isSelf(actor, id) },
      })),
    );
  }

  async checkIns(actor: Actor, keyPerson: KeyPerson, limit: number): Promise<WellbeingCheckIn[]> {
    await this.auditWellbeingReads(actor, [keyPerson.id], "checkIns");
    return this.dataSource
      .getRepository(WellbeingCheckIn)
      .find({ where: { keyPersonId: keyPerson.id }, order: { at: "DESC" }, take: Math.min(Math.max(limit, 1), 100) });
  }

  /** The notes of what a coordinator discussed with the key person: a read of their wellbeing, so audited too. */
  async clearances(actor: Actor, keyPerson: KeyPerson): Promise<WellbeingClearance[]> {
    await this.auditWellbeingReads(actor, [keyPerson.id], "clearances");
    return this.dataSource.getRepository(WellbeingClearance).find({ where: { keyPersonId: keyPerson.id }, order: { at: "DESC" }, take: 20 });
  }

  async sessions(keyPerson: KeyPerson): Promise<SupervisionSession[]> {
    return this.dataSource.getRepository(SupervisionSession).find({ where: { keyPersonId: keyPerson.id }, order: { date: "DESC", id: "DESC" }, take: 100 });
  }

  // ---- the coordinator's dashboard -------------------------------------------------------

  /** Many key persons by id in one statement. */
  async keyPersons(ids: readonly number[]): Promise<Map<number, KeyPerson>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const people = await this.dataSource.getRepository(KeyPerson).findBy({ id: anyOf(unique) });
    return new Map(people.map((person) => [person.id, person]));
  }

  /** The region a coordinator oversees: null for the national coordinator (everyone). */
  private dashboardRegion(actor: Actor): readonly string[] | null {
    if (actor.role !== Role.COORDINATOR && actor.role !== Role.REGIONAL_COORDINATOR)
      throw new Forbidden("The dashboard is for coordinators", { reason: "ROLE_NOT_ALLOWED" });
    return actor.role === Role.REGIONAL_COORDINATOR ? actor.municipalityCodes : null;
  }

  /**
   * Counts, statuses, workload and what needs action, for everyone the coordinator
   * oversees. Who is in scope is decided in SQL (`$1`: the region, null for everyone)
   * rather than by passing their ids: with thousands of key persons a list of ids costs
   * more to send, parse and plan than the statements themselves (bench/oversight.ts).
   * `asked`: whether the operation selects a field; the statements only it needs are not
   * run otherwise (its field is then left out), so a console part that asks for the counts
   * alone does not pay for the hours.
   */
  async dashboard(actor: Actor, asked: (field: DashboardField) => boolean = () => true) {
    const region = this.dashboardRegion(actor);
    const now = this.clock.now();
    const today = now.toISOString().slice(0, 10);
    const any = (...fields: DashboardField[]) => fields.some(asked);
    const when = <T>(needed: boolean, run: () => Promise<T>): Promise<T | null> => (needed ? run() : Promise.resolve(null));
    const [byStatus, groups, actionIndex, weekly, unmet, byWork, unmetKinds] = await Promise.all([
      when(
        asked("byStatus"),
        () =>
          this.dataSource.query(
            `SELECT status, count(*)::int AS count FROM key_person kp WHERE ($1::varchar[] IS NULL OR kp.home_municipality_code = ANY($1)) GROUP BY 1`,
            [region],
          ) as Promise<{ status: string; count: number }[]>,
      ),
      // The active key persons by capacity and load: a few thousand groups, not one row per person.
      // The weekly hours alone need only the capacities (no load): a plain count per capacity.
      when(
        any("utilisation", "bookedUtilisation", "weeklyHours"),
        () =>
          (any("utilisation", "bookedUtilisation")
            ? this.dataSource.query(
                `SELECT kp.weekly_capacity_hours AS capacity, coalesce(l.committed, 0) AS committed, coalesce(l.booked, 0) AS booked, count(*)::int AS n
                 FROM key_person kp
                 LEFT JOIN ${committedAndWeekLoadTable("$2")} l ON l.key_person_id = kp.id
                 WHERE kp.status = 'ACTIVE' AND ($1::varchar[] IS NULL OR kp.home_municipality_code = ANY($1))
                 GROUP BY 1, 2, 3`,
                [region, now],
              )
            : this.dataSource.query(
                `SELECT kp.weekly_capacity_hours AS capacity, 0 AS committed, 0 AS booked, count(*)::int AS n
                 FROM key_person kp
                 WHERE kp.status = 'ACTIVE' AND ($1::varchar[] IS NULL OR kp.home_municipality_code = ANY($1))
                 GROUP BY 1`,
                [region],
              )) as Promise<{ capacity: number; committed: number; booked: number; n: number }[]>,
      ),
      // Statuses, counted in SQL from the stored ones (oversight.store.ts), brought up to date first.
      when(any("byWellbeing", "bySupervision", "staleCount", "actions", "actionCounts"), () => this.actionIndexOf(region, now)),
      when(asked("weeklyHours"), () => this.weeklyHours(region, today)),
      when(
        asked("unmetRequests"),
        () =>
          this.dataSource.query(
            `SELECT count(*)::int AS n FROM match_request WHERE unmet_since IS NOT NULL AND status = 'OPEN'
         AND ($1::varchar[] IS NULL OR municipality_code = ANY($1))`,
            [region],
          ) as Promise<{ n: number }[]>,
      ),
      // Hours per kind of work and unmet requests per kind: the reports' own definitions (reports/figures.ts).
      // The window: the 12 weeks up to and including today.
      when(asked("hoursByWork"), () =>
        hoursByWork(this.dataSource.manager, { from: daysBefore(today, DASHBOARD_WEEKS * 7 - 1), after: daysBefore(today, -1), homeIn: region }),
      ),
      when(asked("unmetByKind"), () => unmetNowByKind(this.dataSource.manager, region)),
    ]);
    const sorted = (counts: Map<string, number>) => [...counts].map(([status, n]) => ({ status, count: n })).sort((a, b) => a.status.localeCompare(b.status));
    const index = actionIndex?.index;
    const counts = actionIndex?.counts;
    // Added up per capacity, in the order of the capacities: the same total to the last bit
    // whichever of the two statements above gave the groups, in whatever order.
    const perCapacity = new Map<number, number>();
    for (const g of groups ?? []) perCapacity.set(g.capacity, (perCapacity.get(g.capacity) ?? 0) + g.n);
    const capacity = [...perCapacity].sort(([a], [b]) => a - b).reduce((sum, [hours, n]) => sum + hours * n, 0);
    return {
      byStatus: byStatus && sorted(new Map(byStatus.map((row) => [row.status, row.count]))),
      byWellbeing: counts && sorted(counts.byWellbeing),
      bySupervision: counts && sorted(counts.bySupervision),
      staleCount: index?.total("STALE"),
      utilisation: groups && utilisationBuckets(groups.map((g) => ({ capacity: g.capacity, committed: g.committed, n: g.n }))),
      weeklyHours:
        weekly &&
        Array.from({ length: DASHBOARD_WEEKS }, (_, week) => ({
          weekEnding: weeksAgo(now, week).toISOString().slice(0, 10),
          declaredHours: weekly.find((w) => w.week === week)?.hours ?? 0,
          capacityHours: capacity,
        })).reverse(),
      actionIndex: index,
      actionCounts: index?.counts(),
      unmetRequests: unmet?.[0].n,
      unmetByKind: unmetKinds && Object.values(RequestKind).map((kind) => ({ kind, count: unmetKinds.find((row) => row.kind === kind)?.n ?? 0 })),
      hoursByWork: byWork && [
        ...Object.values(RequestKind).map((kind) =>
          workHours(
            byWork.find((row) => row.ownActivity === null && row.kind === kind),
            { kind, ownActivity: null },
          ),
        ),
        ...Object.values(OwnActivity).map((ownActivity) =>
          workHours(
            byWork.find((row) => row.ownActivity === ownActivity),
            { kind: null, ownActivity },
          ),
        ),
      ],
      bookedUtilisation: groups && utilisationBuckets(groups.map((g) => ({ capacity: g.capacity, committed: g.booked, n: g.n }))),
    };
  }

  /**
   * Hours declared (not rejected) per week, week 0 the 7 days up to and including `today`.
   * Summed as numeric, exactly. The whole country reads the days already added up
   * (hour_day, kept by triggers: a few dozen rows a day instead of thousands of entries);
   * a region sums its key persons' entries, counting them per week and amount first
   * (converting each entry is what costs; a handful of amounts).
   */
  private weeklyHours(region: readonly string[] | null, today: string): Promise<{ week: number; hours: number }[]> {
    const days = DASHBOARD_WEEKS * 7;
    if (region === null)
      return this.dataSource.query(
        `SELECT (($1::date - date) / 7)::int AS week, sum(hours)::float8 AS hours FROM hour_day
         WHERE status <> 'REJECTED' AND date > $1::date - $2::int AND date <= $1::date
         GROUP BY 1`,
        [today, days],
      );
    return this.dataSource.query(
      `SELECT week, sum(hours::numeric * entries)::float8 AS hours FROM (
         SELECT (($2::date - date) / 7)::int AS week, hours, count(*) AS entries FROM hour_entry
         WHERE status <> 'REJECTED' AND date > $2::date - $3::int AND date <= $2::date
           AND key_person_id IN (SELECT id FROM key_person WHERE home_municipality_code = ANY($1))
         GROUP BY 1, 2) per_amount
       GROUP BY 1`,
      [region, today, days],
    );
  }

  /** From the sweep: the stored statuses that are due (all of them after midnight) derived ahead of the next dashboard. */
  refreshStoredStatuses(): Promise<void> {
    return refreshDueStatuses(this.dataSource.manager, this.clock.now());
  }

  /** The action list alone (oversightActions): its counts per kind, and its pages read in SQL. */
  async actionIndex(actor: Actor): Promise<ActionIndex> {
    return (await this.actionIndexOf(this.dashboardRegion(actor), this.clock.now())).index;
  }

  private async actionIndexOf(region: readonly string[] | null, now: Date) {
    const before = staleBefore(now);
    const counts = await storedCounts(this.dataSource.manager, region, now, before);
    const index = new ActionIndex(counts.actions, (kinds, skip, take) => storedActionRows(this.dataSource.manager, region, before, kinds, skip, take));
    return { index, counts };
  }

  /**
   * The items `skip`… of the action list (a kind, or every kind when null). Showing why
   * someone is RED is a read of their wellbeing: one audit entry for the view, naming the
   * people it showed (found again by key person, see audit.query.ts).
   */
  async actionItems(actor: Actor, index: ActionIndex, kind: ActionKind | null, skip: number, take: number): Promise<ActionItem[]> {
    const items = await index.window(kind, skip, take);
    const shown = [...new Set(items.filter((a) => WELLBEING_KINDS.includes(a.kind)).map((a) => a.keyPersonId))];
    if (shown.length > 0)
      await audit(this.dataSource.manager, actor, {
        action: "readWellbeing",
        entityType: "KeyPerson",
        entityId: shown.length === 1 ? shown[0] : null,
        detail: { what: "dashboard", keyPersonIds: shown.map(String) },
      });
    return items;
  }

  /**
   * Per municipality: how many active, fresh key persons speaking the language can reach
   * it (home within their travel distance of its centroid), and the unmet requests there.
   */
  async coverage(actor: Actor, languageCode: string) {
    if (!this.reference.languages.has(languageCode))
      throw new BadUserInput(`Unknown language code "${languageCode}"`, {
        reason: "UNKNOWN_CODE",
        field: "languageCode",
        params: { kind: "language", code: languageCode.slice(0, 40) },
      });
    const region = actor.role === Role.REGIONAL_COORDINATOR ? actor.municipalityCodes : null;
    if (actor.role !== Role.COORDINATOR && !region) throw new Forbidden("Coverage is for coordinators", { reason: "ROLE_NOT_ALLOWED" });
    // The speakers as three arrays of 8-byte doubles (bytea) in one row: for Dutch at 100,000
    // key persons, 80,000 row objects were half the request's Node CPU, and three text arrays
    // still left 240,000 strings to parse and collect (the server's RSS rose by ~85 MiB over
    // ten maps, bench/oversight.ts). The values are the same doubles the text gave: home_lat and
    // home_lon are float8 already; max_travel_km (real) goes through its text, as parsing the text
    // array did (a float4 widened directly would be 12.300000190734863, not 12.3).
    const [[packed], unmet] = await Promise.all([
      this.dataSource.query(
        `SELECT count(*)::int AS n, coalesce(string_agg(float8send(home_lat), ''), '') AS lat, coalesce(string_agg(float8send(home_lon), ''), '') AS lon,
           coalesce(string_agg(float8send(max_travel_km::text::float8), ''), '') AS km
         FROM key_person kp
         WHERE status = 'ACTIVE' AND profile_confirmed_at >= $2
           AND EXISTS (SELECT 1 FROM key_person_language l WHERE l.key_person_id = kp.id AND l.language_code = $1)`,
        [languageCode, staleBefore(this.clock.now())],
      ) as Promise<{ n: number; lat: Buffer; lon: Buffer; km: Buffer }[]>,
      this.dataSource.query(
        `SELECT municipality_code AS code, count(*)::int AS n FROM match_request
         WHERE unmet_since IS NOT NULL AND status = 'OPEN' AND $1 = ANY(language_codes) GROUP BY 1`,
        [languageCode],
      ) as Promise<{ code: string; n: number }[]>,
    ]);
    const people = { lat: doubles(packed.lat, packed.n), lon: doubles(packed.lon, packed.n), km: doubles(packed.km, packed.n) };
    const unmetByCode = new Map(unmet.map((u) => [u.code, u.n]));
    const municipalities = [...this.reference.municipalities.values()].filter((m) => !region || region.includes(m.code));
    return municipalities.map((m) => {
      const cos = Math.cos((m.centroidLat * Math.PI) / 180);
      let reachable = 0;
      for (let i = 0; i < people.lat.length; i++) {
        const dy = (people.lat[i] - m.centroidLat) * KM_PER_DEGREE;
        const dx = (people.lon[i] - m.centroidLon) * KM_PER_DEGREE * cos;
        if (dx * dx + dy * dy <= people.km[i] * people.km[i]) reachable++;
      }
      return { municipality: m, reachable, unmetRequests: unmetByCode.get(m.code) ?? 0 };
    });
  }
}

/** `n` big-endian doubles (PostgreSQL's float8send) as a Float64Array. */
function doubles(bytes: Buffer, n: number): Float64Array {
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = bytes.readDoubleBE(i * 8);
  return values;
}
