import type { LanguageLevel, Named } from "./api";

export type Lang = "nl" | "en";

const STORAGE_KEY = "sleutelkaart.lang";

export function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === "nl" || stored === "en") return stored;
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
  document.documentElement.lang = lang;
}

const nl = {
  title: "Sleutelkaart",
  tagline: "Sleutelpersonen in Nederland",
  switchTo: "English",
  switchToLabel: "Switch to English",
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
  switchTo: "Nederlands",
  switchToLabel: "Schakel naar Nederlands",
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

export const TEXTS: Record<Lang, Texts> = { nl, en };

/** A language's or topic's name in the UI language. */
export function nameIn(lang: Lang, item: Named): string {
  return lang === "nl" ? item.nameNl || item.name : item.name;
}

/** Sorted by their name in the UI language; names that occur twice get their code, so each option is distinct. */
export function optionsFor(lang: Lang, items: Named[]): { code: string; label: string }[] {
  const labelled = items.map((item) => ({ code: item.code, label: nameIn(lang, item) }));
  const seen = new Map<string, number>();
  for (const item of labelled) seen.set(item.label.toLowerCase(), (seen.get(item.label.toLowerCase()) ?? 0) + 1);
  return labelled
    .map((item) => ({ code: item.code, label: (seen.get(item.label.toLowerCase()) ?? 0) > 1 ? `${item.label} (${item.code})` : item.label }))
    .sort((a, b) => a.label.localeCompare(b.label, lang, { sensitivity: "base" }));
}
