import { useMemo } from "react";
import type { Texts } from "./i18n";
import { PLACE_BY_CODE } from "./municipalities";
import type { Counts } from "./state";

interface Props {
  t: Texts;
  counts: Counts;
  onSearchThere: (code: string) => void;
}

/** The map's information as a table: every municipality with listed key persons or organisations. */
export function MunicipalityTable({ t, counts, onSearchThere }: Props) {
  const rows = useMemo(
    () =>
      [...counts.values()]
        .map((count) => {
          const place = PLACE_BY_CODE.get(count.municipality.code);
          return { ...count, label: place?.label ?? count.municipality.name, province: place?.province ?? "" };
        })
        .sort((a, b) => b.keyPersons - a.keyPersons || a.label.localeCompare(b.label, "nl")),
    [counts],
  );
  return (
    <details className="pk-table-details">
      <summary>{t.tableSummary}</summary>
      {rows.length ? (
        <div className="pk-table-scroll">
          <table className="pk-table">
            <caption>{t.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.tableMunicipality}</th>
                <th scope="col" className="pk-wide-only">
                  {t.tableProvince}
                </th>
                <th scope="col" className="pk-number">
                  {t.tableKeyPersons}
                </th>
                <th scope="col" className="pk-number">
                  {t.tableOrganisations}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.municipality.code}>
                  <th scope="row">
                    <button type="button" className="pk-link-button" onClick={() => onSearchThere(row.municipality.code)} aria-label={t.searchThere(row.label)}>
                      {row.label}
                    </button>
                  </th>
                  <td className="pk-wide-only">{row.province}</td>
                  <td className="pk-number">{row.keyPersons}</td>
                  <td className="pk-number">{row.organisations}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="pk-empty">{t.tableEmpty}</p>
      )}
    </details>
  );
}
