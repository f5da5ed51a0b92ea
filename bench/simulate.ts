// `npm run simulate -- --seed 42 --weeks 52 --key-persons 1000`: a reproducible year of
// Sleutelkaart against the real service and database, through the GraphQL API over
// HTTP, with a simulated clock — and the same year under a naive "nearest key person
// with free hours" policy, side by side. docs/simulation.md describes the model, its
// assumptions and the measured figures.
//
// The world (key persons, reception locations, arrivals, moves, how each key person
// behaves) is generated from the seed before anything runs, so both policies meet the
// same newcomers at the same moments. Each policy runs against a fresh scratch
// database with the server in-process (sweep off: the simulation calls expireDue()
// after each move of the ManualClock). By default the two policies run at the same time
// in two child processes (--serial: one after the other, in this process).
//
// Prints a side-by-side table and writes bench/results/simulation.json.
// Database: DATABASE_URL's server when set (local only), else an embedded PostgreSQL in
// .data/simulate-pg; the scratch databases sk_sim_<pid>_<policy> are dropped afterwards.
import { MAX_RELOCATIONS_PER_DAY } from "../server/src/domain/matching-security";
import "reflect-metadata";
import argon2 from "argon2";
import { distance, point } from "@turf/turf";
import { fork, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { DataSource } from "typeorm";
import { TokenService } from "../server/src/auth/token";
import { ManualClock } from "../server/src/clock";
import { loadConfig } from "../server/src/config";
import { SGBV_EXPERTISE } from "../server/src/domain/oversight";
import { insertKeyPersons } from "../server/src/seed/demo";
import { seedDemoQualifications } from "../server/src/seed/demo-qualifications";
import { createRandom, generateDemoData, type DemoKeyPerson, type Random } from "../server/src/seed/demo-data";
import { startServer } from "../server/src/server";
import { projectRoot } from "../server/src/shared/paths";
import {
  createScratchDatabase,
  gql,
  gqlRaw,
  GraphQLRequestError,
  loadAverage,
  loadHeading,
  machine,
  openDatabaseServer,
  runMain,
  writeReport,
  type Machine,
} from "./support";

// =====================================================================================
// Options and the generated world
// =====================================================================================

export interface SimulationOptions {
  seed: number;
  weeks: number;
  keyPersons: number;
  /** New match requests per key person per year, before the seasonal and busy-week factors. */
  arrivalsPerKeyPersonYear?: number;
  /** A factor on the one-off requests' rates (appointments, consults, sessions; 1: the assumed rates). */
  oneOffScale?: number;
  /** Mean time between two moves of a newcomer (CBS 2023: about once in the first six months). */
  moveMeanWeeks?: number;
  /** The Monday the simulated year starts (UTC). A fixed date keeps runs identical whenever they run. */
  start?: string;
}

export const DEFAULTS = {
  seed: 42,
  weeks: 52,
  keyPersons: 1000,
  arrivalsPerKeyPersonYear: 1.2,
  oneOffScale: 1,
  moveMeanWeeks: 26,
  start: "2025-01-06",
} as const;

export type PolicyName = "sleutelkaart" | "naive";
export const POLICIES: readonly PolicyName[] = ["sleutelkaart", "naive"];

/** Two moments a day: the morning round (admin, oversight, matching) and an afternoon round (answers, arrivals, matching). */
const STEP_HOURS = [8, 14] as const;
const STEPS_PER_DAY = STEP_HOURS.length;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** An organisation looks again at a request nobody could take a week later (a weekly case meeting). */
const RETRY_STEPS = 7 * STEPS_PER_DAY;
/** A move is judged this long after it happened (or just before the case's next move or end). */
const MOVE_EVALUATION_STEPS = 7 * STEPS_PER_DAY;
/**
 * The naive organisation works down its whole list until the server accepts a proposal;
 * the coordinator's read for the figures looks at the first two (most proposals are made
 * to the first or second: each key person read costs about six SQL statements and an
 * audit entry), then at eight at a time.
 */
const NAIVE_LOOK_AHEAD = [2, 8] as const;
/** At most 4 moves for a newcomer in a year (CBS 2023). */
const MAX_MOVES = 4;
const SIM_PASSWORD = "simulated-password-not-secret";
const COORDINATOR_EMAIL = "sim-coordinator@example.org";
const ORGANISATION_EMAIL = "sim-organisation@example.org";
/** Weekdays from the Monday start: fewer requests at the weekend. */
const WEEKDAY_WEIGHTS: readonly (readonly [number, number])[] = [
  [0, 1],
  [1, 1],
  [2, 1],
  [3, 1],
  [4, 1],
  [5, 0.3],
  [6, 0.3],
];
/**
 * One-off requests per key person per year, beside the 1.2 requests for case support
 * (assumptions, docs/simulation.md): accompanying to one appointment is the most common
 * work after case support, advice to a professional less so, information sessions rare.
 */
const ONE_OFF_RATES: readonly (readonly [SimKind, number])[] = [
  ["APPOINTMENT", 0.8],
  ["CONSULT", 0.3],
  ["INFORMATION_SESSION", 0.1],
];
/** An appointment: on site, by phone or by video (the COA's interpreter service books most on site). */
const APPOINTMENT_MODES: readonly (readonly ["ON_SITE" | "PHONE" | "VIDEO", number])[] = [
  ["ON_SITE", 60],
  ["PHONE", 25],
  ["VIDEO", 15],
];
const APPOINTMENT_SETTINGS: readonly (readonly [string, number])[] = [
  ["GP", 30],
  ["MENTAL_HEALTH", 15],
  ["COA", 15],
  ["IND", 10],
  ["SCHOOL", 15],
  ["POLICE", 5],
  ["MUNICIPALITY", 10],
];
const APPOINTMENT_ROLES: readonly (readonly [string, number])[] = [
  ["INTERPRETER", 45],
  ["CULTURAL_MEDIATOR", 30],
  ["COMPANION", 25],
];
const SESSION_TOPICS = ["health care", "education", "housing", "work", "mental health", "the asylum procedure", "parenting"];
/** How long a newcomer needs a key person, in weeks. */
const SUPPORT_WEEKS: readonly (readonly [readonly [number, number], number])[] = [
  [[3, 6], 35],
  [[7, 14], 45],
  [[15, 30], 20],
];

export interface SimKeyPerson {
  index: number;
  data: DemoKeyPerson;
  active: boolean;
  /** Chance to decline a proposal, 10–25 %. */
  declineChance: number;
  /** Chance to let a proposal expire unanswered. */
  silentChance: number;
  /** The weekday (0 = Monday) on which they declare the week's hours and check in. */
  adminWeekday: number;
  /** Which week of four they check in (of twelve, while they have had no case for 8 weeks). */
  checkInPhase: number;
  checkInSkipChance: number;
  /** Added to the strain they report: some carry more than others. */
  sensitivity: number;
  /** Declared hours as a share of the agreed hours, drawn in this range each week ("sometimes over capacity"). */
  declareFactor: readonly [number, number];
  /** Never goes to intervision or supervision (stays NEVER, which does not exclude them). */
  supervisionNever: boolean;
  supervisionWeeks: number;
  supervisionForgetChance: number;
  /** Day (from the start, negative before it) of the last session before the simulation, or null. */
  lastSessionDay: number | null;
  /** Confirms the profile at a check-in once it is 90 days old; the others go stale at 180. */
  confirmsProfile: boolean;
  confirmedDay: number;
  /** Inclusive day ranges from the start. */
  leave: { from: number; to: number }[];
}

export interface Place {
  index: number;
  name: string;
  lat: number;
  lon: number;
  municipalityCode: string;
  weight: number;
}

/** The kinds of help (issue 16): weekly case support, and the one-off kinds. */
export type SimKind = "CASE_SUPPORT" | "APPOINTMENT" | "CONSULT" | "INFORMATION_SESSION";
export const SIM_KINDS: readonly SimKind[] = ["CASE_SUPPORT", "APPOINTMENT", "CONSULT", "INFORMATION_SESSION"];

export interface Arrival {
  index: number;
  /** What is asked; CASE_SUPPORT is weekly support that moves with the newcomer, the others are one-off. */
  kind: SimKind;
  step: number;
  /** Case support: when the need ends. A dated kind: the first round after its slot ends. A consult: when it is done. */
  endStep: number;
  /** A dated kind's slot (UTC), the first round at or after its start, and its hours. */
  slot: { startsAt: string; endsAt: string; startStep: number; hours: number } | null;
  appointment: { mode: "ON_SITE" | "PHONE" | "VIDEO"; setting: string; role: string } | null;
  consult: { topic: string; hours: number } | null;
  session: { expectedParticipants: number; topics: string[] } | null;
  requiredDialect: string | null;
  preferredDialect: string | null;
  place: number;
  caseReference: string;
  languageCodes: string[];
  expertiseCodes: string[];
  preferredGender: "FEMALE" | "MALE" | null;
  newcomerOrigin: string | null;
  backgroundPreference: "DIFFERENT" | "NO_PREFERENCE";
  hoursPerWeek: number;
  remoteAcceptable: boolean;
  moves: { step: number; place: number }[];
}

export interface World {
  options: Required<SimulationOptions>;
  start: Date;
  days: number;
  steps: number;
  keyPersons: SimKeyPerson[];
  places: Place[];
  arrivals: Arrival[];
  /** Geodesic km from each key person's home to each place: [keyPerson][place]. */
  km: Float64Array[];
}

export function timeOf(world: Pick<World, "start">, step: number): Date {
  const day = Math.floor(step / STEPS_PER_DAY);
  return new Date(world.start.getTime() + day * DAY_MS + STEP_HOURS[step % STEPS_PER_DAY] * HOUR_MS);
}

const isoDay = (world: Pick<World, "start">, day: number) => new Date(world.start.getTime() + day * DAY_MS).toISOString().slice(0, 10);

/** A random stream for one event, from the seed and the event's coordinates: the same event draws the same numbers under both policies. */
export function eventRandom(seed: number, ...parts: number[]): Random {
  let h = (seed ^ 0x2545f491) >>> 0;
  for (const part of parts) {
    h = Math.imul(h ^ (part | 0), 0x9e3779b1) >>> 0;
    h = (h ^ (h >>> 15)) >>> 0;
    h = Math.imul(h, 0x85ebca6b) >>> 0;
    h = (h ^ (h >>> 13)) >>> 0;
  }
  return createRandom(h);
}

// Tags that keep the event streams apart.
const TAG = { RESPONSE: 1, HOURS: 2, CHECK_IN: 3, SUPERVISION: 4, CLEAR: 5 } as const;

function normal(random: Random): number {
  const u = Math.max(random.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}

function poisson(random: Random, mean: number): number {
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(random)));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = random.next();
  while (p > limit) {
    k++;
    p *= random.next();
  }
  return k;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

const AMSTERDAM = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Amsterdam",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});
/** The moment of a wall-clock time in the Netherlands on a day of the simulation (appointments are made in Dutch time). */
function dutchTime(start: Date, day: number, hour: number, minute = 0): Date {
  const wall = start.getTime() + day * DAY_MS + hour * HOUR_MS + minute * 60_000;
  const parts = Object.fromEntries(AMSTERDAM.formatToParts(new Date(wall)).map((p) => [p.type, p.value]));
  const offset = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute)) - wall;
  return new Date(wall - offset);
}

/** A consult, or an appointment by phone or video: remote by nature, no distance counts. */
export const remoteKind = (arrival: Pick<Arrival, "kind" | "appointment">): boolean =>
  arrival.kind === "CONSULT" || (arrival.kind === "APPOINTMENT" && arrival.appointment?.mode !== "ON_SITE");

/** The first round at or after a moment. */
function stepAtOrAfter(start: Date, moment: Date): number {
  const day = Math.floor((moment.getTime() - start.getTime()) / DAY_MS);
  for (let step = Math.max(0, day * STEPS_PER_DAY); ; step++) if (timeOf({ start }, step).getTime() >= moment.getTime()) return step;
}
const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) =>
  distance(point([a.lon, a.lat]), point([b.lon, b.lat]), { units: "kilometers" });

/** Everything the simulation will meet, from the seed alone. */
export function buildWorld(input: SimulationOptions): World {
  const options: Required<SimulationOptions> = { ...DEFAULTS, ...input };
  const start = new Date(`${options.start}T00:00:00Z`);
  if (Number.isNaN(start.getTime())) throw new RangeError(`start must be a date (YYYY-MM-DD), got ${options.start}`);
  if (!Number.isInteger(options.weeks) || options.weeks < 1) throw new RangeError(`weeks must be a whole number >= 1, got ${options.weeks}`);
  if (!Number.isInteger(options.keyPersons) || options.keyPersons < 1)
    throw new RangeError(`key persons must be a whole number >= 1, got ${options.keyPersons}`);
  const days = options.weeks * 7;
  const steps = days * STEPS_PER_DAY;
  const { seed } = options;

  // Key persons exactly like the demo data (as of the first day), with how each behaves.
  const people = generateDemoData({ seed, keyPersons: options.keyPersons, organisations: 0, today: start }).keyPersons;
  const traits = createRandom(seed ^ 0x7e11a5);
  const keyPersons: SimKeyPerson[] = people.map((data, index) => {
    const supervisionNever = traits.chance(0.1);
    const supervisionWeeks = traits.int(4, 10);
    const overDeclarer = traits.chance(0.15);
    const leave: SimKeyPerson["leave"] = [];
    if (traits.chance(0.55)) {
      const from = 7 * traits.int(26, 33) + traits.int(0, 6);
      leave.push({ from, to: from + 7 * traits.int(1, 3) - 1 });
    }
    if (traits.chance(0.35)) {
      const from = traits.int(0, Math.max(0, days - 8));
      leave.push({ from, to: from + traits.int(5, 14) - 1 });
    }
    return {
      index,
      data,
      active: data.status === "ACTIVE",
      declineChance: 0.1 + 0.15 * traits.next(),
      silentChance: 0.02 + 0.06 * traits.next(),
      adminWeekday: traits.int(0, 6),
      checkInPhase: traits.int(0, 3),
      checkInSkipChance: traits.chance(0.2) ? 0.4 : 0.08,
      sensitivity: -0.6 + 1.4 * traits.next(),
      declareFactor: overDeclarer ? [1.15, 1.6] : [0.7, 1.1],
      supervisionNever,
      supervisionWeeks,
      supervisionForgetChance: traits.chance(0.2) ? 0.4 : 0.05,
      lastSessionDay: supervisionNever ? null : -traits.int(0, supervisionWeeks * 7 - 1),
      confirmsProfile: traits.chance(0.93),
      confirmedDay: Math.floor((Date.parse(data.profileConfirmedAt) - start.getTime()) / DAY_MS),
      leave: leave.filter((l) => l.from < days),
    };
  });

  // Fictional reception locations: points inside municipalities weighted like the demo data
  // (a separate generated set of homes gives the places), each with a size.
  const placeCount = clamp(Math.round(options.keyPersons / 50), 4, 40);
  const placeRandom = createRandom(seed ^ 0x91ace5);
  const places: Place[] = generateDemoData({ seed: seed + 3, keyPersons: placeCount, organisations: 0, today: start }).keyPersons.map((p, index) => ({
    index,
    name: `Opvanglocatie ${index + 1} (fictief)`,
    lat: p.home.lat,
    lon: p.home.lon,
    municipalityCode: p.municipalityCode,
    weight: placeRandom.int(1, 4),
  }));
  const placeWeights = places.map((p) => [p.index, p.weight] as const);

  // Arrivals per week: the base rate, a seasonal wave (most in the autumn) and now and then a busy week.
  const arrivalRandom = createRandom(seed ^ 0xa441a1);
  const perWeek = (options.arrivalsPerKeyPersonYear * options.keyPersons) / 52;
  const times: number[] = [];
  for (let week = 0; week < options.weeks; week++) {
    const season = 1 + 0.35 * Math.cos((2 * Math.PI * (week - 40)) / 52);
    const busy = arrivalRandom.chance(0.12) ? 1.8 : 1;
    const n = poisson(arrivalRandom, perWeek * season * busy);
    for (let i = 0; i < n; i++) {
      const day = week * 7 + arrivalRandom.weighted(WEEKDAY_WEIGHTS);
      times.push(day * STEPS_PER_DAY + arrivalRandom.int(0, STEPS_PER_DAY - 1));
    }
  }
  times.sort((a, b) => a - b);
  // Newcomers speak what the demo data's key persons speak: another generated set gives their languages, origins and gender.
  const newcomers = generateDemoData({ seed: seed + 7, keyPersons: Math.max(1, times.length), organisations: 0, today: start }).keyPersons;
  const nearPlaces = places.map((from) => places.filter((to) => to.index !== from.index && km(from, to) <= 60).map((to) => [to.index, to.weight] as const));
  const arrivals: Arrival[] = times.map((step, index) => {
    const person = newcomers[index];
    const spoken = person.languages.filter((l) => l.code !== "nld" && l.code !== "eng").map((l) => l.code);
    const languageCodes = [person.languages[0].code, ...(spoken.length > 1 && arrivalRandom.chance(0.25) ? [arrivalRandom.pick(spoken.slice(1))] : [])];
    const sgbv = arrivalRandom.chance(0.4);
    const gender = arrivalRandom.chance(0.2) ? (person.gender === "MALE" ? "MALE" : "FEMALE") : null;
    const different = arrivalRandom.chance(0.1);
    const place = arrivalRandom.weighted(placeWeights);
    const endStep = step + 7 * STEPS_PER_DAY * arrivalRandom.int(...arrivalRandom.weighted(SUPPORT_WEEKS));
    // Moves: a Poisson process with one move per moveMeanWeeks on average (once in the first six
    // months), at most four in the year after arrival; a third to a place within 60 km, the rest
    // anywhere. Only the moves while the newcomer still needs support are kept.
    const moves: Arrival["moves"] = [];
    let at = place;
    let elapsedDays = 0;
    for (let made = 0; made < MAX_MOVES; made++) {
      elapsedDays += -Math.log(1 - arrivalRandom.next()) * options.moveMeanWeeks * 7;
      if (elapsedDays > 364) break;
      const moveStep = step + Math.max(1, Math.round(elapsedDays * STEPS_PER_DAY));
      const near = nearPlaces[at];
      const others = placeWeights.filter(([i]) => i !== at);
      const to = near.length > 0 && arrivalRandom.chance(0.35) ? arrivalRandom.weighted(near) : others.length > 0 ? arrivalRandom.weighted(others) : at;
      if (moveStep < endStep && to !== at) moves.push({ step: moveStep, place: to });
      at = to;
    }
    return {
      index,
      step,
      endStep,
      place,
      kind: "CASE_SUPPORT" as SimKind,
      slot: null,
      appointment: null,
      consult: null,
      session: null,
      requiredDialect: null,
      preferredDialect: null,
      caseReference: `SIM-C${String(index + 1).padStart(5, "0")}`,
      languageCodes,
      expertiseCodes: sgbv ? ["SGBV"] : [],
      preferredGender: gender,
      newcomerOrigin: different ? person.origins[0] : null,
      backgroundPreference: different ? "DIFFERENT" : "NO_PREFERENCE",
      hoursPerWeek: arrivalRandom.int(2, 8) / 2,
      remoteAcceptable: arrivalRandom.chance(0.3),
      moves,
    };
  });

  // Dialect, on every kind (its own stream, so the rest of the world stays as it was): where the
  // newcomer's language has a dialect, 5 % require it and 10 % wish for it.
  const dialectRandom = createRandom(seed ^ 0xd1a1ec7);
  const dialectOf = (person: (typeof newcomers)[number]) => {
    const dialect = person.languages[0].dialect;
    const draw = dialectRandom.next();
    if (!dialect) return { requiredDialect: null, preferredDialect: null };
    return draw < 0.05
      ? { requiredDialect: dialect, preferredDialect: null }
      : draw < 0.15
        ? { requiredDialect: null, preferredDialect: dialect }
        : { requiredDialect: null, preferredDialect: null };
  };
  arrivals.forEach((arrival, i) => Object.assign(arrival, dialectOf(newcomers[i])));

  // One-off requests (issue 16), from a stream of their own: the same seasons and busy weeks'
  // shape, on weekdays; a dated one is asked 2-14 days (a session 7-28) ahead, in office hours.
  const oneOffRandom = createRandom(seed ^ 0x0b00c1);
  const oneOffTimes: [number, SimKind][] = [];
  for (const [kind, rate] of ONE_OFF_RATES) {
    for (let week = 0; week < options.weeks; week++) {
      const season = 1 + 0.35 * Math.cos((2 * Math.PI * (week - 40)) / 52);
      const n = poisson(oneOffRandom, ((rate * options.oneOffScale * options.keyPersons) / 52) * season);
      for (let i = 0; i < n; i++) oneOffTimes.push([(week * 7 + oneOffRandom.int(0, 4)) * STEPS_PER_DAY + oneOffRandom.int(0, STEPS_PER_DAY - 1), kind]);
    }
  }
  oneOffTimes.sort((a, b) => a[0] - b[0] || SIM_KINDS.indexOf(a[1]) - SIM_KINDS.indexOf(b[1]));
  const askers = generateDemoData({ seed: seed + 11, keyPersons: Math.max(1, oneOffTimes.length), organisations: 0, today: start }).keyPersons;
  const oneOffs: Arrival[] = oneOffTimes.map(([step, kind], i) => {
    const person = askers[i];
    const day = Math.floor(step / STEPS_PER_DAY);
    const place = oneOffRandom.weighted(placeWeights);
    let slot: Arrival["slot"] = null;
    let endStep = step + 14 * STEPS_PER_DAY; // a consult is done within two weeks of the request
    if (kind === "APPOINTMENT" || kind === "INFORMATION_SESSION") {
      let slotDay = day + (kind === "APPOINTMENT" ? oneOffRandom.int(2, 14) : oneOffRandom.int(7, 28));
      while ((slotDay % 7) + 1 > 5) slotDay++; // Monday to Friday (the world starts on a Monday)
      const [hour, minute] = kind === "APPOINTMENT" ? [oneOffRandom.int(9, 15), oneOffRandom.pick([0, 30])] : [oneOffRandom.pick([10, 14, 19]), 0];
      const hours = kind === "APPOINTMENT" ? oneOffRandom.pick([1, 1, 1.5, 2]) : oneOffRandom.pick([1.5, 2]);
      const startsAt = dutchTime(start, slotDay, hour, minute);
      const endsAt = new Date(startsAt.getTime() + hours * HOUR_MS);
      slot = { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), startStep: stepAtOrAfter(start, startsAt), hours };
      endStep = stepAtOrAfter(start, endsAt);
    }
    const language = person.languages[0].code;
    const consultHours = oneOffRandom.pick([0.5, 1, 1, 1.5, 2]);
    const topics = [...SESSION_TOPICS].sort(() => oneOffRandom.next() - 0.5).slice(0, oneOffRandom.int(1, 3));
    return {
      index: 0,
      kind,
      step,
      endStep,
      slot,
      appointment:
        kind === "APPOINTMENT"
          ? {
              mode: oneOffRandom.weighted(APPOINTMENT_MODES),
              setting: oneOffRandom.weighted(APPOINTMENT_SETTINGS),
              role: oneOffRandom.weighted(APPOINTMENT_ROLES),
            }
          : null,
      consult: kind === "CONSULT" ? { topic: "Advice on a case (simulated)", hours: consultHours } : null,
      session: kind === "INFORMATION_SESSION" ? { expectedParticipants: oneOffRandom.int(6, 40), topics } : null,
      ...dialectOf(person),
      place,
      caseReference: "",
      languageCodes: [language],
      expertiseCodes: kind !== "INFORMATION_SESSION" && oneOffRandom.chance(kind === "APPOINTMENT" ? 0.15 : 0.25) ? ["SGBV"] : [],
      preferredGender: kind === "APPOINTMENT" && oneOffRandom.chance(0.25) ? (person.gender === "MALE" ? "MALE" : "FEMALE") : null,
      newcomerOrigin: null,
      backgroundPreference: "NO_PREFERENCE",
      hoursPerWeek: slot?.hours ?? consultHours,
      remoteAcceptable: false,
      moves: [],
    };
  });
  const all = [...arrivals, ...oneOffs].sort((a, b) => a.step - b.step || SIM_KINDS.indexOf(a.kind) - SIM_KINDS.indexOf(b.kind));
  const prefix: Record<SimKind, string> = { CASE_SUPPORT: "C", APPOINTMENT: "A", CONSULT: "K", INFORMATION_SESSION: "V" };
  const counters: Record<SimKind, number> = { CASE_SUPPORT: 0, APPOINTMENT: 0, CONSULT: 0, INFORMATION_SESSION: 0 };
  all.forEach((arrival, index) => {
    arrival.index = index;
    arrival.caseReference = `SIM-${prefix[arrival.kind]}${String(++counters[arrival.kind]).padStart(5, "0")}`;
  });

  const kmTable = keyPersons.map((k) => Float64Array.from(places, (p) => km(k.data.home, p)));
  return { options, start, days, steps, keyPersons, places, arrivals: all, km: kmTable };
}

// =====================================================================================
// Running one policy against a server
// =====================================================================================

export interface SimulationTarget {
  /** The server's base URL (GraphQL at /graphql). */
  url: string;
  dataSource: DataSource;
  /** The server's clock: the simulation moves it. */
  clock: ManualClock;
  /** server.services.matching.expireDue: the sweep, called after each move of the clock. */
  expireDue(): Promise<number>;
  /**
   * Signs a key person's token as `login` would (TokenService with the server's secret), so
   * 1,000 key persons need not log in through the API every simulated day. Without it they do.
   */
  signToken?: (userId: number, now: Date) => Promise<string>;
  /** The server's count of SQL statements sent (RunningServer.queryCounter), for the report. */
  queryCount?: () => number;
}

type AssignmentStatus = "PROPOSED" | "ACTIVE" | "DECLINED" | "EXPIRED" | "COMPLETED" | "CANCELLED";
interface AssignmentView {
  id: string;
  status: AssignmentStatus;
  hoursPerWeek: number;
  proposedBecause: string | null;
  respondBy: string;
  keyPerson: { id: string };
}
interface RequestView {
  id: string;
  status: string;
  assignments: AssignmentView[];
}

const ASSIGNMENTS = `assignments { id status hoursPerWeek proposedBecause respondBy keyPerson { id } }`;
const OP = {
  login: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
  createOrganisation: `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }`,
  municipalities: `query { municipalities { code name } }`,
  createMatchRequest: `mutation($input: MatchRequestInput!) { createMatchRequest(input: $input) { id status ${ASSIGNMENTS} } }`,
  matchCandidates: `query($id: ID!) { matchCandidates(requestId: $id, limit: 3) { score keyPerson { id } } }`,
  proposeAssignment: `mutation($r: ID!, $k: ID!) { proposeAssignment(requestId: $r, keyPersonId: $k) { id request { id status ${ASSIGNMENTS} } } }`,
  // A key person sees only their own assignment on a request: the organisation reads the rest (an escalation after a decline).
  respondToAssignment: `mutation($a: ID!, $accept: Boolean!, $reason: String) { respondToAssignment(assignmentId: $a, accept: $accept, reason: $reason) { id status } }`,
  completeAssignment: `mutation($a: ID!) { completeAssignment(assignmentId: $a) { id request { id status ${ASSIGNMENTS} } } }`,
  cancelMatchRequest: `mutation($id: ID!) { cancelMatchRequest(requestId: $id) { id status ${ASSIGNMENTS} } }`,
  relocateNewcomer: `mutation($id: ID!, $l: GeoPointInput!) { relocateNewcomer(requestId: $id, location: $l) { id status ${ASSIGNMENTS} } }`,
  matchRequest: `query($id: ID!) { matchRequest(id: $id) { id status ${ASSIGNMENTS} } }`,
  inspect: `query($id: ID!) { keyPerson(id: $id) { wellbeingStatus supervisionStatus workload { committedHours weeklyCapacityHours } } }`,
  oversightDashboard: `query { oversightDashboard { actions { kind keyPerson { id } } } }`,
} as const;

/** A refusal of proposeAssignment, by the rule the server's message names. */
const REFUSALS: readonly (readonly [RegExp, string])[] = [
  [/is not active/, "STATUS"],
  [/confirmed their profile/, "STALE"],
  [/on leave/, "UNAVAILABLE"],
  [/speaks none/, "LANGUAGE"],
  [/lacks a required expertise/, "EXPERTISE"],
  [/travel distance/, "REACH"],
  [/no room left/, "CAPACITY"],
  [/not available for new proposals/, "WELLBEING_OR_SUPERVISION"],
  [/shares the origin/, "BACKGROUND"],
  [/already declined/, "DECLINED"],
  [/already supports/, "HOLDER"],
  [/proposal waiting/, "PENDING"],
  // Since issue 16 an organisation hears only that someone is not a candidate, never which rule (docs/security.md).
  [/not a candidate for this request/, "NOT_A_CANDIDATE"],
  [/dialect/i, "DIALECT"],
  [/weekly availability/, "OUTSIDE_WINDOWS"],
  [/booked|overlap|travel between/i, "BOOKED"],
];
const ADMIN_OP = "key person's week (leave, hours, check-in, supervision, profile)";
const refusalRule = (message: string) => REFUSALS.find(([pattern]) => pattern.test(message))?.[1] ?? "OTHER";

interface Tracked {
  id: string;
  caseIndex: number;
  kp: number;
  hours: number;
  status: AssignmentStatus;
  /** Day (from the start) it became ACTIVE, and the day it ended. */
  activeFromDay: number | null;
  endedDay: number | null;
  respondBy: number;
}

interface CaseState {
  index: number;
  arrival: Arrival;
  place: number;
  requestId: string | null;
  requests: number;
  /** The assignments of the current request. */
  assignmentIds: Set<string>;
  /** The ACTIVE assignment of the current request, and the PROPOSED one (at most one each). */
  holder: string | null;
  pending: string | null;
  firstAcceptStep: number | null;
  ended: boolean;
  retryStep: number | null;
  nextMove: number;
  /** Naive: a move waiting until the proposal in flight is answered. */
  deferredMove: number | null;
  /** Key persons who declined this request or let it expire (the naive organisation's own list). */
  excluded: Set<number>;
  evaluation: { holder: number; dueStep: number } | null;
  /** Morning rounds the newcomer needed support, and those with an ACTIVE key person. */
  needDays: number;
  supportedDays: number;
}

interface Inspection {
  red: boolean;
  amber: boolean;
  overCapacity: boolean;
  supervisionOverdue: boolean;
  /** Committed hours (with the proposal) ÷ capacity. */
  utilisationAfter: number;
}

interface KpState {
  lastStrain: number;
  lastSessionDay: number | null;
  nextSessionDay: number | null;
  confirmedDay: number;
  declaredHours: number;
  overCapacityWeeks: number;
  checkIns: number;
  sessions: number;
  proposalsReceived: number;
  /** The last day they declared hours. */
  lastWorkedDay: number | null;
}

export interface Figures {
  n: number;
  median: number | null;
  p90: number | null;
}

export interface PolicyResult {
  policy: PolicyName;
  /** Newcomers who asked for case support (the figures below up to `moves` and `unmet` are theirs). */
  arrivals: number;
  matched: number;
  /** Share of newcomers who got an ACTIVE key person at some point before their need ended (or the year did). */
  matchedShare: number;
  /** Days from the request to the first acceptance, for those matched. */
  daysToFirstAcceptance: Figures;
  /** Share of the days newcomers needed support on which someone was ACTIVE for them. */
  supportedDayShare: number;
  /** Every kind (issue 16): requests, those that got an ACTIVE key person (a dated one: before its slot), the hours declared on them. */
  kinds: Record<SimKind, { requests: number; filled: number; filledShare: number; medianDaysToAcceptance: number | null; hoursDeclared: number }>;
  /**
   * Pairs of assignments of one key person, both accepted (ACTIVE or COMPLETED), whose
   * dated slots overlap: read from the database at the end. Must be 0.
   */
  doubleBookings: number;
  moves: {
    total: number;
    /** Moves of a newcomer who had an ACTIVE key person at that moment: the denominator of the shares below. */
    withKeyPerson: number;
    kept: number;
    handedOver: number;
    /** Sleutelkaart only: the same key person still ACTIVE, but the new place is out of their reach (the handover found nobody who accepted). */
    stranded: number;
    lost: number;
    /**
     * Moves the server refused under its relocation limit (MAX_RELOCATIONS_PER_DAY, counted on
     * the audit log's real-time clock, which a simulated year passes through in minutes): the
     * newcomer stays where the request says. Not counted in `total`. Under either policy.
     */
    refusedByLimit: number;
    /** kept / withKeyPerson: the same key person supports the newcomer, in reach, a week after the move. */
    sameKeyPersonShare: number;
    /** (kept + handedOver + stranded) / withKeyPerson: someone still supports them a week after the move. */
    supportedAfterMoveShare: number;
  };
  load: {
    /** Gini of the hours declared over the year, over all ACTIVE key persons (0: all equal, 1: one carries all). */
    giniHours: number;
    /** The same over the active key persons who can reach at least one reception location (by travel, or remotely): those demand could find. */
    giniHoursReachable: number;
    reachableKeyPersons: number;
    /** Gini of declared hours / (capacity × weeks), over all active key persons: relative to what each can give. */
    giniUtilisation: number;
    totalHours: number;
    keyPersonsWithHours: number;
    activeKeyPersons: number;
    /** Key person-weeks declared above their weekly capacity. */
    overCapacityWeeks: number;
    /**
     * Why those weeks were above capacity (issue 17): by the key persons' declaring habit
     * (the model's over-declarers, × 1.15–1.6 the agreed hours), by the agreed hours of the
     * cases they declared for ÷ capacity, and by how long ago the newest of those cases
     * began; and how many key persons had them (the most weeks one person had).
     */
    overCapacity: {
      keyPersons: number;
      mostWeeksOnePerson: number;
      byOverDeclarers: number;
      agreedShare: { upTo60: number; above60: number; above80: number; above90: number; aboveCapacity: number };
      newestCaseBegan: { withinTwoWeeks: number; twoToEightWeeks: number; earlier: number };
    };
    /** Share of the hours carried by the busiest 10 % of active key persons. */
    top10Share: number;
  };
  proposals: {
    /** Proposals that were made (by the organisation, or by the service: escalation and handover). */
    made: number;
    byOrganisation: number;
    escalations: number;
    handovers: number;
    /** Made to a key person who was RED, or whose committed hours would pass their capacity, at that moment (must be 0). */
    toRed: number;
    toOverCapacity: number;
    toSupervisionOverdue: number;
    toAmber: number;
    /** Proposals by the key person's committed hours ÷ capacity with the proposal (over-capacity diagnosis, issue 17). */
    byUtilisationAfter: { upTo60: number; above60: number; above80: number; above90: number };
    /** Proposals to a key person who declares more than agreed (the model's 15 %), leaving them above 60 % of capacity. */
    toOverDeclarerAbove60: number;
    /** Attempts the server refused, by the rule its message names (the naive policy's list does not know wellbeing, supervision, leave, staleness or origins). */
    refused: number;
    refusedByRule: Record<string, number>;
    /** Refused attempts at someone RED or over capacity: the proposals the naive policy would have made to an overloaded person. */
    refusedRedOrOverCapacity: number;
    /** Refused attempts at someone whose supervision was OVERDUE (the service stops proposals to them too). */
    refusedSupervisionOverdue: number;
    accepted: number;
    declined: number;
    expired: number;
    /** Made after the newcomer's need had ended: an organisation cannot withdraw a request, so escalation goes on. */
    afterNeedEnded: number;
  };
  wellbeing: {
    checkIns: number;
    supervisionSessions: number;
    /** RED flags the coordinator saw on the dashboard and cleared a few days later. */
    redFlagsCleared: number;
    /** Mean number of active key persons RED on the coordinator's dashboard (read twice a week). */
    meanRed: number;
    maxRed: number;
  };
  unmet: {
    /** Newcomers who never got an ACTIVE key person. */
    total: number;
    byMunicipality: { code: string; name: string; count: number }[];
    byLanguage: { code: string; count: number }[];
  };
  /** SQL statements the server sent for this policy. */
  queries: number | null;
  /** What the simulation believes holds at the end, to compare with the database. */
  final: { activeAssignments: number; proposedAssignments: number };
  api: { calls: number; errors: number; signedKeyPersonTokens: number; byOperation: Record<string, { calls: number; meanMs: number }> };
  seconds: number;
  /** CPU seconds this process (server and simulation client) and the database's backends used: the work, apart from the waiting on a busy machine. */
  cpuSeconds: { node: number; postgres: number | null };
  /** The machine's 1-minute load average, sampled every simulated week. */
  loadAverage: { mean: number; max: number };
}

/**
 * Double bookings in the database: two accepted assignments (ACTIVE or COMPLETED) of one
 * key person on dated requests whose slots overlap. The server must make this 0.
 */
export async function countDoubleBookings(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query(
    `SELECT count(*)::int AS n
       FROM assignment a JOIN match_request r ON r.id = a.request_id
       JOIN assignment b ON b.key_person_id = a.key_person_id AND b.id > a.id
       JOIN match_request q ON q.id = b.request_id
      WHERE a.status IN ('ACTIVE', 'COMPLETED') AND b.status IN ('ACTIVE', 'COMPLETED')
        AND r.starts_at IS NOT NULL AND q.starts_at IS NOT NULL
        AND r.starts_at < q.ends_at AND q.starts_at < r.ends_at`,
  );
  return row.n;
}

/** Nearest-rank percentile. */
function percentile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function gini(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const total = sorted.reduce((s, x) => s + x, 0);
  if (n === 0 || total <= 0) return 0;
  let weighted = 0;
  sorted.forEach((x, i) => (weighted += (i + 1) * x));
  return (2 * weighted) / (n * total) - (n + 1) / n;
}

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;
const share = (part: number, whole: number) => (whole > 0 ? round(part / whole) : 0);

async function inPool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

export interface RunOptions {
  log?: (line: string) => void;
  /** Concurrent key persons in the order-independent part of a day (admin). */
  concurrency?: number;
}

/** Runs one policy over the whole world against a server with an empty database; returns its figures. */
export async function runPolicy(world: World, policy: PolicyName, target: SimulationTarget, options: RunOptions = {}): Promise<PolicyResult> {
  return new PolicyRun(world, policy, target, options).run();
}

class PolicyRun {
  private readonly log: (line: string) => void;
  private readonly concurrency: number;
  private readonly seed: number;
  private step = 0;
  private kpIds: string[] = [];
  private readonly kpIndexById = new Map<string, number>();
  private readonly kpEmail: string[];
  private readonly kp: KpState[];
  private readonly cases: CaseState[] = [];
  private readonly tracked = new Map<string, Tracked>();
  /** Every person-week declared above capacity, for PolicyResult.load.overCapacity. */
  private readonly overWeeks: { kp: number; capacity: number; agreed: number; newestDaysAgo: number }[] = [];
  /** Per key person: their PROPOSED and ACTIVE assignments (committed hours), and those ACTIVE lately (hours to declare). */
  private readonly open: Set<string>[];
  private readonly worked: Set<string>[];
  private readonly responses = new Map<number, { assignment: string; accept: number }[]>();
  private readonly clearAt = new Map<number, number>();
  private readonly municipalityNames = new Map<string, string>();
  private readonly tokens = new Map<string, { token: Promise<string>; at: number }>();
  private readonly ops = new Map<string, { calls: number; ms: number }>();
  private apiErrors = 0;
  private readonly proposals = {
    made: 0,
    byOrganisation: 0,
    escalations: 0,
    handovers: 0,
    toRed: 0,
    toOverCapacity: 0,
    toSupervisionOverdue: 0,
    toAmber: 0,
    byUtilisationAfter: { upTo60: 0, above60: 0, above80: 0, above90: 0 },
    toOverDeclarerAbove60: 0,
    refused: 0,
    refusedByRule: {} as Record<string, number>,
    refusedRedOrOverCapacity: 0,
    refusedSupervisionOverdue: 0,
    accepted: 0,
    declined: 0,
    expired: 0,
    afterNeedEnded: 0,
  };
  /** Relocations recorded per request (see move()). */
  private readonly relocations = new Map<string | null, number>();
  private readonly moves = { total: 0, withKeyPerson: 0, kept: 0, handedOver: 0, stranded: 0, lost: 0, refusedByLimit: 0 };
  private redReads: number[] = [];
  private readonly hoursByKind: Record<SimKind, number> = { CASE_SUPPORT: 0, APPOINTMENT: 0, CONSULT: 0, INFORMATION_SESSION: 0 };
  private redFlagsCleared = 0;
  private readonly adminErrors: string[] = [];
  /** The naive organisation's note of key persons refused for a stale profile, and until when it skips them. */
  private readonly naiveSkipUntil = new Map<number, number>();

  constructor(
    private readonly world: World,
    private readonly policy: PolicyName,
    private readonly target: SimulationTarget,
    options: RunOptions,
  ) {
    this.log = options.log ?? (() => {});
    this.concurrency = options.concurrency ?? 8;
    this.seed = world.options.seed;
    this.kpEmail = world.keyPersons.map((k) => k.data.email.toLowerCase());
    this.kp = world.keyPersons.map((k) => ({
      lastStrain: 1,
      lastSessionDay: k.lastSessionDay,
      nextSessionDay: k.supervisionNever ? null : (k.lastSessionDay ?? 0) + k.supervisionWeeks * 7,
      confirmedDay: k.confirmedDay,
      declaredHours: 0,
      overCapacityWeeks: 0,
      checkIns: 0,
      sessions: 0,
      proposalsReceived: 0,
      lastWorkedDay: null,
    }));
    this.open = world.keyPersons.map(() => new Set<string>());
    this.worked = world.keyPersons.map(() => new Set<string>());
  }

  private get now(): Date {
    return this.target.clock.now();
  }
  private get day(): number {
    return Math.floor(this.step / STEPS_PER_DAY);
  }

  // ---- the API -----------------------------------------------------------------------

  private async call<T>(op: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
    const started = performance.now();
    try {
      return await gql<T>(this.target.url, query, variables, token);
    } catch (error) {
      this.apiErrors++;
      throw error;
    } finally {
      const stats = this.ops.get(op) ?? { calls: 0, ms: 0 };
      stats.calls++;
      stats.ms += performance.now() - started;
      this.ops.set(op, stats);
    }
  }

  /**
   * A token for the account, renewed when the last one is older than 11 hours of simulated
   * time (they last 12, checked against the server's clock): through the login mutation, or
   * for key persons, when the target can sign, signed like `login` signs them.
   */
  private token(email: string, userId?: number): Promise<string> {
    const now = this.now.getTime();
    const held = this.tokens.get(email);
    if (held && now - held.at < 11 * HOUR_MS) return held.token;
    const sign = this.target.signToken;
    const token =
      sign && userId !== undefined
        ? sign(userId, this.now)
        : this.call<{ login: { token: string } }>("login", OP.login, { e: email, p: SIM_PASSWORD }).then((d) => d.login.token);
    if (sign && userId !== undefined) this.signedTokens++;
    this.tokens.set(email, { token, at: now });
    token.catch(() => this.tokens.delete(email));
    return token;
  }
  private keyPersonToken = (kp: number) => this.token(this.kpEmail[kp], this.kpUserIds[kp]);
  private signedTokens = 0;
  private kpUserIds: number[] = [];
  private coordinator = () => this.token(COORDINATOR_EMAIL);
  private organisation = () => this.token(ORGANISATION_EMAIL);

  // ---- setting up the world in a fresh database -------------------------------------

  private async setUp(): Promise<void> {
    const { dataSource } = this.target;
    const started = performance.now();
    // One argon2id hash for every simulated account, made once and with light parameters: every
    // login verifies it, and the coordinator and the organisation log in each simulated day (a
    // hash with the server's own parameters took 0.8 s to verify on this busy 2-core machine).
    const passwordHash = await argon2.hash(SIM_PASSWORD, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 });
    const insertUsers = async (rows: { email: string; role: string; keyPersonId: number | null; organisationId: number | null }[]): Promise<number[]> => {
      const inserted: { id: number }[] = await dataSource.query(
        `INSERT INTO app_user (email, password_hash, role, key_person_id, organisation_id, municipality_codes)
         SELECT e, $2, r::role, k, o, '{}' FROM unnest($1::varchar[], $3::varchar[], $4::int[], $5::int[]) WITH ORDINALITY AS t(e, r, k, o, n)
         ORDER BY n RETURNING id`,
        [rows.map((r) => r.email), passwordHash, rows.map((r) => r.role), rows.map((r) => r.keyPersonId), rows.map((r) => r.organisationId)],
      );
      return inserted.map((r) => r.id);
    };
    const ids = await dataSource.transaction((tx) =>
      insertKeyPersons(
        tx,
        this.world.keyPersons.map((k) => k.data),
      ),
    );
    this.kpIds = ids.map(String);
    this.kpIds.forEach((id, index) => this.kpIndexById.set(id, index));
    const userIds = await insertUsers([
      { email: COORDINATOR_EMAIL, role: "COORDINATOR", keyPersonId: null, organisationId: null },
      ...ids.map((id, i) => ({ email: this.kpEmail[i], role: "KEY_PERSON", keyPersonId: id, organisationId: null })),
    ]);
    this.kpUserIds = userIds.slice(1);
    // The last intervision before the year began: part of the starting state, like the profiles.
    const before = this.world.keyPersons.filter((k) => k.lastSessionDay !== null);
    await dataSource.query(
      `INSERT INTO supervision_session (key_person_id, date, kind) SELECT k, d::date, 'INTERVISION' FROM unnest($1::int[], $2::text[]) AS t(k, d)`,
      [before.map((k) => ids[k.index]), before.map((k) => isoDay(this.world, k.lastSessionDay!))],
    );
    // Qualifications (issue 17): the demo's training records, so SGBV requests meet the QUALIFICATION rule as in the demo.
    await dataSource.transaction((tx) =>
      seedDemoQualifications(
        tx,
        this.world.keyPersons.map((k) => k.data),
        ids,
        this.world.start,
        -1,
      ),
    );
    const coordinator = await this.coordinator();
    const { createOrganisation } = await this.call<{ createOrganisation: { id: string } }>(
      "createOrganisation",
      OP.createOrganisation,
      { input: { name: "Regionaal Opvangnetwerk (fictief)", kind: "RECEPTION_LOCATION", municipalityCode: this.world.places[0].municipalityCode } },
      coordinator,
    );
    await insertUsers([{ email: ORGANISATION_EMAIL, role: "ORGANISATION", keyPersonId: null, organisationId: Number(createOrganisation.id) }]);
    await dataSource.query(`ANALYZE`);
    const { municipalities } = await this.call<{ municipalities: { code: string; name: string }[] }>("municipalities", OP.municipalities, {});
    for (const m of municipalities) this.municipalityNames.set(m.code, m.name);
    this.log(`  [${this.policy}] set up ${ids.length} key persons in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  // ---- the year ----------------------------------------------------------------------

  async run(): Promise<PolicyResult> {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const queriesBefore = this.target.queryCount?.() ?? null;
    this.target.clock.set(timeOf(this.world, 0));
    await this.setUp();
    let arrivalIndex = 0;
    const weekStarted = { at: performance.now() };
    for (this.step = 0; this.step < this.world.steps; this.step++) {
      this.target.clock.set(timeOf(this.world, this.step));
      const morning = this.step % STEPS_PER_DAY === 0;
      await this.sweep();
      if (morning) {
        // Independent of each other (neither reads what the other writes), so at the same time.
        await Promise.all([this.register(), this.keyPersonAdmin()]);
        await this.oversight();
      }
      await this.answers();
      await this.evaluateMoves();
      await this.endsAndMoves();
      while (arrivalIndex < this.world.arrivals.length && this.world.arrivals[arrivalIndex].step === this.step) {
        await this.arrive(this.world.arrivals[arrivalIndex++]);
      }
      await this.retries();
      if (morning) this.tally();
      if (morning && this.day % 7 === 6) {
        await this.sampleDatabaseCpu();
        this.loadSamples.push(loadAverage());
        const week = (this.day + 1) / 7;
        if (week % 4 === 0 || week === this.world.options.weeks) {
          const openCases = this.cases.filter((c) => !c.ended);
          this.log(
            `  [${this.policy}] week ${week}/${this.world.options.weeks}: ${this.cases.length} requests, ${openCases.filter((c) => c.holder).length} supported, ` +
              `${openCases.filter((c) => !c.holder).length} waiting; ${((performance.now() - weekStarted.at) / 1000).toFixed(0)} s for these weeks`,
          );
          weekStarted.at = performance.now();
        }
      }
    }
    for (const c of this.cases) if (c.evaluation) this.evaluate(c);
    this.doubleBookings = await countDoubleBookings(this.target.dataSource);
    await this.sampleDatabaseCpu();
    const cpu = process.cpuUsage(cpuBefore);
    this.nodeCpuSeconds = (cpu.user + cpu.system) / 1e6;
    this.queries = queriesBefore === null ? null : this.target.queryCount!() - queriesBefore;
    return this.result((performance.now() - started) / 1000);
  }

  private nodeCpuSeconds = 0;
  private doubleBookings = 0;
  private queries: number | null = null;
  private readonly loadSamples: number[] = [];
  /** CPU ticks used so far by each PostgreSQL backend serving this database (null: not readable here). */
  private databaseCpuTicks: Map<number, number> | null = new Map();

  /**
   * Reads the CPU time of the PostgreSQL backends connected to this database from /proc
   * (the server is on this machine), so the report can say how much work the year was,
   * apart from how long it waited for the CPU on a shared machine. Backends that closed
   * between two samples lose their last ticks: a lower bound.
   */
  private async sampleDatabaseCpu(): Promise<void> {
    if (this.databaseCpuTicks === null) return;
    try {
      const rows: { pid: number }[] = await this.target.dataSource.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`);
      for (const { pid } of rows) {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        // utime and stime are the 14th and 15th fields of the line, the 12th and 13th after the command.
        this.databaseCpuTicks.set(pid, Number(fields[11]) + Number(fields[12]));
      }
    } catch {
      this.databaseCpuTicks = null;
    }
  }

  // ---- bookkeeping of assignments ------------------------------------------------------

  private async sync(c: CaseState, request: RequestView): Promise<void> {
    for (const view of request.assignments) {
      let known = this.tracked.get(view.id);
      if (!known) {
        known = {
          id: view.id,
          caseIndex: c.index,
          kp: this.kpIndexById.get(view.keyPerson.id)!,
          hours: view.hoursPerWeek,
          status: view.status,
          activeFromDay: null,
          endedDay: null,
          respondBy: Date.parse(view.respondBy),
        };
        this.tracked.set(view.id, known);
        if (view.status === "PROPOSED") {
          await this.proposed(c, known, view.proposedBecause);
        }
        if (view.status === "PROPOSED" || view.status === "ACTIVE") this.open[known.kp].add(known.id);
        if (view.status === "ACTIVE") this.becameActive(c, known);
        continue;
      }
      if (known.status !== view.status) this.transition(c, known, view.status);
    }
    this.settle(c, request.id);
  }

  /** A new proposal: the service's own ones (escalation, handover) are inspected now, the organisation's before it made them. */
  private async proposed(c: CaseState, assignment: Tracked, because: string | null): Promise<void> {
    this.proposals.made++;
    if (c.ended) this.proposals.afterNeedEnded++;
    this.kp[assignment.kp].proposalsReceived++;
    if (because === null) this.proposals.byOrganisation++;
    else if (because === "HANDOVER") this.proposals.handovers++;
    else this.proposals.escalations++;
    if (because !== null) this.countMade(await this.inspect(assignment.kp, 0), assignment.kp);
    // The key person answers a few rounds later, or never (the proposal expires after 72 hours).
    const random = eventRandom(this.seed, TAG.RESPONSE, assignment.kp, c.index, this.kp[assignment.kp].proposalsReceived);
    const person = this.world.keyPersons[assignment.kp];
    if (random.chance(person.silentChance)) return;
    const delay = random.weighted([
      [1, 35],
      [2, 30],
      [3, 15],
      [4, 12],
      [5, 8],
    ]);
    const due = this.step + delay;
    if (timeOf(this.world, due).getTime() >= assignment.respondBy) return; // too late: it expires
    const list = this.responses.get(due) ?? [];
    list.push({ assignment: assignment.id, accept: random.next() });
    this.responses.set(due, list);
  }

  private transition(c: CaseState, assignment: Tracked, status: AssignmentStatus): void {
    const before = assignment.status;
    assignment.status = status;
    if (status === "PROPOSED" || status === "ACTIVE") this.open[assignment.kp].add(assignment.id);
    else this.open[assignment.kp].delete(assignment.id);
    if (status === "ACTIVE" && before !== "ACTIVE") this.becameActive(c, assignment);
    if (before === "ACTIVE" && status !== "ACTIVE") assignment.endedDay = this.day;
    if (before === "PROPOSED") {
      if (status === "DECLINED") this.proposals.declined++;
      if (status === "EXPIRED") this.proposals.expired++;
      if (status === "DECLINED" || status === "EXPIRED") c.excluded.add(assignment.kp);
    }
  }

  private becameActive(c: CaseState, assignment: Tracked): void {
    assignment.activeFromDay = this.day;
    this.worked[assignment.kp].add(assignment.id);
    this.proposals.accepted++;
    if (c.firstAcceptStep === null && !c.ended) c.firstAcceptStep = this.step;
  }

  /** The case's holder and proposal in flight, from what is tracked for its current request. */
  private settle(c: CaseState, requestId: string): void {
    if (requestId !== c.requestId) return;
    c.holder = null;
    c.pending = null;
    for (const id of c.assignmentIds) {
      const a = this.tracked.get(id)!;
      if (a.status === "ACTIVE") c.holder = id;
      if (a.status === "PROPOSED") c.pending = id;
    }
  }

  private committed(kp: number, exceptCase?: number): number {
    let hours = 0;
    for (const id of this.open[kp]) {
      const a = this.tracked.get(id)!;
      if (a.caseIndex !== exceptCase) hours += a.hours;
    }
    return hours;
  }

  private inReach(kp: number, c: CaseState): boolean {
    const person = this.world.keyPersons[kp].data;
    if (remoteKind(c.arrival)) return person.remoteAvailable; // a consult, a phone or video appointment: no distance, remote support needed
    return this.world.km[kp][c.place] <= person.maxTravelKm || (c.arrival.remoteAcceptable && person.remoteAvailable);
  }

  private stranded(c: CaseState): boolean {
    return c.holder !== null && !this.inReach(this.tracked.get(c.holder)!.kp, c);
  }

  // ---- the coordinator's look at a key person when a proposal is made ----------------

  private async inspect(kp: number, extraHours: number): Promise<Inspection> {
    return (await this.inspectMany([kp], extraHours))[0];
  }

  /**
   * The coordinator's view of these key persons now, in one request: wellbeing status,
   * supervision status and committed hours (+ `extraHours`, when asked before proposing).
   */
  private async inspectMany(kps: number[], extraHours: number): Promise<Inspection[]> {
    if (kps.length === 0) return [];
    type Seen = { wellbeingStatus: string; supervisionStatus: string; workload: { committedHours: number; weeklyCapacityHours: number } };
    // Ids as variables: the document depends only on how many, so the server parses and validates it once.
    const fields = kps.map((_, i) => `k${i}: keyPerson(id: $k${i}) { wellbeingStatus supervisionStatus workload { committedHours weeklyCapacityHours } }`);
    const variables = Object.fromEntries(kps.map((kp, i) => [`k${i}`, this.kpIds[kp]]));
    const signature = kps.map((_, i) => `$k${i}: ID!`).join(", ");
    const data = await this.call<Record<string, Seen>>(
      "keyPerson (inspect)",
      `query(${signature}) { ${fields.join("\n")} }`,
      variables,
      await this.coordinator(),
    );
    return kps.map((_, i) => {
      const seen = data[`k${i}`];
      return {
        red: seen.wellbeingStatus === "RED",
        amber: seen.wellbeingStatus === "AMBER",
        overCapacity: seen.workload.committedHours + extraHours > seen.workload.weeklyCapacityHours + 1e-9,
        utilisationAfter: seen.workload.weeklyCapacityHours > 0 ? (seen.workload.committedHours + extraHours) / seen.workload.weeklyCapacityHours : 1,
        supervisionOverdue: seen.supervisionStatus === "OVERDUE",
      };
    });
  }

  private overCapacityBreakdown(active: number[]): PolicyResult["load"]["overCapacity"] {
    const counted = new Set(active);
    const weeks = this.overWeeks.filter((w) => counted.has(w.kp));
    const perPerson = new Map<number, number>();
    for (const w of weeks) perPerson.set(w.kp, (perPerson.get(w.kp) ?? 0) + 1);
    const agreedShare = { upTo60: 0, above60: 0, above80: 0, above90: 0, aboveCapacity: 0 };
    const newestCaseBegan = { withinTwoWeeks: 0, twoToEightWeeks: 0, earlier: 0 };
    for (const w of weeks) {
      const u = w.capacity > 0 ? w.agreed / w.capacity : Infinity;
      agreedShare[u > 1 + 1e-9 ? "aboveCapacity" : u > 0.9 + 1e-9 ? "above90" : u > 0.8 + 1e-9 ? "above80" : u > 0.6 + 1e-9 ? "above60" : "upTo60"]++;
      newestCaseBegan[w.newestDaysAgo <= 14 ? "withinTwoWeeks" : w.newestDaysAgo <= 56 ? "twoToEightWeeks" : "earlier"]++;
    }
    return {
      keyPersons: perPerson.size,
      mostWeeksOnePerson: Math.max(0, ...perPerson.values()),
      byOverDeclarers: weeks.filter((w) => this.world.keyPersons[w.kp].declareFactor[1] > 1.1).length,
      agreedShare,
      newestCaseBegan,
    };
  }

  private countMade(seen: Inspection, kp: number): void {
    const band =
      seen.utilisationAfter > 0.9 + 1e-9
        ? "above90"
        : seen.utilisationAfter > 0.8 + 1e-9
          ? "above80"
          : seen.utilisationAfter > 0.6 + 1e-9
            ? "above60"
            : "upTo60";
    this.proposals.byUtilisationAfter[band]++;
    if (this.world.keyPersons[kp].declareFactor[1] > 1.1 && seen.utilisationAfter > 0.6 + 1e-9) this.proposals.toOverDeclarerAbove60++;
    if (seen.red) this.proposals.toRed++;
    if (seen.overCapacity) this.proposals.toOverCapacity++;
    if (seen.supervisionOverdue) this.proposals.toSupervisionOverdue++;
    if (seen.amber) this.proposals.toAmber++;
  }

  // ---- proposing -----------------------------------------------------------------------

  /** An organisation looks again at weekly support a week later, at a one-off request the next day. */
  private retryDelay(c: CaseState): number {
    return c.arrival.kind === "CASE_SUPPORT" ? RETRY_STEPS : STEPS_PER_DAY;
  }

  /** The organisation proposes someone for the case: the top of matchCandidates, or the naive list. */
  private async propose(c: CaseState): Promise<void> {
    if (c.ended || c.pending || c.requestId === null) return;
    c.retryStep = null;
    if (this.policy === "sleutelkaart") await this.proposeTop(c);
    else await this.proposeNearest(c);
  }

  /**
   * The organisation asks for candidates and proposes the top one; just before, the
   * coordinator looks at that one key person's wellbeing, supervision and workload: the
   * check that nobody RED or over capacity is proposed. (Reading the whole list again as
   * the coordinator would rank every candidate a second time: a fifth of the SQL.)
   */
  private async proposeTop(c: CaseState): Promise<void> {
    const org = await this.organisation();
    const { matchCandidates } = await this.call<{ matchCandidates: { keyPerson: { id: string } }[] }>(
      "matchCandidates",
      OP.matchCandidates,
      { id: c.requestId },
      org,
    );
    const holder = c.holder ? this.tracked.get(c.holder)!.kp : null;
    const top = matchCandidates.map((m) => this.kpIndexById.get(m.keyPerson.id)!).find((kp) => kp !== holder);
    if (top === undefined) {
      c.retryStep = this.step + this.retryDelay(c);
      return;
    }
    const seen = await this.inspect(top, c.arrival.hoursPerWeek); // a one-off: its hours
    if (!(await this.tryPropose(c, top, seen))) c.retryStep = this.step + this.retryDelay(c);
  }

  /**
   * The naive organisation's list: ACTIVE key persons who speak a requested language, have
   * the required expertise, can reach the place and have free hours by its own count,
   * nearest first. It knows nothing of wellbeing, supervision, leave, stale profiles or
   * origins, and does not rank: the server refuses what it must, and it tries the next.
   */
  private async proposeNearest(c: CaseState): Promise<void> {
    const a = c.arrival;
    const holder = c.holder ? this.tracked.get(c.holder)!.kp : null;
    const list: number[] = [];
    this.world.keyPersons.forEach((k, i) => {
      if (!k.active || i === holder || c.excluded.has(i) || (this.naiveSkipUntil.get(i) ?? -1) > this.step) return;
      if (!k.data.languages.some((l) => a.languageCodes.includes(l.code))) return;
      if (!a.expertiseCodes.every((code) => k.data.expertiseCodes.includes(code))) return;
      if (!this.inReach(i, c)) return;
      if (k.data.weeklyCapacityHours - this.committed(i, c.index) + 1e-9 < a.hoursPerWeek) return;
      list.push(i);
    });
    list.sort((x, y) => this.world.km[x][c.place] - this.world.km[y][c.place] || x - y);
    // Down the whole list: a refusal costs the organisation nothing, so stopping early would
    // handicap this policy. Each stretch is looked at first; a refused attempt changes nothing,
    // so that look is still the state at each attempt.
    for (let from = 0; from < list.length;) {
      const tries = list.slice(from, from + (from === 0 ? NAIVE_LOOK_AHEAD[0] : NAIVE_LOOK_AHEAD[1]));
      from += tries.length;
      const seen = await this.inspectMany(tries, a.hoursPerWeek);
      for (const [i, kp] of tries.entries()) {
        if (await this.tryPropose(c, kp, seen[i])) return;
        if (c.pending) return; // the simulation's view was behind (see tryPropose): a proposal is already out
      }
    }
    c.retryStep = this.step + this.retryDelay(c);
  }

  private async tryPropose(c: CaseState, kp: number, seen: Inspection): Promise<boolean> {
    try {
      const { proposeAssignment } = await this.call<{ proposeAssignment: { id: string; request: RequestView } }>(
        "proposeAssignment",
        OP.proposeAssignment,
        { r: c.requestId, k: this.kpIds[kp] },
        await this.organisation(),
      );
      this.countMade(seen, kp);
      await this.syncRequest(c, proposeAssignment.request);
      return true;
    } catch (error) {
      if (!(error instanceof GraphQLRequestError)) throw error;
      const rule = refusalRule(error.message);
      // What cannot change for this request, the naive organisation now knows; leave, a stale profile, wellbeing may change.
      // Told only "not a candidate" (the server no longer names the rule to an organisation), it leaves that person out for this request.
      if (
        ["STATUS", "LANGUAGE", "EXPERTISE", "REACH", "BACKGROUND", "DECLINED", "HOLDER", "DIALECT", "OUTSIDE_WINDOWS", "BOOKED", "NOT_A_CANDIDATE"].includes(
          rule,
        )
      )
        c.excluded.add(kp);
      // A stale profile it notes in its own list, and skips that key person for four weeks.
      if (rule === "STALE") this.naiveSkipUntil.set(kp, this.step + 28 * STEPS_PER_DAY);
      this.proposals.refused++;
      this.proposals.refusedByRule[rule] = (this.proposals.refusedByRule[rule] ?? 0) + 1;
      if (seen.red || seen.overCapacity) this.proposals.refusedRedOrOverCapacity++;
      if (seen.supervisionOverdue) this.proposals.refusedSupervisionOverdue++;
      if (rule === "PENDING" || rule === "OTHER") {
        // Not a rule about the key person: the simulation's view of the request was behind. Should not happen.
        this.log(`  [${this.policy}] case ${c.index}, step ${this.step}: proposal refused: ${error.message}`);
        await this.refresh(c);
      }
      return false;
    }
  }

  private async syncRequest(c: CaseState, request: RequestView): Promise<void> {
    if (request.id === c.requestId) for (const a of request.assignments) c.assignmentIds.add(a.id);
    await this.sync(c, request);
  }

  private async refresh(c: CaseState): Promise<void> {
    if (c.requestId === null) return;
    const { matchRequest } = await this.call<{ matchRequest: RequestView }>("matchRequest", OP.matchRequest, { id: c.requestId }, await this.organisation());
    await this.syncRequest(c, matchRequest);
  }

  /** After a decline, an expiry or a move: what the organisation does next. */
  private async followUp(c: CaseState): Promise<void> {
    if (c.ended || c.pending) return;
    if (this.policy === "naive") {
      if (c.deferredMove !== null) return; // the move comes first
      if (!c.holder) await this.propose(c); // its own "escalation": the next on the list, now
      return;
    }
    // Sleutelkaart: the service has already escalated where it could; the organisation looks again later.
    if (!c.holder || this.stranded(c)) c.retryStep ??= this.step + this.retryDelay(c);
  }

  // ---- one round -------------------------------------------------------------------

  /** The sweep: proposals past their 72 hours expire (Sleutelkaart's requests escalate to the next candidate). */
  private async sweep(): Promise<void> {
    const started = performance.now();
    await this.target.expireDue();
    const stats = this.ops.get("expireDue (in-process)") ?? { calls: 0, ms: 0 };
    stats.calls++;
    stats.ms += performance.now() - started;
    this.ops.set("expireDue (in-process)", stats);
    const now = this.now.getTime();
    const due = new Set<number>();
    for (const c of this.cases) {
      if (c.pending && this.tracked.get(c.pending)!.respondBy <= now) due.add(c.index);
    }
    for (const index of [...due].sort((a, b) => a - b)) {
      const c = this.cases[index];
      await this.refresh(c);
      await this.followUp(c);
      if (c.deferredMove !== null && !c.pending) await this.move(c, c.deferredMove);
    }
  }

  /** Key persons answer the proposals whose time has come, in case order. */
  private async answers(): Promise<void> {
    const due = this.responses.get(this.step) ?? [];
    this.responses.delete(this.step);
    due.sort((x, y) => this.tracked.get(x.assignment)!.caseIndex - this.tracked.get(y.assignment)!.caseIndex || Number(x.assignment) - Number(y.assignment));
    for (const { assignment: id, accept: draw } of due) {
      const a = this.tracked.get(id)!;
      if (a.status !== "PROPOSED") continue;
      const c = this.cases[a.caseIndex];
      const person = this.world.keyPersons[a.kp];
      // Someone who reported strain 4 or 5 at their last check-in declines more often.
      const declineChance = person.declineChance + (this.kp[a.kp].lastStrain >= 4 ? 0.25 : 0);
      const accept = draw >= declineChance;
      try {
        const { respondToAssignment } = await this.call<{ respondToAssignment: { id: string; status: AssignmentStatus } }>(
          "respondToAssignment",
          OP.respondToAssignment,
          { a: id, accept, reason: accept ? null : "Geen ruimte op dit moment" },
          await this.keyPersonToken(a.kp),
        );
        this.transition(c, a, respondToAssignment.status);
        if (respondToAssignment.status === "ACTIVE") {
          // The service completes the previous holder once a handover is accepted (docs/domain.md: "the current one stays active until the new one accepts").
          for (const other of c.assignmentIds) {
            const previous = this.tracked.get(other)!;
            if (other !== id && previous.status === "ACTIVE") this.transition(c, previous, "COMPLETED");
          }
          this.settle(c, c.requestId!);
        } else if (this.policy === "sleutelkaart") {
          await this.refresh(c); // the service may have escalated to the next candidate
        } else {
          this.settle(c, c.requestId!);
        }
      } catch (error) {
        if (!(error instanceof GraphQLRequestError)) throw error;
        await this.refresh(c); // expired or cancelled meanwhile
      }
      if (c.ended && c.holder) await this.complete(c);
      await this.followUp(c);
      if (c.deferredMove !== null && !c.pending) await this.move(c, c.deferredMove);
    }
  }

  private async complete(c: CaseState): Promise<void> {
    if (!c.holder) return;
    const { completeAssignment } = await this.call<{ completeAssignment: { request: RequestView } }>(
      "completeAssignment",
      OP.completeAssignment,
      { a: c.holder },
      await this.organisation(),
    );
    await this.syncRequest(c, completeAssignment.request);
  }

  private async endsAndMoves(): Promise<void> {
    for (const c of this.cases) {
      if (c.ended) continue;
      if (c.arrival.kind !== "CASE_SUPPORT") {
        await this.oneOffDue(c);
        continue;
      }
      if (c.arrival.endStep === this.step) {
        if (c.evaluation) this.evaluate(c);
        c.ended = true;
        c.retryStep = null;
        c.deferredMove = null;
        await this.complete(c);
        continue;
      }
      const next = c.arrival.moves[c.nextMove];
      if (next && next.step === this.step) {
        c.nextMove++;
        if (this.policy === "naive" && c.pending)
          c.deferredMove = next.place; // waits for the answer
        else await this.move(c, next.place);
      }
    }
  }

  /**
   * A one-off request when its time comes: at the start of a dated slot nobody holds, or a
   * consult nobody took within two weeks, the organisation withdraws it (unfilled; the
   * server's sweep has already expired a proposal still waiting at the slot's start); after
   * the slot the server has completed the assignment, after a consult's two weeks the
   * organisation completes it.
   */
  private async oneOffDue(c: CaseState): Promise<void> {
    const a = c.arrival;
    const start = a.slot?.startStep ?? a.endStep;
    if (this.step < start) return;
    if (!c.holder) {
      c.ended = true;
      c.retryStep = null;
      const { cancelMatchRequest } = await this.call<{ cancelMatchRequest: RequestView }>(
        "cancelMatchRequest",
        OP.cancelMatchRequest,
        { id: c.requestId },
        await this.organisation(),
      );
      await this.syncRequest(c, cancelMatchRequest);
      return;
    }
    c.retryStep = null;
    if (this.step < a.endStep) return;
    c.ended = true;
    // The server's sweep completes dated work once its slot has ended (and closes the request); a consult the organisation completes.
    if (a.slot) await this.refresh(c);
    else await this.complete(c);
  }

  /** The newcomer moved to another reception location. */
  private async move(c: CaseState, to: number): Promise<void> {
    // The relocation limit counts moves of one request in real time (the audit log's clock),
    // and a simulated year passes in minutes: a request's fourth move would be refused.
    // Counted, not made, under either policy (the naive one relocates a request that has no
    // key person; with one, it closes it and opens a new one, which the limit does not see).
    const relocates = !(this.policy === "naive" && c.holder);
    if (relocates && (this.relocations.get(c.requestId) ?? 0) >= MAX_RELOCATIONS_PER_DAY) {
      this.moves.refusedByLimit++;
      return;
    }
    if (relocates) this.relocations.set(c.requestId, (this.relocations.get(c.requestId) ?? 0) + 1);
    if (c.evaluation) this.evaluate(c);
    c.deferredMove = null;
    const holderBefore = c.holder ? this.tracked.get(c.holder)!.kp : null;
    this.moves.total++;
    if (holderBefore !== null) {
      this.moves.withKeyPerson++;
      c.evaluation = { holder: holderBefore, dueStep: this.step + MOVE_EVALUATION_STEPS };
    }
    const location = { lat: this.world.places[to].lat, lon: this.world.places[to].lon };
    const org = await this.organisation();
    if (this.policy === "naive" && c.holder) {
      // No continuity: the old assignment ends, and the newcomer is matched afresh at the new place.
      await this.complete(c);
      c.place = to;
      await this.openRequest(c);
      return;
    }
    const { relocateNewcomer } = await this.call<{ relocateNewcomer: RequestView }>(
      "relocateNewcomer",
      OP.relocateNewcomer,
      { id: c.requestId, l: location },
      org,
    );
    c.place = to;
    await this.syncRequest(c, relocateNewcomer);
    if (!c.holder && !c.pending) await this.propose(c);
    else if (this.policy === "sleutelkaart" && this.stranded(c) && !c.pending) c.retryStep = this.step + this.retryDelay(c);
  }

  private async openRequest(c: CaseState): Promise<void> {
    const a = c.arrival;
    c.requests++;
    const place = this.world.places[c.place];
    const input: Record<string, unknown> = {
      kind: a.kind,
      caseReference: c.requests === 1 ? a.caseReference : `${a.caseReference}-M${c.requests - 1}`,
      languageCodes: a.languageCodes,
      expertiseCodes: a.expertiseCodes,
      preferredGender: a.preferredGender,
      newcomerOrigin: a.newcomerOrigin,
      backgroundPreference: a.backgroundPreference,
      funding: "ORGANISATION",
      autoEscalate: this.policy === "sleutelkaart",
      requiredDialect: a.requiredDialect,
      preferredDialect: a.preferredDialect,
    };
    // Each kind sends what it needs (a consult has no place and no newcomer's consent).
    if (a.kind !== "CONSULT") input.location = { lat: place.lat, lon: place.lon };
    if (a.kind === "CASE_SUPPORT" || a.kind === "APPOINTMENT") input.newcomerConsent = true;
    if (a.kind === "CASE_SUPPORT") Object.assign(input, { hoursPerWeek: a.hoursPerWeek, remoteAcceptable: a.remoteAcceptable });
    if (a.kind === "APPOINTMENT") input.appointment = { startsAt: a.slot!.startsAt, endsAt: a.slot!.endsAt, ...a.appointment };
    if (a.kind === "CONSULT") input.consult = a.consult;
    if (a.kind === "INFORMATION_SESSION") input.session = { startsAt: a.slot!.startsAt, endsAt: a.slot!.endsAt, ...a.session };
    const { createMatchRequest } = await this.call<{ createMatchRequest: RequestView }>(
      "createMatchRequest",
      OP.createMatchRequest,
      { input },
      await this.organisation(),
    );
    c.requestId = createMatchRequest.id;
    c.assignmentIds = new Set();
    c.excluded = new Set();
    c.holder = null;
    c.pending = null;
    await this.propose(c);
  }

  private async arrive(arrival: Arrival): Promise<void> {
    const c: CaseState = {
      index: arrival.index,
      arrival,
      place: arrival.place,
      requestId: null,
      requests: 0,
      assignmentIds: new Set(),
      holder: null,
      pending: null,
      firstAcceptStep: null,
      ended: false,
      retryStep: null,
      nextMove: 0,
      deferredMove: null,
      excluded: new Set(),
      evaluation: null,
      needDays: 0,
      supportedDays: 0,
    };
    this.cases.push(c);
    await this.openRequest(c);
  }

  private async retries(): Promise<void> {
    for (const c of this.cases) {
      if (c.retryStep === null || c.retryStep > this.step) continue;
      c.retryStep = null;
      if (c.ended || c.pending || c.deferredMove !== null) continue;
      if (!c.holder || (this.policy === "sleutelkaart" && this.stranded(c))) await this.propose(c);
    }
  }

  // ---- continuity -------------------------------------------------------------------------

  private async evaluateMoves(): Promise<void> {
    for (const c of this.cases) if (c.evaluation && c.evaluation.dueStep <= this.step) this.evaluate(c);
  }

  /**
   * A move of a supported newcomer, a week later: kept (the same key person, and the new
   * place in their reach), handed over (someone else), stranded (the same one, out of
   * reach: the handover found nobody) or lost (no one).
   */
  private evaluate(c: CaseState): void {
    const { holder } = c.evaluation!;
    c.evaluation = null;
    const now = c.holder ? this.tracked.get(c.holder)!.kp : null;
    if (now === null) this.moves.lost++;
    else if (now !== holder) this.moves.handedOver++;
    else if (this.inReach(now, c)) this.moves.kept++;
    else this.moves.stranded++;
  }

  private tally(): void {
    for (const c of this.cases) {
      if (c.ended || c.arrival.kind !== "CASE_SUPPORT") continue;
      c.needDays++;
      if (c.holder) c.supportedDays++;
    }
  }

  // ---- key persons' own week: hours, check-ins, supervision, profile -----------------

  private onLeave(kp: number, day: number): boolean {
    return this.world.keyPersons[kp].leave.some((l) => l.from <= day && day <= l.to);
  }

  /**
   * On their weekday each active key person does, in one request, what is due: register
   * leave that starts within four weeks, declare the last 7 days' hours on each assignment
   * that was ACTIVE in them, the monthly check-in, a supervision session and confirming an
   * ageing profile. Order-independent between key persons, so several run at once.
   */
  private async keyPersonAdmin(): Promise<void> {
    const day = this.day;
    const today = isoDay(this.world, day);
    const due = this.world.keyPersons.filter((k) => k.active && k.adminWeekday === day % 7);
    await inPool(due, this.concurrency, async (person) => {
      const kp = person.index;
      const state = this.kp[kp];
      const onLeave = this.onLeave(kp, day);
      const fields: string[] = [];
      const variables: Record<string, unknown> = {};
      const signature: string[] = [];
      const declared: [string, number, SimKind][] = [];
      const id = this.kpIds[kp];
      // Hours: the agreed hours, more or less, for the days of the last week they worked on it.
      let week = 0;
      for (const assignmentId of [...this.worked[kp]]) {
        const a = this.tracked.get(assignmentId)!;
        const arrival = this.cases[a.caseIndex].arrival;
        if (arrival.kind !== "CASE_SUPPORT") {
          // A one-off: its hours once, at the first admin after it took place (a consult: 3 days
          // after it was accepted), the booked hours more or less; nothing when it was withdrawn first.
          const doneDay = arrival.slot ? Math.floor((Date.parse(arrival.slot.endsAt) - this.world.start.getTime()) / DAY_MS) : (a.activeFromDay ?? day) + 3;
          if (a.endedDay !== null && a.endedDay < doneDay) this.worked[kp].delete(assignmentId);
          if (a.endedDay !== null && a.endedDay < doneDay) continue;
          if (day < doneDay || declared.length >= 10) continue;
          this.worked[kp].delete(assignmentId);
          const random = eventRandom(this.seed, TAG.HOURS, kp, Number(assignmentId), day);
          const booked = arrival.slot?.hours ?? arrival.consult!.hours;
          const hours = Math.min(24 - week, Math.max(0.5, Math.round(2 * booked * (0.9 + 0.3 * random.next())) / 2));
          if (hours <= 0) continue;
          week += hours;
          const name = `h${declared.length}`;
          const activity = arrival.kind === "APPOINTMENT" ? "ACCOMPANIMENT" : arrival.kind === "INFORMATION_SESSION" ? "INFORMATION_SESSION" : "SUPPORT";
          // dated on the day it took place: hours count only on days the assignment was active
          const date = arrival.slot ? new Date(arrival.slot.startsAt).toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" }) : today;
          variables[name] = { assignmentId, date, hours, activity };
          signature.push(`$${name}: HourEntryInput!`);
          fields.push(`${name}: declareHours(input: $${name}) { id }`);
          declared.push([name, hours, arrival.kind]);
          continue;
        }
        if (a.endedDay !== null && a.endedDay < day - 7) {
          this.worked[kp].delete(assignmentId);
          continue;
        }
        let activeDays = 0;
        for (let d = Math.max(day - 6, a.activeFromDay ?? day); d <= (a.endedDay === null ? day : a.endedDay - 1) && d <= day; d++) {
          if (!this.onLeave(kp, d)) activeDays++;
        }
        if (activeDays <= 0 || declared.length >= 10) continue;
        const random = eventRandom(this.seed, TAG.HOURS, kp, Number(assignmentId), day);
        const [low, high] = person.declareFactor;
        const hours = Math.min(24 - week, Math.max(0.5, Math.round(2 * a.hours * (low + (high - low) * random.next()) * (activeDays / 7)) / 2));
        if (hours <= 0) continue;
        week += hours;
        const name = `h${declared.length}`;
        variables[name] = { assignmentId, date: today, hours, activity: "SUPPORT" };
        signature.push(`$${name}: HourEntryInput!`);
        fields.push(`${name}: declareHours(input: $${name}) { id }`);
        declared.push([name, hours, "CASE_SUPPORT"]);
      }
      // The monthly check-in (every 12 weeks for someone without a case for 8 weeks): strain rises
      // with the hours against capacity and with SGBV cases. An ageing profile is confirmed with it.
      const checkInRandom = eventRandom(this.seed, TAG.CHECK_IN, kp, day);
      const idle = state.lastWorkedDay === null || day - state.lastWorkedDay > 56;
      const checkInWeek = idle ? Math.floor(day / 7) % 12 === person.checkInPhase * 3 : Math.floor(day / 7) % 4 === person.checkInPhase;
      if (!onLeave && checkInWeek && !checkInRandom.chance(person.checkInSkipChance)) {
        const capacity = person.data.weeklyCapacityHours;
        const load = capacity > 0 ? week / capacity : 0;
        const sgbv = [...this.open[kp]].filter((openId) => {
          const a = this.tracked.get(openId)!;
          return a.status === "ACTIVE" && this.cases[a.caseIndex].arrival.expertiseCodes.some((code) => (SGBV_EXPERTISE as readonly string[]).includes(code));
        }).length;
        const strain = clamp(Math.round(1 + 2 * load + 0.55 * sgbv + person.sensitivity + 0.5 * normal(checkInRandom)), 1, 5);
        const impact = clamp(Math.round(1 + 0.8 * sgbv + 0.8 * load + person.sensitivity + 0.6 * normal(checkInRandom)), 1, 5);
        const supervised = state.lastSessionDay !== null && day - state.lastSessionDay <= 56;
        const support = clamp(Math.round(3.6 + (supervised ? 0.6 : -0.9) - 0.35 * (Math.max(strain, impact) - 3) + 0.6 * normal(checkInRandom)), 1, 5);
        const contactRequested = Math.max(strain, impact) === 5 && checkInRandom.chance(0.35);
        state.lastStrain = Math.max(strain, impact);
        variables.c = { strain, emotionalImpact: impact, support, contactRequested };
        signature.push(`$c: WellbeingCheckInInput!`);
        fields.push(`c: submitWellbeingCheckIn(input: $c) { id }`);
        state.checkIns++;
      }
      if (variables.c && person.confirmsProfile && day - state.confirmedDay >= 90) {
        variables.p = id;
        signature.push(`$p: ID!`);
        fields.push(`p: confirmProfile(id: $p) { id }`);
        state.confirmedDay = day;
      }
      if (fields.length === 0) return;
      const document = `mutation${signature.length ? `(${signature.join(", ")})` : ""} { ${fields.join("\n")} }`;
      const token = await this.keyPersonToken(kp);
      const started = performance.now();
      const answer = await gqlRaw<Record<string, unknown>>(this.target.url, document, variables, token);
      const stats = this.ops.get(ADMIN_OP) ?? { calls: 0, ms: 0 };
      stats.calls++;
      stats.ms += performance.now() - started;
      this.ops.set(ADMIN_OP, stats);
      if (answer.errors?.length) {
        this.apiErrors += answer.errors.length;
        if (this.adminErrors.length < 5) this.adminErrors.push(answer.errors.map((e) => e.message).join("; "));
      }
      let total = 0;
      for (const [name, hours, kind] of declared) {
        if (!answer.data?.[name]) continue;
        total += hours;
        this.hoursByKind[kind] += hours;
      }
      if (total > 0) state.lastWorkedDay = day;
      state.declaredHours += total;
      if (total > person.data.weeklyCapacityHours + 1e-9) {
        state.overCapacityWeeks++;
        // The diagnosis: the agreed hours of the weekly cases declared for, and when the newest of them began.
        let agreed = 0;
        let newest = -Infinity;
        for (const [name, , kind] of declared) {
          if (kind !== "CASE_SUPPORT" || !answer.data?.[name]) continue;
          const a = this.tracked.get((variables[name] as { assignmentId: string }).assignmentId)!;
          agreed += a.hours;
          newest = Math.max(newest, a.activeFromDay ?? -Infinity);
        }
        this.overWeeks.push({ kp, capacity: person.data.weeklyCapacityHours, agreed, newestDaysAgo: day - newest });
      }
    });
  }

  // ---- the coordinator: leave, supervision, RED flags -----------------------------------

  /**
   * Runs the mutation once for each set of arguments, as aliased fields, 15 to a request
   * (the server's alias limit). The arguments go as variables, so the document depends
   * only on how many there are and the server parses and validates it once.
   */
  private async batch(op: string, mutation: string, types: Record<string, string>, argumentSets: Record<string, unknown>[]): Promise<void> {
    const coordinator = await this.coordinator();
    const names = Object.keys(types);
    for (let i = 0; i < argumentSets.length; i += 15) {
      const chunk = argumentSets.slice(i, i + 15);
      const variables: Record<string, unknown> = {};
      const signature: string[] = [];
      const fields = chunk.map((args, j) => {
        for (const name of names) {
          variables[`${name}${j}`] = args[name];
          signature.push(`$${name}${j}: ${types[name]}`);
        }
        return `m${j}: ${mutation}(${names.map((name) => `${name}: $${name}${j}`).join(", ")}) { id }`;
      });
      await this.call(op, `mutation(${signature.join(", ")}) { ${fields.join("\n")} }`, variables, coordinator);
    }
  }

  /**
   * The intervision groups' facilitator (here: the coordinator) registers who took part
   * on the day, and key persons' leave four weeks ahead (or at once, when it is nearer).
   * Some forget a session now and then; some never go.
   */
  private async register(): Promise<void> {
    // Everything it decides (and writes to this.kp) happens before its first await, so the key
    // persons' admin running beside it reads the same state every run.
    const day = this.day;
    const leave: Record<string, unknown>[] = [];
    const sessions: Record<string, unknown>[] = [];
    for (const person of this.world.keyPersons) {
      if (!person.active) continue;
      const kp = person.index;
      const state = this.kp[kp];
      for (const period of person.leave) {
        if (period.from - 28 === day || (day === 0 && period.from < 28)) {
          leave.push({ keyPersonId: this.kpIds[kp], input: { startsOn: isoDay(this.world, period.from), endsOn: isoDay(this.world, period.to) } });
        }
      }
      if (state.nextSessionDay !== null && state.nextSessionDay <= day && !this.onLeave(kp, day)) {
        const random = eventRandom(this.seed, TAG.SUPERVISION, kp, day);
        if (!random.chance(person.supervisionForgetChance)) {
          sessions.push({ keyPersonId: this.kpIds[kp], date: isoDay(this.world, day), kind: random.chance(0.7) ? "INTERVISION" : "SUPERVISION" });
          state.lastSessionDay = day;
          state.sessions++;
        }
        state.nextSessionDay = day + person.supervisionWeeks * 7 + random.int(-3, 3);
      }
    }
    await Promise.all([
      this.batch("addLeave (coordinator, batched)", "addLeave", { keyPersonId: "ID!", input: "LeaveInput!" }, leave),
      this.batch(
        "logSupervisionSession (coordinator, batched)",
        "logSupervisionSession",
        { keyPersonId: "ID!", date: "Date!", kind: "SupervisionKind!" },
        sessions,
      ),
    ]);
  }

  private async oversight(): Promise<void> {
    const day = this.day;
    if (day % 7 === 0 || day % 7 === 3) {
      const { oversightDashboard } = await this.call<{ oversightDashboard: { actions: { kind: string; keyPerson: { id: string } }[] } }>(
        "oversightDashboard",
        OP.oversightDashboard,
        {},
        await this.coordinator(),
      );
      const red = new Set(oversightDashboard.actions.filter((a) => a.kind === "RED").map((a) => this.kpIndexById.get(a.keyPerson.id)!));
      this.redReads.push(red.size);
      for (const kp of [...red].sort((a, b) => a - b)) {
        if (!this.clearAt.has(kp)) this.clearAt.set(kp, day + eventRandom(this.seed, TAG.CLEAR, kp, day).int(2, 6));
      }
    }
    const clear = [...this.clearAt]
      .filter(([, at]) => at <= day)
      .map(([kp]) => kp)
      .sort((a, b) => a - b);
    if (clear.length === 0) return;
    await this.batch(
      "clearWellbeingFlag (coordinator, batched)",
      "clearWellbeingFlag",
      { keyPersonId: "ID!", note: "String!" },
      clear.map((kp) => ({ keyPersonId: this.kpIds[kp], note: "Gesproken; lichtere belasting afgesproken" })),
    );
    for (const kp of clear) this.clearAt.delete(kp);
    this.redFlagsCleared += clear.length;
  }

  // ---- figures ----------------------------------------------------------------------------

  private result(seconds: number): PolicyResult {
    // The newcomers' figures (matched, waits, days supported, moves, unmet) are case support's; the one-off kinds have their own below.
    const caseSupport = this.cases.filter((c) => c.arrival.kind === "CASE_SUPPORT");
    const matchedCases = caseSupport.filter((c) => c.firstAcceptStep !== null);
    const waits = matchedCases
      .map((c) => (timeOf(this.world, c.firstAcceptStep!).getTime() - timeOf(this.world, c.arrival.step).getTime()) / DAY_MS)
      .sort((a, b) => a - b);
    const active = this.world.keyPersons.filter((k) => k.active);
    const hours = active.map((k) => this.kp[k.index].declaredHours);
    const totalHours = hours.reduce((s, h) => s + h, 0);
    const sortedHours = [...hours].sort((a, b) => b - a);
    const top = sortedHours.slice(0, Math.max(1, Math.round(active.length / 10))).reduce((s, h) => s + h, 0);
    const reachable = active.filter((k) => k.data.remoteAvailable || this.world.places.some((p) => this.world.km[k.index][p.index] <= k.data.maxTravelKm));
    const utilisation = active.map((k) =>
      k.data.weeklyCapacityHours > 0 ? this.kp[k.index].declaredHours / (k.data.weeklyCapacityHours * this.world.options.weeks) : 0,
    );
    const unmet = caseSupport.filter((c) => c.firstAcceptStep === null);
    const byKind = {} as PolicyResult["kinds"];
    for (const kind of SIM_KINDS) {
      const of = this.cases.filter((c) => c.arrival.kind === kind);
      const filled = of.filter((c) => c.firstAcceptStep !== null);
      const kindWaits = filled
        .map((c) => (timeOf(this.world, c.firstAcceptStep!).getTime() - timeOf(this.world, c.arrival.step).getTime()) / DAY_MS)
        .sort((a, b) => a - b);
      byKind[kind] = {
        requests: of.length,
        filled: filled.length,
        filledShare: share(filled.length, of.length),
        medianDaysToAcceptance: round(percentile(kindWaits, 0.5) ?? NaN, 2),
        hoursDeclared: round(this.hoursByKind[kind], 1),
      };
    }
    const count = <K>(keys: K[]) => {
      const counts = new Map<K, number>();
      for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
      return [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
    };
    const byOperation: PolicyResult["api"]["byOperation"] = {};
    let calls = 0;
    for (const [op, stats] of [...this.ops].sort((a, b) => b[1].ms - a[1].ms)) {
      byOperation[op] = { calls: stats.calls, meanMs: round(stats.ms / stats.calls, 1) };
      if (!op.includes("in-process")) calls += stats.calls;
    }
    if (this.adminErrors.length) this.log(`  [${this.policy}] some key person admin was refused, e.g.: ${this.adminErrors.join(" | ")}`);
    const m = this.moves;
    return {
      policy: this.policy,
      arrivals: caseSupport.length,
      matched: matchedCases.length,
      matchedShare: share(matchedCases.length, caseSupport.length),
      daysToFirstAcceptance: { n: waits.length, median: round(percentile(waits, 0.5) ?? NaN, 2), p90: round(percentile(waits, 0.9) ?? NaN, 2) },
      supportedDayShare: share(
        caseSupport.reduce((s, c) => s + c.supportedDays, 0),
        caseSupport.reduce((s, c) => s + c.needDays, 0),
      ),
      kinds: byKind,
      doubleBookings: this.doubleBookings,
      moves: {
        ...m,
        sameKeyPersonShare: share(m.kept, m.withKeyPerson),
        supportedAfterMoveShare: share(m.kept + m.handedOver + m.stranded, m.withKeyPerson),
      },
      load: {
        giniHours: round(gini(hours)),
        giniHoursReachable: round(gini(reachable.map((k) => this.kp[k.index].declaredHours))),
        reachableKeyPersons: reachable.length,
        giniUtilisation: round(gini(utilisation)),
        totalHours: round(totalHours, 1),
        keyPersonsWithHours: hours.filter((h) => h > 0).length,
        activeKeyPersons: active.length,
        overCapacityWeeks: active.reduce((s, k) => s + this.kp[k.index].overCapacityWeeks, 0),
        overCapacity: this.overCapacityBreakdown(active.map((k) => k.index)),
        top10Share: share(top, totalHours),
      },
      proposals: { ...this.proposals },
      wellbeing: {
        checkIns: this.kp.reduce((s, k) => s + k.checkIns, 0),
        supervisionSessions: this.kp.reduce((s, k) => s + k.sessions, 0),
        redFlagsCleared: this.redFlagsCleared,
        meanRed: round(this.redReads.reduce((s, n) => s + n, 0) / Math.max(1, this.redReads.length), 1),
        maxRed: Math.max(0, ...this.redReads),
      },
      unmet: {
        total: unmet.length,
        byMunicipality: count(unmet.map((c) => this.world.places[c.place].municipalityCode))
          .slice(0, 10)
          .map(([code, n]) => ({ code, name: this.municipalityNames.get(code) ?? code, count: n })),
        byLanguage: count(unmet.map((c) => c.arrival.languageCodes[0]))
          .slice(0, 10)
          .map(([code, n]) => ({ code, count: n })),
      },
      queries: this.queries,
      final: {
        activeAssignments: [...this.tracked.values()].filter((a) => a.status === "ACTIVE").length,
        proposedAssignments: [...this.tracked.values()].filter((a) => a.status === "PROPOSED").length,
      },
      api: { calls, errors: this.apiErrors, signedKeyPersonTokens: this.signedTokens, byOperation },
      seconds: round(seconds, 1),
      cpuSeconds: {
        node: round(this.nodeCpuSeconds, 1),
        // USER_HZ is 100 on Linux.
        postgres: this.databaseCpuTicks === null ? null : round([...this.databaseCpuTicks.values()].reduce((sum, t) => sum + t, 0) / 100, 1),
      },
      loadAverage: {
        mean: round(this.loadSamples.reduce((sum, l) => sum + l, 0) / Math.max(1, this.loadSamples.length), 1),
        max: Math.max(0, ...this.loadSamples),
      },
    };
  }
}

// =====================================================================================
// The command: both policies, the table, the report
// =====================================================================================

interface Report {
  seed: number;
  weeks: number;
  keyPersons: number;
  arrivalsPerKeyPersonYear: number;
  moveMeanWeeks: number;
  start: string;
  world: {
    activeKeyPersons: number;
    places: number;
    arrivals: number;
    scheduledMoves: number;
    sgbvShare: number;
    requestsByKind: Record<SimKind, number>;
    dialect: { required: number; preferred: number };
  };
  machine: Machine & { database: string; postgres: string; loadAverage: { before: number; after: number } };
  date: string;
  /** The commit the server was built from, and whether server/src differed from it (the figures then belong to that working tree). */
  source: { commit: string; serverChanged: boolean } | null;
  mode: "parallel" | "serial";
  /** false: a "before" run (--care off), the ranking without issue 17's care rules. */
  careInRanking: boolean;
  /** Key persons' tokens: signed by the simulation (default) or through the login mutation (--login-key-persons). */
  keyPersonTokens: "signed" | "login";
  wallSeconds: number;
  policies: Partial<Record<PolicyName, PolicyResult>>;
}

interface Args {
  options: SimulationOptions;
  child: PolicyName | null;
  serial: boolean;
  loginKeyPersons: boolean;
  /** --care off: the server ranks without the care rules (CARE_IN_RANKING=false), for a "before" run. */
  care: boolean;
  /** --only POLICY: run one policy (a "before" run needs no naive side). */
  policies: readonly PolicyName[];
  /** --out NAME: the report's name in bench/results (default "simulation"), so that runs at once do not overwrite each other. */
  out: string;
}

function parseArgs(argv: string[]): Args {
  const options: SimulationOptions = { seed: DEFAULTS.seed, weeks: DEFAULTS.weeks, keyPersons: DEFAULTS.keyPersons };
  let child: PolicyName | null = null;
  let serial = false;
  let loginKeyPersons = false;
  let care = true;
  let policies: readonly PolicyName[] = POLICIES;
  let out = "simulation";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${name} needs a value`);
      return v;
    };
    const number = () => {
      const v = Number(value());
      if (!Number.isFinite(v)) throw new Error(`${name} needs a number`);
      return v;
    };
    if (name === "--seed") options.seed = number();
    else if (name === "--weeks") options.weeks = number();
    else if (name === "--key-persons") options.keyPersons = number();
    else if (name === "--arrivals-per-key-person-year") options.arrivalsPerKeyPersonYear = number();
    else if (name === "--move-mean-weeks") options.moveMeanWeeks = number();
    else if (name === "--one-off-scale") options.oneOffScale = number();
    else if (name === "--start") options.start = value();
    else if (name === "--serial") serial = true;
    else if (name === "--login-key-persons") loginKeyPersons = true;
    else if (name === "--care") {
      const v = value();
      if (v !== "on" && v !== "off") throw new Error("--care must be on or off");
      care = v === "on";
    } else if (name === "--only") {
      const policy = value();
      if (!POLICIES.includes(policy as PolicyName)) throw new Error(`--only must be one of ${POLICIES.join(", ")}`);
      policies = [policy as PolicyName];
    } else if (name === "--out") {
      out = value();
      if (!/^[A-Za-z0-9._-]+$/.test(out)) throw new Error("--out must be a plain file name (letters, digits, . _ -)");
    } else if (name === "--child") {
      const policy = value();
      if (!POLICIES.includes(policy as PolicyName)) throw new Error(`--child must be one of ${POLICIES.join(", ")}`);
      child = policy as PolicyName;
    } else throw new Error(`Unknown option ${arg}: use --seed N --weeks N --key-persons N [--arrivals-per-key-person-year X] [--serial]`);
  }
  return { options, child, serial, loginKeyPersons, care, policies, out };
}

/** Starts the server in this process on the scratch database, runs one policy, stops the server. */
async function runOn(
  databaseUrl: string,
  world: World,
  policy: PolicyName,
  log: (line: string) => void,
  loginKeyPersons: boolean,
  care = true,
): Promise<PolicyResult> {
  const clock = new ManualClock(timeOf(world, 0));
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    PORT: "0",
    SEED_DEMO: "false",
    JWT_SECRET: "simulation-secret-that-is-long-enough-for-hs256-0123456789",
    NODE_ENV: "simulation",
    // Every login comes from this process: the per-address limit on anonymous requests would stop it.
    PUBLIC_RATE_LIMIT: "100000000",
    CARE_IN_RANKING: care ? "true" : "false",
  });
  const server = await startServer(config, { clock, sweepEveryMs: 0, log: () => {} });
  // The same token `login` returns (same secret, same lifetime, the server's clock), without an argon2 check each simulated day.
  const tokens = new TokenService(config.jwtSecret, config.tokenTtlSeconds);
  try {
    return await runPolicy(
      world,
      policy,
      {
        url: server.url,
        dataSource: server.dataSource,
        clock,
        expireDue: () => server.services.matching.expireDue(),
        signToken: loginKeyPersons ? undefined : (userId, now) => tokens.sign(userId, now, 0),
        queryCount: () => server.queryCounter.count,
      },
      { log },
    );
  } finally {
    await server.stop();
  }
}

/** Runs a policy in a child process (this file with --child), so the two policies use both cores. */
function runInChild(databaseUrl: string, argv: string[], policy: PolicyName): Promise<PolicyResult> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, [...argv, "--child", policy], { env: { ...process.env, SIMULATION_DATABASE_URL: databaseUrl }, stdio: "inherit" });
    let result: PolicyResult | null = null;
    child.on("message", (message) => (result = message as PolicyResult));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 && result ? resolve(result) : reject(new Error(`The ${policy} simulation failed (exit ${code})`))));
  });
}

/**
 * The same database over the embedded PostgreSQL's Unix socket when it has one in /tmp: the
 * year sends a few hundred thousand SQL statements, and on this machine a statement over a
 * socket costs Node less CPU than over TCP on 127.0.0.1 (docs/simulation.md, "Speed").
 */
function overUnixSocket(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (url.hostname !== "127.0.0.1" || url.searchParams.has("host") || !existsSync(`/tmp/.s.PGSQL.${url.port}`)) return databaseUrl;
  url.searchParams.set("host", "/tmp");
  return url.toString();
}

/** The git commit and whether server/src has uncommitted changes; null outside a git checkout. */
function sourceState(): { commit: string; serverChanged: boolean } | null {
  const git = (...args: string[]) => spawnSync("git", args, { cwd: projectRoot(), encoding: "utf8" });
  const head = git("rev-parse", "HEAD");
  if (head.status !== 0) return null;
  return { commit: head.stdout.trim(), serverChanged: git("status", "--porcelain", "--", "server/src").stdout.trim() !== "" };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const days = (x: number | null) => (x === null || Number.isNaN(x) ? "–" : `${x.toFixed(1)} d`);

export function table(results: Partial<Record<PolicyName, PolicyResult>>): string {
  const rows: [string, (r: PolicyResult) => string][] = [
    ["requests (newcomers)", (r) => String(r.arrivals)],
    ["matched (got an ACTIVE key person)", (r) => `${pct(r.matchedShare)} (${r.matched})`],
    ["days to first acceptance, median", (r) => days(r.daysToFirstAcceptance.median)],
    ["days to first acceptance, p90", (r) => days(r.daysToFirstAcceptance.p90)],
    ["days in need with a key person", (r) => pct(r.supportedDayShare)],
    ["moves of supported newcomers", (r) => `${r.moves.withKeyPerson} of ${r.moves.total} moves`],
    ["  same key person stayed (in reach)", (r) => `${pct(r.moves.sameKeyPersonShare)} (${r.moves.kept})`],
    ["  handed over / stranded / lost", (r) => `${r.moves.handedOver} / ${r.moves.stranded} / ${r.moves.lost}`],
    ["  still supported a week later", (r) => pct(r.moves.supportedAfterMoveShare)],
    ["moves the relocation limit refused", (r) => String(r.moves.refusedByLimit)],
    ["Gini of declared hours (active)", (r) => r.load.giniHours.toFixed(3)],
    ["  over those who can reach a location", (r) => `${r.load.giniHoursReachable.toFixed(3)} (${r.load.reachableKeyPersons})`],
    ["Gini of hours / capacity", (r) => r.load.giniUtilisation.toFixed(3)],
    ["hours carried by busiest 10 %", (r) => pct(r.load.top10Share)],
    ["key persons with any hours", (r) => `${r.load.keyPersonsWithHours} of ${r.load.activeKeyPersons}`],
    ["hours declared in total", (r) => r.load.totalHours.toFixed(0)],
    ["person-weeks declared over capacity", (r) => String(r.load.overCapacityWeeks)],
    ["  key persons; most weeks of one", (r) => `${r.load.overCapacity.keyPersons}; ${r.load.overCapacity.mostWeeksOnePerson}`],
    ["  of over-declarers (× 1.15–1.6)", (r) => String(r.load.overCapacity.byOverDeclarers)],
    [
      "  agreed ≤60 / 60–80 / 80–90 / 90–100 / >100 %",
      (r) => {
        const a = r.load.overCapacity.agreedShare;
        return `${a.upTo60} / ${a.above60} / ${a.above80} / ${a.above90} / ${a.aboveCapacity}`;
      },
    ],
    [
      "  newest case began ≤2 / 2–8 / >8 weeks ago",
      (r) => {
        const n = r.load.overCapacity.newestCaseBegan;
        return `${n.withinTwoWeeks} / ${n.twoToEightWeeks} / ${n.earlier}`;
      },
    ],
    [
      "proposals made (org / escalation / handover)",
      (r) => `${r.proposals.made} (${r.proposals.byOrganisation} / ${r.proposals.escalations} / ${r.proposals.handovers})`,
    ],
    ["  made to RED or over capacity", (r) => `${r.proposals.toRed + r.proposals.toOverCapacity}`],
    ["  made to AMBER", (r) => String(r.proposals.toAmber)],
    [
      "  load after ≤60 / 60–80 / 80–90 / >90 %",
      (r) => {
        const u = r.proposals.byUtilisationAfter;
        return `${u.upTo60} / ${u.above60} / ${u.above80} / ${u.above90}`;
      },
    ],
    ["  to over-declarers above 60 %", (r) => String(r.proposals.toOverDeclarerAbove60)],
    ["refused by the server", (r) => String(r.proposals.refused)],
    ["  of which RED or over capacity", (r) => String(r.proposals.refusedRedOrOverCapacity)],
    ["  of which supervision overdue", (r) => String(r.proposals.refusedSupervisionOverdue)],
    ["accepted / declined / expired", (r) => `${r.proposals.accepted} / ${r.proposals.declined} / ${r.proposals.expired}`],
    ["proposals after the need had ended", (r) => String(r.proposals.afterNeedEnded)],
    ["RED flags cleared; mean RED at a time", (r) => `${r.wellbeing.redFlagsCleared}; ${r.wellbeing.meanRed}`],
    ...SIM_KINDS.map(
      (kind) =>
        [
          `${kind.toLowerCase().replace("_", " ")}: filled of requests; hours`,
          (r: PolicyResult) =>
            `${pct(r.kinds[kind].filledShare)} (${r.kinds[kind].filled} of ${r.kinds[kind].requests}); ${r.kinds[kind].hoursDeclared.toFixed(0)} h`,
        ] as [string, (r: PolicyResult) => string],
    ),
    ["double bookings (accepted, overlapping)", (r) => String(r.doubleBookings)],
    ["never matched", (r) => String(r.unmet.total)],
    ["API calls; SQL statements", (r) => `${r.api.calls}; ${r.queries ?? "?"}`],
    ["wall seconds", (r) => `${r.seconds.toFixed(0)} s`],
    ["CPU seconds: node + PostgreSQL", (r) => `${r.cpuSeconds.node.toFixed(0)} + ${r.cpuSeconds.postgres === null ? "?" : r.cpuSeconds.postgres.toFixed(0)}`],
    ["load average (mean / max)", (r) => `${r.loadAverage.mean} / ${r.loadAverage.max}`],
  ];
  const present = POLICIES.filter((policy) => results[policy]);
  const head = ["", ...present.map((policy) => (policy === "sleutelkaart" ? "Sleutelkaart" : "naive nearest"))];
  const body = rows.map(([label, f]) => [label, ...present.map((policy) => f(results[policy]!))]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  return [head, ...body]
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

function unmetTable(results: Partial<Record<PolicyName, PolicyResult>>): string {
  const lines: string[] = [];
  for (const policy of POLICIES) {
    if (!results[policy]) continue;
    const u = results[policy].unmet;
    lines.push(`${policy}: never matched ${u.total}`);
    lines.push(`  by municipality: ${u.byMunicipality.map((m) => `${m.name} ${m.count}`).join(", ") || "–"}`);
    lines.push(`  by language:     ${u.byLanguage.map((l) => `${l.code} ${l.count}`).join(", ") || "–"}`);
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const { options, child, serial, loginKeyPersons, care, policies, out } = parseArgs(argv);
  const log = (line: string) => console.log(line);
  if (child) {
    const world = buildWorld(options);
    const result = await runOn(process.env.SIMULATION_DATABASE_URL!, world, child, log, loginKeyPersons, care);
    await new Promise<void>((resolve, reject) => process.send!(result, (error: Error | null) => (error ? reject(error) : resolve())));
    process.disconnect();
    return;
  }

  const started = performance.now();
  const loadBefore = loadAverage();
  // The source as it was when the run began (a long run may end after the next commit).
  const source = sourceState();
  const world = buildWorld(options);
  log(
    `Simulation: seed ${world.options.seed}, ${world.options.weeks} weeks, ${world.keyPersons.length} key persons ` +
      `(${world.keyPersons.filter((k) => k.active).length} active), ${world.places.length} reception locations, ${world.arrivals.length} requests (${SIM_KINDS.map((kind) => `${world.arrivals.filter((a) => a.kind === kind).length} ${kind.toLowerCase()}`).join(", ")}), ` +
      `${world.arrivals.reduce((s, a) => s + a.moves.length, 0)} moves while supported; load average ${loadBefore}`,
  );
  const server = await openDatabaseServer("simulate-pg", log, "simulate");
  // Scratch data: a commit need not wait for the WAL to reach the disk (nothing here must survive a crash).
  const databases = (await Promise.all(policies.map((p) => createScratchDatabase(server, `sk_sim_${process.pid}_${p}`, { synchronous_commit: "off" })))).map(
    (database) => ({ ...database, url: overUnixSocket(database.url) }),
  );
  let postgres = "unknown";
  try {
    const results: Partial<Record<PolicyName, PolicyResult>> = {};
    if (serial || policies.length === 1) {
      for (const [i, policy] of policies.entries()) results[policy] = await runOn(databases[i].url, world, policy, log, loginKeyPersons, care);
    } else {
      const all = await Promise.all(policies.map((policy, i) => runInChild(databases[i].url, argv, policy)));
      policies.forEach((policy, i) => (results[policy] = all[i]));
    }
    const { Client } = await import("pg");
    const client = new Client({ connectionString: databases[0].url });
    await client.connect();
    postgres = (await client.query(`SELECT current_setting('server_version') AS v`)).rows[0].v;
    await client.end();

    const wallSeconds = round((performance.now() - started) / 1000, 1);
    log(`\n${loadHeading()}\n${table(results)}\n\nNever matched, top 10:\n${unmetTable(results)}\n`);
    log(
      `Wall time ${wallSeconds.toFixed(0)} s (${policies.length === 1 ? `${policies[0]} only` : serial ? "one policy after the other" : "both policies at once, in two processes"}); load average ${loadBefore} → ${loadAverage()} on ${machine().cores} cores`,
    );
    const report: Report = {
      seed: world.options.seed,
      weeks: world.options.weeks,
      keyPersons: world.options.keyPersons,
      arrivalsPerKeyPersonYear: world.options.arrivalsPerKeyPersonYear,
      moveMeanWeeks: world.options.moveMeanWeeks,
      start: world.options.start,
      world: {
        activeKeyPersons: world.keyPersons.filter((k) => k.active).length,
        places: world.places.length,
        arrivals: world.arrivals.length,
        scheduledMoves: world.arrivals.reduce((s, a) => s + a.moves.length, 0),
        sgbvShare: share(world.arrivals.filter((a) => a.expertiseCodes.length > 0).length, world.arrivals.length),
        requestsByKind: Object.fromEntries(SIM_KINDS.map((kind) => [kind, world.arrivals.filter((a) => a.kind === kind).length])) as Record<SimKind, number>,
        dialect: { required: world.arrivals.filter((a) => a.requiredDialect).length, preferred: world.arrivals.filter((a) => a.preferredDialect).length },
      },
      machine: {
        ...machine(),
        database: `${server.kind}${databases[0].url.includes("host=") ? ", over its Unix socket" : ""}`,
        postgres,
        loadAverage: { before: loadBefore, after: loadAverage() },
      },
      date: new Date().toISOString(),
      source,
      mode: serial || policies.length === 1 ? "serial" : "parallel",
      careInRanking: care,
      keyPersonTokens: loginKeyPersons ? "login" : "signed",
      wallSeconds,
      policies: results,
    };
    log(`Wrote ${writeReport(out, report)}`);
  } finally {
    for (const database of databases) await database.drop().catch(() => {});
    await server.stop();
  }
}

if (require.main === module) {
  runMain(main);
}
