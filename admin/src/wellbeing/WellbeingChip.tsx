import { Chip, type ChipProps } from "@mui/material";
import { useTranslate } from "react-admin";
import type { SupervisionStatus, WellbeingStatus } from "../types";

const WELLBEING_COLOURS: Record<WellbeingStatus, ChipProps["color"]> = {
  GREEN: "success",
  AMBER: "warning",
  RED: "error",
  UNKNOWN: "default",
};

const SUPERVISION_COLOURS: Record<SupervisionStatus, ChipProps["color"]> = {
  CURRENT: "success",
  DUE_SOON: "warning",
  OVERDUE: "error",
  NEVER: "default",
};

export const WellbeingChip = ({ status }: { status: WellbeingStatus }) => {
  const translate = useTranslate();
  return <Chip size="small" color={WELLBEING_COLOURS[status]} label={translate(`app.enums.wellbeing.${status}`)} />;
};

export const SupervisionChip = ({ status }: { status: SupervisionStatus }) => {
  const translate = useTranslate();
  return <Chip size="small" color={SUPERVISION_COLOURS[status]} label={translate(`app.enums.supervision.${status}`)} />;
};

export const wellbeingColour = (status: string): ChipProps["color"] => WELLBEING_COLOURS[status as WellbeingStatus] ?? "default";
export const supervisionColour = (status: string): ChipProps["color"] => SUPERVISION_COLOURS[status as SupervisionStatus] ?? "default";
