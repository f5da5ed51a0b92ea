import type { ResearchMessages } from "./research.en";

export const researchNl: ResearchMessages = {
  research: {
    menu: "Onderzoeksextract",
    page: {
      title: "Onderzoeksextract",
      explain:
        "Een geanonimiseerd CSV-bestand voor onderzoek naar hoe sleutelpersonen het best worden ingezet: één regel per aanvraag uit de periode, met de soort, de gevraagde talen en expertise, of en hoe snel er een match was, wat er na een verhuizing gebeurde, en de kenmerken van de sleutelpersoon in klassen. Geen namen, e-mailadressen, vrije tekst of recordnummers; dagen worden ISO-weken; een gemeente staat er alleen als minstens vijf mensen de regel delen, anders de provincie, anders vervalt de regel; aantallen van 1 tot en met 4 blijven leeg. Elk extract komt met het doel in het auditlogboek.",
      start: "Eerste dag",
      end: "Laatste dag",
      purpose: "Doel",
      purposeHelp: "Wie vroeg erom, en voor welke onderzoeksvraag (hoogstens 500 tekens; komt in het auditlogboek)",
      download: "Extract downloaden",
      done: "Extract opgeslagen.",
      notAllowed: "Alleen de landelijk coördinator maakt onderzoeksextracten.",
      docs: "Wat elke kolom betekent, en de grenzen van de anonimisering: docs/research-extract.md",
    },
  },
};
