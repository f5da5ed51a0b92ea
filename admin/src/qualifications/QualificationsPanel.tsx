import { Alert, Box, Card, CardContent, Link, Table, TableBody, TableCell, TableHead, TableRow, Tab, Tabs, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link as RouterLink } from "react-router";
import { useTranslate } from "react-admin";
import { useLocalizedName } from "../common/useLocalizedName";
import { useFormatDate } from "../compensation/fields";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { graphql } from "../gql";

const DASHBOARD = graphql(`
  query QualificationDashboard {
    result: qualificationDashboard {
      byRegion {
        key
        name
        nameNl
        trained
        untrained
        lacking
      }
      byLanguage {
        key
        name
        nameNl
        trained
        untrained
        lacking
      }
      expiring {
        validUntil
        daysLeft
        keyPerson {
          id
          displayName
        }
        qualification {
          id
          type {
            code
            nameNl
            nameEn
          }
        }
      }
      awaitingVerification
    }
  }
`);

interface Row {
  key: string;
  name: string;
  nameNl: string;
  trained: number;
  untrained: number;
  lacking: number;
}

const CountTable = ({ rows, testId }: { rows: Row[]; testId: string }) => {
  const translate = useTranslate();
  const { nameOf } = useLocalizedName();
  return (
    <Box sx={{ overflowX: "auto", maxHeight: 360 }}>
      <Table size="small" stickyHeader data-testid={testId}>
        <TableHead>
          <TableRow>
            <TableCell>{translate("qualifications.dashboard.group")}</TableCell>
            <TableCell align="right">{translate("qualifications.dashboard.trained")}</TableCell>
            <TableCell align="right">{translate("qualifications.dashboard.untrained")}</TableCell>
            <TableCell align="right">{translate("qualifications.dashboard.lacking")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableCell>{nameOf(row)}</TableCell>
              <TableCell align="right">{row.trained}</TableCell>
              <TableCell align="right">{row.untrained}</TableCell>
              <TableCell align="right">{row.lacking}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** On the coordinators' dashboard (issue 17): trained and untrained per province and language, and what expires within 60 days. */
export const QualificationsPanel = () => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const { nameField } = useLocalizedName();
  const [tab, setTab] = useState<"region" | "language">("region");
  const { data, error } = useQuery({ queryKey: ["qualificationDashboard"], queryFn: () => graphqlRequest(DASHBOARD, {}) });
  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  if (!data) return null;
  const { byRegion, byLanguage, expiring, awaitingVerification } = data.result;
  return (
    <Card data-testid="qualifications-panel">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate("qualifications.dashboard.title")}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate("qualifications.dashboard.help")}
        </Typography>
        {awaitingVerification > 0 && (
          <Alert severity="info" sx={{ mb: 1 }}>
            {translate("qualifications.dashboard.awaiting", { smart_count: awaitingVerification })}
          </Alert>
        )}
        <Box sx={{ display: "grid", gridTemplateColumns: { xs: "minmax(0, 1fr)", lg: "repeat(2, minmax(0, 1fr))" }, gap: 2 }}>
          <Box>
            <Tabs value={tab} onChange={(_, value) => setTab(value)}>
              <Tab value="region" label={translate("qualifications.dashboard.byRegion")} />
              <Tab value="language" label={translate("qualifications.dashboard.byLanguage")} />
            </Tabs>
            {tab === "region" ? <CountTable rows={byRegion} testId="trained-by-region" /> : <CountTable rows={byLanguage} testId="trained-by-language" />}
          </Box>
          <Box>
            <Typography variant="subtitle1" sx={{ mt: 1 }}>
              {translate("qualifications.dashboard.expiring")}
            </Typography>
            {expiring.length === 0 ? (
              <Typography variant="body2">{translate("qualifications.dashboard.expiringNone")}</Typography>
            ) : (
              <Box sx={{ overflowX: "auto", maxHeight: 360 }}>
                <Table size="small" stickyHeader data-testid="qualifications-expiring">
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate("qualifications.dashboard.keyPerson")}</TableCell>
                      <TableCell>{translate("qualifications.dashboard.qualification")}</TableCell>
                      <TableCell>{translate("qualifications.dashboard.validUntil")}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {expiring.map((item) => (
                      <TableRow key={item.qualification.id}>
                        <TableCell>
                          <Link component={RouterLink} to={`/keyPersons/${item.keyPerson.id}/show`}>
                            {item.keyPerson.displayName}
                          </Link>
                        </TableCell>
                        <TableCell>{nameField === "nameNl" ? item.qualification.type.nameNl : item.qualification.type.nameEn}</TableCell>
                        <TableCell>
                          {formatDate(item.validUntil)} ({translate("qualifications.dashboard.daysLeft", { smart_count: item.daysLeft })})
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
            )}
          </Box>
        </Box>
      </CardContent>
    </Card>
  );
};
