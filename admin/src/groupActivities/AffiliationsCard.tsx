import AddIcon from "@mui/icons-material/Add";
import { Alert, Button, List, ListItem, ListItemText, Stack } from "@mui/material";
import { useEffect, useState } from "react";
import { BooleanInput, Form, ReferenceInput, AutocompleteInput, required, useNotify, usePermissions, useRecordContext, useTranslate } from "react-admin";
import { canAccess } from "../canAccess";
import { BusyButton } from "../common/BusyButton";
import { amsterdamToday } from "../common/dates";
import { DayInput } from "../common/DayField";
import { SectionCard } from "../common/SectionCard";
import { useServerAction } from "../common/useServerAction";
import { useFormatDate } from "../compensation/fields";
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { ADD_AFFILIATION, AFFILIATIONS, END_AFFILIATION } from "../dataProvider/groups";
import type { KeyPersonAffiliationsQuery } from "../gql/graphql";
import type { KeyPersonRecord, Permissions } from "../types";

type Affiliation = NonNullable<KeyPersonAffiliationsQuery["keyPerson"]>["affiliations"][number];

/** On a key person's page, for coordinators: the organisations they are affiliated with, added and ended here. */
export const AffiliationsCard = () => {
  const record = useRecordContext<KeyPersonRecord>();
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const notify = useNotify();
  const { permissions } = usePermissions<Permissions | null>();
  const { run, busy, error } = useServerAction();
  const [affiliations, setAffiliations] = useState<Affiliation[]>([]);
  const id = record?.id ? String(record.id) : null;
  const load = (keyPersonId: string) => graphqlRequest(AFFILIATIONS, { id: keyPersonId }).then((data) => setAffiliations(data.keyPerson?.affiliations ?? []));
  useEffect(() => {
    if (id) load(id).catch(() => setAffiliations([]));
  }, [id]);
  if (!id || !canAccess(permissions?.role, "create", "affiliations")) return null;
  const add = (values: Record<string, unknown>) =>
    run(async () => {
      await graphqlRequest(ADD_AFFILIATION, {
        input: {
          keyPersonId: id,
          organisationId: String(values.organisationId),
          startsOn: String(values.startsOn),
          responsibleForSupervision: Boolean(values.responsibleForSupervision),
        },
      });
      await load(id);
    }).then((done) => done && notify("groups.affiliations.added", { type: "success" }));
  const end = (affiliationId: string) =>
    run(async () => {
      await graphqlRequest(END_AFFILIATION, { id: affiliationId, endsOn: amsterdamToday() });
      await load(id);
    }).then((done) => done && notify("groups.affiliations.ended", { type: "success" }));
  return (
    <SectionCard title="groups.affiliations.title" help="groups.affiliations.help">
      {affiliations.length === 0 ? (
        <ListItemText secondary={translate("groups.affiliations.none")} />
      ) : (
        <List dense disablePadding>
          {affiliations.map((affiliation) => (
            <ListItem
              key={affiliation.id}
              disableGutters
              secondaryAction={
                !affiliation.endsOn || affiliation.endsOn >= amsterdamToday() ? (
                  <Button size="small" onClick={() => end(affiliation.id)} disabled={busy}>
                    {translate("groups.affiliations.end")}
                  </Button>
                ) : null
              }
            >
              <ListItemText
                primary={affiliation.organisation.name}
                secondary={[
                  translate("groups.affiliations.since", { date: formatDate(affiliation.startsOn) }),
                  affiliation.endsOn ? translate("groups.affiliations.until", { date: formatDate(affiliation.endsOn) }) : null,
                  affiliation.responsibleForSupervision ? translate("groups.affiliations.responsible") : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              />
            </ListItem>
          ))}
        </List>
      )}
      <Form onSubmit={add} defaultValues={{ startsOn: amsterdamToday(), responsibleForSupervision: true }}>
        <Stack>
          <ReferenceInput source="organisationId" reference="organisations">
            <AutocompleteInput label="groups.affiliations.organisation" optionText="name" validate={required()} />
          </ReferenceInput>
          <DayInput source="startsOn" label="groups.affiliations.startsOn" validate={required()} />
          <BooleanInput source="responsibleForSupervision" label="groups.affiliations.responsible" helperText={false} />
          <BusyButton busy={busy} icon={<AddIcon />} type="submit">
            {translate("groups.affiliations.add")}
          </BusyButton>
        </Stack>
      </Form>
      {error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
    </SectionCard>
  );
};
