// Care services (issue 18) in the demo: the three national lines with their real public
// numbers, and per demo GGD region a few services whose names say they are demo data.
import type { EntityManager } from "typeorm";
import type { DemoOrganisation } from "./demo-data";

interface SeedService {
  organisationId: number;
  name: string;
  description: string;
  url?: string;
  email?: string;
  topics: string[];
  interpretersAvailable: boolean;
  residenceEligibility: string[];
  eligibilityDescription?: string;
  applicationProcess: string;
  feesDescription: string;
  anonymousLine: boolean;
  nationwide: boolean;
  assuredOn: string;
  municipalityCodes: string[];
  languageCodes: string[];
  phones: { number: string; description: string }[];
  /** weekday 1–7, HH:MM. */
  schedules: { weekday: number; opensAt: string; closesAt: string; notes?: string }[];
  location?: { name: string; address: string; postalCode: string; city: string; municipalityCode: string; lat: number; lon: number };
}

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
const WORKDAYS = [1, 2, 3, 4, 5];
const allDay = (notes?: string) => EVERY_DAY.map((weekday) => ({ weekday, opensAt: "00:00", closesAt: "23:59", notes }));
const hours = (days: number[], opensAt: string, closesAt: string, notes?: string) => days.map((weekday) => ({ weekday, opensAt, closesAt, notes }));

/**
 * The national lines, checked against public sources (docs/domain.md, "Care services"):
 * Veilig Thuis 0800-2000 (free, day and night, anonymous advice possible), Centrum Seksueel
 * Geweld 0800-0188 (free, day and night), Slachtofferhulp Nederland 0900-0101 (local rate,
 * office hours; in a crisis also outside them).
 */
function nationalLines(ids: { veiligThuis: number; csg: number; slachtofferhulp: number }, today: string): SeedService[] {
  const everyone = ["ASYLUM_SEEKER", "STATUS_HOLDER", "UNDOCUMENTED"];
  return [
    {
      organisationId: ids.veiligThuis,
      name: "Veilig Thuis – advies- en meldpunt huiselijk geweld en kindermishandeling",
      description:
        "Advies, hulp en melden bij (vermoedens van) huiselijk geweld, kindermishandeling, ouderenmishandeling en eergerelateerd geweld. Voor slachtoffers, omstanders en professionals.",
      url: "https://www.veiligthuis.nl",
      topics: ["DOMESTIC_VIOLENCE", "HONOUR_VIOLENCE", "SGBV"],
      interpretersAvailable: true,
      residenceEligibility: everyone,
      eligibilityDescription: "Iedereen in Nederland, ook zonder verblijfsvergunning. Advies kan anoniem.",
      applicationProcess: "Bel 0800-2000. Een medewerker luistert, geeft advies en bespreekt of een melding nodig is; bij direct gevaar belt u 112.",
      feesDescription: "Gratis.",
      anonymousLine: true,
      nationwide: true,
      assuredOn: today,
      municipalityCodes: [],
      languageCodes: ["nld", "eng"],
      phones: [{ number: "0800-2000", description: "Gratis, dag en nacht bereikbaar" }],
      schedules: allDay("Dag en nacht bereikbaar"),
    },
    {
      organisationId: ids.csg,
      name: "Centrum Seksueel Geweld – landelijk nummer",
      description:
        "Acute en specialistische hulp na een aanranding of verkrachting: medische zorg, forensisch onderzoek, psychische hulp en, als u dat wilt, contact met de politie.",
      url: "https://www.centrumseksueelgeweld.nl",
      topics: ["SEXUAL_VIOLENCE", "SGBV"],
      interpretersAvailable: true,
      residenceEligibility: everyone,
      eligibilityDescription: "Iedereen die seksueel geweld meemaakte, ook zonder verzekering of verblijfsvergunning; bij voorkeur binnen 7 dagen.",
      applicationProcess: "Bel 0800-0188. U wordt doorverbonden met het CSG in uw regio; een verpleegkundige bespreekt wat nu nodig is.",
      feesDescription: "Gratis, ook voor onverzekerden.",
      anonymousLine: true,
      nationwide: true,
      assuredOn: today,
      municipalityCodes: [],
      languageCodes: ["nld", "eng"],
      phones: [{ number: "0800-0188", description: "Gratis, dag en nacht bereikbaar" }],
      schedules: allDay("Dag en nacht bereikbaar"),
    },
    {
      organisationId: ids.slachtofferhulp,
      name: "Slachtofferhulp Nederland",
      description: "Emotionele, praktische en juridische hulp voor slachtoffers, nabestaanden en getuigen van een misdrijf, verkeersongeluk of ramp.",
      url: "https://www.slachtofferhulp.nl",
      topics: ["SGBV", "HUMAN_TRAFFICKING"],
      interpretersAvailable: true,
      residenceEligibility: everyone,
      applicationProcess: "Bel 0900-0101 of meld u aan via de website; een medewerker neemt contact op en bespreekt welke hulp past.",
      feesDescription: "De hulp is gratis; bellen kost het lokale tarief.",
      anonymousLine: false,
      nationwide: true,
      assuredOn: today,
      municipalityCodes: [],
      languageCodes: ["nld", "eng"],
      phones: [{ number: "0900-0101", description: "Lokaal tarief; in een crisis ook buiten kantoortijden" }],
      schedules: hours(WORKDAYS, "08:00", "20:00"),
    },
  ];
}

/** Demo services in one GGD region: the GGD's own clinic, a GP practice, mental health care and the regional CSG location. */
function regionalServices(ggd: DemoOrganisation, ggdId: number, csgId: number, index: number, today: string, stale: string): SeedService[] {
  const city = ggd.name.replace(/^GGD\s+/, "");
  const place = (offsetKm: number) => ({ lat: Math.round((ggd.location.lat + offsetKm / 111) * 1e5) / 1e5, lon: ggd.location.lon });
  const postalCode = `${1000 + ((index * 397) % 8900)} DM`;
  const location = (name: string, street: string, offsetKm: number) => ({
    name,
    address: `${street} (demo-adres)`,
    postalCode,
    city,
    municipalityCode: ggd.municipalityCode,
    ...place(offsetKm),
  });
  const common = { interpretersAvailable: true, nationwide: false, municipalityCodes: [ggd.municipalityCode], anonymousLine: false };
  return [
    {
      ...common,
      organisationId: csgId,
      name: `Centrum Seksueel Geweld ${city} (demo-locatie)`,
      description: "Demo: de regionale locatie van het Centrum Seksueel Geweld, in het ziekenhuis. Acute hulp na seksueel geweld.",
      topics: ["SEXUAL_VIOLENCE", "SGBV", "SEXUAL_HEALTH"],
      residenceEligibility: ["ASYLUM_SEEKER", "STATUS_HOLDER", "UNDOCUMENTED"],
      applicationProcess: "Altijd eerst bellen via 0800-0188; de verpleegkundige spreekt af wanneer u kunt komen.",
      feesDescription: "Gratis, ook voor onverzekerden.",
      assuredOn: today,
      languageCodes: ["nld", "eng", "ara"],
      phones: [{ number: "0800-0188", description: "Landelijk nummer, wordt doorverbonden met deze locatie" }],
      schedules: allDay("Dag en nacht, na telefonisch contact"),
      location: location(`CSG ${city}, spoedeisende hulp`, "Ziekenhuisweg 1", 1.5),
    },
    {
      ...common,
      organisationId: ggdId,
      name: `Huisartsenpraktijk De Linde ${city} (demo)`,
      description: "Demo: huisartsenpraktijk die nieuwkomers inschrijft, ook mensen zonder verzekering.",
      topics: ["HEALTHCARE_NAVIGATION", "UNDOCUMENTED", "SEXUAL_HEALTH"],
      residenceEligibility: ["STATUS_HOLDER", "UNDOCUMENTED"],
      eligibilityDescription: "Wonend in de gemeente; asielzoekers in een opvanglocatie gaan naar de GZA-praktijk van hun locatie.",
      applicationProcess: "Bel voor inschrijving; u krijgt een kennismakingsgesprek, zo nodig met een tolk via de telefoon.",
      feesDescription: "Onverzekerden: de praktijk declareert via de regeling onverzekerdenzorg (CAK); u betaalt niets.",
      assuredOn: index % 3 === 1 ? stale : today,
      languageCodes: ["nld", "eng"],
      phones: [{ number: `0${20 + (index % 70)}-555 01${String(index % 100).padStart(2, "0")}`, description: "Assistente (demo-nummer)" }],
      schedules: hours(WORKDAYS, "08:00", "17:00"),
      location: location("Praktijk De Linde", "Lindelaan 12", -0.8),
    },
    {
      ...common,
      organisationId: ggdId,
      name: `GGZ Nieuwkomers ${city} (demo)`,
      description: "Demo: psychische zorg voor vluchtelingen en nieuwkomers, met traumabehandeling, na verwijzing door de huisarts.",
      topics: ["MENTAL_HEALTH", "SGBV"],
      residenceEligibility: ["ASYLUM_SEEKER", "STATUS_HOLDER"],
      applicationProcess: "Via een verwijzing van de huisarts (of de GZA-praktijk); u krijgt binnen vier weken een intakegesprek.",
      feesDescription: "Vergoed uit de basisverzekering of de Regeling Medische zorg Asielzoekers; eigen risico kan gelden.",
      assuredOn: index % 3 === 2 ? stale : today,
      languageCodes: ["nld", "eng", "ara", "tir", "fas"],
      phones: [{ number: `0${20 + (index % 70)}-555 02${String(index % 100).padStart(2, "0")}`, description: "Aanmelding (demo-nummer)" }],
      schedules: [...hours([1, 2, 3, 4], "09:00", "17:00"), ...hours([5], "09:00", "12:30")],
      location: location("GGZ Nieuwkomers", "Parkweg 4", 2.5),
    },
    {
      ...common,
      organisationId: ggdId,
      name: `Seksuele gezondheid ${ggd.name} (demo)`,
      description: "Demo: soa-test, anticonceptie en vragen over seksualiteit; ook anoniem advies per telefoon.",
      topics: ["SEXUAL_HEALTH", "SOGIESC"],
      residenceEligibility: ["ASYLUM_SEEKER", "STATUS_HOLDER", "UNDOCUMENTED"],
      applicationProcess: "Bel of maak online een afspraak; het advies per telefoon kan anoniem.",
      feesDescription: "Gratis voor wie tot een risicogroep hoort en voor jongeren tot 25 jaar.",
      anonymousLine: true,
      assuredOn: today,
      languageCodes: ["nld", "eng"],
      phones: [{ number: `0${20 + (index % 70)}-555 03${String(index % 100).padStart(2, "0")}`, description: "Spreekuur (demo-nummer)" }],
      schedules: hours(WORKDAYS, "08:30", "16:30"),
      location: location(`${ggd.name}, centrum seksuele gezondheid`, "Gezondheidsplein 2", 0.4),
    },
  ];
}

async function insertService(tx: EntityManager, service: SeedService): Promise<void> {
  const [{ id }] = await tx.query(
    `INSERT INTO care_service (organisation_id, name, description, url, email, topics, interpreters_available, residence_eligibility,
       eligibility_description, application_process, fees_description, anonymous_line, nationwide, public, assured_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, true, $14) RETURNING id`,
    [
      service.organisationId,
      service.name,
      service.description,
      service.url ?? null,
      service.email ?? null,
      service.topics,
      service.interpretersAvailable,
      service.residenceEligibility,
      service.eligibilityDescription ?? null,
      service.applicationProcess,
      service.feesDescription,
      service.anonymousLine,
      service.nationwide,
      service.assuredOn,
    ],
  );
  await tx.query(`INSERT INTO care_service_area (service_id, municipality_code) SELECT $1, unnest($2::varchar[])`, [id, service.municipalityCodes]);
  await tx.query(`INSERT INTO care_service_language (service_id, language_code) SELECT $1, unnest($2::varchar[])`, [id, service.languageCodes]);
  for (const phone of service.phones)
    await tx.query(`INSERT INTO care_service_phone (service_id, number, description) VALUES ($1, $2, $3)`, [id, phone.number, phone.description]);
  for (const s of service.schedules)
    await tx.query(`INSERT INTO care_service_schedule (service_id, weekday, opens_at, closes_at, notes) VALUES ($1, $2, $3, $4, $5)`, [
      id,
      s.weekday,
      s.opensAt,
      s.closesAt,
      s.notes ?? null,
    ]);
  const l = service.location;
  if (l)
    await tx.query(
      `INSERT INTO care_service_location (service_id, name, address, postal_code, city, municipality_code, lat, lon) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, l.name, l.address, l.postalCode, l.city, l.municipalityCode, l.lat, l.lon],
    );
}

/** The national lines' organisations, the lines, and the demo services of every GGD region; a few are stale (not assured for 200 days). */
export async function seedDemoServices(tx: EntityManager, organisations: DemoOrganisation[], organisationIds: number[], now: Date): Promise<number> {
  const today = now.toISOString().slice(0, 10);
  const stale = new Date(now.getTime() - 200 * 86_400_000).toISOString().slice(0, 10);
  const national: { id: number }[] = await tx.query(`INSERT INTO organisation (name, kind) SELECT unnest($1::varchar[]), 'NGO' RETURNING id`, [
    ["Veilig Thuis (landelijk netwerk)", "Centrum Seksueel Geweld (landelijk)", "Slachtofferhulp Nederland"],
  ]);
  const ids = { veiligThuis: national[0].id, csg: national[1].id, slachtofferhulp: national[2].id };
  const services = nationalLines(ids, today);
  organisations.forEach((organisation, i) => {
    if (organisation.kind === "GGD") services.push(...regionalServices(organisation, organisationIds[i], ids.csg, i, today, stale));
  });
  for (const service of services) await insertService(tx, service);
  // One named contact point per organisation of a GGD region (fictional people, demo addresses).
  const names = ["Annelies Bakker", "Youssef El Amrani", "Mirjam de Wit", "Daniel Tesfay", "Sanne Visser", "Hamid Rahimi", "Eva Jansen", "Samira Haddou"];
  const titles = ["Casemanager statushouders", "Teamleider jeugd", "Coördinator opvang", "Cultureel mediator", "Verpleegkundige seksuele gezondheid"];
  const contacts = organisationIds.map((organisationId, i) => ({
    organisationId,
    name: names[i % names.length],
    title: titles[i % titles.length],
    email: `contactpunt${i + 1}@organisatie.demo`,
    phone: `020-555 09${String(i % 100).padStart(2, "0")}`,
  }));
  await tx.query(
    `INSERT INTO organisation_contact (organisation_id, name, title, email, phone)
     SELECT * FROM unnest($1::int[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[])`,
    [
      contacts.map((c) => c.organisationId),
      contacts.map((c) => c.name),
      contacts.map((c) => c.title),
      contacts.map((c) => c.email),
      contacts.map((c) => c.phone),
    ],
  );
  return services.length;
}
