import { Chip } from "@mui/material";
import { BooleanInput, Datagrid, FunctionField, List, SelectInput, usePermissions, useTranslate } from "react-admin";
import * as Domain from "../../../server/src/domain/referrals";
import { useLocalizedName } from "../common/useLocalizedName";
import { useFormatDateTime } from "../matchRequests/common";
import type { Permissions } from "../types";
import { ReferralStateChip, type ReferralRecord } from "./common";

// "Doorverwijzingen": for an organisation those it made (outgoing) and those its services
// received (incoming); for a key person those of their assignments; for coordinators
// those in their scope. Flagged ones (refer again after a move) come first.

const useFilters = (isOrganisation: boolean) => {
  const translate = useTranslate();
  return [
    ...(isOrganisation
      ? [
          <SelectInput
            key="direction"
            source="direction"
            label="referrals.fields.direction"
            alwaysOn
            choices={["INCOMING", "OUTGOING"].map((id) => ({ id, name: translate(`referrals.direction.${id}`) }))}
          />,
        ]
      : []),
    <SelectInput
      key="state"
      source="state"
      label="referrals.fields.state"
      alwaysOn
      choices={Object.values(Domain.ReferralState).map((id) => ({ id, name: translate(`referrals.enums.state.${id}`) }))}
    />,
    <BooleanInput key="needsRerouting" source="needsRerouting" label="referrals.filters.needsRerouting" alwaysOn />,
  ];
};

export const ReferralList = () => {
  const translate = useTranslate();
  const { nameOf } = useLocalizedName();
  const formatDateTime = useFormatDateTime();
  const { permissions } = usePermissions<Permissions | null>();
  const isOrganisation = permissions?.role === "ORGANISATION";
  const filters = useFilters(isOrganisation);
  return (
    <List filters={filters} exporter={false} title="referrals.title" empty={false}>
      <Datagrid rowClick="show" bulkActionButtons={false} data-testid="referral-list" empty={<p>{translate("referrals.none")}</p>}>
        <FunctionField<ReferralRecord> label="referrals.fields.careService" sortable={false} render={(record) => record.careService.name} />
        <FunctionField<ReferralRecord> label="referrals.fields.state" sortable={false} render={(record) => <ReferralStateChip state={record.state} />} />
        {isOrganisation && (
          <FunctionField<ReferralRecord>
            label="referrals.fields.direction"
            sortable={false}
            render={(record) => record.mySides.map((side) => translate(`referrals.direction.${side === "SERVICE" ? "INCOMING" : "OUTGOING"}`)).join(", ")}
          />
        )}
        <FunctionField<ReferralRecord> label="referrals.fields.topic" sortable={false} render={(record) => (record.topic ? nameOf(record.topic) : "–")} />
        <FunctionField<ReferralRecord> label="referrals.fields.municipality" sortable={false} render={(record) => record.municipality?.name ?? "–"} />
        <FunctionField<ReferralRecord> label="referrals.fields.sentAt" sortable={false} render={(record) => formatDateTime(record.sentAt)} />
        <FunctionField<ReferralRecord>
          label="referrals.fields.needsRerouting"
          sortable={false}
          render={(record) => (record.needsRerouting ? <Chip size="small" color="warning" label={translate("referrals.fields.needsRerouting")} /> : null)}
        />
      </Datagrid>
    </List>
  );
};
