import { Box, List, ListItem, ListItemText } from "@mui/material";
import { useEffect, useState } from "react";
import { useRecordContext, useTranslate } from "react-admin";
import { SectionCard } from "../common/SectionCard";
import { useFormatDate } from "../compensation/fields";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { ORGANISATION_KEY_PERSONS } from "../dataProvider/groups";
import type { OrganisationKeyPersonsQuery } from "../gql/graphql";
import { SupervisionChip } from "../wellbeing/WellbeingChip";

type Row = OrganisationKeyPersonsQuery["affiliations"][number];

/**
 * On an organisation's page: the key persons affiliated with it today, and for those it
 * supervises their supervision status (the server gives it to that organisation only).
 */
export const OrganisationKeyPersonsCard = () => {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const [rows, setRows] = useState<Row[] | null>(null);
  const id = record?.id ? String(record.id) : null;
  useEffect(() => {
    if (id)
      graphqlRequest(ORGANISATION_KEY_PERSONS, { organisationId: id })
        .then((data) => setRows(data.affiliations))
        .catch(() => setRows([]));
  }, [id]);
  if (!rows || rows.length === 0) return null;
  return (
    <Box sx={{ p: 2, maxWidth: 720 }}>
      <SectionCard title="groups.affiliations.ofOrganisation" help="groups.affiliations.ofOrganisationHelp">
        <List dense disablePadding>
          {rows.map((row) => (
            <ListItem
              key={row.id}
              disableGutters
              secondaryAction={row.keyPerson.supervisionStatus ? <SupervisionChip status={row.keyPerson.supervisionStatus} /> : null}
            >
              <ListItemText
                primary={row.keyPerson.displayName}
                secondary={
                  row.responsibleForSupervision
                    ? translate("groups.affiliations.lastSession", {
                        date: row.keyPerson.lastSupervisionOn ? formatDate(row.keyPerson.lastSupervisionOn) : translate("groups.affiliations.never"),
                      })
                    : null
                }
              />
            </ListItem>
          ))}
        </List>
      </SectionCard>
    </Box>
  );
};
