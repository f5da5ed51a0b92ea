// The report (query `report(input)`, issue 20) and its files (GET /api/reports/…, the
// same Report made into CSV, XLSX or PDF by the server), with the login's bearer token.
import { graphql } from "../gql";
import type { ReportQuery } from "../gql/graphql";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { downloadFile } from "../import/api";
import { fallbackFileName, fileQuery, type ReportInputValue } from "./selection";

const REPORT = graphql(`
  query Report($input: ReportInput!) {
    report(input: $input) {
      period
      start
      end
      scope
      generatedAt
      tables {
        code
        section
        chart
        columns {
          code
          unit
        }
        rows {
          keyKind
          key
          label
          values
        }
      }
    }
  }
`);

export type ReportValue = ReportQuery["report"];
export type ReportTableValue = ReportValue["tables"][number];

export async function fetchReport(input: ReportInputValue, signal?: AbortSignal): Promise<ReportValue> {
  return (await graphqlRequest(REPORT, { input }, signal)).report;
}

export type ReportFile = "csv" | "xlsx" | "pdf";

/** Fetches the file with the token and saves it under the server's name (e.g. sleutelkaart-rapportage-2025-Q2.xlsx). */
export function downloadReport(file: ReportFile, input: ReportInputValue, language: string): Promise<void> {
  const path = file === "pdf" ? "quarterly.pdf" : `report.${file}`;
  return downloadFile(`/api/reports/${path}?${fileQuery(input, language)}`, fallbackFileName(input, file));
}
