import type { DataSource, EntityManager } from "typeorm";
import { audit } from "../audit/audit.service";
import type { Clock } from "../clock";
import { canManageKeyPerson, type Actor } from "../domain/access";
import {
  GROUP_ACTIVITY_MAX_HOURS,
  GROUP_CAPACITY_MAX,
  GROUP_TITLE_MAX,
  INVITE_MAX,
  ONLINE_URL_MAX,
  canManageGroupActivity,
  canReadGroupActivity,
  hasRoom,
  periodsOverlap,
  supervisionKindOf,
} from "../domain/groups";
import { NotificationKind, notify } from "../notifications/notify";
import { KeyPerson } from "../registry/registry.entity";
import type { ReferenceData } from "../reference/reference.service";
import { GroupActivityAnswer, GroupActivityKind, Role } from "../shared/enums";
import { BadUserInput, Conflict, Forbidden, NotFound } from "../shared/errors";
import { parseId } from "../shared/ids";
import { pageWindow, type PageArgs } from "../shared/pagination";
import { isIsoDate } from "../shared/scalars";
import { grantQualificationsFor } from "./group.qualifications";
import { GroupActivity, GroupActivityInvitation, KeyPersonAffiliation } from "./group.entity";
import type { AffiliationInput, GroupActivityFilter, GroupActivityInput, GroupInviteInput } from "./group.inputs";
import { expandRecurrence, normaliseRule } from "./recurrence";

const HOUR_MS = 3_600_000;

/** The Dutch calendar day of a moment (YYYY-MM-DD). */
export const dutchDay = (moment: Date): string => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(moment);

const isWebAddress = (value: string) => /^https:\/\/[^\s/]+\.[^\s]+$/i.test(value) || /^https:\/\/[^\s/]+\.[^\s/]+$/i.test(value);

export class GroupService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return dutchDay(this.clock.now());
  }

  // ---- activities ---------------------------------------------------------------------------

  /** Whether the organisation supervises at least one key person now: only then does it run groups. */
  private async supervisesAnyone(manager: EntityManager, organisationId: number): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT 1 FROM key_person_affiliation WHERE organisation_id = $1 AND responsible_for_supervision AND starts_on <= $2 AND (ends_on IS NULL OR ends_on >= $2) LIMIT 1`,
      [organisationId, this.today()],
    );
    return !!row;
  }

  private organiserOf(actor: Actor): number | null {
    if (actor.role === Role.COORDINATOR || actor.role === Role.REGIONAL_COORDINATOR) return null;
    if (actor.role === Role.ORGANISATION && actor.organisationId !== null) return actor.organisationId;
    throw new Forbidden("Coordinators and supervising organisations run group activities", { reason: "ROLE_NOT_ALLOWED" });
  }

  private async checkActivity(manager: EntityManager, input: GroupActivityInput) {
    const title = input.title.trim();
    if (!title) throw new BadUserInput("Give the activity a title", { reason: "VALUE_REQUIRED", field: "title" });
    if (title.length > GROUP_TITLE_MAX)
      throw new BadUserInput(`Keep the title under ${GROUP_TITLE_MAX} characters`, {
        reason: "TEXT_TOO_LONG",
        field: "title",
        params: { max: GROUP_TITLE_MAX },
      });
    if (title.includes("\0")) throw new BadUserInput("The title holds a NUL character", { reason: "TEXT_CONTAINS_NUL", field: "title" });
    const startsAt = input.startsAt;
    const endsAt = input.endsAt;
    if (endsAt.getTime() <= startsAt.getTime())
      throw new BadUserInput("The activity ends before it starts", { reason: "SLOT_ENDS_BEFORE_START", field: "endsAt" });
    if (endsAt.getTime() - startsAt.getTime() > GROUP_ACTIVITY_MAX_HOURS * HOUR_MS)
      throw new BadUserInput(`An activity lasts at most ${GROUP_ACTIVITY_MAX_HOURS} hours`, {
        reason: "SLOT_TOO_LONG",
        field: "endsAt",
        params: { maxHours: GROUP_ACTIVITY_MAX_HOURS },
      });
    if (startsAt.getTime() <= this.clock.now().getTime())
      throw new BadUserInput("The activity starts in the past: plan it in the future", { reason: "SLOT_IN_PAST", field: "startsAt" });
    if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > GROUP_CAPACITY_MAX)
      throw new BadUserInput(`Capacity is a whole number from 1 to ${GROUP_CAPACITY_MAX}`, {
        reason: "NUMBER_OUT_OF_RANGE",
        field: "capacity",
        params: { min: 1, max: GROUP_CAPACITY_MAX },
      });
    const onlineUrl = input.onlineUrl?.trim() || null;
    if (onlineUrl && (onlineUrl.length > ONLINE_URL_MAX || !isWebAddress(onlineUrl)))
      throw new BadUserInput(`"${onlineUrl.slice(0, 80)}" is not a web address: start with https://`, {
        reason: "NOT_A_WEB_ADDRESS",
        field: "onlineUrl",
        params: { value: onlineUrl.slice(0, 80) },
      });
    const location = input.location ?? null;
    if (location) {
      if (!Number.isFinite(location.lat) || !Number.isFinite(location.lon) || Math.abs(location.lat) > 90 || Math.abs(location.lon) > 180)
        throw new BadUserInput("Not coordinates", { reason: "NOT_COORDINATES", field: "location", params: { lat: location.lat, lon: location.lon } });
      if (!this.reference.locator.locate(location.lat, location.lon))
        throw new BadUserInput("The location is not in the Netherlands", {
          reason: "LOCATION_OUTSIDE_NETHERLANDS",
          field: "location",
          params: { lat: location.lat, lon: location.lon },
        });
    }
    if (!location && !onlineUrl) throw new BadUserInput("Give a place or an online address", { reason: "LOCATION_OR_ONLINE_REQUIRED", field: "location" });
    const qualificationCode = input.qualificationCode?.trim().toUpperCase() || null;
    if (qualificationCode) {
      if (input.kind !== GroupActivityKind.TRAINING)
        throw new BadUserInput("Only a training grants a qualification", { reason: "QUALIFICATION_ONLY_FOR_TRAINING", field: "qualificationCode" });
      if (!(await this.qualificationTypeExists(manager, qualificationCode)))
        throw new BadUserInput(`Unknown qualification "${qualificationCode.slice(0, 40)}"`, {
          reason: "GROUP_QUALIFICATION_UNKNOWN",
          field: "qualificationCode",
          params: { code: qualificationCode.slice(0, 40) },
        });
    }
    const recurrence = input.recurrence?.trim() ? normaliseRule(input.recurrence) : null;
    const starts = recurrence ? expandRecurrence(recurrence, startsAt) : [startsAt];
    return { title, onlineUrl, location, qualificationCode, recurrence, starts, durationMs: endsAt.getTime() - startsAt.getTime() };
  }

  private async qualificationTypeExists(manager: EntityManager, code: string): Promise<boolean> {
    const [row] = await manager.query(`SELECT 1 FROM qualification_type WHERE code = $1 AND active`, [code]);
    return !!row;
  }

  async create(actor: Actor, input: GroupActivityInput): Promise<GroupActivity> {
    const organisationId = this.organiserOf(actor);
    const checked = await this.checkActivity(this.dataSource.manager, input);
    return this.dataSource.transaction(async (tx) => {
      if (organisationId !== null && !(await this.supervisesAnyone(tx, organisationId)))
        throw new Forbidden("Your organisation supervises no key person", { reason: "NOT_A_SUPERVISING_ORGANISATION" });
      const base = {
        kind: input.kind,
        title: checked.title,
        capacity: input.capacity,
        locationLat: checked.location?.lat ?? null,
        locationLon: checked.location?.lon ?? null,
        onlineUrl: checked.onlineUrl,
        qualificationCode: checked.qualificationCode,
        organisationId,
        createdByUserId: actor.userId,
        cancelledAt: null,
      };
      const [first, ...rest] = checked.starts;
      const head = await tx.save(
        tx.create(GroupActivity, {
          ...base,
          startsAt: first!,
          endsAt: new Date(first!.getTime() + checked.durationMs),
          recurrence: checked.recurrence,
          seriesId: null,
        }),
      );
      if (rest.length)
        await tx.insert(
          GroupActivity,
          rest.map((start) => ({ ...base, startsAt: start, endsAt: new Date(start.getTime() + checked.durationMs), recurrence: null, seriesId: head.id })),
        );
      await audit(tx, actor, {
        action: "createGroupActivity",
        entityType: "GroupActivity",
        entityId: head.id,
        detail: { kind: input.kind, occurrences: checked.starts.length },
      });
      return head;
    });
  }

  /** The activity if the actor may read it (a key person: when invited); NOT_FOUND otherwise. */
  async get(actor: Actor, rawId: string, manager: EntityManager = this.dataSource.manager): Promise<GroupActivity> {
    const id = parseId(rawId, "GroupActivity");
    const activity = await manager.getRepository(GroupActivity).findOneBy({ id });
    if (!activity) throw new NotFound("GroupActivity", rawId);
    if (canReadGroupActivity(actor, activity)) return activity;
    if (actor.role === Role.KEY_PERSON && actor.keyPersonId !== null) {
      const invited = await manager.getRepository(GroupActivityInvitation).existsBy({ activityId: id, keyPersonId: actor.keyPersonId });
      if (invited) return activity;
    }
    throw new NotFound("GroupActivity", rawId);
  }

  private async managed(actor: Actor, rawId: string, tx: EntityManager): Promise<GroupActivity> {
    const id = parseId(rawId, "GroupActivity");
    const activity = await tx.getRepository(GroupActivity).findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
    if (!activity || !canReadGroupActivity(actor, activity)) throw new NotFound("GroupActivity", rawId);
    if (!canManageGroupActivity(actor, activity)) throw new Forbidden("The organiser runs this activity", { reason: "OWN_ORGANISATION_ONLY" });
    return activity;
  }

  async list(actor: Actor, filter: GroupActivityFilter | null | undefined, page: PageArgs) {
    const { skip, take } = pageWindow(page);
    const query = this.dataSource.getRepository(GroupActivity).createQueryBuilder("g");
    if (actor.role === Role.REGIONAL_COORDINATOR) query.andWhere("g.organisation_id IS NULL");
    else if (actor.role === Role.ORGANISATION) query.andWhere("g.organisation_id = :org", { org: actor.organisationId ?? -1 });
    else if (actor.role === Role.KEY_PERSON)
      query.andWhere("g.id IN (SELECT i.activity_id FROM group_activity_invitation i WHERE i.key_person_id = :kp)", { kp: actor.keyPersonId ?? -1 });
    if (filter?.kind) query.andWhere("g.kind = :kind", { kind: filter.kind });
    if (!filter?.includeCancelled) query.andWhere("g.cancelled_at IS NULL");
    const now = this.clock.now();
    if (filter?.upcoming === true) query.andWhere("g.ends_at > :now", { now });
    if (filter?.upcoming === false) query.andWhere("g.ends_at <= :now", { now });
    query.orderBy("g.startsAt", filter?.upcoming === false ? "DESC" : "ASC").addOrderBy("g.id", "ASC");
    const [items, total] = await query.skip(skip).take(take).getManyAndCount();
    return { items, total };
  }

  async cancel(actor: Actor, rawId: string): Promise<GroupActivity> {
    return this.dataSource.transaction(async (tx) => {
      const activity = await this.managed(actor, rawId, tx);
      if (activity.cancelledAt) return activity;
      if (activity.startsAt.getTime() <= this.clock.now().getTime())
        throw new Conflict("The activity has begun: it can no longer be cancelled", { reason: "GROUP_ACTIVITY_BEGUN" });
      activity.cancelledAt = this.clock.now();
      await tx.update(GroupActivity, { id: activity.id }, { cancelledAt: activity.cancelledAt });
      await audit(tx, actor, { action: "cancelGroupActivity", entityType: "GroupActivity", entityId: activity.id });
      return activity;
    });
  }

  // ---- invitations ----------------------------------------------------------------------------

  async invite(actor: Actor, rawId: string, input: GroupInviteInput): Promise<{ invited: number; alreadyInvited: number; activity: GroupActivity }> {
    const codes = (list: string[] | null | undefined) => (list ?? []).map((code) => code.trim()).filter(Boolean);
    const municipalities = codes(input.municipalityCodes);
    const provinces = codes(input.provinceCodes);
    const languages = codes(input.languageCodes);
    const expertise = codes(input.expertiseCodes);
    const ids = (input.keyPersonIds ?? []).filter((id) => /^\d{1,9}$/.test(id)).map(Number);
    const unknown = (list: string[], known: { has(code: string): boolean }, field: string, kind: "language" | "expertise" | "municipality") => {
      const code = list.find((c) => !known.has(c));
      if (code !== undefined)
        throw new BadUserInput(`Unknown ${kind} code "${code.slice(0, 40)}"`, { reason: "UNKNOWN_CODE", field, params: { kind, code: code.slice(0, 40) } });
    };
    unknown(municipalities, this.reference.municipalities, "municipalityCodes", "municipality");
    unknown(languages, this.reference.languages, "languageCodes", "language");
    unknown(expertise, this.reference.expertise, "expertiseCodes", "expertise");
    const provinceCodes = new Set([...this.reference.municipalities.values()].map((m) => m.provinceCode));
    unknown(provinces, provinceCodes, "provinceCodes", "municipality");
    if (!municipalities.length && !provinces.length && !languages.length && !expertise.length && !(input.keyPersonIds ?? []).length)
      throw new BadUserInput("Choose whom to invite", { reason: "INVITE_FILTER_REQUIRED", field: "municipalityCodes" });

    return this.dataSource.transaction(async (tx) => {
      const activity = await this.managed(actor, rawId, tx);
      if (activity.cancelledAt) throw new Conflict("The activity was cancelled", { reason: "GROUP_ACTIVITY_CANCELLED" });
      const now = this.clock.now();
      if (activity.startsAt.getTime() <= now.getTime()) throw new Conflict("The activity has begun", { reason: "GROUP_ACTIVITY_BEGUN" });
      const seriesRoot = activity.seriesId ?? activity.id;
      const activityIds: number[] = input.wholeSeries
        ? (
            await tx.query(`SELECT id FROM group_activity WHERE (id = $1 OR series_id = $1) AND starts_at >= $2 AND cancelled_at IS NULL ORDER BY starts_at`, [
              seriesRoot,
              activity.startsAt,
            ])
          ).map((row: { id: number }) => row.id)
        : [activity.id];
      // Scope: the coordinator everyone, a regional coordinator the region, an organisation its affiliated key persons.
      const people: { id: number }[] = await tx.query(
        `SELECT kp.id FROM key_person kp
         WHERE kp.status = 'ACTIVE' AND kp.erased_at IS NULL
           AND ($1::varchar[] IS NULL OR kp.home_municipality_code = ANY($1))
           AND ($2::int IS NULL OR EXISTS (SELECT 1 FROM key_person_affiliation a WHERE a.key_person_id = kp.id AND a.organisation_id = $2
                AND a.starts_on <= $3::date AND (a.ends_on IS NULL OR a.ends_on >= $3::date)))
           AND (cardinality($4::varchar[]) = 0 OR kp.home_municipality_code = ANY($4))
           AND (cardinality($5::varchar[]) = 0 OR kp.home_municipality_code IN (SELECT m.code FROM municipality m WHERE m.province_code = ANY($5)))
           AND (cardinality($6::varchar[]) = 0 OR EXISTS (SELECT 1 FROM key_person_language l WHERE l.key_person_id = kp.id AND l.language_code = ANY($6)))
           AND (cardinality($7::varchar[]) = 0 OR EXISTS (SELECT 1 FROM key_person_expertise e WHERE e.key_person_id = kp.id AND e.expertise_code = ANY($7)))
           AND ($8::int[] IS NULL OR kp.id = ANY($8))
         ORDER BY kp.id LIMIT $9`,
        [
          actor.role === Role.REGIONAL_COORDINATOR ? actor.municipalityCodes : null,
          activity.organisationId,
          this.today(),
          municipalities,
          provinces,
          languages,
          expertise,
          (input.keyPersonIds ?? []).length ? ids : null,
          INVITE_MAX + 1,
        ],
      );
      if (people.length > INVITE_MAX)
        throw new BadUserInput(`These filters select more than ${INVITE_MAX} key persons: narrow them`, {
          reason: "TOO_MANY",
          field: "municipalityCodes",
          params: { max: INVITE_MAX },
        });
      const personIds = people.map((p) => p.id);
      const written: { key_person_id: number }[] = await tx.query(
        `INSERT INTO group_activity_invitation (activity_id, key_person_id, invited_at, invited_by_user_id)
         SELECT a, k, $3, $4 FROM unnest($1::int[]) a CROSS JOIN unnest($2::int[]) k
         ON CONFLICT (activity_id, key_person_id) DO NOTHING
         RETURNING key_person_id`,
        [activityIds, personIds, now, actor.userId],
      );
      const newly = [...new Set(written.map((row) => row.key_person_id))];
      for (const keyPersonId of newly)
        await notify(tx, {
          to: { keyPerson: keyPersonId },
          kind: NotificationKind.GROUP_ACTIVITY_INVITATION,
          dedupeKey: `group-invitation:${activity.id}`,
          params: { activityIds },
        });
      await audit(tx, actor, {
        action: "inviteToGroupActivity",
        entityType: "GroupActivity",
        entityId: activity.id,
        detail: { invited: newly.length, occurrences: activityIds.length },
      });
      return { invited: newly.length, alreadyInvited: personIds.length - newly.length, activity };
    });
  }

  /** The key person answers: attending or not. Attending needs a free place (the activity is locked while counting). */
  async respond(actor: Actor, rawId: string, answer: GroupActivityAnswer): Promise<GroupActivityInvitation> {
    if (actor.role !== Role.KEY_PERSON || actor.keyPersonId === null) throw new Forbidden("The invited key person answers", { reason: "SELF_ONLY" });
    const keyPersonId = actor.keyPersonId;
    return this.dataSource.transaction(async (tx) => {
      const id = parseId(rawId, "GroupActivity");
      const activity = await tx.getRepository(GroupActivity).findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
      const invitation = activity ? await tx.getRepository(GroupActivityInvitation).findOneBy({ activityId: id, keyPersonId }) : null;
      if (!activity || !invitation) throw new NotFound("GroupActivity", rawId);
      if (activity.cancelledAt) throw new Conflict("The activity was cancelled", { reason: "GROUP_ACTIVITY_CANCELLED" });
      if (activity.startsAt.getTime() <= this.clock.now().getTime()) throw new Conflict("The activity has begun", { reason: "GROUP_ACTIVITY_BEGUN" });
      if (answer === GroupActivityAnswer.ATTENDING && invitation.answer !== GroupActivityAnswer.ATTENDING) {
        const taken = await tx.getRepository(GroupActivityInvitation).countBy({ activityId: id, answer: GroupActivityAnswer.ATTENDING });
        if (!hasRoom(activity.capacity, taken))
          throw new Conflict(`The activity is full: ${activity.capacity} places taken`, {
            reason: "GROUP_ACTIVITY_FULL",
            params: { capacity: activity.capacity },
          });
      }
      invitation.answer = answer;
      invitation.answeredAt = this.clock.now();
      await tx.update(GroupActivityInvitation, { id: invitation.id }, { answer, answeredAt: invitation.answeredAt });
      await audit(tx, actor, { action: "respondToGroupActivity", entityType: "GroupActivity", entityId: id, detail: { answer } });
      return invitation;
    });
  }

  async myInvitations(actor: Actor, upcoming: boolean): Promise<GroupActivityInvitation[]> {
    if (actor.role !== Role.KEY_PERSON || actor.keyPersonId === null) return [];
    const query = this.dataSource
      .getRepository(GroupActivityInvitation)
      .createQueryBuilder("i")
      .innerJoin(GroupActivity, "g", "g.id = i.activity_id")
      .where("i.key_person_id = :kp", { kp: actor.keyPersonId });
    const now = this.clock.now();
    if (upcoming) query.andWhere("g.ends_at > :now AND g.cancelled_at IS NULL", { now });
    else query.andWhere("g.ends_at <= :now", { now });
    return query
      .orderBy("g.startsAt", upcoming ? "ASC" : "DESC")
      .addOrderBy("i.id", "ASC")
      .limit(100)
      .getMany();
  }

  /**
   * The organiser records who attended (the whole list: who is left out is no longer
   * recorded). Each attendee gets a supervision session linked to the activity, so the
   * supervision status follows by itself; a training with a qualification grants it, verified.
   */
  async recordAttendance(actor: Actor, rawId: string, rawKeyPersonIds: readonly string[]): Promise<GroupActivity> {
    const keyPersonIds = [...new Set(rawKeyPersonIds.map((id) => parseId(id, "KeyPerson")))];
    return this.dataSource.transaction(async (tx) => {
      const activity = await this.managed(actor, rawId, tx);
      if (activity.cancelledAt) throw new Conflict("The activity was cancelled", { reason: "GROUP_ACTIVITY_CANCELLED" });
      if (activity.startsAt.getTime() > this.clock.now().getTime())
        throw new Conflict("Record attendance once the activity has begun", { reason: "GROUP_ACTIVITY_NOT_BEGUN" });
      const invited = new Set(
        ((await tx.query(`SELECT key_person_id FROM group_activity_invitation WHERE activity_id = $1`, [activity.id])) as { key_person_id: number }[]).map(
          (row) => row.key_person_id,
        ),
      );
      const outside = keyPersonIds.filter((id) => !invited.has(id));
      if (outside.length)
        throw new BadUserInput(`${outside.length} of these key persons were not invited`, {
          reason: "NOT_INVITED",
          field: "keyPersonIds",
          params: { count: outside.length },
        });
      await tx.query(`UPDATE group_activity_invitation SET attended = (key_person_id = ANY($2)) WHERE activity_id = $1`, [activity.id, keyPersonIds]);
      const date = dutchDay(activity.startsAt);
      const kind = supervisionKindOf(activity.kind);
      await tx.query(`DELETE FROM supervision_session WHERE group_activity_id = $1 AND NOT (key_person_id = ANY($2))`, [activity.id, keyPersonIds]);
      if (kind)
        await tx.query(
          `INSERT INTO supervision_session (key_person_id, date, kind, note, logged_by_user_id, group_activity_id)
           SELECT k, $2, $3, $4, $5, $1 FROM unnest($6::int[]) k
           ON CONFLICT (key_person_id, group_activity_id) WHERE group_activity_id IS NOT NULL DO NOTHING`,
          [activity.id, date, kind, activity.title.slice(0, 200), actor.userId, keyPersonIds],
        );
      if (activity.kind === GroupActivityKind.TRAINING && activity.qualificationCode) {
        const [organiser] = activity.organisationId ? await tx.query(`SELECT name FROM organisation WHERE id = $1`, [activity.organisationId]) : [];
        await grantQualificationsFor(tx, {
          keyPersonIds,
          code: activity.qualificationCode,
          obtainedOn: date,
          issuer: organiser?.name ?? "Sleutelkaart",
          groupActivityId: activity.id,
          verifiedByUserId: actor.userId,
        });
      }
      await audit(tx, actor, { action: "recordAttendance", entityType: "GroupActivity", entityId: activity.id, detail: { attended: keyPersonIds.length } });
      return activity;
    });
  }

  // ---- affiliation ----------------------------------------------------------------------------

  private async keyPersonInScope(actor: Actor, rawId: string, manager: EntityManager): Promise<KeyPerson> {
    const id = parseId(rawId, "KeyPerson");
    const keyPerson = await manager.getRepository(KeyPerson).findOneBy({ id });
    if (!keyPerson || !canManageKeyPerson(actor, keyPerson)) throw new NotFound("KeyPerson", rawId);
    return keyPerson;
  }

  async addAffiliation(actor: Actor, input: AffiliationInput): Promise<KeyPersonAffiliation> {
    for (const field of ["startsOn", "endsOn"] as const) {
      const value = input[field];
      if (value != null && !isIsoDate(value))
        throw new BadUserInput(`"${value}" is not a date`, { reason: "NOT_A_DATE", field, params: { value: String(value).slice(0, 40) } });
    }
    const period = { startsOn: input.startsOn, endsOn: input.endsOn ?? null };
    if (period.endsOn !== null && period.endsOn < period.startsOn)
      throw new BadUserInput("The period ends before it starts", { reason: "PERIOD_INVALID", field: "endsOn" });
    return this.dataSource.transaction(async (tx) => {
      const keyPerson = await this.keyPersonInScope(actor, input.keyPersonId, tx);
      const organisationId = parseId(input.organisationId, "Organisation");
      const [organisation] = await tx.query(`SELECT id FROM organisation WHERE id = $1`, [organisationId]);
      if (!organisation) throw new NotFound("Organisation", input.organisationId);
      // Serialise changes to one key person's affiliations.
      await tx.query(`SELECT id FROM key_person WHERE id = $1 FOR UPDATE`, [keyPerson.id]);
      const existing = await tx.getRepository(KeyPersonAffiliation).findBy({ keyPersonId: keyPerson.id });
      if (existing.some((a) => a.organisationId === organisationId && periodsOverlap(a, period)))
        throw new Conflict("Already affiliated in that period", { reason: "AFFILIATION_OVERLAPS" });
      if (input.responsibleForSupervision && existing.some((a) => a.responsibleForSupervision && periodsOverlap(a, period)))
        throw new Conflict("Another organisation supervises the key person then", { reason: "SUPERVISION_RESPONSIBILITY_TAKEN" });
      const affiliation = await tx.save(
        tx.create(KeyPersonAffiliation, {
          keyPersonId: keyPerson.id,
          organisationId,
          startsOn: period.startsOn,
          endsOn: period.endsOn,
          responsibleForSupervision: input.responsibleForSupervision,
          createdByUserId: actor.userId,
        }),
      );
      await audit(tx, actor, {
        action: "addAffiliation",
        entityType: "KeyPerson",
        entityId: keyPerson.id,
        detail: { affiliationId: affiliation.id, organisationId, responsibleForSupervision: input.responsibleForSupervision },
      });
      return affiliation;
    });
  }

  async endAffiliation(actor: Actor, rawId: string, endsOn: string): Promise<KeyPersonAffiliation> {
    if (!isIsoDate(endsOn))
      throw new BadUserInput(`"${endsOn}" is not a date`, { reason: "NOT_A_DATE", field: "endsOn", params: { value: endsOn.slice(0, 40) } });
    return this.dataSource.transaction(async (tx) => {
      const id = parseId(rawId, "KeyPersonAffiliation");
      const affiliation = await tx.getRepository(KeyPersonAffiliation).findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
      if (!affiliation) throw new NotFound("KeyPersonAffiliation", rawId);
      await this.keyPersonInScope(actor, String(affiliation.keyPersonId), tx).catch(() => {
        throw new NotFound("KeyPersonAffiliation", rawId);
      });
      if (affiliation.endsOn !== null && affiliation.endsOn < this.today())
        throw new Conflict("The affiliation ended already", { reason: "AFFILIATION_ENDED", params: { endsOn: affiliation.endsOn } });
      if (endsOn < affiliation.startsOn) throw new BadUserInput("The period ends before it starts", { reason: "PERIOD_INVALID", field: "endsOn" });
      affiliation.endsOn = endsOn;
      await tx.update(KeyPersonAffiliation, { id }, { endsOn });
      await audit(tx, actor, { action: "endAffiliation", entityType: "KeyPerson", entityId: affiliation.keyPersonId, detail: { affiliationId: id, endsOn } });
      return affiliation;
    });
  }

  /** Affiliations in the actor's scope: coordinators (regional: key persons of the region), an organisation its own, a key person theirs. */
  async affiliations(actor: Actor, organisationId: string | null | undefined, currentOnly: boolean): Promise<KeyPersonAffiliation[]> {
    const query = this.dataSource.getRepository(KeyPersonAffiliation).createQueryBuilder("a").innerJoin(KeyPerson, "kp", "kp.id = a.key_person_id");
    if (actor.role === Role.ORGANISATION) query.andWhere("a.organisation_id = :own", { own: actor.organisationId ?? -1 });
    else if (actor.role === Role.KEY_PERSON) query.andWhere("a.key_person_id = :self", { self: actor.keyPersonId ?? -1 });
    else if (actor.role === Role.REGIONAL_COORDINATOR) query.andWhere("kp.home_municipality_code = ANY(:region)", { region: actor.municipalityCodes });
    if (organisationId) query.andWhere("a.organisation_id = :org", { org: parseId(organisationId, "Organisation") });
    if (currentOnly) query.andWhere("a.starts_on <= :today AND (a.ends_on IS NULL OR a.ends_on >= :today)", { today: this.today() });
    return query.orderBy("kp.displayName", "ASC").addOrderBy("a.startsOn", "DESC").addOrderBy("a.id", "ASC").limit(1000).getMany();
  }

  /** A key person whose supervision the organisation is responsible for today; NOT_FOUND otherwise. */
  async supervisedKeyPerson(actor: Actor, rawId: string): Promise<KeyPerson> {
    const id = parseId(rawId, "KeyPerson");
    if (actor.role !== Role.ORGANISATION || actor.organisationId === null) throw new NotFound("KeyPerson", rawId);
    const [row] = await this.dataSource.query(
      `SELECT 1 FROM key_person_affiliation WHERE key_person_id = $1 AND organisation_id = $2 AND responsible_for_supervision
         AND starts_on <= $3 AND (ends_on IS NULL OR ends_on >= $3)`,
      [id, actor.organisationId, this.today()],
    );
    const keyPerson = row ? await this.dataSource.getRepository(KeyPerson).findOneBy({ id }) : null;
    if (!keyPerson) throw new NotFound("KeyPerson", rawId);
    return keyPerson;
  }
}
