import { ToggleButton, ToggleButtonGroup } from "@mui/material";
import { usePermissions, useRecordContext, useTranslate } from "react-admin";
import { statusChoices } from "../common/choices";
import type { KeyPersonRecord, KeyPersonStatus, Permissions } from "../types";
import { useKeyPersonAction } from "./useKeyPersonAction";

/**
 * Active / paused / inactive in one click (setKeyPersonStatus), outside the profile form.
 * A key person may only pause themself and resume: INACTIVE, and the way back from it, is
 * the coordinators' (the server refuses it too).
 */
export const KeyPersonStatusSwitch = () => {
  const record = useRecordContext<KeyPersonRecord>();
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const { run, saving } = useKeyPersonAction();
  if (!record) return null;
  const self = permissions?.role === "KEY_PERSON";
  const locked = self && record.status === "INACTIVE";

  const change = (status: KeyPersonStatus | null) => {
    if (!status || status === record.status) return;
    run((provider) => provider.setKeyPersonStatus(record.id, status), "app.keyPersons.statusChanged");
  };

  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      color="primary"
      value={record.status}
      disabled={saving || locked}
      onChange={(_, status: KeyPersonStatus | null) => change(status)}
      aria-label={translate("resources.keyPersons.fields.status")}
    >
      {statusChoices.map((choice) => (
        <ToggleButton key={choice.id} value={choice.id} sx={{ px: 1.5 }} disabled={self && choice.id === "INACTIVE"}>
          {translate(choice.name)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
};
