import { readFileSync } from "node:fs";
import path from "node:path";
import { booleanPointInPolygon } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { parseCsv } from "../domain/csv";
import { projectRoot } from "../shared/paths";

// Fictional demo data that looks like the real country: for the demo database, the
// benchmark and the simulation. Pure and deterministic: everything comes from the seed,
// `today` and the files in data/, so a run can be repeated exactly.

export type Gender = "FEMALE" | "MALE" | "NON_BINARY";
export type LanguageLevel = "NATIVE" | "FLUENT" | "BASIC";

export interface DemoKeyPerson {
  displayName: string;
  email: string;
  phone: string | null;
  gender: Gender | null;
  birthYear: number | null;
  languages: { code: string; level: LanguageLevel; dialect: string | null }[];
  expertiseCodes: string[];
  home: { lat: number; lon: number };
  municipalityCode: string;
  maxTravelKm: number;
  remoteAvailable: boolean;
  weeklyCapacityHours: number;
  status: "ACTIVE" | "PAUSED" | "INACTIVE";
  compensationType: "VOLUNTEER" | "FREELANCE" | "EMPLOYED";
  origins: string[];
  profileConfirmedAt: string;
  publicConsent: {
    listed: boolean;
    showName: boolean;
    showMunicipality: boolean;
    showLanguages: boolean;
    showExpertise: boolean;
    showEmail: boolean;
    showPhone: boolean;
  };
}

export interface DemoOrganisation {
  name: string;
  kind: "GGD" | "MUNICIPALITY" | "CLINIC" | "RECEPTION_LOCATION" | "NGO";
  municipalityCode: string;
  location: { lat: number; lon: number };
}

export interface DemoData {
  keyPersons: DemoKeyPerson[];
  organisations: DemoOrganisation[];
}

export interface Random {
  next(): number;
  int(min: number, maxInclusive: number): number;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  chance(p: number): boolean;
}

type Weighted<T> = readonly (readonly [T, number])[];
type LatLon = { lat: number; lon: number };

/** mulberry32: tiny, fast and good enough for demo data; the same seed gives the same stream. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  function int(min: number, maxInclusive: number): number {
    return min + Math.floor(next() * (maxInclusive - min + 1));
  }
  function pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick() needs at least one item");
    return items[int(0, items.length - 1)];
  }
  function weighted<T>(items: Weighted<T>): T {
    let total = 0;
    for (const [, weight] of items) total += weight;
    if (!(total > 0)) throw new Error("weighted() needs a positive total weight");
    let r = next() * total;
    for (const [item, weight] of items) {
      r -= weight;
      if (r < 0) return item;
    }
    // Floating-point rounding can leave r at a hair above 0 after the last item.
    return items[items.length - 1][0];
  }
  return { next, int, pick, weighted, chance: (p) => next() < p };
}

export function generateDemoData(options: { seed: number; keyPersons: number; organisations?: number; today: Date }): DemoData {
  const { seed, today } = options;
  const organisationCount = options.organisations ?? DEFAULT_ORGANISATIONS;
  assertCount("keyPersons", options.keyPersons);
  assertCount("organisations", organisationCount);
  if (Number.isNaN(today.getTime())) throw new RangeError("today must be a valid date");
  const reference = loadReference();
  // Separate streams, so asking for more or fewer organisations leaves the key persons unchanged.
  const personRandom = createRandom(seed);
  const organisationRandom = createRandom(seed ^ 0x5eed0a11);
  return {
    keyPersons: generateKeyPersons(reference, personRandom, options.keyPersons, today),
    organisations: generateOrganisations(reference, organisationRandom, organisationCount),
  };
}

function assertCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number >= 0, got ${value}`);
}

// ---------------------------------------------------------------------------
// Reference data, read once per process: the benchmark generates 100,000 persons and
// must not re-parse the boundaries for each.

interface Municipality {
  code: string;
  name: string;
  province: string;
  inside: LatLon;
  /** Degrees of latitude/longitude that span the radius of a circle as large as the municipality. */
  spread: LatLon;
  shape: Feature<Polygon | MultiPolygon>;
}

interface Reference {
  byName: Map<string, Municipality>;
  /** Where key persons live: the big cities by CITY_WEIGHTS, every other municipality a little. */
  homeWeights: Weighted<Municipality>;
  provinces: string[];
  expertiseCodes: string[];
}

let cachedReference: Reference | undefined;

function loadReference(): Reference {
  cachedReference ??= buildReference();
  return cachedReference;
}

function buildReference(): Reference {
  const dataDir = path.join(projectRoot(), "data");
  const read = (file: string) => readFileSync(path.join(dataDir, file), "utf8");
  const shapes = indexShapes(JSON.parse(read("nl_gemeenten_2025.geojson")) as FeatureCollection<Polygon | MultiPolygon>);
  const municipalities = parseCsv(read("nl_gemeenten_2025.csv")).map((row) => toMunicipality(row, shapes));
  const byName = new Map(municipalities.map((m) => [m.name, m]));
  assertKnownLanguages(new Set(parseCsv(read("languages_nl_newcomers.csv")).map((row) => row.code)));
  return {
    byName,
    homeWeights: homeWeights(municipalities, byName),
    provinces: [...new Set(municipalities.map((m) => m.province))].sort(),
    expertiseCodes: parseCsv(read("expertise.csv")).map((row) => row.code),
  };
}

function indexShapes(collection: FeatureCollection<Polygon | MultiPolygon>): Map<string, Feature<Polygon | MultiPolygon>> {
  // A bbox on the feature lets turf reject far-away points before the ring walk.
  return new Map(collection.features.map((feature) => [String(feature.id), { ...feature, bbox: boundingBox(feature.geometry) }]));
}

function boundingBox(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of polygons.flat()) {
    for (const [lon, lat] of ring) {
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  }
  return box;
}

function toMunicipality(row: Record<string, string>, shapes: Map<string, Feature<Polygon | MultiPolygon>>): Municipality {
  const shape = shapes.get(row.gemeentecode);
  if (!shape) throw new Error(`No boundary for ${row.gemeentecode} in nl_gemeenten_2025.geojson`);
  const inside = { lat: Number(row.inside_lat), lon: Number(row.inside_lon) };
  const radiusKm = Math.sqrt(Number(row.area_km2) / Math.PI);
  return {
    code: row.gemeentecode,
    name: row.gemeentenaam,
    province: row.provincienaam,
    inside,
    spread: { lat: radiusKm / KM_PER_DEGREE, lon: radiusKm / (KM_PER_DEGREE * Math.cos((inside.lat * Math.PI) / 180)) },
    shape,
  };
}

function homeWeights(municipalities: Municipality[], byName: Map<string, Municipality>): Weighted<Municipality> {
  const cityWeight = new Map(CITY_WEIGHTS.map(([name, weight]) => [municipalityNamed(byName, name).code, weight]));
  return municipalities.map((m) => [m, cityWeight.get(m.code) ?? BASE_MUNICIPALITY_WEIGHT] as const);
}

function municipalityNamed(byName: Map<string, Municipality>, name: string): Municipality {
  const municipality = byName.get(name);
  if (!municipality) throw new Error(`No municipality named ${name} in nl_gemeenten_2025.csv`);
  return municipality;
}

// Fails at load rather than writing a key person with a code the database would refuse.
function assertKnownLanguages(known: Set<string>): void {
  const used = new Set([...LANGUAGE_PROFILES.flatMap((p) => [p.code, ...(p.alsoSpeaks ?? []).map(([code]) => code)]), DUTCH, ENGLISH]);
  const unknown = [...used].filter((code) => !known.has(code));
  if (unknown.length > 0) throw new Error(`Language codes not in languages_nl_newcomers.csv: ${unknown.join(", ")}`);
}

// ---------------------------------------------------------------------------
// Places

const KM_PER_DEGREE = 111.32;
const PLACEMENT_ATTEMPTS = 8;
const SHRINK_PER_ATTEMPT = 0.6;

/**
 * A point inside the municipality: jitter around its inside point; a jitter that lands
 * outside (coast, odd shapes) is retried closer in, and the inside point itself is the
 * last resort. Checked after rounding, since rounding can push a point over the border.
 */
function placeIn(municipality: Municipality, random: Random): LatLon {
  let radius = 1;
  for (let attempt = 0; attempt < PLACEMENT_ATTEMPTS; attempt++) {
    const angle = random.next() * 2 * Math.PI;
    // sqrt: uniform over the disc instead of crowding the centre.
    const distance = Math.sqrt(random.next()) * radius;
    const point = {
      lat: round5(municipality.inside.lat + Math.sin(angle) * distance * municipality.spread.lat),
      lon: round5(municipality.inside.lon + Math.cos(angle) * distance * municipality.spread.lon),
    };
    if (booleanPointInPolygon([point.lon, point.lat], municipality.shape, { ignoreBoundary: true })) return point;
    radius *= SHRINK_PER_ATTEMPT;
  }
  return { ...municipality.inside };
}

function round5(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

/** The name a municipality uses for itself: Den Haag, not CBS's 's-Gravenhage; no "(Z.)" suffixes. */
function commonName(municipality: Municipality): string {
  return municipality.name === "'s-Gravenhage" ? "Den Haag" : municipality.name.replace(/\s*\([^)]*\)$/, "");
}

// By CBS name, so a typo or a municipal merger fails loudly at load.
const BASE_MUNICIPALITY_WEIGHT = 1;
const CITY_WEIGHTS: Weighted<string> = [
  ["Amsterdam", 40],
  ["Rotterdam", 35],
  ["'s-Gravenhage", 30],
  ["Utrecht", 22],
  ["Groningen", 12],
  ["Eindhoven", 10],
  ["Tilburg", 9],
  ["Almere", 9],
  ["Nijmegen", 9],
  ["Arnhem", 9],
  ["Enschede", 8],
  ["Breda", 7],
  ["Apeldoorn", 6],
  ["Haarlem", 6],
  ["Zwolle", 6],
  ["Leiden", 6],
  ["Maastricht", 6],
  ["Amersfoort", 6],
  ["Zaanstad", 6],
  ["'s-Hertogenbosch", 6],
  ["Leeuwarden", 6],
  ["Dordrecht", 5],
  ["Emmen", 4],
  ["Venlo", 4],
  ["Heerlen", 4],
  ["Delft", 4],
  ["Haarlemmermeer", 4],
  ["Alkmaar", 4],
  ["Deventer", 4],
  ["Helmond", 4],
  ["Schiedam", 4],
  ["Zoetermeer", 4],
  ["Amstelveen", 3],
  ["Hilversum", 3],
  ["Lelystad", 3],
  ["Assen", 3],
  ["Middelburg (Z.)", 3],
  ["Vlissingen", 3],
  ["Ede", 3],
  ["Hengelo (O.)", 3],
  ["Almelo", 3],
  ["Sittard-Geleen", 3],
  ["Oss", 3],
  ["Gouda", 3],
  ["Roermond", 2],
  ["Westerwolde", 2],
  ["Midden-Groningen", 2],
];

// ---------------------------------------------------------------------------
// Key persons

function generateKeyPersons(reference: Reference, random: Random, count: number, today: Date): DemoKeyPerson[] {
  const emailsTaken = new Map<string, number>();
  const persons: DemoKeyPerson[] = [];
  for (let i = 0; i < count; i++) persons.push(generateKeyPerson(reference, random, today, emailsTaken));
  return persons;
}

function generateKeyPerson(reference: Reference, random: Random, today: Date, emailsTaken: Map<string, number>): DemoKeyPerson {
  const profile = random.weighted(LANGUAGE_PROFILE_WEIGHTS);
  const gender = random.weighted(GENDERS);
  const name = personName(NAME_POOLS[profile.names], gender, random);
  const municipality = random.weighted(reference.homeWeights);
  const phone = random.chance(0.85) ? mobileNumber(random) : null;
  return {
    displayName: name.display,
    email: uniqueEmail(name.given, name.family, emailsTaken),
    phone,
    gender,
    birthYear: birthYear(random, today),
    languages: languages(profile, random),
    expertiseCodes: expertise(reference.expertiseCodes, profile.fgmCommon === true, random),
    home: placeIn(municipality, random),
    municipalityCode: municipality.code,
    maxTravelKm: random.int(...random.weighted(TRAVEL_KM_RANGES)),
    remoteAvailable: random.chance(0.4),
    weeklyCapacityHours: random.int(...random.weighted(CAPACITY_HALF_HOUR_RANGES)) / 2,
    status: random.weighted(STATUSES),
    compensationType: random.weighted(COMPENSATION_TYPES),
    origins: origins(profile, random),
    profileConfirmedAt: profileConfirmedAt(random, today),
    publicConsent: publicConsent(random, phone !== null),
  };
}

const GENDERS: Weighted<Gender | null> = [
  ["FEMALE", 62],
  ["MALE", 33],
  ["NON_BINARY", 2],
  [null, 3],
];
const STATUSES: Weighted<DemoKeyPerson["status"]> = [
  ["ACTIVE", 85],
  ["PAUSED", 10],
  ["INACTIVE", 5],
];
const COMPENSATION_TYPES: Weighted<DemoKeyPerson["compensationType"]> = [
  ["VOLUNTEER", 70],
  ["FREELANCE", 20],
  ["EMPLOYED", 10],
];
const TRAVEL_KM_RANGES: Weighted<readonly [number, number]> = [
  [[5, 14], 15],
  [[15, 40], 70],
  [[41, 80], 15],
];
// In half hours, so every capacity is a whole or half hour.
const CAPACITY_HALF_HOUR_RANGES: Weighted<readonly [number, number]> = [
  [[4, 7], 10],
  [[8, 24], 75],
  [[25, 48], 15],
];
// A few under 21: the volunteer allowance has a lower hourly cap for them.
const AGE_RANGES: Weighted<readonly [number, number]> = [
  [[18, 20], 3],
  [[21, 24], 6],
  [[25, 65], 86],
  [[66, 74], 3],
];

function birthYear(random: Random, today: Date): number | null {
  if (random.chance(0.02)) return null;
  return today.getUTCFullYear() - random.int(...random.weighted(AGE_RANGES));
}

// 06-1…: the shape of a Dutch mobile number; demo data only, never dialled.
function mobileNumber(random: Random): string {
  return `06-1${String(random.int(0, 9_999_999)).padStart(7, "0")}`;
}

const SECOND_MS = 1000;
const DAY_S = 86_400;

// Most profiles fresh, some past the 180-day limit, so the demo shows STALE ones.
function profileConfirmedAt(random: Random, today: Date): string {
  const ageSeconds = random.chance(0.08) ? random.int(181 * DAY_S, 540 * DAY_S) : random.int(60, 170 * DAY_S);
  return new Date(today.getTime() - ageSeconds * SECOND_MS).toISOString();
}

function publicConsent(random: Random, hasPhone: boolean): DemoKeyPerson["publicConsent"] {
  if (!random.chance(0.45)) {
    return { listed: false, showName: false, showMunicipality: false, showLanguages: false, showExpertise: false, showEmail: false, showPhone: false };
  }
  return {
    listed: true,
    showName: random.chance(0.8),
    showMunicipality: random.chance(0.9),
    showLanguages: random.chance(0.95),
    showExpertise: random.chance(0.85),
    showEmail: random.chance(0.35),
    showPhone: hasPhone && random.chance(0.2),
  };
}

// ---------------------------------------------------------------------------
// Names and e-mail

interface NamePool {
  female: readonly string[];
  male: readonly string[];
  family: readonly string[];
  /** Share who go by given name and initial ("Tesfay G."), common where the second name is a father's name. */
  initialShare: number;
}

function personName(pool: NamePool, gender: Gender | null, random: Random): { given: string; family: string; display: string } {
  const feminine = gender === "FEMALE" || (gender !== "MALE" && random.chance(0.5));
  const given = random.pick(feminine ? pool.female : pool.male);
  const family = random.pick(pool.family);
  const display = random.chance(pool.initialShare) ? `${given} ${family[0]}.` : `${given} ${family}`;
  return { given, family, display };
}

// The same name twice gets a number, so e-mail stays unique however many persons are asked for.
function uniqueEmail(given: string, family: string, taken: Map<string, number>): string {
  const local = `${asciiSlug(given)}.${asciiSlug(family)}`;
  const seen = (taken.get(local) ?? 0) + 1;
  taken.set(local, seen);
  return `${seen === 1 ? local : `${local}${seen}`}@example.org`;
}

function asciiSlug(name: string): string {
  return name
    .replace(/ı/g, "i")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z-]/g, "");
}

const list = (names: string): readonly string[] => names.split(", ");

// Common given and family names, combined at random: fictional people, not real ones.
const NAME_POOLS = {
  levant: {
    female: list(
      "Amina, Rania, Lina, Nour, Huda, Reem, Dima, Hala, Yasmin, Samar, Rasha, Ghada, Salma, Lama, Rima, Aya, Fatima, Mariam, Sara, Nisreen, Batoul, Ruba, Sawsan, Joud, Heba, Manal, Widad, Razan",
    ),
    male: list(
      "Ahmad, Mohammad, Khaled, Omar, Bassel, Fadi, Rami, Samer, Tarek, Yousef, Hassan, Ali, Mahmoud, Ammar, Wael, Firas, Hussam, Majd, Nizar, Ziad, Anas, Mouaz, Hazem, Iyad, Louay, Basel, Adnan, Jihad",
    ),
    family: list(
      "Al-Hamwi, Haddad, Khoury, Darwish, Saleh, Nasser, Mansour, Haj Ali, Qassem, Halabi, Shami, Othman, Ibrahim, Hamdan, Sabbagh, Kassab, Zein, Attar, Jaber, Hourani, Masri, Kurdi, Akkad, Shaar, Halaq, Dabbagh, Barakat, Khatib, Sawaf, Rifai",
    ),
    initialShare: 0.12,
  },
  iraqi: {
    female: list("Zainab, Noor, Huda, Shaima, Rusul, Hiba, Dalia, Israa, Marwa, Sura, Zahraa, Maryam"),
    male: list("Haider, Mustafa, Ali, Hussein, Abbas, Ahmed, Saif, Karrar, Ammar, Zaid, Laith, Mohammed"),
    family: list("Al-Jubouri, Al-Obaidi, Al-Saadi, Al-Tamimi, Al-Rubaie, Al-Hashimi, Kadhim, Jassim, Hamid, Abdulla, Al-Khafaji, Salman"),
    initialShare: 0.12,
  },
  kurdish: {
    female: list("Berfin, Rojda, Dilan, Jiyan, Zozan, Hevin, Nazdar, Shilan, Avin, Ronahi, Newroz, Lana, Chnar, Sozan, Bahar, Delal, Gulistan, Hana, Shireen"),
    male: list("Azad, Dilshad, Rebwar, Karwan, Shivan, Baran, Serhat, Hozan, Kawa, Rojhat, Aram, Soran, Hemin, Dara, Botan, Diyar, Goran, Peshraw, Zana"),
    family: list(
      "Ahmed, Mustafa, Rashid, Hama, Aziz, Omer, Salih, Qadir, Karim, Hassan, Ismail, Mahmud, Abdullah, Rasul, Hussein, Sheikhmous, Bakir, Faraj, Hawrami, Jaff",
    ),
    initialShare: 0.12,
  },
  eritrean: {
    female: list(
      "Selam, Helen, Senait, Mebrat, Lemlem, Saba, Yohana, Rahwa, Feven, Winta, Mihret, Hiwet, Elsa, Ruta, Freweyni, Aster, Tsega, Luwam, Eden, Meaza, Nebiat, Yordanos, Saron",
    ),
    male: list(
      "Tesfay, Yonas, Dawit, Berhane, Filmon, Henok, Kidane, Mehari, Amanuel, Robel, Semere, Tekle, Yemane, Habtom, Samuel, Efrem, Merhawi, Ermias, Simon, Biniam, Natnael, Abraham, Michael",
    ),
    family: list(
      "Gebremedhin, Tesfamariam, Habte, Kahsay, Woldu, Tekle, Berhe, Haile, Mehari, Asfaha, Andemariam, Gebreselassie, Tsegay, Negash, Ghebremichael, Weldemariam, Kiflom, Abraha, Teklehaimanot, Yosief, Russom, Goitom, Fesshaye",
    ),
    initialShare: 0.35,
  },
  ethiopian: {
    female: list("Meron, Hanna, Bethlehem, Tigist, Almaz, Selamawit, Mekdes, Eden, Hirut, Chaltu, Lensa, Genet"),
    male: list("Abebe, Dawit, Getachew, Bekele, Tadesse, Solomon, Yohannes, Girma, Lemma, Tolosa, Gemechu, Biniam"),
    family: list("Tadesse, Bekele, Alemu, Girma, Kebede, Desta, Mengistu, Abera, Gudeta, Tolessa, Wolde, Assefa"),
    initialShare: 0.3,
  },
  afghan: {
    female: list(
      "Mariam, Zahra, Fereshta, Nargis, Shabnam, Parwana, Mursal, Laila, Roya, Soraya, Fatima, Hasina, Zarghona, Malalai, Freshta, Madina, Nilofar, Sodaba, Tahmina, Khatera",
    ),
    male: list(
      "Ahmad, Mohammad, Farid, Jawid, Hamid, Nasir, Wahid, Rahim, Karim, Sayed, Habib, Ajmal, Mirwais, Qais, Sohrab, Jamshid, Naweed, Bashir, Elyas, Sharif",
    ),
    family: list(
      "Ahmadi, Rahimi, Hakimi, Karimi, Sultani, Noori, Popal, Wardak, Stanikzai, Hussaini, Rezaei, Haidari, Safi, Amiri, Mohammadi, Azizi, Faizi, Nazari, Samadi, Sharifi, Jalali, Habibi",
    ),
    initialShare: 0.12,
  },
  iranian: {
    female: list("Maryam, Shirin, Nasrin, Leila, Parisa, Niloufar, Sahar, Mina, Azadeh, Roya, Ladan, Golnar, Samira"),
    male: list("Reza, Ali, Hossein, Mehdi, Amir, Babak, Kaveh, Arash, Dariush, Farhad, Navid, Omid, Siamak"),
    family: list("Hosseini, Rezaei, Moradi, Jafari, Karimi, Sadeghi, Rahmani, Tehrani, Kazemi, Bahrami, Shirazi, Najafi, Ebrahimi"),
    initialShare: 0.12,
  },
  turkish: {
    female: list("Ayşe, Elif, Zeynep, Fatma, Emine, Hatice, Merve, Büşra, Esra, Derya, Gül, Sibel, Hülya"),
    male: list("Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, Murat, Emre, Burak, Kemal, Osman, Serkan"),
    family: list("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Aydın, Öztürk, Arslan, Doğan, Kılıç, Aslan, Koç, Kurt, Polat"),
    initialShare: 0.1,
  },
  somali: {
    female: list("Hodan, Faadumo, Asha, Sahra, Hibaaq, Ifrah, Amina, Khadra, Ubah, Nasra, Deeqa, Sagal"),
    male: list("Abdi, Mohamed, Ahmed, Abdirahman, Hassan, Farah, Yusuf, Omar, Mahad, Liban, Guled, Said"),
    family: list("Yusuf, Warsame, Abdullahi, Hirsi, Jama, Farah, Osman, Nur, Aden, Ali, Dahir, Mohamud, Egal, Haji"),
    initialShare: 0.25,
  },
  ukrainian: {
    // Family names that do not change with gender, so any of them fits any given name.
    female: list(
      "Olena, Oksana, Iryna, Nataliia, Tetiana, Yuliia, Kateryna, Svitlana, Halyna, Anastasiia, Viktoriia, Mariia, Liudmyla, Olha, Khrystyna, Daryna, Inna",
    ),
    male: list("Oleksandr, Andrii, Serhii, Dmytro, Volodymyr, Mykola, Ihor, Yurii, Vasyl, Taras, Bohdan, Oleh, Roman, Pavlo, Maksym, Artem, Vitalii"),
    family: list(
      "Kovalenko, Shevchenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boiko, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko, Koval, Moroz, Polishchuk, Tkachuk, Kovalchuk, Hrytsenko, Sydorenko, Pavlenko, Zinchenko, Honchar",
    ),
    initialShare: 0.08,
  },
  maghrebi: {
    female: list("Fatima, Khadija, Naima, Latifa, Malika, Samira, Nadia, Hafsa, Ikram, Soukaina, Loubna, Salma, Hanan, Siham"),
    male: list("Mohamed, Youssef, Mustapha, Hamid, Rachid, Said, Karim, Driss, Hicham, Nordin, Bilal, Anouar, Khalid, Aziz"),
    family: list("El Amrani, Benali, Bouzid, El Idrissi, Ouali, Azzouzi, El Haddaoui, Tahiri, Bakkali, Amrani, Chaoui, Ait Lahcen, Ouahabi, El Bouazzaoui"),
    initialShare: 0.1,
  },
  sudanese: {
    female: list("Amna, Hawa, Sawsan, Nada, Samah, Rayan, Tasneem, Mawahib, Ilham, Fatima, Hiba"),
    male: list("Mohamed, Osman, Abdelrahman, Elfatih, Hamza, Mujtaba, Mohanad, Musab, Ibrahim, Adam, Yasir"),
    family: list("Osman, Abdalla, Elamin, Ibrahim, Babiker, Elhassan, Abdelrahim, Mahgoub, Elnour, Idris, Suleiman"),
    initialShare: 0.15,
  },
  yemeni: {
    female: list("Arwa, Bilqis, Amal, Afrah, Wafa, Nabila, Eman, Huda"),
    male: list("Abdullah, Ali, Saleh, Mohammed, Fuad, Nabil, Adel, Waleed, Hamoud"),
    family: list("Al-Sanani, Al-Adeni, Saeed, Qaid, Al-Ansi, Al-Hakimi, Nasser, Haidar, Al-Maqtari"),
    initialShare: 0.12,
  },
  pakistani: {
    female: list("Ayesha, Sana, Hira, Maryam, Rabia, Saima, Nida"),
    male: list("Imran, Bilal, Usman, Faisal, Kamran, Adnan, Asif, Tariq"),
    family: list("Khan, Iqbal, Hussain, Malik, Chaudhry, Qureshi, Butt, Raza, Shah"),
    initialShare: 0.1,
  },
  georgian: {
    female: list("Nino, Tamar, Ketevan, Mariam, Ana, Eka, Salome, Natia"),
    male: list("Giorgi, Davit, Levan, Irakli, Nikoloz, Zurab, Lasha, Tornike"),
    family: list("Beridze, Kapanadze, Gelashvili, Maisuradze, Lomidze, Tsiklauri, Bolkvadze, Nozadze, Japaridze, Kiknadze"),
    initialShare: 0.1,
  },
  greatLakes: {
    female: list("Esperance, Grace, Divine, Merveille, Josephine, Aline, Clarisse, Nadine, Solange"),
    male: list("Jean-Claude, Patrick, Emmanuel, Fiston, Christian, Didier, Olivier, Eric, Pacifique"),
    family: list("Mukendi, Kabongo, Ilunga, Mbuyi, Tshibangu, Kalala, Lukusa, Ndikumana, Niyonzima, Hakizimana, Bizimana"),
    initialShare: 0.1,
  },
  guinean: {
    female: list("Aminata, Fatoumata, Mariama, Kadiatou, Hawa, Aissatou, Ramatoulaye"),
    male: list("Mamadou, Ibrahima, Alpha, Ousmane, Thierno, Amadou, Boubacar"),
    family: list("Diallo, Bah, Barry, Sow, Baldé, Camara, Condé, Sylla"),
    initialShare: 0.1,
  },
  nigerian: {
    female: list("Ngozi, Chioma, Blessing, Funmilayo, Adaeze, Yetunde, Amaka, Folake"),
    male: list("Chinedu, Emeka, Oluwaseun, Tunde, Ifeanyi, Segun, Obinna, Kunle"),
    family: list("Okafor, Adeyemi, Eze, Okonkwo, Balogun, Nwosu, Adebayo, Okoro"),
    initialShare: 0.1,
  },
  latin: {
    female: list("María, Daniela, Valentina, Carolina, Paola, Andrea, Luisa, Gabriela, Yuliana"),
    male: list("Juan, Carlos, Andrés, José, Luis, Diego, Camilo, Jorge, Miguel"),
    family: list("García, Rodríguez, Martínez, Gómez, López, Hernández, Pérez, Ramírez, Torres, Vargas, Castro"),
    initialShare: 0.08,
  },
} satisfies Record<string, NamePool>;

// ---------------------------------------------------------------------------
// Languages and origins

const DUTCH = "nld";
const ENGLISH = "eng";

/**
 * A group of key persons by native language and country of origin, weighted roughly
 * like newcomers in the Netherlands (Syria, Eritrea, Afghanistan, Turkey, Iraq, Somalia,
 * Ukraine, Iran, Morocco, …), so origins always fit the language.
 */
interface LanguageProfile {
  weight: number;
  code: string;
  origins: Weighted<string>;
  /** A second country of origin now and then, e.g. Afghans who grew up in Iran. */
  secondOrigin?: readonly [string, number];
  names: keyof typeof NAME_POOLS;
  dialects?: readonly string[];
  /** Other languages common in the group, each with the chance that a key person speaks it. */
  alsoSpeaks?: Weighted<string>;
  /** Where female genital mutilation is common, so FGM expertise is too. */
  fgmCommon?: boolean;
}

const LANGUAGE_PROFILES: readonly LanguageProfile[] = [
  {
    weight: 17,
    code: "apc",
    origins: [["SY", 1]],
    names: "levant",
    dialects: list("Damascene, Aleppo, Homs, Hama, Idlib, Hauran"),
    alsoSpeaks: [
      ["arb", 0.3],
      ["tur", 0.08],
    ],
  },
  { weight: 2, code: "apc", origins: [["PS", 1]], secondOrigin: ["SY", 0.4], names: "levant", dialects: list("Palestinian"), alsoSpeaks: [["arb", 0.3]] },
  {
    weight: 1.5,
    code: "ara",
    origins: [
      ["SY", 4],
      ["LB", 1],
    ],
    names: "levant",
    alsoSpeaks: [["arb", 0.4]],
  },
  {
    weight: 4,
    code: "kmr",
    origins: [["SY", 1]],
    names: "kurdish",
    dialects: list("Kobanî, Afrin, Cizîrê"),
    alsoSpeaks: [
      ["apc", 0.85],
      ["tur", 0.1],
    ],
  },
  {
    weight: 12,
    code: "tir",
    origins: [["ER", 1]],
    names: "eritrean",
    alsoSpeaks: [
      ["amh", 0.25],
      ["ara", 0.2],
    ],
    fgmCommon: true,
  },
  {
    weight: 1.5,
    code: "tig",
    origins: [["ER", 1]],
    names: "eritrean",
    alsoSpeaks: [
      ["tir", 0.8],
      ["ara", 0.4],
    ],
    fgmCommon: true,
  },
  { weight: 1, code: "tir", origins: [["ET", 1]], names: "eritrean", dialects: list("Tigray"), alsoSpeaks: [["amh", 0.7]], fgmCommon: true },
  { weight: 2.5, code: "amh", origins: [["ET", 1]], names: "ethiopian", alsoSpeaks: [["orm", 0.15]], fgmCommon: true },
  { weight: 1, code: "orm", origins: [["ET", 1]], names: "ethiopian", alsoSpeaks: [["amh", 0.6]], fgmCommon: true },
  {
    weight: 7,
    code: "prs",
    origins: [["AF", 1]],
    secondOrigin: ["IR", 0.1],
    names: "afghan",
    dialects: list("Herati, Kabuli, Panjshiri"),
    alsoSpeaks: [
      ["pus", 0.25],
      ["pes", 0.15],
      ["urd", 0.05],
    ],
  },
  { weight: 1.5, code: "haz", origins: [["AF", 1]], secondOrigin: ["IR", 0.25], names: "afghan", alsoSpeaks: [["prs", 0.9]] },
  {
    weight: 2.5,
    code: "pus",
    origins: [["AF", 1]],
    names: "afghan",
    dialects: list("Kandahari, Nangarhari"),
    alsoSpeaks: [
      ["prs", 0.7],
      ["urd", 0.1],
    ],
  },
  { weight: 5, code: "tur", origins: [["TR", 1]], names: "turkish" },
  { weight: 2.5, code: "kmr", origins: [["TR", 1]], names: "kurdish", dialects: list("Botanî, Serhedî"), alsoSpeaks: [["tur", 0.95]] },
  {
    weight: 3,
    code: "acm",
    origins: [["IQ", 1]],
    names: "iraqi",
    dialects: list("Baghdadi, Basrawi, Moslawi"),
    alsoSpeaks: [
      ["arb", 0.3],
      ["ckb", 0.05],
    ],
  },
  {
    weight: 2.5,
    code: "ckb",
    origins: [["IQ", 1]],
    names: "kurdish",
    dialects: list("Sulaymani, Hewlêrî"),
    alsoSpeaks: [
      ["acm", 0.4],
      ["arb", 0.2],
    ],
    fgmCommon: true,
  },
  {
    weight: 0.8,
    code: "kmr",
    origins: [["IQ", 1]],
    names: "kurdish",
    dialects: list("Badînî"),
    alsoSpeaks: [
      ["acm", 0.3],
      ["ckb", 0.2],
    ],
  },
  { weight: 1, code: "ckb", origins: [["IR", 1]], names: "kurdish", dialects: list("Mukriyanî, Erdelanî"), alsoSpeaks: [["pes", 0.9]] },
  { weight: 4, code: "pes", origins: [["IR", 1]], names: "iranian", dialects: list("Tehrani, Shirazi, Mashhadi"), alsoSpeaks: [["azb", 0.05]] },
  {
    weight: 0.5,
    code: "azb",
    origins: [["IR", 1]],
    names: "iranian",
    dialects: list("Tabrizi"),
    alsoSpeaks: [
      ["pes", 0.95],
      ["tur", 0.3],
    ],
  },
  {
    weight: 4.5,
    code: "som",
    origins: [["SO", 1]],
    names: "somali",
    dialects: list("Maxaa tiri, Benadiri, Maay"),
    alsoSpeaks: [["ara", 0.3]],
    fgmCommon: true,
  },
  { weight: 7, code: "ukr", origins: [["UA", 1]], names: "ukrainian", alsoSpeaks: [["rus", 0.85]] },
  { weight: 1, code: "rus", origins: [["UA", 1]], names: "ukrainian", alsoSpeaks: [["ukr", 0.7]] },
  {
    weight: 4,
    code: "ary",
    origins: [["MA", 1]],
    names: "maghrebi",
    dialects: list("Casablanca, Fes, Oujda"),
    alsoSpeaks: [
      ["fra", 0.4],
      ["arb", 0.3],
    ],
  },
  {
    weight: 2.5,
    code: "rif",
    origins: [["MA", 1]],
    names: "maghrebi",
    dialects: list("Nador, Al Hoceima"),
    alsoSpeaks: [
      ["ary", 0.85],
      ["fra", 0.2],
    ],
  },
  {
    weight: 0.7,
    code: "tzm",
    origins: [["MA", 1]],
    names: "maghrebi",
    alsoSpeaks: [
      ["ary", 0.85],
      ["fra", 0.3],
    ],
  },
  { weight: 0.5, code: "shi", origins: [["MA", 1]], names: "maghrebi", dialects: list("Souss"), alsoSpeaks: [["ary", 0.85]] },
  {
    weight: 0.5,
    code: "arq",
    origins: [["DZ", 1]],
    names: "maghrebi",
    alsoSpeaks: [
      ["fra", 0.8],
      ["kab", 0.1],
    ],
  },
  { weight: 0.3, code: "aeb", origins: [["TN", 1]], names: "maghrebi", alsoSpeaks: [["fra", 0.7]] },
  {
    weight: 2.5,
    code: "apd",
    origins: [["SD", 1]],
    names: "sudanese",
    dialects: list("Khartoum, Kordofan, Darfur"),
    alsoSpeaks: [["arb", 0.35]],
    fgmCommon: true,
  },
  { weight: 1, code: "ayn", origins: [["YE", 1]], names: "yemeni", dialects: list("Sana'ani"), alsoSpeaks: [["arb", 0.3]], fgmCommon: true },
  { weight: 0.5, code: "acq", origins: [["YE", 1]], names: "yemeni", dialects: list("Taizzi, Adeni"), alsoSpeaks: [["arb", 0.3]], fgmCommon: true },
  { weight: 0.8, code: "urd", origins: [["PK", 1]], names: "pakistani", alsoSpeaks: [["pnb", 0.4]] },
  { weight: 0.8, code: "kat", origins: [["GE", 1]], names: "georgian", alsoSpeaks: [["rus", 0.6]] },
  {
    weight: 0.8,
    code: "lin",
    origins: [["CD", 1]],
    names: "greatLakes",
    alsoSpeaks: [
      ["fra", 0.9],
      ["swc", 0.3],
    ],
  },
  {
    weight: 0.5,
    code: "run",
    origins: [["BI", 1]],
    names: "greatLakes",
    alsoSpeaks: [
      ["fra", 0.8],
      ["swh", 0.4],
    ],
  },
  { weight: 0.8, code: "fuf", origins: [["GN", 1]], names: "guinean", alsoSpeaks: [["fra", 0.8]], fgmCommon: true },
  {
    weight: 0.4,
    code: "yor",
    origins: [["NG", 1]],
    names: "nigerian",
    alsoSpeaks: [
      ["eng", 0.95],
      ["pcm", 0.5],
    ],
  },
  {
    weight: 0.4,
    code: "ibo",
    origins: [["NG", 1]],
    names: "nigerian",
    alsoSpeaks: [
      ["eng", 0.95],
      ["pcm", 0.5],
    ],
  },
  {
    weight: 1.5,
    code: "spa",
    origins: [
      ["CO", 1],
      ["VE", 1],
    ],
    names: "latin",
  },
];

const LANGUAGE_PROFILE_WEIGHTS: Weighted<LanguageProfile> = LANGUAGE_PROFILES.map((p) => [p, p.weight] as const);

function languages(profile: LanguageProfile, random: Random): DemoKeyPerson["languages"] {
  const dialect = profile.dialects && random.chance(0.4) ? random.pick(profile.dialects) : null;
  const spoken = new Map<string, DemoKeyPerson["languages"][number]>([[profile.code, { code: profile.code, level: "NATIVE", dialect }]]);
  const add = (code: string, fluentShare: number) => {
    if (!spoken.has(code)) spoken.set(code, { code, level: random.chance(fluentShare) ? "FLUENT" : "BASIC", dialect: null });
  };
  for (const [code, share] of profile.alsoSpeaks ?? []) if (random.chance(share)) add(code, 0.65);
  if (random.chance(0.9)) add(DUTCH, 0.6);
  if (random.chance(0.5)) add(ENGLISH, 0.5);
  return [...spoken.values()];
}

function origins(profile: LanguageProfile, random: Random): string[] {
  const first = random.weighted(profile.origins);
  const second = profile.secondOrigin;
  return second && second[0] !== first && random.chance(second[1]) ? [first, second[0]] : [first];
}

// ---------------------------------------------------------------------------
// Expertise

// Codes not listed here (rows added to expertise.csv later) still appear, with weight 1.
const EXPERTISE_WEIGHTS: Readonly<Record<string, number>> = {
  SGBV: 14,
  SEXUAL_VIOLENCE: 4,
  DOMESTIC_VIOLENCE: 5,
  HONOUR_VIOLENCE: 3,
  FGM: 1,
  HUMAN_TRAFFICKING: 1.5,
  SOGIESC: 1.2,
  MENTAL_HEALTH: 4,
  HEALTHCARE_NAVIGATION: 4,
  SEXUAL_HEALTH: 2.5,
  ASYLUM_PROCEDURE: 3,
  UNDOCUMENTED: 1,
  HOUSING: 2,
  YOUTH: 2,
  PARENTING: 2.5,
  INTEGRATION: 3,
  EDUCATION_INFO: 3,
};
const FGM_COMMON_WEIGHT = 6;
const EXPERTISE_COUNTS: Weighted<number> = [
  [1, 12],
  [2, 25],
  [3, 33],
  [4, 20],
  [5, 10],
];

function expertise(codes: readonly string[], fgmCommon: boolean, random: Random): string[] {
  const remaining = codes.map((code) => [code, expertiseWeight(code, fgmCommon)] as [string, number]);
  const chosen = new Set<string>();
  const count = Math.min(random.weighted(EXPERTISE_COUNTS), codes.length);
  while (chosen.size < count) chosen.add(takeWeighted(remaining, random));
  // In the file's order, so profiles read alike.
  return codes.filter((code) => chosen.has(code));
}

function expertiseWeight(code: string, fgmCommon: boolean): number {
  return code === "FGM" && fgmCommon ? FGM_COMMON_WEIGHT : (EXPERTISE_WEIGHTS[code] ?? 1);
}

// ---------------------------------------------------------------------------
// Organisations

const DEFAULT_ORGANISATIONS = 20;
type OrganisationKind = DemoOrganisation["kind"];
type FictionalKind = Exclude<OrganisationKind, "GGD" | "MUNICIPALITY">;

// Repeats every ten: 3 GGDs, 2 municipalities, 2 clinics, 2 reception locations, 1 NGO.
const KIND_PATTERN: readonly OrganisationKind[] = [
  "GGD",
  "MUNICIPALITY",
  "RECEPTION_LOCATION",
  "CLINIC",
  "GGD",
  "NGO",
  "RECEPTION_LOCATION",
  "CLINIC",
  "GGD",
  "MUNICIPALITY",
];

// The real regional GGDs with a municipality where they work; the first twelve cover the twelve provinces.
const GGDS: readonly (readonly [name: string, municipality: string])[] = [
  ["GGD Amsterdam", "Amsterdam"],
  ["GGD Rotterdam-Rijnmond", "Rotterdam"],
  ["GGD regio Utrecht", "Utrecht"],
  ["GGD Groningen", "Groningen"],
  ["GGD Brabant-Zuidoost", "Eindhoven"],
  ["GGD Gelderland-Zuid", "Nijmegen"],
  ["GGD Twente", "Enschede"],
  ["GGD Zuid Limburg", "Heerlen"],
  ["GGD Fryslân", "Leeuwarden"],
  ["GGD Zeeland", "Goes"],
  ["GGD Drenthe", "Assen"],
  ["GGD Flevoland", "Lelystad"],
  ["GGD Haaglanden", "'s-Gravenhage"],
  ["GGD Kennemerland", "Haarlem"],
  ["GGD Hollands Midden", "Leiden"],
  ["GGD IJsselland", "Zwolle"],
  ["GGD Hart voor Brabant", "'s-Hertogenbosch"],
  ["GGD West-Brabant", "Breda"],
  ["GGD Gelderland-Midden", "Arnhem"],
  ["GGD Noord- en Oost-Gelderland", "Zutphen"],
  ["GGD Limburg-Noord", "Venlo"],
  ["GGD Hollands Noorden", "Alkmaar"],
  ["GGD Zaanstreek-Waterland", "Zaanstad"],
  ["GGD Gooi en Vechtstreek", "Hilversum"],
  ["GGD Zuid-Holland Zuid", "Dordrecht"],
];

// Made-up names, always marked "(fictief)": no real practice, shelter or COA location is implied.
const FICTIONAL_NAMES: Record<FictionalKind, { prefixes: readonly string[]; cores: readonly string[] }> = {
  CLINIC: {
    prefixes: list("Huisartsenpraktijk, Gezondheidscentrum"),
    cores: list("De Linde, Het Anker, De Horst, De Es, Het Kompas, De Brink, De Wielewaal, Het Baken, De Vlinder, Zonnehof, De Meander, Het Palet"),
  },
  RECEPTION_LOCATION: {
    prefixes: list("Opvanglocatie, Noodopvang"),
    cores: list(
      "Zandweg, Heidezicht, Dennenoord, Kanaaldijk, Polderweg, Lindenhof, Beukenlaan, Molenweg, Eikenhorst, Duinzicht, Weidezicht, Bosrand, Akkerweg",
    ),
  },
  NGO: {
    prefixes: list("Stichting, Vereniging, Steunpunt"),
    cores: list("Samen Sterk, Brug naar Zorg, Nieuwe Start, Stem en Steun, Thuis in Nederland, Vrouwen voor Vrouwen, Open Deur, Veilige Haven"),
  },
};

function generateOrganisations(reference: Reference, random: Random, count: number): DemoOrganisation[] {
  const ggds = [...GGDS];
  const cities = CITY_WEIGHTS.map(([name, weight]) => [municipalityNamed(reference.byName, name), weight] as [Municipality, number]);
  // Fictional organisations go round the provinces, so every part of the country gets some.
  const provinces = shuffled(reference.provinces, random);
  const nameFictional = fictionalNamer(random);
  const organisations: DemoOrganisation[] = [];
  for (let i = 0; i < count; i++) {
    const planned = KIND_PATTERN[i % KIND_PATTERN.length];
    const ggd = planned === "GGD" ? ggds.shift() : undefined;
    if (ggd) {
      organisations.push(organisationIn(random, "GGD", ggd[0], municipalityNamed(reference.byName, ggd[1])));
    } else if (planned === "MUNICIPALITY" && cities.length > 0) {
      const municipality = takeWeighted(cities, random);
      organisations.push(organisationIn(random, "MUNICIPALITY", `Gemeente ${commonName(municipality)}`, municipality));
    } else {
      // Once the real GGDs or big cities run out, a fictional clinic takes the slot.
      const kind: FictionalKind = planned === "GGD" || planned === "MUNICIPALITY" ? "CLINIC" : planned;
      const province = provinces[organisations.length % provinces.length];
      const municipality = random.weighted(reference.homeWeights.filter(([m]) => m.province === province));
      organisations.push(organisationIn(random, kind, nameFictional(kind), municipality));
    }
  }
  return organisations;
}

function organisationIn(random: Random, kind: OrganisationKind, name: string, municipality: Municipality): DemoOrganisation {
  return { name, kind, municipalityCode: municipality.code, location: placeIn(municipality, random) };
}

/** Hands out each name once, in a seeded order, and numbers the repeats only when all are used. */
function fictionalNamer(random: Random): (kind: FictionalKind) => string {
  const pools = new Map<FictionalKind, string[]>();
  const handedOut = new Map<FictionalKind, number>();
  return (kind) => {
    const pool = pools.get(kind) ?? fictionalNamePool(kind, random);
    pools.set(kind, pool);
    const n = handedOut.get(kind) ?? 0;
    handedOut.set(kind, n + 1);
    const round = Math.floor(n / pool.length);
    return `${pool[n % pool.length]}${round > 0 ? ` ${round + 1}` : ""} (fictief)`;
  };
}

// One prefix per core, so no two locations share a core ("Opvanglocatie Heidezicht" beside "Noodopvang Heidezicht").
function fictionalNamePool(kind: FictionalKind, random: Random): string[] {
  const { prefixes, cores } = FICTIONAL_NAMES[kind];
  return shuffled(cores, random).map((core) => `${random.pick(prefixes)} ${core}`);
}

/** Draws without replacement, by weight, removing the drawn item from `items`. */
function takeWeighted<T>(items: (readonly [T, number])[], random: Random): T {
  const item = random.weighted(items);
  items.splice(
    items.findIndex(([candidate]) => candidate === item),
    1,
  );
  return item;
}

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
