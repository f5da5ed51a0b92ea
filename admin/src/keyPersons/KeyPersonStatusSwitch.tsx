import { ToggleButton, ToggleButtonGroup } from "@mui/material";
import { useRecordContext, useTranslate } from "react-admin";
import { statusChoices } from "../common/choices";
import type { KeyPersonRecord, KeyPersonStatus } from "../types";
import { useKeyPersonAction } from "./useKeyPersonAction";

/** Active / paused / inactive in one click (setKeyPersonStatus), outside the profile form. */
export const KeyPersonStatusSwitch = () => {
  const record = useRecordContext<KeyPersonRecord>();
  const translate = useTranslate();
  const { run, saving } = useKeyPersonAction();
  if (!record) return null;

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
      disabled={saving}
      onChange={(_, status: KeyPersonStatus | null) => change(status)}
      aria-label={translate("resources.keyPersons.fields.status")}
    >
      {statusChoices.map((choice) => (
        <ToggleButton key={choice.id} value={choice.id} sx={{ px: 1.5 }}>
          {translate(choice.name)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
};
