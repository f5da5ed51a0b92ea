import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from "typeorm";
import { audit } from "../audit/audit.service";
import { hashPassword, unusableHash } from "../auth/password";
import { assertPasswordAllowed } from "../auth/password-policy";
import type { Clock } from "../clock";
import type { InvitationService } from "../invitations/invitation.service";
import { canManageKeyPerson, canSetKeyPersonStatus, inRegion, isSelf, mayLearnAddressInUse, type Actor } from "../domain/access";
import { staleBefore } from "../domain/freshness";
import { profileProblems, type Problem } from "../domain/key-person-rules";
import { oversightStatuses } from "../oversight/oversight.facts";
import type { ReferenceData } from "../reference/reference.service";
import { isUniqueViolation } from "../shared/db-errors";
import { Role, type KeyPersonStatus, type LeavingReason } from "../shared/enums";
import { LEAVING_NOTE_MAX, leavingColumns, leavingRefusal } from "../domain/report-definitions";
import { coded, type Refusal } from "../domain/reasons";
import { BadUserInput, Conflict, Forbidden, NotFound } from "../shared/errors";
import { parseId } from "../shared/ids";
import { pageWindow, type PageArgs } from "../shared/pagination";
import { User } from "../users/user.entity";
import { KeyPerson, KeyPersonExpertise, KeyPersonLanguage } from "./registry.entity";
import type { KeyPersonFilter, KeyPersonInput, KeyPersonSort, PublicConsentInput } from "./registry.inputs";
import { numberParameters, queryPrepared } from "../db/prepared";
import { committedHoursTable } from "../shared/sql-facts";
import { applySort, KeyPersonSortField, orderBySql, type SortSpec } from "../shared/sorting";

export function throwProblems(problems: Problem[]): void {
  if (problems.length === 0) return;
  // All problems in the message and in `problems` (each with its code and params); the first one's reason on the error.
  const [first] = problems;
  const error = new BadUserInput(problems.map((p) => p.message).join("; "), { reason: first.code, field: first.field, params: first.params ?? {} } as Refusal);
  Object.assign(error.extensions, { problems: problems.map(({ field, message, code, params }) => ({ field, message, code, params: params ?? {} })) });
  throw error;
}

const normaliseEmail = (email: string) => email.trim().toLowerCase();
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Another account has this address: said plainly to the national coordinator only (see mayLearnAddressInUse). */
function emailTaken(actor: Actor | null, email: string | null) {
  if (actor && mayLearnAddressInUse(actor)) {
    return new Conflict(`The e-mail address ${email} is already in use: each account needs its own address`, { reason: "EMAIL_IN_USE", field: "email" });
  }
  return new Conflict("This e-mail address cannot be used here: ask the national coordinator", { reason: "EMAIL_NOT_AVAILABLE", field: "email" });
}

/** What a page of the registry reads along with its rows, in the same statement: what the query asked for. */
export interface KeyPersonPageInclude {
  languages?: boolean;
  expertise?: boolean;
  committedHours?: boolean;
  /**
   * The key_person columns (property names) the page's fields read; "all" (the default) for
   * whole entities. With a set, the items are partial KeyPerson objects: the id and the home
   * municipality code are always there, for the access rules.
   */
  columns?: ReadonlySet<string> | "all";
}

/** A page, its total, and (when included) each key person's relations, for the per-request loaders. */
export interface KeyPersonPageRows {
  items: KeyPerson[];
  total: number;
  languages?: Map<number, KeyPersonLanguage[]>;
  expertise?: Map<number, KeyPersonExpertise[]>;
  /** Hours per week committed; null for a key person without committing assignments (as the loader answers). */
  committedHours?: Map<number, { id: number; hours: number } | null>;
}

type KeyPersonPageRow = Record<string, unknown> & {
  total: string;
  languageRows: KeyPersonLanguage[] | null;
  expertiseRows: KeyPersonExpertise[] | null;
  committedHours: number | null;
};

// Each relation as the loaders would read it (same columns, same order), one JSON array per key person.
const LANGUAGES_JSON = `(SELECT json_agg(json_build_object('keyPersonId', l.key_person_id, 'languageCode', l.language_code, 'level', l.level, 'dialect', l.dialect)
  ORDER BY l.language_code) FROM key_person_language l WHERE l.key_person_id = kp.id)`;
const EXPERTISE_JSON = `(SELECT json_agg(json_build_object('keyPersonId', e.key_person_id, 'expertiseCode', e.expertise_code) ORDER BY e.expertise_code)
  FROM key_person_expertise e WHERE e.key_person_id = kp.id)`;
const COMMITTED_HOURS = `(SELECT c.hours FROM ${committedHoursTable("key_person_id = kp.id")} c)`;

/** Each column of key_person under its property name, as TypeORM would load the entity, by property. */
const columnsByDataSource = new WeakMap<DataSource, Map<string, string>>();
function keyPersonColumns(dataSource: DataSource, properties: ReadonlySet<string> | "all"): string[] {
  let columns = columnsByDataSource.get(dataSource);
  if (!columns) {
    columns = new Map(
      dataSource.getMetadata(KeyPerson).columns.map((column) => [column.propertyName, `kp.${column.databaseName} AS "${column.propertyName}"`]),
    );
    columnsByDataSource.set(dataSource, columns);
  }
  if (properties === "all") return [...columns.values()];
  // The id and the home municipality always: the access rules read them.
  return [...columns].filter(([property]) => property === "id" || property === "homeMunicipalityCode" || properties.has(property)).map(([, column]) => column);
}

/** The registry's columns by sort field; the default is by name. */
const KEY_PERSON_SORT: SortSpec<KeyPersonSortField> = {
  columns: {
    [KeyPersonSortField.DISPLAY_NAME]: "lower(kp.display_name)",
    [KeyPersonSortField.MUNICIPALITY]: "(SELECT m.name FROM municipality m WHERE m.code = kp.home_municipality_code)",
    [KeyPersonSortField.STATUS]: "kp.status",
    [KeyPersonSortField.PROFILE_CONFIRMED_AT]: "kp.profile_confirmed_at",
    [KeyPersonSortField.CREATED_AT]: "kp.created_at",
  },
  id: "kp.id",
  byDefault: [
    ["kp.display_name", "ASC"],
    ["kp.id", "ASC"],
  ],
};

/**
 * The conditions of a page (scope and filter): SQL with named parameters (`:name`), and
 * their values. The statement's text depends only on the SQL, so it is built once per
 * shape (see RegistryService.list) and only the values change from request to request.
 */
class Conditions {
  readonly parts: string[] = [];
  readonly params: Record<string, unknown> = {};
  andWhere(sql: string, params: Record<string, unknown> = {}): this {
    this.parts.push(sql);
    Object.assign(this.params, params);
    return this;
  }
}

/** Built page statements kept, by shape (conditions, order, what is read along): a bound, whatever arrives. */
const MAX_PAGE_STATEMENTS = 500;
/** The page window's parameters in the page statement (no condition uses these names). */
const PAGE_LIMIT = "pageLimit";
const PAGE_OFFSET = "pageOffset";

export class RegistryService {
  /**
   * The text of each page statement built so far, by its shape: building it through
   * TypeORM's query builder on every request cost about a twentieth of the page's Node
   * time (issue 21). Only the text is kept, never an answer.
   */
  private readonly pageStatements = new Map<string, { text: string; names: string[] }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
    private readonly invitations: InvitationService,
  ) {}

  /** The record if the actor may see it; NOT_FOUND otherwise, so ids outside one's scope reveal nothing. */
  async get(actor: Actor, rawId: string): Promise<KeyPerson> {
    const id = parseId(rawId, "KeyPerson");
    const keyPerson = await this.dataSource.getRepository(KeyPerson).findOneBy({ id });
    if (!keyPerson || !canManageKeyPerson(actor, keyPerson)) throw new NotFound("KeyPerson", rawId);
    return keyPerson;
  }

  /**
   * One page of the registry and its total in one SQL statement, with the relations asked
   * for (`include`) read along as JSON, for the caller to prime its per-request loaders
   * with: languages, expertise and committed hours cost no statement of their own. (An
   * empty page past the end costs a second statement, for the total.)
   */
  async list(
    actor: Actor,
    filter: KeyPersonFilter | null | undefined,
    page: PageArgs,
    sort?: KeyPersonSort | null,
    include: KeyPersonPageInclude = {},
  ): Promise<KeyPersonPageRows> {
    const conditions = new Conditions();
    this.scope(actor, conditions);
    this.applyFilter(conditions, filter ?? {});
    const { skip, take } = pageWindow(page);
    if (filter?.supervisionStatus || filter?.wellbeingStatus) {
      return this.pageByOversight(applySort(this.builderWith(conditions), sort, KEY_PERSON_SORT), filter, skip, take);
    }
    const columns = include.columns ?? "all";
    const key = [
      ...conditions.parts,
      sort ? `${sort.field} ${sort.order}` : "",
      include.languages,
      include.expertise,
      include.committedHours,
      columns === "all" ? "all" : [...columns].sort().join(","),
    ].join("\u0000");
    let statement = this.pageStatements.get(key);
    if (!statement) {
      statement = numberParameters(this.pageStatement(conditions.parts, sort, include, columns));
      if (this.pageStatements.size < MAX_PAGE_STATEMENTS) this.pageStatements.set(key, statement);
    }
    const values: Record<string, unknown> = { ...conditions.params, [PAGE_LIMIT]: take, [PAGE_OFFSET]: skip };
    const rows = await queryPrepared<KeyPersonPageRow>(
      this.dataSource,
      statement.text,
      statement.names.map((name) => values[name]),
    );
    const result: KeyPersonPageRows = {
      items: [],
      total: rows.length > 0 ? Number(rows[0].total) : skip === 0 ? 0 : await this.builderWith(conditions).getCount(),
      languages: include.languages ? new Map() : undefined,
      expertise: include.expertise ? new Map() : undefined,
      committedHours: include.committedHours ? new Map() : undefined,
    };
    for (const { total: _total, languageRows, expertiseRows, committedHours, ...columns } of rows) {
      const keyPerson = Object.assign(new KeyPerson(), columns);
      result.items.push(keyPerson);
      result.languages?.set(keyPerson.id, languageRows ?? []);
      result.expertise?.set(keyPerson.id, expertiseRows ?? []);
      result.committedHours?.set(keyPerson.id, committedHours === null ? null : { id: keyPerson.id, hours: committedHours });
    }
    return result;
  }

  /**
   * The page's statement: the page's ids, from narrow rows (for the default order, from the
   * index on name and id: a hundred entries, not a sort of every key person); the total,
   * counted apart (a window count would read every row in order); then the page's rows by
   * their primary key, ordered again (a hundred rows), with their relations. Named
   * parameters (`:name`) as in the conditions; `numberParameters` makes them `$n`. The window is a
   * parameter too: one text (and one prepared statement) serves every page of a shape.
   */
  private pageStatement(
    conditions: string[],
    sort: KeyPersonSort | null | undefined,
    include: KeyPersonPageInclude,
    columns: ReadonlySet<string> | "all",
  ): string {
    const where = conditions.length > 0 ? ` WHERE ${conditions.map((condition) => `(${condition})`).join(" AND ")}` : "";
    const order = orderBySql(sort, KEY_PERSON_SORT);
    return `SELECT ${keyPersonColumns(this.dataSource, columns).join(", ")},
  (SELECT count(*) FROM key_person kp${where}) AS "total",
  ${include.languages ? LANGUAGES_JSON : "NULL"} AS "languageRows",
  ${include.expertise ? EXPERTISE_JSON : "NULL"} AS "expertiseRows",
  ${include.committedHours ? COMMITTED_HOURS : "NULL"} AS "committedHours"
FROM key_person kp
WHERE kp.id = ANY(ARRAY(SELECT kp.id FROM key_person kp${where} ORDER BY ${order} LIMIT :${PAGE_LIMIT} OFFSET :${PAGE_OFFSET}))
ORDER BY ${order}`;
  }

  /** A query builder over key_person (alias kp) with the conditions, for the paths that still load through TypeORM. */
  private builderWith(conditions: Conditions): SelectQueryBuilder<KeyPerson> {
    const query = this.dataSource.getRepository(KeyPerson).createQueryBuilder("kp");
    for (const condition of conditions.parts) query.andWhere(condition);
    return query.setParameters(conditions.params);
  }

  /** Supervision and wellbeing are derived, not stored: filter the ids in scope by them, then load one page. */
  private async pageByOversight(query: SelectQueryBuilder<KeyPerson>, filter: KeyPersonFilter, skip: number, take: number) {
    const ids = (await query.clone().select("kp.id", "id").getRawMany<{ id: number }>()).map((row) => row.id);
    const statuses = await oversightStatuses(this.dataSource.manager, ids, this.clock.now());
    const matching = ids.filter((id) => {
      const status = statuses.get(id);
      return (
        (!filter.supervisionStatus || status?.supervision === filter.supervisionStatus) &&
        (!filter.wellbeingStatus || status?.wellbeing === filter.wellbeingStatus)
      );
    });
    const pageIds = matching.slice(skip, skip + take);
    const rows = pageIds.length ? await this.dataSource.getRepository(KeyPerson).findBy({ id: In(pageIds) }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return { items: pageIds.map((id) => byId.get(id)!), total: matching.length };
  }

  private scope(actor: Actor, query: Conditions) {
    switch (actor.role) {
      case Role.COORDINATOR:
        return;
      case Role.REGIONAL_COORDINATOR:
        query.andWhere("kp.home_municipality_code = ANY(:region)", { region: actor.municipalityCodes });
        return;
      case Role.KEY_PERSON:
        query.andWhere("kp.id = :self", { self: actor.keyPersonId });
        return;
      default:
        throw new Forbidden("Organisations see key persons as candidates for their own requests, not the registry", { reason: "ROLE_NOT_ALLOWED" });
    }
  }

  private applyFilter(query: Conditions, filter: KeyPersonFilter) {
    const problems: Problem[] = [];
    const checkCodes = (codes: string[] | null | undefined, known: Map<string, unknown>, field: string, what: "language" | "expertise" | "municipality") => {
      for (const code of codes ?? []) {
        if (!known.has(code))
          problems.push({ field, message: `Unknown ${what} code "${code}"`, ...coded("UNKNOWN_CODE", { kind: what, code: code.slice(0, 40) }) });
      }
    };
    checkCodes(filter.languageCodes, this.reference.languages, "languageCodes", "language");
    checkCodes(filter.expertiseCodes, this.reference.expertise, "expertiseCodes", "expertise");
    checkCodes(filter.municipalityCodes, this.reference.municipalities, "municipalityCodes", "municipality");
    throwProblems(problems);

    if (filter.ids) {
      const ids = filter.ids.filter((id) => /^\d{1,9}$/.test(id)).map(Number);
      query.andWhere("kp.id = ANY(:ids)", { ids });
    }
    if (filter.languageCodes?.length) {
      query.andWhere("EXISTS (SELECT 1 FROM key_person_language l WHERE l.key_person_id = kp.id AND l.language_code = ANY(:languageCodes))", {
        languageCodes: filter.languageCodes,
      });
    }
    if (filter.expertiseCodes?.length) {
      const codes = [...new Set(filter.expertiseCodes)];
      query.andWhere(
        "(SELECT count(*) FROM key_person_expertise e WHERE e.key_person_id = kp.id AND e.expertise_code = ANY(:expertiseCodes)) = :expertiseCount",
        { expertiseCodes: codes, expertiseCount: codes.length },
      );
    }
    if (filter.municipalityCodes?.length) {
      query.andWhere("kp.home_municipality_code = ANY(:municipalityCodes)", { municipalityCodes: filter.municipalityCodes });
    }
    if (filter.status) query.andWhere("kp.status = :status", { status: filter.status });
    if (filter.stale != null) {
      const before = staleBefore(this.clock.now());
      query.andWhere(filter.stale ? "(kp.profile_confirmed_at IS NULL OR kp.profile_confirmed_at < :before)" : "kp.profile_confirmed_at >= :before", {
        before,
      });
    }
    const q = filter.q?.trim();
    if (q) {
      // the name, the home municipality, or a language spoken (Dutch or English name, ISO code)
      query.andWhere(
        `(kp.display_name ILIKE :q
          OR EXISTS (SELECT 1 FROM municipality m WHERE m.code = kp.home_municipality_code AND m.name ILIKE :q)
          OR EXISTS (SELECT 1 FROM key_person_language l JOIN language lang ON lang.code = l.language_code
                     WHERE l.key_person_id = kp.id AND (lang.name ILIKE :q OR lang.name_nl ILIKE :q OR lang.code = lower(:code))))`,
        { q: `%${escapeLike(q.slice(0, 120))}%`, code: q.slice(0, 120) },
      );
    }
  }

  /** Checks the profile and finds its municipality; throws BAD_USER_INPUT with every problem. */
  private checkProfile(input: KeyPersonInput): string {
    const problems = profileProblems(
      input,
      { languages: new Set(this.reference.languages.keys()), expertise: new Set(this.reference.expertise.keys()) },
      this.clock.now().getUTCFullYear(),
    );
    throwProblems(problems);
    const located = this.reference.locator.locate(input.homeLocation.lat, input.homeLocation.lon);
    if (!located) {
      throw new BadUserInput(
        `The home location (${input.homeLocation.lat}, ${input.homeLocation.lon}) is not in the Netherlands: give a point in the Netherlands (latitude about 50.7–53.6, longitude 3.3–7.3)`,
        {
          reason: "LOCATION_OUTSIDE_NETHERLANDS",
          field: "homeLocation",
          params: { lat: input.homeLocation.lat, lon: input.homeLocation.lon },
        },
      );
    }
    return located.code;
  }

  private async assertEmailFree(tx: EntityManager, actor: Actor, email: string, exceptKeyPersonId: number | null) {
    const taken = await tx.query(
      // Without an exception every account counts, also those with no key person (NULL IS DISTINCT FROM NULL is false).
      `SELECT 1 FROM app_user WHERE email = $1 AND ($2::int IS NULL OR key_person_id IS DISTINCT FROM $2)
       UNION ALL SELECT 1 FROM key_person WHERE email = $1 AND id IS DISTINCT FROM $2 LIMIT 1`,
      [email, exceptKeyPersonId],
    );
    if (taken.length > 0) throw emailTaken(actor, email);
  }

  private async writeSkills(tx: EntityManager, keyPersonId: number, input: KeyPersonInput) {
    await tx.delete(KeyPersonLanguage, { keyPersonId });
    await tx.delete(KeyPersonExpertise, { keyPersonId });
    await tx.insert(
      KeyPersonLanguage,
      input.languages.map((l) => ({ keyPersonId, languageCode: l.code, level: l.level, dialect: l.dialect?.trim() || null })),
    );
    if (input.expertiseCodes.length > 0) {
      await tx.insert(
        KeyPersonExpertise,
        input.expertiseCodes.map((expertiseCode) => ({ keyPersonId, expertiseCode })),
      );
    }
  }

  private profileColumns(input: KeyPersonInput, municipalityCode: string) {
    return {
      displayName: input.displayName.trim(),
      email: normaliseEmail(input.email),
      phone: input.phone?.trim() || null,
      gender: input.gender ?? null,
      birthYear: input.birthYear ?? null,
      homeLat: input.homeLocation.lat,
      homeLon: input.homeLocation.lon,
      homeMunicipalityCode: municipalityCode,
      maxTravelKm: input.maxTravelKm,
      remoteAvailable: input.remoteAvailable,
      weeklyCapacityHours: input.weeklyCapacityHours,
      compensationType: input.compensationType,
      origins: input.origins ?? [],
      // Omitted: unchanged (a new key person has not agreed).
      ...(input.originMatchingConsent != null ? { consentOriginMatching: input.originMatchingConsent } : {}),
    };
  }

  async create(actor: Actor, input: KeyPersonInput, password: string | null | undefined): Promise<KeyPerson> {
    const municipalityCode = this.checkProfile(input);
    if (actor.role === Role.REGIONAL_COORDINATOR && !inRegion(actor, municipalityCode)) {
      throw new Forbidden("This home location lies outside your region: ask the national coordinator to register this key person", {
        reason: "OUTSIDE_REGION",
        field: "homeLocation",
      });
    }
    // Deprecated: a password typed by the coordinator. Without one (the console's way) the
    // key person chooses their own through an invitation link, as imported key persons do.
    const invited = password == null;
    if (!invited) assertPasswordAllowed(password, [input.email, input.displayName]);
    const passwordHash = invited ? unusableHash() : await hashPassword(password);
    return this.inTransaction(async (tx) => {
      const columns = this.profileColumns(input, municipalityCode);
      await this.assertEmailFree(tx, actor, columns.email, null);
      const keyPerson = await tx.save(tx.create(KeyPerson, { ...columns, profileConfirmedAt: this.clock.now() }));
      await this.writeSkills(tx, keyPerson.id, input);
      const inserted = await tx.insert(User, { email: columns.email, passwordHash, role: Role.KEY_PERSON, keyPersonId: keyPerson.id });
      await audit(tx, actor, { action: "createKeyPerson", entityType: "KeyPerson", entityId: keyPerson.id, detail: { invited } });
      if (invited) await this.invitations.send(tx, { id: inserted.identifiers[0].id as number, role: Role.KEY_PERSON });
      return keyPerson;
    });
  }

  async update(actor: Actor, rawId: string, input: KeyPersonInput): Promise<KeyPerson> {
    const existing = await this.get(actor, rawId);
    // The compensation type decides whether allowances are paid: the coordinators' to set.
    if (actor.role === Role.KEY_PERSON && input.compensationType !== existing.compensationType) {
      throw new Forbidden("Only a coordinator changes a key person's compensation type: send the current one", {
        reason: "COMPENSATION_TYPE_COORDINATOR_ONLY",
        field: "compensationType",
      });
    }
    const municipalityCode = this.checkProfile(input);
    if (actor.role === Role.REGIONAL_COORDINATOR && !inRegion(actor, municipalityCode)) {
      throw new Forbidden("The new home location lies outside your region: ask the national coordinator to move this key person", {
        reason: "OUTSIDE_REGION",
        field: "homeLocation",
      });
    }
    return this.inTransaction(async (tx) => {
      const columns = this.profileColumns(input, municipalityCode);
      // A key person's address is their login: only a coordinator changes it. The same answer for
      // every new address, so a key person cannot probe which addresses have an account.
      if (isSelf(actor, existing.id) && columns.email !== existing.email) {
        throw new Forbidden("Your e-mail address is your login: ask your coordinator to change it", { reason: "EMAIL_CHANGE_BY_COORDINATOR", field: "email" });
      }
      await this.assertEmailFree(tx, actor, columns.email, existing.id);
      const changed = Object.keys(columns).filter(
        (key) => JSON.stringify(columns[key as keyof typeof columns]) !== JSON.stringify(existing[key as keyof KeyPerson]),
      );
      // Editing one's own profile is confirming it.
      const confirmed = isSelf(actor, existing.id) ? { profileConfirmedAt: this.clock.now() } : {};
      await tx.update(KeyPerson, { id: existing.id }, { ...columns, ...confirmed });
      await this.writeSkills(tx, existing.id, input);
      await tx.update(User, { keyPersonId: existing.id }, { email: columns.email });
      await audit(tx, actor, { action: "updateKeyPerson", entityType: "KeyPerson", entityId: existing.id, detail: { changed } });
      return tx.findOneByOrFail(KeyPerson, { id: existing.id });
    });
  }

  /** `leaving`: why they stop, required when they become INACTIVE (issue 20, domain/report-definitions.ts). */
  async setStatus(
    actor: Actor,
    rawId: string,
    status: KeyPersonStatus,
    leaving: { reason: LeavingReason | null; note: string | null } = { reason: null, note: null },
  ): Promise<KeyPerson> {
    const existing = await this.get(actor, rawId);
    if (!canSetKeyPersonStatus(actor, existing.status, status)) {
      throw new Forbidden("Only a coordinator sets a key person INACTIVE or back: you can pause yourself and resume", {
        reason: "KEY_PERSON_STATUS_COORDINATORS_ONLY",
        field: "status",
        params: { status },
      });
    }
    const refusal = leavingRefusal(existing.status, status, leaving.reason);
    if (refusal === "LEAVING_REASON_REQUIRED")
      throw new BadUserInput("Say why the key person stops: MOVED, PAID_WORK, OVERLOAD, PERSONAL or OTHER", { reason: refusal, field: "leavingReason" });
    if (refusal) throw new BadUserInput("A reason for leaving belongs only to a key person who becomes INACTIVE", { reason: refusal, field: "leavingReason" });
    const note = leaving.note?.trim() || null;
    if (note && note.length > LEAVING_NOTE_MAX)
      throw new BadUserInput(`Keep the note under ${LEAVING_NOTE_MAX} characters`, {
        reason: "TEXT_TOO_LONG",
        field: "leavingNote",
        params: { max: LEAVING_NOTE_MAX },
      });
    const today = this.clock.now().toISOString().slice(0, 10);
    const columns = leavingColumns(existing.status, status, leaving.reason, note, today) as Partial<KeyPerson>;
    return this.inTransaction(async (tx) => {
      await tx.update(KeyPerson, { id: existing.id }, { status, ...columns });
      await audit(tx, actor, {
        action: "setKeyPersonStatus",
        entityType: "KeyPerson",
        entityId: existing.id,
        detail: { from: existing.status, to: status, ...(leaving.reason ? { leavingReason: leaving.reason } : {}) },
      });
      return tx.findOneByOrFail(KeyPerson, { id: existing.id });
    });
  }

  async confirmProfile(actor: Actor, rawId: string): Promise<KeyPerson> {
    const existing = await this.get(actor, rawId);
    if (!isSelf(actor, existing.id)) throw new Forbidden("Only the key person themself can confirm that their profile is current", { reason: "SELF_ONLY" });
    return this.inTransaction(async (tx) => {
      await tx.update(KeyPerson, { id: existing.id }, { profileConfirmedAt: this.clock.now() });
      await audit(tx, actor, { action: "confirmProfile", entityType: "KeyPerson", entityId: existing.id });
      return tx.findOneByOrFail(KeyPerson, { id: existing.id });
    });
  }

  async setPublicConsent(actor: Actor, rawId: string, input: PublicConsentInput): Promise<KeyPerson> {
    const existing = await this.get(actor, rawId);
    // Not listed means nothing is shown, whatever the single fields say.
    const shown = (flag: boolean) => input.listed && flag;
    return this.inTransaction(async (tx) => {
      await tx.update(
        KeyPerson,
        { id: existing.id },
        {
          consentListed: input.listed,
          consentShowName: shown(input.showName),
          consentShowMunicipality: shown(input.showMunicipality),
          consentShowLanguages: shown(input.showLanguages),
          consentShowExpertise: shown(input.showExpertise),
          consentShowEmail: shown(input.showEmail),
          consentShowPhone: shown(input.showPhone),
          consentShowRemote: shown(input.showRemote ?? existing.consentShowRemote),
          consentShowReach: shown(input.showReach ?? existing.consentShowReach),
          consentContact: shown(input.contact ?? existing.consentContact),
        },
      );
      await audit(tx, actor, {
        action: "setPublicConsent",
        entityType: "KeyPerson",
        entityId: existing.id,
        detail: { onBehalf: !isSelf(actor, existing.id), consent: { ...input } },
      });
      return tx.findOneByOrFail(KeyPerson, { id: existing.id });
    });
  }

  /** A unique index that a concurrent writer won is the same conflict as the check before it. */
  private async inTransaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error)) throw emailTaken(null, null);
      throw error;
    }
  }
}
