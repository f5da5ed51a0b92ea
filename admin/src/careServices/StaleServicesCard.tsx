import { Card, CardContent, Link, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { LinkBase, useTranslate } from "react-admin";
import { formatMoment } from "../common/dates";
import { SimpleTable } from "../common/SimpleTable";
import { useDisplayLocale } from "../common/useLocalizedName";
import { STALE_CARE_SERVICES } from "../dataProvider/careServices";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import type { StaleCareServicesQuery } from "../gql/graphql";

/** Beside the coordinators' action list: the care services in their area not confirmed for 180 days. */
export const StaleServicesCard = () => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const [rows, setRows] = useState<StaleCareServicesQuery["result"] | null>(null);
  useEffect(() => {
    graphqlRequest(STALE_CARE_SERVICES, {})
      .then(({ result }) => setRows(result))
      .catch(() => setRows([]));
  }, []);
  if (rows === null) return null;
  return (
    <Card data-testid="stale-services">
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate("careServices.staleCard.title")}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate("careServices.staleCard.help")}
        </Typography>
        {rows.length === 0 ? (
          <Typography variant="body2">{translate("careServices.staleCard.empty")}</Typography>
        ) : (
          <SimpleTable
            scroll
            aria-label={translate("careServices.staleCard.title")}
            rows={rows.slice(0, 10)}
            rowKey={(row) => row.id}
            columns={[
              {
                label: "careServices.fields.name",
                cell: (row) => (
                  <Link component={LinkBase} to={`/careServices/${row.id}/show`} sx={{ fontWeight: 600 }}>
                    {row.name}
                  </Link>
                ),
              },
              { label: "careServices.fields.organisation", cell: (row) => row.organisation.name },
              {
                label: "careServices.fields.assuredOn",
                cell: (row) => (row.assuredOn ? formatMoment(row.assuredOn, locale, false) : translate("careServices.never")),
              },
            ]}
          />
        )}
      </CardContent>
    </Card>
  );
};
