import type { DataSource } from "typeorm";
import type { Clock } from "../clock";
import {
  amsterdamOffsetMinutes,
  hsdsPage,
  hsdsStatus,
  hsdsTime,
  byday,
  isEmailAddress,
  isUuid,
  isWebAddress,
  type HsdsFilters,
  type HsdsPage,
} from "../domain/hsds";
import type { ReferenceData } from "../reference/reference.service";
import { hsdsUuid } from "./hsds.ids";

// The open-data API's reading side: public ACTIVE care services of the registry, the
// organisations that offer them, and their locations, as HSDS 3.0 objects. Never
// referrals, never key persons, never an organisation's named contact points (those are
// for the key persons who support one of its cases). Every page costs a fixed number of
// queries: the count, the page, and for nested objects one query per kind of child.

type Json = Record<string, unknown>;

/** Leaves out what is null, undefined or empty: HSDS types its fields as strings and numbers, without null. */
function compact(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== null && v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0)));
}

/** What a service shows publicly: listed, and active. */
const PUBLIC_SERVICE = `s.public AND s.status = 'ACTIVE'`;

export const TAXONOMIES = {
  topic: { id: hsdsUuid("taxonomy:expertise"), name: "Sleutelkaart: onderwerpen (expertise)" },
  residence: { id: hsdsUuid("taxonomy:residence-status"), name: "Sleutelkaart: verblijfsstatus" },
  feature: { id: hsdsUuid("taxonomy:service-feature"), name: "Sleutelkaart: kenmerken van het hulpaanbod" },
} as const;

const RESIDENCE_NAMES: Record<string, { nl: string; en: string }> = {
  ASYLUM_SEEKER: { nl: "Asielzoekers", en: "Asylum seekers" },
  STATUS_HOLDER: { nl: "Statushouders", en: "Status holders (residence permit)" },
  UNDOCUMENTED: { nl: "Ongedocumenteerden", en: "Undocumented people" },
};
const FEATURE_NAMES: Record<string, { nl: string; en: string }> = {
  ANONYMOUS_LINE: { nl: "Anonieme hulplijn", en: "Anonymous advice line" },
  NATIONWIDE: { nl: "Landelijk", en: "Nationwide" },
  INTERPRETERS: { nl: "Tolk beschikbaar", en: "Interpreters available" },
};

export const termId = (taxonomy: keyof typeof TAXONOMIES, code: string) => hsdsUuid(`term:${taxonomy}:${code}`);

interface ServiceRow {
  id: string;
  name: string;
  description: string | null;
  url: string | null;
  email: string | null;
  status: string;
  topics: string[];
  interpreters_available: boolean;
  residence_eligibility: string[];
  eligibility_description: string | null;
  application_process: string | null;
  fees_description: string | null;
  anonymous_line: boolean;
  nationwide: boolean;
  assured_on: string | null;
  updated_at: Date;
  org_id: string;
  org_name: string;
  org_website: string | null;
  org_offers: string | null;
}

interface OrganisationRow {
  id: string;
  name: string;
  website: string | null;
  offers: string | null;
}

interface LocationRow {
  id: string;
  sal_id: string;
  service_id: string;
  name: string | null;
  address: string;
  postal_code: string;
  city: string;
  municipality_code: string;
  lat: number | null;
  lon: number | null;
}

interface Details {
  areas: { id: string; service_id: string; municipality_code: string }[];
  languages: { id: string; service_id: string; language_code: string }[];
  phones: { id: string; service_id: string; number: string; description: string | null }[];
  schedules: { id: string; service_id: string; weekday: number | string; opens_at: string; closes_at: string; notes: string | null }[];
  locations: LocationRow[];
}

const SERVICE_COLUMNS = `s.id, s.name, s.description, s.url, s.email, s.status, s.topics, s.interpreters_available, s.residence_eligibility,
  s.eligibility_description, s.application_process, s.fees_description, s.anonymous_line, s.nationwide,
  to_char(s.assured_on, 'YYYY-MM-DD') AS assured_on, s.updated_at,
  o.hsds_id AS org_id, o.name AS org_name, e.website AS org_website, e.offers AS org_offers`;
const SERVICE_FROM = `care_service s JOIN organisation o ON o.id = s.organisation_id LEFT JOIN organisation_public_entry e ON e.organisation_id = o.id`;

/** An organisation is in the open data when it offers a public service or chose to be on the social map. */
const PUBLIC_ORGANISATION = `(EXISTS (SELECT 1 FROM care_service s WHERE s.organisation_id = o.id AND ${PUBLIC_SERVICE}) OR e.organisation_id IS NOT NULL)`;

const LOCATION_JSON = `jsonb_build_object('id', l.id, 'sal_id', l.service_at_location_id, 'service_id', l.service_id, 'name', l.name, 'address', l.address,
  'postal_code', l.postal_code, 'city', l.city, 'municipality_code', l.municipality_code, 'lat', l.lat, 'lon', l.lon) AS location`;

export type Paging = { page: number; perPage: number; offset: number };

export class HsdsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
  ) {}

  /** The conditions of a service list's filters; `params` receives their values. */
  private serviceFilters(filters: HsdsFilters, params: unknown[]): string[] {
    const p = (value: unknown) => `$${params.push(value)}`;
    const where = [PUBLIC_SERVICE];
    if (filters.search) {
      const pattern = p(`%${filters.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(s.name ILIKE ${pattern} OR s.description ILIKE ${pattern} OR o.name ILIKE ${pattern})`);
    }
    if (filters.organizationId) where.push(isUuid(filters.organizationId) ? `o.hsds_id = ${p(filters.organizationId)}` : "FALSE");
    if (filters.modifiedAfter) where.push(`s.updated_at >= ${p(filters.modifiedAfter)}`);
    if (filters.taxonomyId) {
      if (filters.taxonomyId === TAXONOMIES.topic.id) where.push(`cardinality(s.topics) > 0`);
      else if (filters.taxonomyId === TAXONOMIES.residence.id) where.push(`cardinality(s.residence_eligibility) > 0`);
      else if (filters.taxonomyId === TAXONOMIES.feature.id) where.push(`(s.anonymous_line OR s.nationwide OR s.interpreters_available)`);
      else where.push("FALSE");
    }
    if (filters.taxonomyTermId) where.push(this.termCondition(filters.taxonomyTermId, p));
    return where;
  }

  /** A taxonomy term's uuid back to the code it was made from; an unknown one matches nothing. */
  private termCondition(id: string, p: (value: unknown) => string): string {
    for (const code of this.reference.expertise.keys()) if (termId("topic", code) === id) return `${p(code)} = ANY(s.topics)`;
    for (const code of Object.keys(RESIDENCE_NAMES)) if (termId("residence", code) === id) return `${p(code)} = ANY(s.residence_eligibility)`;
    if (termId("feature", "ANONYMOUS_LINE") === id) return "s.anonymous_line";
    if (termId("feature", "NATIONWIDE") === id) return "s.nationwide";
    if (termId("feature", "INTERPRETERS") === id) return "s.interpreters_available";
    return "FALSE";
  }

  async services(filters: HsdsFilters, paging: Paging): Promise<HsdsPage<Json>> {
    const params: unknown[] = [];
    const where = this.serviceFilters(filters, params).join(" AND ");
    const [[{ n }], rows] = await Promise.all([
      this.dataSource.query(`SELECT count(*)::int AS n FROM ${SERVICE_FROM} WHERE ${where}`, params) as Promise<{ n: number }[]>,
      this.dataSource.query(
        `SELECT ${SERVICE_COLUMNS} FROM ${SERVICE_FROM} WHERE ${where} ORDER BY s.name, s.id OFFSET ${paging.offset} LIMIT ${paging.perPage}`,
        params,
      ) as Promise<ServiceRow[]>,
    ]);
    const contents = filters.full ? await this.fullServices(rows) : rows.map((row) => (filters.minimal ? this.minimalService(row) : this.serviceBasics(row)));
    return hsdsPage(contents, n, paging.page, paging.perPage);
  }

  /** One public service, fully nested; null when there is none with this id (or it is not public). */
  async service(id: string): Promise<Json | null> {
    if (!isUuid(id)) return null;
    const rows: ServiceRow[] = await this.dataSource.query(`SELECT ${SERVICE_COLUMNS} FROM ${SERVICE_FROM} WHERE ${PUBLIC_SERVICE} AND s.id = $1`, [id]);
    if (!rows.length) return null;
    const [service] = await this.fullServices(rows);
    return service;
  }

  async organizations(filters: HsdsFilters, paging: Paging): Promise<HsdsPage<Json>> {
    const params: unknown[] = [];
    const where = [PUBLIC_ORGANISATION];
    if (filters.search) {
      where.push(`(o.name ILIKE $${params.push(`%${filters.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)} OR e.offers ILIKE $${params.length})`);
    }
    const from = `organisation o LEFT JOIN organisation_public_entry e ON e.organisation_id = o.id`;
    const [[{ n }], rows] = await Promise.all([
      this.dataSource.query(`SELECT count(*)::int AS n FROM ${from} WHERE ${where.join(" AND ")}`, params) as Promise<{ n: number }[]>,
      this.dataSource.query(
        `SELECT o.hsds_id AS id, o.name, e.website, e.offers FROM ${from} WHERE ${where.join(" AND ")}
         ORDER BY o.name, o.id OFFSET ${paging.offset} LIMIT ${paging.perPage}`,
        params,
      ) as Promise<OrganisationRow[]>,
    ]);
    const contents = filters.full || filters.fullService ? await this.withServices(rows, filters.fullService) : rows.map((row) => this.organisationBasics(row));
    return hsdsPage(contents, n, paging.page, paging.perPage);
  }

  /** One organisation with its public services (their one-to-one fields, or fully nested with `full_service`). */
  async organization(id: string, fullService: boolean): Promise<Json | null> {
    if (!isUuid(id)) return null;
    const rows: OrganisationRow[] = await this.dataSource.query(
      `SELECT o.hsds_id AS id, o.name, e.website, e.offers FROM organisation o LEFT JOIN organisation_public_entry e ON e.organisation_id = o.id
       WHERE ${PUBLIC_ORGANISATION} AND o.hsds_id = $1`,
      [id],
    );
    if (!rows.length) return null;
    const [organisation] = await this.withServices(rows, fullService);
    return organisation;
  }

  async serviceAtLocations(filters: HsdsFilters, paging: Paging): Promise<HsdsPage<Json>> {
    const params: unknown[] = [];
    const where = this.serviceFilters(filters, params);
    if (filters.postcode) where.push(`replace(l.postal_code, ' ', '') LIKE $${params.push(`${filters.postcode}%`)}`);
    const from = `care_service_location l JOIN ${SERVICE_FROM} ON s.id = l.service_id`;
    const [[{ n }], rows] = await Promise.all([
      this.dataSource.query(`SELECT count(*)::int AS n FROM ${from} WHERE ${where.join(" AND ")}`, params) as Promise<{ n: number }[]>,
      this.dataSource.query(
        `SELECT ${SERVICE_COLUMNS}, ${LOCATION_JSON} FROM ${from} WHERE ${where.join(" AND ")}
         ORDER BY s.name, l.city, l.id OFFSET ${paging.offset} LIMIT ${paging.perPage}`,
        params,
      ) as Promise<(ServiceRow & { location: LocationRow })[]>,
    ]);
    let contents: Json[];
    if (filters.full) {
      const details = await this.details(rows.map((r) => r.id));
      contents = rows.map((row) => this.serviceAtLocationObject(row.location, this.fullService(row, details)));
    } else {
      contents = rows.map((row) =>
        compact({
          id: row.location.sal_id,
          service_id: row.id,
          location_id: row.location.id,
          location: this.location(row.location, false),
          service: this.serviceBasics(row),
        }),
      );
    }
    return hsdsPage(contents, n, paging.page, paging.perPage);
  }

  /**
   * One service at one location, fully nested. openapi.json declares compiled/service.json
   * for this path and compiled/service_at_location.json describes the object: the answer is
   * the service_at_location and also carries the service's name and status, so it is valid
   * against both.
   */
  async serviceAtLocation(id: string): Promise<Json | null> {
    if (!isUuid(id)) return null;
    const rows: (ServiceRow & { location: LocationRow })[] = await this.dataSource.query(
      `SELECT ${SERVICE_COLUMNS}, ${LOCATION_JSON} FROM care_service_location l JOIN ${SERVICE_FROM} ON s.id = l.service_id
       WHERE ${PUBLIC_SERVICE} AND l.service_at_location_id = $1`,
      [id],
    );
    if (!rows.length) return null;
    const details = await this.details([rows[0].id]);
    return this.serviceAtLocationObject(rows[0].location, this.fullService(rows[0], details));
  }

  // ---- mapping

  private organisationBasics(row: OrganisationRow): Json {
    return compact({
      id: row.id,
      name: row.name,
      description: row.offers?.trim() || "Organisatie met hulpaanbod op de sociale kaart van Sleutelkaart.",
      website: isWebAddress(row.website) ? row.website : null,
    });
  }

  private async withServices(rows: OrganisationRow[], fullService: boolean): Promise<Json[]> {
    const services: ServiceRow[] = await this.dataSource.query(
      `SELECT ${SERVICE_COLUMNS} FROM ${SERVICE_FROM} WHERE ${PUBLIC_SERVICE} AND o.hsds_id = ANY($1::uuid[]) ORDER BY s.name, s.id`,
      [rows.map((r) => r.id)],
    );
    const mapped = fullService ? await this.fullServices(services) : services.map((s) => this.serviceBasics(s));
    return rows.map((row) => {
      const own = mapped.filter((_, i) => services[i].org_id === row.id);
      return compact({ ...this.organisationBasics(row), services: own });
    });
  }

  private minimalService(row: ServiceRow): Json {
    return { id: row.id, name: row.name, status: hsdsStatus(row.status), last_modified: row.updated_at.toISOString() };
  }

  /** The one-to-one fields of a service (compiled/service_list.json), with its organisation. */
  private serviceBasics(row: ServiceRow): Json {
    const residence = row.residence_eligibility.map((code) => RESIDENCE_NAMES[code]?.nl ?? code);
    return compact({
      id: row.id,
      organization_id: row.org_id,
      name: row.name,
      description: row.description,
      url: isWebAddress(row.url) ? row.url : null,
      email: isEmailAddress(row.email) ? row.email : null,
      status: hsdsStatus(row.status),
      interpretation_services: row.interpreters_available ? "Tolk beschikbaar (Interpreters available)." : null,
      application_process: row.application_process,
      fees_description: row.fees_description,
      eligibility_description:
        [row.eligibility_description?.trim(), residence.length ? `Verblijfsstatus: ${residence.join(", ")}.` : null].filter(Boolean).join(" ") || null,
      assured_date: row.assured_on,
      last_modified: row.updated_at.toISOString(),
      organization: this.organisationBasics({ id: row.org_id, name: row.org_name, website: row.org_website, offers: row.org_offers }),
    });
  }

  private async details(ids: string[]): Promise<Details> {
    const q = <T>(sql: string) => this.dataSource.query(sql, [ids]) as Promise<T>;
    const [areas, languages, phones, schedules, locations] = await Promise.all([
      q<Details["areas"]>(`SELECT id, service_id, municipality_code FROM care_service_area WHERE service_id = ANY($1::uuid[]) ORDER BY municipality_code`),
      q<Details["languages"]>(`SELECT id, service_id, language_code FROM care_service_language WHERE service_id = ANY($1::uuid[]) ORDER BY language_code`),
      q<Details["phones"]>(`SELECT id, service_id, number, description FROM care_service_phone WHERE service_id = ANY($1::uuid[]) ORDER BY number, id`),
      q<Details["schedules"]>(
        `SELECT id, service_id, weekday, to_char(opens_at, 'HH24:MI') AS opens_at, to_char(closes_at, 'HH24:MI') AS closes_at, notes
         FROM care_service_schedule WHERE service_id = ANY($1::uuid[]) ORDER BY weekday, opens_at, id`,
      ),
      q<LocationRow[]>(
        `SELECT id, service_at_location_id AS sal_id, service_id, name, address, postal_code, city, municipality_code, lat, lon
         FROM care_service_location WHERE service_id = ANY($1::uuid[]) ORDER BY city, id`,
      ),
    ]);
    return { areas, languages, phones, schedules, locations };
  }

  private async fullServices(rows: ServiceRow[]): Promise<Json[]> {
    const details = await this.details(rows.map((r) => r.id));
    return rows.map((row) => this.fullService(row, details));
  }

  private term(taxonomy: keyof typeof TAXONOMIES, code: string, name: string, description: string): Json {
    return {
      id: termId(taxonomy, code),
      code,
      name,
      description,
      taxonomy: TAXONOMIES[taxonomy].name,
      taxonomy_id: TAXONOMIES[taxonomy].id,
      language: "nl",
    };
  }

  private attributes(row: ServiceRow): Json[] {
    const attribute = (linkType: string, term: Json) => ({
      id: hsdsUuid(`attribute:${row.id}:${String(term.id)}`),
      link_id: row.id,
      link_type: linkType,
      link_entity: "service",
      taxonomy_term_id: term.id,
      taxonomy_term: term,
    });
    const topics = row.topics.map((code) => {
      const expertise = this.reference.expertise.get(code);
      return attribute("topic", this.term("topic", code, expertise?.nameNl ?? code, expertise?.name ?? code));
    });
    const residence = row.residence_eligibility.map((code) =>
      attribute("eligibility", this.term("residence", code, RESIDENCE_NAMES[code]?.nl ?? code, RESIDENCE_NAMES[code]?.en ?? code)),
    );
    const features = [row.anonymous_line && "ANONYMOUS_LINE", row.nationwide && "NATIONWIDE", row.interpreters_available && "INTERPRETERS"]
      .filter((code): code is string => !!code)
      .map((code) => attribute("service_feature", this.term("feature", code, FEATURE_NAMES[code].nl, FEATURE_NAMES[code].en)));
    return [...topics, ...residence, ...features];
  }

  /** A service with everything HSDS nests in it (compiled/service.json). */
  private fullService(row: ServiceRow, details: Details): Json {
    const offset = amsterdamOffsetMinutes(this.clock.now());
    const phones = details.phones
      .filter((p) => p.service_id === row.id)
      .map((p) => compact({ id: p.id, service_id: row.id, number: p.number, type: "voice", description: p.description }));
    const schedules = details.schedules
      .filter((s) => s.service_id === row.id)
      .map((s) =>
        compact({
          id: s.id,
          service_id: row.id,
          freq: "WEEKLY",
          wkst: "MO",
          byday: byday(s.weekday),
          opens_at: hsdsTime(s.opens_at, offset),
          closes_at: hsdsTime(s.closes_at, offset),
          timezone: offset / 60,
          description: "Openingstijden in Nederlandse tijd (Europe/Amsterdam).",
          notes: s.notes,
        }),
      );
    const areas = [
      ...(row.nationwide
        ? [{ id: hsdsUuid(`area:${row.id}:NL`), service_id: row.id, name: "Nederland", description: "Landelijk", extent: "NL", extent_type: "text" }]
        : []),
      ...details.areas
        .filter((a) => a.service_id === row.id)
        .map((a) => {
          const municipality = this.reference.municipalities.get(a.municipality_code);
          return compact({
            id: a.id,
            service_id: row.id,
            name: municipality?.name ?? a.municipality_code,
            description: `Gemeente ${municipality?.name ?? a.municipality_code} (CBS-gemeentecode ${a.municipality_code})`,
            extent: a.municipality_code,
            extent_type: "text",
            uri: `https://identifier.overheid.nl/tooi/id/gemeente/${a.municipality_code.toLowerCase()}`,
          });
        }),
    ];
    const languages = details.languages
      .filter((l) => l.service_id === row.id)
      .map((l) => compact({ id: l.id, service_id: row.id, name: this.reference.languages.get(l.language_code)?.name, code: l.language_code }));
    const basics = this.serviceBasics(row);
    const contacts = basics.email ? [{ id: hsdsUuid(`contact:${row.id}`), service_id: row.id, name: row.name, email: basics.email as string }] : [];
    const costOptions = row.fees_description?.trim()
      ? [{ id: hsdsUuid(`cost:${row.id}`), service_id: row.id, option: row.fees_description.trim(), currency: "EUR" }]
      : [];
    const service: Json = {
      ...basics,
      phones,
      schedules,
      service_areas: areas,
      languages,
      contacts,
      cost_options: costOptions,
      attributes: this.attributes(row),
    };
    const locations = details.locations.filter((l) => l.service_id === row.id);
    service.service_at_locations = locations.map((l) => this.serviceAtLocationObject(l, null));
    return compact(service);
  }

  private location(l: LocationRow, withAddress: boolean): Json {
    const municipality = this.reference.municipalities.get(l.municipality_code);
    return compact({
      id: l.id,
      location_type: "physical",
      name: l.name?.trim() || `${l.address}, ${l.city}`,
      latitude: l.lat ?? null,
      longitude: l.lon ?? null,
      external_identifier: l.municipality_code,
      external_identifier_type: "CBS-gemeentecode",
      addresses: withAddress
        ? [
            {
              id: hsdsUuid(`address:${l.id}`),
              location_id: l.id,
              address_1: l.address,
              city: l.city,
              state_province: municipality?.province ?? "",
              postal_code: l.postal_code,
              country: "NL",
              address_type: "physical",
            },
          ]
        : null,
    });
  }

  /** A service at a location: inside a service (no `service`), or on its own with the nested service. */
  private serviceAtLocationObject(l: LocationRow, service: Json | null): Json {
    const sal: Json = {
      id: l.sal_id,
      service_id: l.service_id,
      location_id: l.id,
      location: this.location(l, true),
    };
    if (service) {
      Object.assign(sal, { service, name: service.name, status: service.status, description: service.description });
    }
    return compact(sal);
  }
}
