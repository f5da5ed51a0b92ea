import WarningAmberIcon from "@mui/icons-material/WarningAmber";
import { Chip, Stack, Typography } from "@mui/material";
import { useGetMany, useRecordContext, useTranslate } from "react-admin";
import { formatMoment } from "../common/dates";
import { useDisplayLocale, useLocalizedName } from "../common/useLocalizedName";
import type { CareServiceFieldsFragment } from "../gql/graphql";

export type CareServiceRecord = CareServiceFieldsFragment & { organisationId: string; municipalityCodes: string[]; languageCodes: string[] };

/** Nationwide, anonymous line, out of date: the chips beside a service's name. */
export const CareServiceFlags = () => {
  const record = useRecordContext<CareServiceRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" sx={{ gap: 0.5, flexWrap: "wrap" }}>
      {record.nationwide && <Chip size="small" color="primary" variant="outlined" label={translate("careServices.nationwideChip")} />}
      {record.anonymousLine && <Chip size="small" variant="outlined" label={translate("careServices.anonymousChip")} />}
      <Chip
        size="small"
        color={record.status === "ACTIVE" ? "success" : "default"}
        variant="outlined"
        label={translate(`careServices.status.${record.status}`)}
      />
      {record.stale && <Chip size="small" color="warning" icon={<WarningAmberIcon />} label={translate("careServices.staleChip")} data-testid="stale-chip" />}
    </Stack>
  );
};

/** The assured date in the UI's language, or "never". */
export const AssuredOnText = () => {
  const record = useRecordContext<CareServiceRecord>();
  const translate = useTranslate();
  const locale = useDisplayLocale();
  if (!record) return null;
  return <Typography variant="body2">{record.assuredOn ? formatMoment(record.assuredOn, locale, false) : translate("careServices.never")}</Typography>;
};

/** The topics (expertise codes) by their names in the UI's language. */
export const TopicChips = () => {
  const record = useRecordContext<CareServiceRecord>();
  const { nameOf } = useLocalizedName();
  const { data } = useGetMany("expertiseAreas", { ids: record?.topics ?? [] }, { enabled: !!record?.topics?.length });
  if (!record?.topics?.length) return <Typography variant="body2">–</Typography>;
  return (
    <Stack direction="row" sx={{ gap: 0.5, flexWrap: "wrap" }}>
      {(data ?? []).map((topic) => (
        <Chip key={topic.id} size="small" label={nameOf(topic)} />
      ))}
    </Stack>
  );
};

export const LanguageNames = () => {
  const record = useRecordContext<CareServiceRecord>();
  const { nameOf } = useLocalizedName();
  return <Typography variant="body2">{record?.languages?.length ? record.languages.map((l) => nameOf(l)).join(", ") : "–"}</Typography>;
};

export const MunicipalityNames = ({ max }: { max?: number }) => {
  const record = useRecordContext<CareServiceRecord>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.nationwide) return <Typography variant="body2">{translate("careServices.nationwideChip")}</Typography>;
  const names = record.municipalities.map((m) => m.name);
  const shown = max && names.length > max ? [...names.slice(0, max), "…"] : names;
  return <Typography variant="body2">{shown.length ? shown.join(", ") : "–"}</Typography>;
};
