import { Button, CircularProgress, type ButtonProps } from "@mui/material";
import type { ReactElement } from "react";

/** A contained button that, while its work runs, is disabled and shows a spinner for its icon. */
export const BusyButton = ({ busy, icon, disabled, ...props }: ButtonProps & { busy: boolean; icon: ReactElement }) => (
  <Button variant="contained" {...props} disabled={busy || disabled} startIcon={busy ? <CircularProgress size={16} color="inherit" /> : icon} />
);
