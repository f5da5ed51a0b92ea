import { reportCodeWords } from "./reports.words";

// The reports page (issue 20): a period, a scope, each table as a chart with the table
// behind it, and the files to download.
export const reportsEn = {
  reports: {
    menu: "Reports",
    title: "Reports",
    intro: "The figures of a month, quarter or year, for your scope. Counts too small to show are left out (—). The files hold the same figures.",
    filters: {
      period: "Period",
      year: "Year",
      month: "Month",
      quarter: "Quarter",
      province: "Province",
      municipalities: "Municipalities",
      funder: "Funder",
      allProvinces: "All provinces",
      allMunicipalities: "All municipalities",
      allFunders: "All funders",
      nationalScheme: "National scheme",
      ownOrganisation: "Own organisation",
    },
    periods: { MONTH: "Month", QUARTER: "Quarter", YEAR: "Year" },
    quarterName: "Q%{quarter}",
    scopes: { NATIONAL: "National", REGION: "Region", ORGANISATION: "Organisation" },
    heading: "%{period} · %{scope} · generated %{generated}",
    download: {
      csv: "CSV",
      xlsx: "Excel (xlsx)",
      pdf: "Quarterly report (pdf)",
      pdfOther: "Report (pdf)",
      busy: "Downloading…",
    },
    researchLink: "Anonymised data per request for research: the research extract",
    chart: "Chart",
    table: "Table",
    name: "Name",
    empty: "No figures in this period.",
    noTables: "There are no tables for this scope.",
    suppressed: "—",
    suppressedHelp: "not shown: too few to show without pointing at a person, or not applicable",
    ...reportCodeWords("en"),
  },
};

export type ReportsMessages = typeof reportsEn;
