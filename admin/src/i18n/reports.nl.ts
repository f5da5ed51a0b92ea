import type { ReportsMessages } from "./reports.en";
import { reportCodeWords } from "./reports.words";

// De pagina met rapportages (issue 20).
export const reportsNl: ReportsMessages = {
  reports: {
    menu: "Rapportages",
    title: "Rapportages",
    intro: "De cijfers van een maand, kwartaal of jaar, voor uw bereik. Te kleine aantallen worden niet getoond (—). De bestanden bevatten dezelfde cijfers.",
    filters: {
      period: "Periode",
      year: "Jaar",
      month: "Maand",
      quarter: "Kwartaal",
      province: "Provincie",
      municipalities: "Gemeenten",
      funder: "Financier",
      allProvinces: "Alle provincies",
      allMunicipalities: "Alle gemeenten",
      allFunders: "Alle financiers",
      nationalScheme: "Landelijke regeling",
      ownOrganisation: "Eigen organisatie",
    },
    periods: { MONTH: "Maand", QUARTER: "Kwartaal", YEAR: "Jaar" },
    quarterName: "%{quarter}e kwartaal",
    scopes: { NATIONAL: "Landelijk", REGION: "Regio", ORGANISATION: "Organisatie" },
    heading: "%{period} · %{scope} · opgesteld %{generated}",
    download: {
      csv: "CSV",
      xlsx: "Excel (xlsx)",
      pdf: "Kwartaalrapportage (pdf)",
      pdfOther: "Rapportage (pdf)",
      busy: "Bezig met downloaden…",
    },
    researchLink: "Anonieme gegevens per hulpvraag voor onderzoek: het onderzoeksextract",
    chart: "Grafiek",
    table: "Tabel",
    name: "Naam",
    empty: "Geen cijfers in deze periode.",
    noTables: "Er zijn geen tabellen voor dit bereik.",
    suppressed: "—",
    suppressedHelp: "niet getoond: te weinig om te tonen zonder naar een persoon te wijzen, of niet van toepassing",
    ...reportCodeWords("nl"),
  },
};
