import type { DataSource, EntityManager } from "typeorm";
import { audit } from "../audit/audit.service";
import type { Clock } from "../clock";
import type { Actor } from "../domain/access";
import {
  canEditContacts,
  canEditService,
  canSeeContacts,
  careServiceProblems,
  contactProblems,
  normalPostalCode,
  type ActorOrganisationFacts,
  type ServiceScopeFacts,
} from "../domain/care-services";
import { staleBefore } from "../domain/freshness";
import type { Problem } from "../domain/key-person-rules";
import type { Refusal } from "../domain/reasons";
import { Organisation } from "../organisations/organisation.entity";
import type { ReferenceData } from "../reference/reference.service";
import { CareServiceStatus, Role } from "../shared/enums";
import { BadUserInput, Forbidden, NotFound } from "../shared/errors";
import { parseId } from "../shared/ids";
import { pageWindow, type PageArgs } from "../shared/pagination";
import {
  CareService,
  CareServiceArea,
  CareServiceLanguage,
  CareServiceLocation,
  CareServicePhone,
  CareServiceSchedule,
  OrganisationContact,
  type CareServicePage,
} from "./care-service.entity";
import type { CareServiceFilter, CareServiceInput, ConfirmCareServiceInput, OrganisationContactInput } from "./care-service.inputs";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

const trimmed = (value: string | null | undefined) => value?.replace(/\0/g, "").trim() || null;
const likePattern = (q: string) => `%${q.slice(0, 160).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The first problem, thrown as the refusal it names. */
function refuse(problems: Problem[]): void {
  const [first] = problems;
  if (!first) return;
  const { field, message, code, params } = first as Problem & { params?: Record<string, unknown> };
  throw new BadUserInput(message, { reason: code, field, params } as Refusal);
}

export class CareServiceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }

  /** The actor's organisation's kind and municipality (a municipality's staff edit more). */
  private async ownOrganisation(actor: Actor, tx: EntityManager = this.dataSource.manager): Promise<ActorOrganisationFacts | null> {
    if (actor.role !== Role.ORGANISATION || actor.organisationId === null) return null;
    const organisation = await tx.findOneBy(Organisation, { id: actor.organisationId });
    return organisation ? { kind: organisation.kind, municipalityCode: organisation.municipalityCode } : null;
  }

  private async scopeOf(tx: EntityManager, service: CareService): Promise<ServiceScopeFacts> {
    const rows: { code: string }[] = await tx.query(
      `SELECT municipality_code AS code FROM care_service_area WHERE service_id = $1
       UNION SELECT municipality_code FROM care_service_location WHERE service_id = $1`,
      [service.id],
    );
    return { organisationId: service.organisationId, nationwide: service.nationwide, municipalityCodes: rows.map((r) => r.code) };
  }

  private assertMayEdit(actor: Actor, scope: ServiceScopeFacts, own: ActorOrganisationFacts | null): void {
    const verdict = canEditService(actor, scope, own);
    if (verdict.ok) return;
    if (verdict.reason === "OUTSIDE_MUNICIPALITY")
      throw new Forbidden("A municipality's staff edit only services in their own municipality", {
        reason: "OUTSIDE_MUNICIPALITY",
        params: { municipality: own?.municipalityCode ?? "" },
      });
    if (verdict.reason === "OUTSIDE_REGION") throw new Forbidden("This service is not given in your region", { reason: "OUTSIDE_REGION" });
    if (verdict.reason === "OWN_ORGANISATION_ONLY") throw new Forbidden("An organisation edits only its own services", { reason: "OWN_ORGANISATION_ONLY" });
    throw new Forbidden();
  }

  // ---- reading ----------------------------------------------------------------------------------

  /** Every signed-in person reads the directory (key persons refer to it); archived services too, by id. */
  async get(_actor: Actor, id: string): Promise<CareService> {
    const service = isUuid(id) ? await this.dataSource.getRepository(CareService).findOneBy({ id }) : null;
    if (!service) throw new NotFound("CareService", id);
    return service;
  }

  async list(_actor: Actor, filter: CareServiceFilter | null | undefined, page: PageArgs): Promise<CareServicePage> {
    const { skip, take } = pageWindow(page);
    const query = this.dataSource.getRepository(CareService).createQueryBuilder("s");
    if (filter?.status) query.andWhere("s.status = :status", { status: filter.status });
    else query.andWhere("s.status <> :defunct", { defunct: CareServiceStatus.DEFUNCT });
    if (filter?.ids) query.andWhere("s.id = ANY(:ids)", { ids: filter.ids.filter(isUuid) });
    if (filter?.organisationId) query.andWhere("s.organisation_id = :org", { org: parseId(filter.organisationId, "Organisation") });
    if (filter?.topic) query.andWhere(":topic = ANY(s.topics)", { topic: filter.topic });
    if (filter?.languageCode)
      query.andWhere("EXISTS (SELECT 1 FROM care_service_language l WHERE l.service_id = s.id AND l.language_code = :lang)", { lang: filter.languageCode });
    if (filter?.municipalityCode)
      query.andWhere(
        `(s.nationwide OR EXISTS (SELECT 1 FROM care_service_area a WHERE a.service_id = s.id AND a.municipality_code = :mun)
          OR EXISTS (SELECT 1 FROM care_service_location o WHERE o.service_id = s.id AND o.municipality_code = :mun))`,
        { mun: filter.municipalityCode },
      );
    if (filter?.stale !== null && filter?.stale !== undefined) {
      const stale = "(s.assured_on IS NULL OR s.assured_on < :staleBefore::date)";
      query.andWhere(filter.stale ? stale : `NOT ${stale}`, { staleBefore: staleBefore(this.clock.now()).toISOString().slice(0, 10) });
    }
    const q = trimmed(filter?.q);
    if (q) query.andWhere("(s.name ILIKE :q OR s.description ILIKE :q)", { q: likePattern(q) });
    const [items, total] = await query.orderBy("lower(s.name)", "ASC").addOrderBy("s.id", "ASC").skip(skip).take(take).getManyAndCount();
    return { items, total };
  }

  /** Stale services in the actor's scope, for the coordinators' action list (regional: those given in their region). */
  async staleForCoordinator(actor: Actor, limit = 50): Promise<CareService[]> {
    const region = actor.role === Role.REGIONAL_COORDINATOR ? [...actor.municipalityCodes] : null;
    return this.dataSource
      .getRepository(CareService)
      .createQueryBuilder("s")
      .where("s.status <> :defunct", { defunct: CareServiceStatus.DEFUNCT })
      .andWhere("(s.assured_on IS NULL OR s.assured_on < :staleBefore::date)", { staleBefore: staleBefore(this.clock.now()).toISOString().slice(0, 10) })
      .andWhere(
        `(CAST(:region AS varchar[]) IS NULL OR (NOT s.nationwide AND (
           EXISTS (SELECT 1 FROM care_service_area a WHERE a.service_id = s.id AND a.municipality_code = ANY(CAST(:region AS varchar[])))
           OR EXISTS (SELECT 1 FROM care_service_location o WHERE o.service_id = s.id AND o.municipality_code = ANY(CAST(:region AS varchar[]))))))`,
        { region },
      )
      .orderBy("s.assured_on", "ASC", "NULLS FIRST")
      .addOrderBy("s.id", "ASC")
      .take(limit)
      .getMany();
  }

  /** Whether the actor may edit the service (the console shows its buttons by this). */
  async mayEdit(actor: Actor, service: CareService): Promise<boolean> {
    if (actor.role === Role.KEY_PERSON) return false;
    return canEditService(actor, await this.scopeOf(this.dataSource.manager, service), await this.ownOrganisation(actor)).ok;
  }

  // ---- writing ----------------------------------------------------------------------------------

  private normalise(input: CareServiceInput) {
    const organisationId = parseId(input.organisationId, "Organisation");
    const upper = (codes: string[]) => codes.map((c) => c.trim().toUpperCase());
    const columns = {
      organisationId,
      name: trimmed(input.name) ?? "",
      description: trimmed(input.description),
      url: trimmed(input.url),
      email: trimmed(input.email)?.toLowerCase() ?? null,
      status: input.status ?? CareServiceStatus.ACTIVE,
      topics: input.topics.map((t) => t.trim()),
      interpretersAvailable: input.interpretersAvailable,
      residenceEligibility: [...new Set(input.residenceEligibility)],
      eligibilityDescription: trimmed(input.eligibilityDescription),
      applicationProcess: trimmed(input.applicationProcess),
      feesDescription: trimmed(input.feesDescription),
      anonymousLine: input.anonymousLine,
      nationwide: input.nationwide,
      isPublic: input.isPublic,
    };
    const municipalityCodes = upper(input.municipalityCodes);
    const languageCodes = input.languageCodes.map((c) => c.trim().toLowerCase());
    const phones = input.phones.map((p) => ({ number: p.number.trim(), description: trimmed(p.description) }));
    const schedules = input.schedules.map((s) => ({ weekday: s.weekday, opensAt: s.opensAt.trim(), closesAt: s.closesAt.trim(), notes: trimmed(s.notes) }));
    const locations = input.locations.map((l) => ({
      id: trimmed(l.id),
      name: trimmed(l.name),
      address: trimmed(l.address) ?? "",
      postalCode: normalPostalCode(l.postalCode.trim()),
      city: trimmed(l.city) ?? "",
      municipalityCode: l.municipalityCode.trim().toUpperCase(),
      lat: l.lat ?? null,
      lon: l.lon ?? null,
    }));
    refuse(
      careServiceProblems(
        { ...columns, municipalityCodes, languageCodes, phones, schedules, locations },
        {
          municipalities: new Set(this.reference.municipalities.keys()),
          languages: new Set(this.reference.languages.keys()),
          expertise: new Set(this.reference.expertise.keys()),
        },
      ),
    );
    const scope: ServiceScopeFacts = {
      organisationId,
      nationwide: columns.nationwide,
      municipalityCodes: [...new Set([...municipalityCodes, ...locations.map((l) => l.municipalityCode)])],
    };
    return { columns, municipalityCodes, languageCodes, phones, schedules, locations, scope };
  }

  private async writeChildren(tx: EntityManager, serviceId: string, data: ReturnType<CareServiceService["normalise"]>, replacing: boolean) {
    if (replacing) {
      await tx.delete(CareServiceArea, { serviceId });
      await tx.delete(CareServiceLanguage, { serviceId });
      await tx.delete(CareServicePhone, { serviceId });
      await tx.delete(CareServiceSchedule, { serviceId });
      const kept = data.locations.map((l) => l.id).filter((id): id is string => !!id && isUuid(id));
      await tx.query(`DELETE FROM care_service_location WHERE service_id = $1 AND NOT (id = ANY($2::uuid[]))`, [serviceId, kept]);
    }
    if (data.municipalityCodes.length)
      await tx.insert(
        CareServiceArea,
        data.municipalityCodes.map((municipalityCode) => ({ serviceId, municipalityCode })),
      );
    if (data.languageCodes.length)
      await tx.insert(
        CareServiceLanguage,
        data.languageCodes.map((languageCode) => ({ serviceId, languageCode })),
      );
    if (data.phones.length)
      await tx.insert(
        CareServicePhone,
        data.phones.map((p) => ({ serviceId, ...p })),
      );
    if (data.schedules.length)
      await tx.insert(
        CareServiceSchedule,
        data.schedules.map((s) => ({ serviceId, ...s })),
      );
    for (const { id, ...location } of data.locations) {
      const existing = id && isUuid(id) ? await tx.findOneBy(CareServiceLocation, { id, serviceId }) : null;
      if (existing) await tx.update(CareServiceLocation, { id: existing.id }, location);
      else await tx.insert(CareServiceLocation, { serviceId, ...location });
    }
  }

  private async assertOrganisationExists(tx: EntityManager, organisationId: number): Promise<void> {
    if (!(await tx.existsBy(Organisation, { id: organisationId }))) throw new NotFound("Organisation", organisationId);
  }

  async create(actor: Actor, input: CareServiceInput): Promise<CareService> {
    const data = this.normalise(input);
    return this.dataSource.transaction(async (tx) => {
      await this.assertOrganisationExists(tx, data.columns.organisationId);
      this.assertMayEdit(actor, data.scope, await this.ownOrganisation(actor, tx));
      const { id } = await tx.save(tx.create(CareService, { ...data.columns, assuredOn: this.today(), assurerUserId: actor.userId }));
      await this.writeChildren(tx, id, data, false);
      await audit(tx, actor, { action: "createCareService", entityType: "CareService", entityId: id });
      return tx.findOneByOrFail(CareService, { id });
    });
  }

  async update(actor: Actor, id: string, input: CareServiceInput): Promise<CareService> {
    const data = this.normalise(input);
    return this.dataSource.transaction(async (tx) => {
      const existing = isUuid(id) ? await tx.findOne(CareService, { where: { id }, lock: { mode: "pessimistic_write" } }) : null;
      if (!existing) throw new NotFound("CareService", id);
      const own = await this.ownOrganisation(actor, tx);
      this.assertMayEdit(actor, await this.scopeOf(tx, existing), own);
      if (data.columns.organisationId !== existing.organisationId) await this.assertOrganisationExists(tx, data.columns.organisationId);
      this.assertMayEdit(actor, data.scope, own);
      await tx.update(CareService, { id }, data.columns);
      await this.writeChildren(tx, id, data, true);
      await audit(tx, actor, { action: "updateCareService", entityType: "CareService", entityId: id });
      return tx.findOneByOrFail(CareService, { id });
    });
  }

  /** Archived: DEFUNCT (HSDS), out of the lists, the open data and the map; kept for the referrals that name it. */
  async archive(actor: Actor, id: string): Promise<CareService> {
    return this.dataSource.transaction(async (tx) => {
      const existing = isUuid(id) ? await tx.findOneBy(CareService, { id }) : null;
      if (!existing) throw new NotFound("CareService", id);
      this.assertMayEdit(actor, await this.scopeOf(tx, existing), await this.ownOrganisation(actor, tx));
      await tx.update(CareService, { id }, { status: CareServiceStatus.DEFUNCT });
      await audit(tx, actor, { action: "archiveCareService", entityType: "CareService", entityId: id });
      return tx.findOneByOrFail(CareService, { id });
    });
  }

  /** The organisation (or a coordinator) vouches that the data is right: the assured date, fresh for 180 days. */
  async confirm(actor: Actor, id: string, input: ConfirmCareServiceInput | null | undefined): Promise<CareService> {
    const today = this.today();
    const assuredOn = input?.assuredOn ?? today;
    if (assuredOn > today)
      throw new BadUserInput(`The assured date ${assuredOn} lies in the future`, {
        reason: "ASSURED_DATE_IN_FUTURE",
        field: "assuredOn",
        params: { date: assuredOn },
      });
    return this.dataSource.transaction(async (tx) => {
      const existing = isUuid(id) ? await tx.findOneBy(CareService, { id }) : null;
      if (!existing) throw new NotFound("CareService", id);
      this.assertMayEdit(actor, await this.scopeOf(tx, existing), await this.ownOrganisation(actor, tx));
      await tx.update(CareService, { id }, { assuredOn, assurerUserId: actor.userId, staleRemindedAt: null });
      await audit(tx, actor, { action: "confirmCareService", entityType: "CareService", entityId: id, detail: { assuredOn } });
      return tx.findOneByOrFail(CareService, { id });
    });
  }

  // ---- contact points ---------------------------------------------------------------------------

  /** Whether the key person supports (an ACTIVE assignment on) a request of the organisation now. */
  private async supportsActiveCase(actor: Actor, organisationId: number): Promise<boolean> {
    if (actor.role !== Role.KEY_PERSON || actor.keyPersonId === null) return false;
    const rows = await this.dataSource.query(
      `SELECT 1 FROM assignment a JOIN match_request r ON r.id = a.request_id
       WHERE a.key_person_id = $1 AND a.status = 'ACTIVE' AND r.organisation_id = $2 LIMIT 1`,
      [actor.keyPersonId, organisationId],
    );
    return rows.length > 0;
  }

  async maySeeContacts(actor: Actor, organisationId: number): Promise<boolean> {
    return canSeeContacts(actor, organisationId, await this.supportsActiveCase(actor, organisationId));
  }

  /** Refused (not hidden) for the query that asks for them by name; the Organisation.contacts field hides them instead. */
  async contacts(actor: Actor, rawOrganisationId: string): Promise<OrganisationContact[]> {
    const organisationId = parseId(rawOrganisationId, "Organisation");
    if (!(await this.maySeeContacts(actor, organisationId)))
      throw new Forbidden("A key person sees an organisation's contact points once they support one of its cases", { reason: "CONTACTS_NEED_ACTIVE_CASE" });
    return this.dataSource.getRepository(OrganisationContact).find({ where: { organisationId }, order: { name: "ASC", id: "ASC" } });
  }

  private contactColumns(input: OrganisationContactInput) {
    const columns = {
      name: trimmed(input.name) ?? "",
      title: trimmed(input.title),
      email: trimmed(input.email)?.toLowerCase() ?? null,
      phone: trimmed(input.phone),
    };
    refuse(contactProblems(columns));
    return columns;
  }

  private assertMayEditContacts(actor: Actor, organisationId: number): void {
    if (!canEditContacts(actor, organisationId)) throw new Forbidden("An organisation keeps its own contact points", { reason: "OWN_ORGANISATION_ONLY" });
  }

  async createContact(actor: Actor, rawOrganisationId: string, input: OrganisationContactInput): Promise<OrganisationContact> {
    const organisationId = parseId(rawOrganisationId, "Organisation");
    this.assertMayEditContacts(actor, organisationId);
    const columns = this.contactColumns(input);
    return this.dataSource.transaction(async (tx) => {
      await this.assertOrganisationExists(tx, organisationId);
      const contact = await tx.save(tx.create(OrganisationContact, { organisationId, ...columns }));
      await audit(tx, actor, { action: "createOrganisationContact", entityType: "OrganisationContact", entityId: contact.id });
      return contact;
    });
  }

  private async existingContact(tx: EntityManager, actor: Actor, id: string): Promise<OrganisationContact> {
    const contact = isUuid(id) ? await tx.findOneBy(OrganisationContact, { id }) : null;
    if (!contact || !canSeeContacts(actor, contact.organisationId, false)) throw new NotFound("OrganisationContact", id);
    this.assertMayEditContacts(actor, contact.organisationId);
    return contact;
  }

  async updateContact(actor: Actor, id: string, input: OrganisationContactInput): Promise<OrganisationContact> {
    const columns = this.contactColumns(input);
    return this.dataSource.transaction(async (tx) => {
      const contact = await this.existingContact(tx, actor, id);
      await tx.update(OrganisationContact, { id: contact.id }, columns);
      await audit(tx, actor, { action: "updateOrganisationContact", entityType: "OrganisationContact", entityId: contact.id });
      return tx.findOneByOrFail(OrganisationContact, { id: contact.id });
    });
  }

  async removeContact(actor: Actor, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const contact = await this.existingContact(tx, actor, id);
      await tx.delete(OrganisationContact, { id: contact.id });
      await audit(tx, actor, { action: "removeOrganisationContact", entityType: "OrganisationContact", entityId: contact.id });
      return true;
    });
  }
}
