import { Chip } from "@mui/material";
import { Datagrid, FunctionField, List, SelectInput, useTranslate } from "react-admin";
import { ComplaintState } from "../../../server/src/domain/enums";
import { useFormatDateTime } from "../matchRequests/common";
import type { ComplaintFieldsFragment } from "../gql/graphql";

const STATE_COLOURS: Record<string, "warning" | "info" | "error" | "default"> = { OPEN: "warning", RESPONDED: "info", UPHELD: "error", DISMISSED: "default" };

export const ComplaintStateChip = ({ state }: { state: string }) => {
  const translate = useTranslate();
  return <Chip size="small" color={STATE_COLOURS[state] ?? "default"} label={translate(`voice.complaintState.${state}`)} data-testid="complaint-state" />;
};

const StateFilter = () => {
  const translate = useTranslate();
  return (
    <SelectInput
      source="state"
      label="voice.fields.state"
      choices={Object.values(ComplaintState).map((id) => ({ id, name: translate(`voice.complaintState.${id}`) }))}
      alwaysOn
    />
  );
};

export const ComplaintList = () => {
  const translate = useTranslate();
  const formatDateTime = useFormatDateTime();
  return (
    <List title={translate("voice.complaints.title")} filters={[<StateFilter key="state" />]} exporter={false} sort={{ field: "filedAt", order: "DESC" }}>
      <Datagrid rowClick="show" bulkActionButtons={false} empty={<p>{translate("voice.complaints.none")}</p>}>
        <FunctionField label="voice.fields.filedAt" render={(c: ComplaintFieldsFragment) => formatDateTime(c.filedAt)} />
        <FunctionField label="voice.fields.kind" render={(c: ComplaintFieldsFragment) => translate(`voice.complaintKind.${c.kind}`)} />
        <FunctionField label="voice.fields.state" render={(c: ComplaintFieldsFragment) => <ComplaintStateChip state={c.state} />} />
        <FunctionField label="voice.fields.keyPerson" render={(c: ComplaintFieldsFragment) => c.assignment.keyPerson.displayName} />
        <FunctionField label="voice.fields.organisation" render={(c: ComplaintFieldsFragment) => c.assignment.request.organisation.name} />
      </Datagrid>
    </List>
  );
};
