import VerifiedIcon from "@mui/icons-material/Verified";
import { Button, useRecordContext } from "react-admin";
import type { KeyPersonRecord } from "../types";
import { useKeyPersonAction } from "./useKeyPersonAction";

/** The key person states that the profile is still right; a stale profile drops out of matching. */
export const ConfirmProfileButton = () => {
  const record = useRecordContext<KeyPersonRecord>();
  const { run, saving } = useKeyPersonAction();
  if (!record) return null;
  return (
    <Button
      label="app.keyPersons.confirm"
      variant="contained"
      disabled={saving}
      onClick={() => run((provider) => provider.confirmProfile(record.id), "app.keyPersons.confirmed")}
    >
      <VerifiedIcon />
    </Button>
  );
};
