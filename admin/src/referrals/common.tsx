import { Chip } from "@mui/material";
import { useTranslate } from "react-admin";
import type { ReferralFieldsFragment, ReferralState } from "../gql/graphql";

export type ReferralRecord = ReferralFieldsFragment;

const COLOURS: Record<ReferralState, "default" | "success" | "error" | "warning" | "info"> = {
  SENT: "info",
  ACCEPTED: "success",
  DECLINED: "error",
  APPOINTMENT_MADE: "success",
  WAITING_LIST: "warning",
  COMPLETED: "default",
  WITHDRAWN: "default",
};

export const ReferralStateChip = ({ state }: { state: ReferralState }) => {
  const translate = useTranslate();
  return <Chip size="small" color={COLOURS[state]} label={translate(`referrals.enums.state.${state}`)} data-testid="referral-state" />;
};

/** What the newcomer agreed to share, as words. */
export const useSharedWords = () => {
  const translate = useTranslate();
  return (record: Pick<ReferralRecord, "sharesMunicipality" | "sharesLanguage" | "sharesTopic">) => {
    const words = [
      record.sharesMunicipality && translate("referrals.shared.municipality"),
      record.sharesLanguage && translate("referrals.shared.language"),
      record.sharesTopic && translate("referrals.shared.topic"),
    ].filter(Boolean);
    return words.length ? words.join(", ") : translate("referrals.shared.nothing");
  };
};
