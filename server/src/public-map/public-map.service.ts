import type { DataSource } from "typeorm";
import { audit } from "../audit/audit.service";
import type { Clock } from "../clock";
import type { Actor } from "../domain/access";
import { staleBefore } from "../domain/freshness";
import { coordinateProblems } from "../domain/key-person-rules";
import type { Language, Municipality } from "../reference/reference.entity";
import type { ReferenceData } from "../reference/reference.service";
import type { LanguageLevel } from "../shared/enums";
import { Role } from "../shared/enums";
import { BadUserInput, Forbidden } from "../shared/errors";
import { parseId } from "../shared/ids";
import { pageWindow, type PageArgs } from "../shared/pagination";
import { OrganisationPublicEntry, type PublicCareService, type PublicKeyPerson, type PublicOrganisation } from "./public-map.entity";
import type { OrganisationPublicEntryInput } from "./public-map.inputs";

export const MAX_WITHIN_KM = 300;

/** Great-circle distance in SQL between a municipality's centroid (alias m) and the point $lat/$lon. */
const centroidKm = (lat: string, lon: string) =>
  `(2 * 6371 * asin(sqrt(power(sin(radians(m.centroid_lat - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(m.centroid_lat)) * power(sin(radians(m.centroid_lon - ${lon}) / 2), 2))))`;

export interface PublicSearch {
  languageCodes?: string[] | null;
  expertiseCodes?: string[] | null;
  near?: { lat: number; lon: number } | null;
  withinKm?: number | null;
}

export class PublicMapService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
  ) {}

  private check(search: PublicSearch) {
    const unknown = [
      ...(search.languageCodes ?? [])
        .filter((c) => !this.reference.languages.has(c))
        .map((code) => ({ kind: "language" as const, code, field: "languageCodes" })),
      ...(search.expertiseCodes ?? [])
        .filter((c) => !this.reference.expertise.has(c))
        .map((code) => ({ kind: "expertise" as const, code, field: "expertiseCodes" })),
    ];
    if (unknown.length) {
      const [{ kind, code, field }] = unknown;
      throw new BadUserInput(`Unknown ${unknown.map((u) => `${u.kind} "${u.code}"`).join(", ")}`, { reason: "UNKNOWN_CODE", field, params: { kind, code } });
    }
    if (search.near) {
      const [problem] = coordinateProblems(search.near, "near");
      if (problem)
        throw new BadUserInput(problem.message, { reason: "NOT_COORDINATES", field: "near", params: { lat: search.near.lat, lon: search.near.lon } });
    }
    if (search.withinKm != null && (!Number.isFinite(search.withinKm) || search.withinKm <= 0 || search.withinKm > MAX_WITHIN_KM)) {
      throw new BadUserInput(`withinKm must be more than 0 and at most ${MAX_WITHIN_KM}`, {
        reason: "NUMBER_NOT_POSITIVE_OR_TOO_HIGH",
        field: "withinKm",
        params: { max: MAX_WITHIN_KM },
      });
    }
    if (search.withinKm != null && !search.near)
      throw new BadUserInput("withinKm needs a point: give near { lat, lon }", { reason: "NEAR_REQUIRED", field: "near" });
  }

  /**
   * The conditions every public query shares. A filter only ever matches people who
   * made that field public, so searching cannot reveal what someone kept private.
   */
  private where(search: PublicSearch, params: unknown[]): string {
    const p = (value: unknown) => `$${params.push(value)}`;
    const conditions = [`kp.status = 'ACTIVE'`, `kp.consent_listed`, `kp.profile_confirmed_at >= ${p(staleBefore(this.clock.now()))}`];
    if (search.languageCodes?.length) {
      conditions.push(
        `kp.consent_show_languages AND EXISTS (SELECT 1 FROM key_person_language l WHERE l.key_person_id = kp.id AND l.language_code = ANY(${p(search.languageCodes)}))`,
      );
    }
    if (search.expertiseCodes?.length) {
      const codes = [...new Set(search.expertiseCodes)];
      conditions.push(
        `kp.consent_show_expertise AND (SELECT count(*) FROM key_person_expertise e WHERE e.key_person_id = kp.id AND e.expertise_code = ANY(${p(codes)})) = ${p(codes.length)}`,
      );
    }
    if (search.near && search.withinKm != null) {
      conditions.push(`kp.consent_show_municipality AND ${centroidKm(p(search.near.lat), p(search.near.lon))} <= ${p(search.withinKm)}`);
    }
    return conditions.join(" AND ");
  }

  async keyPersons(search: PublicSearch, page: PageArgs): Promise<{ items: PublicKeyPerson[]; total: number }> {
    this.check(search);
    const params: unknown[] = [];
    const where = this.where(search, params);
    const { skip, take } = pageWindow(page);
    const order = search.near
      ? `CASE WHEN kp.consent_show_municipality THEN ${centroidKm(`$${params.push(search.near.lat)}`, `$${params.push(search.near.lon)}`)} END NULLS LAST, kp.id`
      : "kp.id";
    const rows: {
      id: number;
      display_name: string;
      email: string | null;
      phone: string | null;
      municipality: string;
      total: number;
      consent_show_name: boolean;
      consent_show_municipality: boolean;
      consent_show_languages: boolean;
      consent_show_expertise: boolean;
      consent_show_email: boolean;
      consent_show_phone: boolean;
      remote_available: boolean;
      consent_show_remote: boolean;
      contactable: boolean;
    }[] = await this.dataSource.query(
      `SELECT kp.id, kp.display_name, kp.email, kp.phone, kp.home_municipality_code AS municipality, count(*) OVER ()::int AS total,
              kp.consent_show_name, kp.consent_show_municipality, kp.consent_show_languages, kp.consent_show_expertise, kp.consent_show_email, kp.consent_show_phone,
              kp.remote_available, kp.consent_show_remote,
              kp.consent_contact AND EXISTS (SELECT 1 FROM app_user u WHERE u.key_person_id = kp.id AND u.deactivated_at IS NULL) AS contactable
       FROM key_person kp JOIN municipality m ON m.code = kp.home_municipality_code
       WHERE ${where} ORDER BY ${order} OFFSET ${skip} LIMIT ${take}`,
      params,
    );
    const ids = rows.map((r) => r.id);
    const [languages, expertise, reach] = await Promise.all([
      this.dataSource.query(
        `SELECT key_person_id AS id, language_code AS code, level, dialect FROM key_person_language WHERE key_person_id = ANY($1) ORDER BY language_code`,
        [ids],
      ),
      this.dataSource.query(
        `SELECT key_person_id AS id, expertise_code AS code FROM key_person_expertise WHERE key_person_id = ANY($1) ORDER BY expertise_code`,
        [ids],
      ),
      this.reach(ids),
    ]);
    const items = rows.map((row): PublicKeyPerson => ({
      id: String(row.id),
      displayName: row.consent_show_name ? row.display_name : null,
      municipality: row.consent_show_municipality ? (this.reference.municipalities.get(row.municipality) ?? null) : null,
      languages: row.consent_show_languages
        ? (languages as { id: number; code: string; level: LanguageLevel; dialect: string | null }[])
            .filter((l) => l.id === row.id)
            .map((l) => ({ language: this.reference.languages.get(l.code)!, level: l.level, dialect: l.dialect }))
        : null,
      expertise: row.consent_show_expertise
        ? (expertise as { id: number; code: string }[]).filter((e) => e.id === row.id).map((e) => this.reference.expertise.get(e.code)!)
        : null,
      email: row.consent_show_email ? row.email : null,
      phone: row.consent_show_phone ? row.phone : null,
      remoteAvailable: row.consent_show_remote ? row.remote_available : null,
      reach: reach.get(row.id) ?? null,
      contactable: row.contactable,
    }));
    return { items, total: rows[0]?.total ?? (skip > 0 ? await this.count(search) : 0) };
  }

  /**
   * Issue 19: the municipalities each key person (who made it public) travels to: those
   * whose centroid lies within their maxTravelKm of their home municipality's centroid.
   * From the centroid, never the home point, so the list tells no more than the municipality.
   */
  private async reach(ids: number[]): Promise<Map<number, Municipality[]>> {
    const rows: { id: number; codes: string[] }[] = await this.dataSource.query(
      `SELECT kp.id, array_agg(m.code ORDER BY m.name) AS codes
       FROM key_person kp JOIN municipality h ON h.code = kp.home_municipality_code
       JOIN municipality m ON m.code = h.code OR ${centroidKm("h.centroid_lat", "h.centroid_lon")} <= kp.max_travel_km
       WHERE kp.id = ANY($1) AND kp.consent_show_reach GROUP BY kp.id`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.codes.map((code) => this.reference.municipalities.get(code)!).filter(Boolean)]));
  }

  /** Issue 19: per language, how many listed key persons show that they speak it (the map starts with the visitor's language when someone does). */
  async languageCounts(): Promise<{ language: Language; keyPersons: number }[]> {
    const params: unknown[] = [];
    const rows: { code: string; n: number }[] = await this.dataSource.query(
      `SELECT l.language_code AS code, count(*)::int AS n FROM key_person kp JOIN key_person_language l ON l.key_person_id = kp.id
       WHERE ${this.where({}, params)} AND kp.consent_show_languages GROUP BY 1 ORDER BY 1`,
      params,
    );
    return rows.filter((r) => this.reference.languages.has(r.code)).map((r) => ({ language: this.reference.languages.get(r.code)!, keyPersons: r.n }));
  }

  private async count(search: PublicSearch): Promise<number> {
    const params: unknown[] = [];
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM key_person kp JOIN municipality m ON m.code = kp.home_municipality_code WHERE ${this.where(search, params)}`,
      params,
    );
    return n;
  }

  /** Per municipality, how many listed key persons (who show their municipality) and organisations are there. */
  async municipalityCounts(search: PublicSearch) {
    this.check(search);
    const params: unknown[] = [];
    const where = this.where(search, params);
    const [people, organisations] = await Promise.all([
      this.dataSource.query(
        `SELECT kp.home_municipality_code AS code, count(*)::int AS n FROM key_person kp JOIN municipality m ON m.code = kp.home_municipality_code
         WHERE ${where} AND kp.consent_show_municipality GROUP BY 1`,
        params,
      ) as Promise<{ code: string; n: number }[]>,
      this.dataSource.query(
        `SELECT o.municipality_code AS code, count(*)::int AS n FROM organisation_public_entry p JOIN organisation o ON o.id = p.organisation_id
         WHERE o.municipality_code IS NOT NULL GROUP BY 1`,
      ) as Promise<{ code: string; n: number }[]>,
    ]);
    const counts = new Map<string, { keyPersons: number; organisations: number }>();
    for (const row of people) counts.set(row.code, { keyPersons: row.n, organisations: 0 });
    for (const row of organisations) counts.set(row.code, { keyPersons: counts.get(row.code)?.keyPersons ?? 0, organisations: row.n });
    return [...counts].map(([code, c]) => ({ municipality: this.reference.municipalities.get(code)!, ...c }));
  }

  async organisations(search: PublicSearch, page: PageArgs): Promise<{ items: PublicOrganisation[]; total: number }> {
    this.check({ near: search.near, withinKm: search.withinKm });
    const params: unknown[] = [];
    const p = (value: unknown) => `$${params.push(value)}`;
    const near = search.near && search.withinKm != null ? `AND ${centroidKm(p(search.near.lat), p(search.near.lon))} <= ${p(search.withinKm)}` : "";
    const { skip, take } = pageWindow(page);
    const rows: { id: number; name: string; kind: string; code: string | null; website: string | null; offers: string; total: number }[] =
      await this.dataSource.query(
        `SELECT o.id, o.name, o.kind, o.municipality_code AS code, p.website, p.offers, count(*) OVER ()::int AS total
       FROM organisation_public_entry p JOIN organisation o ON o.id = p.organisation_id LEFT JOIN municipality m ON m.code = o.municipality_code
       WHERE TRUE ${near} ORDER BY o.name, o.id OFFSET ${skip} LIMIT ${take}`,
        params,
      );
    return {
      items: rows.map((r) => ({
        id: String(r.id),
        name: r.name,
        kind: r.kind,
        municipality: r.code ? (this.reference.municipalities.get(r.code) ?? null) : null,
        website: r.website,
        offers: r.offers,
      })),
      total: rows[0]?.total ?? 0,
    };
  }

  async setOrganisationEntry(actor: Actor, rawOrganisationId: string, input: OrganisationPublicEntryInput): Promise<boolean> {
    const organisationId = parseId(rawOrganisationId, "Organisation");
    if (actor.role !== Role.COORDINATOR && !(actor.role === Role.ORGANISATION && actor.organisationId === organisationId)) {
      throw new Forbidden("An organisation decides about its own entry on the map (or the national coordinator)", { reason: "OWN_ORGANISATION_ONLY" });
    }
    const website = input.website?.trim() || null;
    if (website && (!/^https?:\/\/[^\s]+\.[^\s]+$/i.test(website) || website.length > 300)) {
      throw new BadUserInput(`"${website}" is not a web address: start with https://`, {
        reason: "NOT_A_WEB_ADDRESS",
        field: "website",
        params: { value: website.slice(0, 80) },
      });
    }
    const offers = input.offers?.trim() ?? "";
    if (input.listed && !offers)
      throw new BadUserInput("Say in a sentence what the organisation offers, so people know why to contact it", {
        reason: "OFFERS_REQUIRED",
        field: "offers",
      });
    if (offers.length > 1000)
      throw new BadUserInput("Keep the description under 1000 characters", { reason: "TEXT_TOO_LONG", field: "offers", params: { max: 1000 } });
    await this.dataSource.transaction(async (tx) => {
      if (!(await tx.query(`SELECT 1 FROM organisation WHERE id = $1`, [organisationId])).length)
        throw new BadUserInput(`Organisation ${organisationId} does not exist`, {
          reason: "RECORD_NOT_FOUND",
          field: "organisationId",
          params: { entity: "Organisation", id: String(organisationId) },
        });
      if (input.listed) await tx.upsert(OrganisationPublicEntry, { organisationId, website, offers }, ["organisationId"]);
      else await tx.delete(OrganisationPublicEntry, { organisationId });
      await audit(tx, actor, { action: "setOrganisationPublicEntry", entityType: "Organisation", entityId: organisationId, detail: { listed: input.listed } });
    });
    return input.listed;
  }

  // ---- care services (issue 18, hsds) ----

  /**
   * Public, active care services: the same ones the open-data API (/hsds) serves. A language
   * matches a service offered in it or one with interpreters; topics must all match; near a
   * point, a service counts when one of its municipalities (areas or locations) lies within
   * the distance, and nationwide services always do. Four queries a page whatever its length.
   */
  async services(search: PublicSearch, page: PageArgs): Promise<{ items: PublicCareService[]; total: number }> {
    this.check(search);
    const params: unknown[] = [];
    const p = (value: unknown) => `$${params.push(value)}`;
    const where = [`s.public`, `s.status = 'ACTIVE'`];
    if (search.languageCodes?.length)
      where.push(
        `(s.interpreters_available OR EXISTS (SELECT 1 FROM care_service_language l WHERE l.service_id = s.id AND l.language_code = ANY(${p(search.languageCodes)})))`,
      );
    if (search.expertiseCodes?.length) where.push(`s.topics @> ${p([...new Set(search.expertiseCodes)])}::varchar[]`);
    if (search.near && search.withinKm != null) {
      const km = `${centroidKm(p(search.near.lat), p(search.near.lon))} <= ${p(search.withinKm)}`;
      where.push(`(s.nationwide OR EXISTS (SELECT 1 FROM municipality m WHERE ${km} AND m.code IN (
        SELECT a.municipality_code FROM care_service_area a WHERE a.service_id = s.id
        UNION SELECT c.municipality_code FROM care_service_location c WHERE c.service_id = s.id)))`);
    }
    const { skip, take } = pageWindow(page);
    const rows: {
      id: string;
      name: string;
      description: string | null;
      organisation_name: string;
      url: string | null;
      email: string | null;
      interpreters_available: boolean;
      topics: string[];
      nationwide: boolean;
      anonymous_line: boolean;
      application_process: string | null;
      fees_description: string | null;
      total: number;
    }[] = await this.dataSource.query(
      `SELECT s.id, s.name, s.description, o.name AS organisation_name, s.url, s.email, s.interpreters_available, s.topics, s.nationwide, s.anonymous_line,
              s.application_process, s.fees_description, count(*) OVER ()::int AS total
       FROM care_service s JOIN organisation o ON o.id = s.organisation_id
       WHERE ${where.join(" AND ")} ORDER BY s.nationwide DESC, s.name, s.id OFFSET ${skip} LIMIT ${take}`,
      params,
    );
    const ids = rows.map((r) => r.id);
    const [languages, phones, areas] = (await Promise.all([
      this.dataSource.query(
        `SELECT service_id AS id, language_code AS code FROM care_service_language WHERE service_id = ANY($1::uuid[]) ORDER BY language_code`,
        [ids],
      ),
      this.dataSource.query(`SELECT service_id AS id, number, description FROM care_service_phone WHERE service_id = ANY($1::uuid[]) ORDER BY number`, [ids]),
      this.dataSource.query(
        `SELECT service_id AS id, municipality_code AS code FROM care_service_area WHERE service_id = ANY($1::uuid[])
         UNION SELECT service_id, municipality_code FROM care_service_location WHERE service_id = ANY($1::uuid[]) ORDER BY 2`,
        [ids],
      ),
    ])) as [{ id: string; code: string }[], { id: string; number: string; description: string | null }[], { id: string; code: string }[]];
    const items = rows.map((row): PublicCareService => ({
      id: row.id,
      name: row.name,
      description: row.description,
      organisationName: row.organisation_name,
      url: row.url && /^https?:\/\//i.test(row.url) ? row.url : null,
      email: row.email,
      phones: phones.filter((x) => x.id === row.id).map((x) => ({ number: x.number, description: x.description })),
      languages: languages.filter((x) => x.id === row.id).flatMap((x) => this.reference.languages.get(x.code) ?? []),
      interpretersAvailable: row.interpreters_available,
      topics: row.topics.flatMap((code) => this.reference.expertise.get(code) ?? []),
      municipalities: areas.filter((x) => x.id === row.id).flatMap((x) => this.reference.municipalities.get(x.code) ?? []),
      nationwide: row.nationwide,
      anonymousLine: row.anonymous_line,
      applicationProcess: row.application_process,
      feesDescription: row.fees_description,
    }));
    return { items, total: rows[0]?.total ?? (skip > 0 ? await this.countServices(where, params) : 0) };
  }

  private async countServices(where: string[], params: unknown[]): Promise<number> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM care_service s WHERE ${where.join(" AND ")}`, params);
    return n;
  }
}
