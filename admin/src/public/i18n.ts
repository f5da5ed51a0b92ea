import type { LanguageLevel, Named } from "./api";
import { TRANSLATIONS, type Lang, type Translation } from "./i18n/index";

export type { Lang };

const STORAGE_KEY = "sleutelkaart.lang";

const nl = {
  title: "Sleutelkaart",
  tagline: "Sleutelpersonen in Nederland",
  skipToResults: "Naar de resultaten",
  introTitle: "Wat is een sleutelpersoon?",
  intro:
    "Sleutelpersonen zijn getrainde mensen met een migratieachtergrond. Ze helpen nieuwkomers in hun eigen taal de weg te vinden in Nederland, ook bij seksueel en gendergerelateerd geweld.",
  introConsent: "Hier staan alleen sleutelpersonen die daar zelf voor kozen, met de gegevens die zij openbaar maken.",
  introContact:
    "Neem contact op via het e-mailadres of telefoonnummer bij de persoon. Geen contactgegevens? Vraag een organisatie hieronder of uw huisarts om u in contact te brengen.",
  emergencyTitle: "In gevaar?",
  emergency112: "Direct gevaar:",
  emergency112Call: "bel 112",
  emergencyVeiligThuis: "Huiselijk geweld of kindermishandeling: Veilig Thuis",
  emergencyCsg: "Seksueel geweld: Centrum Seksueel Geweld",
  emergencyFree: "gratis, dag en nacht",
  filtersTitle: "Zoeken",
  language: "Taal",
  languageHint: "die de sleutelpersoon spreekt",
  allLanguages: "Alle talen",
  expertise: "Onderwerp",
  expertiseHint: "waar de sleutelpersoon bij helpt",
  allExpertise: "Alle onderwerpen",
  nearTitle: "In de buurt van",
  municipality: "Gemeente",
  wholeCountry: "Heel Nederland",
  distance: "Afstand",
  withinKm: (km: number) => `${km} km`,
  useMyLocation: "Gebruik mijn locatie",
  locating: "Locatie zoeken…",
  myLocation: "Uw locatie",
  clearLocation: "Locatie wissen",
  locationUnsupported: "Uw browser kan uw locatie niet delen. Kies een gemeente.",
  locationDenied: "Uw locatie is niet gedeeld. Kies een gemeente.",
  locationFailed: "Uw locatie is niet gevonden. Kies een gemeente.",
  locationOutside: "Uw locatie ligt buiten Nederland. Kies een gemeente.",
  locationPrivacy: "Uw locatie blijft op uw apparaat; alleen de zoekvraag gaat naar de server en wordt niet bewaard.",
  clearFilters: "Alles wissen",
  mapTitle: "Kaart",
  showMap: "Kaart tonen",
  hideMap: "Kaart verbergen",
  mapLabel:
    "Kaart van Nederland met het aantal sleutelpersonen per gemeente. Klik op een gemeente om daar te zoeken. Dezelfde informatie staat in de keuzelijst Gemeente en in de tabel onder de kaart.",
  mapLoading: "Kaart laden…",
  mapFailed: "De kaart kon niet worden geladen. Zoeken werkt ook zonder kaart.",
  legend: "Aantal sleutelpersonen",
  tableSummary: "Tabel: sleutelpersonen per gemeente",
  tableCaption: "Gemeenten met sleutelpersonen of organisaties, met de huidige filters",
  tableMunicipality: "Gemeente",
  tableProvince: "Provincie",
  tableKeyPersons: "Sleutel\u00adpersonen",
  tableOrganisations: "Organi\u00adsaties",
  tableEmpty: "Geen gemeenten met sleutelpersonen voor deze filters.",
  searchThere: (name: string) => `Zoek in de buurt van ${name}`,
  resultsTitle: "Sleutelpersonen",
  loading: "Laden…",
  found: (n: number) => (n === 1 ? "1 sleutelpersoon gevonden" : `${n} sleutelpersonen gevonden`),
  speaking: (language: string) => `die ${language} spreken`,
  helpingWith: (topic: string) => `voor ${topic}`,
  near: (km: number, place: string) => `binnen ${km} km van ${place}`,
  inNetherlands: "in heel Nederland",
  nearestFirst: "Dichtstbijzijnde eerst.",
  noResults: "Geen sleutelpersonen gevonden. Probeer een grotere afstand, een andere taal of minder filters.",
  nameNotPublic: "Naam niet openbaar",
  municipalityNotPublic: "Woonplaats niet openbaar",
  about: (km: number) => `ca. ${km} km`,
  languages: "Talen",
  expertiseList: "Helpt bij",
  notPublic: "niet openbaar",
  contact: "Contact",
  email: "E-mail",
  phone: "Bellen",
  noContact: "Geen contactgegevens openbaar. Vraag een organisatie om u in contact te brengen.",
  dialect: "dialect",
  level: { NATIVE: "moedertaal", FLUENT: "vloeiend", BASIC: "basis" } as Record<LanguageLevel, string>,
  showMore: (shown: number, total: number) => `Meer tonen (${shown} van ${total})`,
  organisationsTitle: "Organisaties",
  organisationsIntro: "Organisaties die nieuwkomers en sleutelpersonen helpen (de sociale kaart).",
  organisationsFound: (n: number) => (n === 1 ? "1 organisatie" : `${n} organisaties`),
  noOrganisations: "Geen organisaties op de kaart in dit gebied.",
  website: "Website",
  opensNewWindow: "(opent in nieuw venster)",
  kinds: {
    GGD: "GGD",
    MUNICIPALITY: "Gemeente",
    NGO: "Maatschappelijke organisatie",
    CLINIC: "Zorgpraktijk",
    RECEPTION_LOCATION: "Opvanglocatie",
    OTHER: "Organisatie",
  } as Record<string, string>,
  retry: "Opnieuw proberen",
  rateLimited: (seconds: number | undefined) =>
    seconds
      ? `Te veel zoekvragen vanaf uw adres: wacht ${seconds} seconden en probeer het opnieuw.`
      : "Te veel zoekvragen vanaf uw adres: wacht even en probeer het opnieuw.",
  networkError: "Geen verbinding met de server. Controleer uw internet en probeer het opnieuw.",
  serverError: "Er ging iets mis:",
  dataSource: "Kaart: CBS / PDOK, CBS Gebiedsindelingen 2025",
  console: "Inloggen voor sleutelpersonen en organisaties",
  // --- issue 19: languages, findable help, messages through the map
  languagePicker: "Taal",
  languagePickerLabel: "Taal van deze pagina",
  unreviewed: "Deze tekst is nog niet nagekeken door iemand die de taal als moedertaal spreekt.",
  remoteYes: "Helpt ook telefonisch of via video",
  remoteNo: "Helpt alleen ter plaatse",
  reach: "Komt naar",
  reachMore: (n: number) => `en nog ${n}`,
  writeMessage: "Stuur een bericht",
  messageTitle: (name: string | null) => (name ? `Bericht aan ${name}` : "Bericht aan deze sleutelpersoon"),
  messageIntro:
    "Uw bericht gaat via Sleutelkaart naar de sleutelpersoon. Alleen die ziet het, met uw gegevens; het adres van de sleutelpersoon blijft verborgen. Schrijf geen dossiernummer of geboortedatum.",
  messageLabel: "Uw bericht",
  messageCount: (n: number, max: number) => `${n} van ${max} tekens`,
  messageLanguage: "In welke taal wilt u hulp?",
  messageNoLanguage: "Maakt niet uit",
  replyBy: "Hoe kan de sleutelpersoon u bereiken?",
  replyEmail: "Per e-mail",
  replyPhone: "Per telefoon",
  replyEmailLabel: "Uw e-mailadres",
  replyPhoneLabel: "Uw telefoonnummer",
  trapLabel: "Laat dit veld leeg",
  send: "Versturen",
  sending: "Versturen…",
  cancel: "Annuleren",
  formLoading: "Formulier openen…",
  sent: "Uw bericht is verstuurd. De sleutelpersoon neemt zelf contact met u op; dat kan een paar dagen duren.",
  sentKept: (days: number) => `Sleutelkaart wist uw bericht ${days} dagen na bezorging.`,
  zoomIn: "Inzoomen",
  zoomOut: "Uitzoomen",
  // ---- care services (issue 18)
  servicesTitle: "Hulpaanbod",
  servicesIntro:
    "Hulp van organisaties bij nieuwkomers, zoals zorg na seksueel geweld, huisartsen en hulplijnen. Met dezelfde filters: taal (of met tolk), onderwerp en plaats.",
  servicesFound: (n: number) => (n === 1 ? "1 hulpaanbod" : `${n} keer hulpaanbod`),
  noServices: "Geen hulpaanbod gevonden met deze filters. Bel bij twijfel de landelijke nummers bovenaan.",
  serviceNationwide: "Heel Nederland",
  serviceAnonymous: "Anoniem",
  serviceInterpreters: "Met tolk",
  serviceAfterContact: "Na contact",
  serviceCosts: "Kosten",
  servicesOpenData: "Deze gegevens zijn open data (HSDS 3.0):",
};

export type Texts = typeof nl;

const en: Texts = {
  title: "Sleutelkaart",
  tagline: "Key persons in the Netherlands",
  skipToResults: "Skip to the results",
  introTitle: "What is a key person?",
  intro:
    "Key persons (sleutelpersonen) are trained people with a migration background. They help newcomers find their way in the Netherlands in their own language, also with sexual and gender-based violence.",
  introConsent: "Only key persons who chose to be listed appear here, with the details they chose to make public.",
  introContact:
    "Contact them by the e-mail address or phone number shown with the person. No contact details? Ask an organisation below or your GP to put you in touch.",
  emergencyTitle: "In danger?",
  emergency112: "Immediate danger:",
  emergency112Call: "call 112",
  emergencyVeiligThuis: "Domestic violence or child abuse: Veilig Thuis",
  emergencyCsg: "Sexual violence: Centrum Seksueel Geweld",
  emergencyFree: "free, day and night",
  filtersTitle: "Search",
  language: "Language",
  languageHint: "the key person speaks",
  allLanguages: "All languages",
  expertise: "Topic",
  expertiseHint: "the key person helps with",
  allExpertise: "All topics",
  nearTitle: "Near",
  municipality: "Municipality",
  wholeCountry: "All of the Netherlands",
  distance: "Distance",
  withinKm: (km: number) => `${km} km`,
  useMyLocation: "Use my location",
  locating: "Finding your location…",
  myLocation: "Your location",
  clearLocation: "Clear location",
  locationUnsupported: "Your browser cannot share your location. Choose a municipality.",
  locationDenied: "Your location was not shared. Choose a municipality.",
  locationFailed: "Your location could not be found. Choose a municipality.",
  locationOutside: "Your location is outside the Netherlands. Choose a municipality.",
  locationPrivacy: "Your location stays on your device; only the search goes to the server, and it is not stored.",
  clearFilters: "Clear all",
  mapTitle: "Map",
  showMap: "Show map",
  hideMap: "Hide map",
  mapLabel:
    "Map of the Netherlands with the number of key persons per municipality. Click a municipality to search there. The same information is in the Municipality list and in the table below the map.",
  mapLoading: "Loading the map…",
  mapFailed: "The map could not be loaded. Searching works without it.",
  legend: "Number of key persons",
  tableSummary: "Table: key persons per municipality",
  tableCaption: "Municipalities with key persons or organisations, with the current filters",
  tableMunicipality: "Municipality",
  tableProvince: "Province",
  tableKeyPersons: "Key persons",
  tableOrganisations: "Organi\u00adsations",
  tableEmpty: "No municipalities with key persons for these filters.",
  searchThere: (name: string) => `Search near ${name}`,
  resultsTitle: "Key persons",
  loading: "Loading…",
  found: (n: number) => (n === 1 ? "1 key person found" : `${n} key persons found`),
  speaking: (language: string) => `who speak ${language}`,
  helpingWith: (topic: string) => `for ${topic}`,
  near: (km: number, place: string) => `within ${km} km of ${place}`,
  inNetherlands: "in all of the Netherlands",
  nearestFirst: "Nearest first.",
  noResults: "No key persons found. Try a larger distance, another language or fewer filters.",
  nameNotPublic: "Name not public",
  municipalityNotPublic: "Place not public",
  about: (km: number) => `about ${km} km`,
  languages: "Languages",
  expertiseList: "Helps with",
  notPublic: "not public",
  contact: "Contact",
  email: "E-mail",
  phone: "Call",
  noContact: "No public contact details. Ask an organisation to put you in touch.",
  dialect: "dialect",
  level: { NATIVE: "native", FLUENT: "fluent", BASIC: "basic" },
  showMore: (shown: number, total: number) => `Show more (${shown} of ${total})`,
  organisationsTitle: "Organisations",
  organisationsIntro: "Organisations that help newcomers and key persons (the social map).",
  organisationsFound: (n: number) => (n === 1 ? "1 organisation" : `${n} organisations`),
  noOrganisations: "No organisations on the map in this area.",
  website: "Website",
  opensNewWindow: "(opens in a new window)",
  kinds: {
    GGD: "Public health service (GGD)",
    MUNICIPALITY: "Municipality",
    NGO: "Non-profit organisation",
    CLINIC: "Health practice",
    RECEPTION_LOCATION: "Reception location",
    OTHER: "Organisation",
  },
  retry: "Try again",
  rateLimited: (seconds: number | undefined) =>
    seconds
      ? `Too many requests from your address: wait ${seconds} seconds and try again.`
      : "Too many requests from your address: wait a moment and try again.",
  networkError: "No connection to the server. Check your internet and try again.",
  serverError: "Something went wrong:",
  dataSource: "Map: CBS / PDOK, CBS Gebiedsindelingen 2025",
  console: "Log in for key persons and organisations",
  // --- issue 19: languages, findable help, messages through the map
  languagePicker: "Language",
  languagePickerLabel: "Language of this page",
  unreviewed: "This English text has not yet been checked by a native speaker.",
  remoteYes: "Also helps by phone or video",
  remoteNo: "Helps in person only",
  reach: "Travels to",
  reachMore: (n: number) => `and ${n} more`,
  writeMessage: "Send a message",
  messageTitle: (name: string | null) => (name ? `Message to ${name}` : "Message to this key person"),
  messageIntro:
    "Your message goes to the key person through Sleutelkaart. Only they see it, with your details; their own address stays hidden. Do not write a case number or date of birth.",
  messageLabel: "Your message",
  messageCount: (n: number, max: number) => `${n} of ${max} characters`,
  messageLanguage: "Which language would you like help in?",
  messageNoLanguage: "No preference",
  replyBy: "How can the key person reach you?",
  replyEmail: "By e-mail",
  replyPhone: "By phone",
  replyEmailLabel: "Your e-mail address",
  replyPhoneLabel: "Your phone number",
  trapLabel: "Leave this field empty",
  send: "Send",
  sending: "Sending…",
  cancel: "Cancel",
  formLoading: "Opening the form…",
  sent: "Your message was sent. The key person will contact you themselves; this can take a few days.",
  sentKept: (days: number) => `Sleutelkaart erases your message ${days} days after delivery.`,
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  // ---- care services (issue 18)
  servicesTitle: "Care services",
  servicesIntro:
    "Help from organisations for newcomers, such as care after sexual violence, GPs and helplines. With the same filters: language (or with an interpreter), topic and place.",
  servicesFound: (n: number) => (n === 1 ? "1 service" : `${n} services`),
  noServices: "No care services found with these filters. When in doubt, call the national numbers at the top.",
  serviceNationwide: "All of the Netherlands",
  serviceAnonymous: "Anonymous",
  serviceInterpreters: "With an interpreter",
  serviceAfterContact: "After contact",
  serviceCosts: "Costs",
  servicesOpenData: "This data is open data (HSDS 3.0):",
};

/** Dutch is the source; English and the rest are translations of it. */
const nlInfo: Translation = {
  code: "nl",
  name: "Nederlands",
  dir: "ltr",
  tag: "nl",
  aliases: ["nl", "nld", "dut"],
  speaks: [],
  machineTranslated: false,
  // The source text, written by the project: there is nothing to review against.
  reviewed: { by: "source text", on: "2026-12-07" },
  texts: nl,
  expertise: {},
  reasons: {},
};

const enInfo: Translation = {
  code: "en",
  name: "English",
  dir: "ltr",
  tag: "en",
  aliases: ["en", "eng"],
  speaks: [],
  machineTranslated: false,
  reviewed: null,
  texts: en,
  expertise: {},
  reasons: {},
};

/** Every language of the page, in the selector's order: Dutch, English, then the newcomers' languages. */
export const LANGUAGES: Translation[] = [nlInfo, enInfo, ...TRANSLATIONS];
export const LANGUAGE: Record<Lang, Translation> = Object.fromEntries(LANGUAGES.map((l) => [l.code, l])) as Record<Lang, Translation>;

/** A translation's texts over the English ones: a text not translated yet shows in English (test/unit/public-i18n.test.ts lists them). */
export const TEXTS: Record<Lang, Texts> = Object.fromEntries(
  LANGUAGES.map((l) => [
    l.code,
    l.code === "nl" ? nl : { ...en, ...l.texts, level: { ...en.level, ...l.texts.level }, kinds: { ...en.kinds, ...l.texts.kinds } },
  ]),
) as Record<Lang, Texts>;

/** `?lang=` takes ISO 639-1 and 639-3 codes (ar, arb, ti, tir, prs, fa, pes, so, som, kmr, ckb, tr, tur, uk, ukr, ps, pus …). */
export function langFromCode(code: string | null | undefined): Lang | null {
  const wanted = (code ?? "").trim().toLowerCase();
  if (!wanted) return null;
  return LANGUAGES.find((l) => l.code === wanted || l.aliases.includes(wanted))?.code ?? null;
}

/** The address's ?lang= first (unknown: Dutch), then the last choice on this device, then Dutch. */
export function initialLang(search: string = window.location.search): Lang {
  const asked = new URLSearchParams(search).get("lang");
  if (asked !== null) return langFromCode(asked) ?? "nl";
  try {
    const stored = langFromCode(localStorage.getItem(STORAGE_KEY));
    if (stored) return stored;
  } catch {
    // storage blocked (private mode): Dutch
  }
  return "nl";
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not remembered; the switch still works on this page
  }
  document.documentElement.lang = LANGUAGE[lang].tag;
  document.documentElement.dir = LANGUAGE[lang].dir;
}

/** A topic's name in the UI language: the translation's, else Dutch or English from the server. */
export function topicName(lang: Lang, item: Named): string {
  if (lang === "nl") return item.nameNl || item.name;
  return LANGUAGE[lang].expertise[item.code] ?? item.name;
}

const displayNames = new Map<Lang, Intl.DisplayNames | null>();

/** ISO 639-3 codes Intl knows by their two-letter code. */
const TWO_LETTER: Record<string, string> = {
  ara: "ar",
  tir: "ti",
  som: "so",
  fas: "fa",
  tur: "tr",
  ukr: "uk",
  rus: "ru",
  fra: "fr",
  eng: "en",
  nld: "nl",
  deu: "de",
  spa: "es",
  por: "pt",
  amh: "am",
  orm: "om",
  pus: "ps",
  kur: "ku",
  urd: "ur",
  hin: "hi",
  ben: "bn",
  swa: "sw",
  hye: "hy",
  kat: "ka",
  aze: "az",
  uzb: "uz",
  tgk: "tg",
  pol: "pl",
  ron: "ro",
  bul: "bg",
  srp: "sr",
  bos: "bs",
  hrv: "hr",
  sqi: "sq",
  ell: "el",
  heb: "he",
  zho: "zh",
  vie: "vi",
  tha: "th",
  tam: "ta",
  sin: "si",
  nep: "ne",
  mon: "mn",
  lin: "ln",
  yor: "yo",
  ibo: "ig",
  hau: "ha",
  wol: "wo",
  ful: "ff",
  kin: "rw",
  run: "rn",
  lug: "lg",
  bel: "be",
  ita: "it",
};

/**
 * A language's name in the UI language, from the browser's own (CLDR) names where it has
 * them in that language; otherwise the server's Dutch or English name.
 */
export function languageName(lang: Lang, item: Named): string {
  if (lang === "nl") return item.nameNl || item.name;
  if (lang === "en") return item.name;
  if (!displayNames.has(lang)) {
    let names: Intl.DisplayNames | null = null;
    try {
      const candidate = new Intl.DisplayNames([LANGUAGE[lang].tag], { type: "language", fallback: "none" });
      // Only when the browser really has this language's names (not a fallback to another locale).
      if (candidate.resolvedOptions().locale.split("-")[0] === LANGUAGE[lang].tag.split("-")[0]) names = candidate;
    } catch {
      names = null;
    }
    displayNames.set(lang, names);
  }
  const names = displayNames.get(lang);
  const name = names?.of(TWO_LETTER[item.code] ?? item.code);
  return name && name.toLowerCase() !== item.code ? name : item.name;
}

/** Sorted by their name in the UI language; names that occur twice get their code, so each option is distinct. */
export function optionsFor(lang: Lang, items: Named[], kind: "language" | "topic"): { code: string; label: string }[] {
  const labelled = items.map((item) => ({ code: item.code, label: kind === "language" ? languageName(lang, item) : topicName(lang, item) }));
  const seen = new Map<string, number>();
  for (const item of labelled) seen.set(item.label.toLowerCase(), (seen.get(item.label.toLowerCase()) ?? 0) + 1);
  return labelled
    .map((item) => ({ code: item.code, label: (seen.get(item.label.toLowerCase()) ?? 0) > 1 ? `${item.label} (${item.code})` : item.label }))
    .sort((a, b) => a.label.localeCompare(b.label, LANGUAGE[lang].tag, { sensitivity: "base" }));
}

/**
 * The language filter to start with: the newcomer language that matches the page's
 * language and that listed key persons speak (the most of them), or none.
 */
export function startingLanguage(lang: Lang, counts: { code: string; keyPersons: number }[]): string {
  const spoken = new Map(counts.filter((c) => c.keyPersons > 0).map((c) => [c.code, c.keyPersons]));
  const candidates = LANGUAGE[lang].speaks.filter((code) => spoken.has(code));
  // The first listed is the most common form (ara before arb); a variant only when nobody speaks it.
  return candidates[0] ?? "";
}
