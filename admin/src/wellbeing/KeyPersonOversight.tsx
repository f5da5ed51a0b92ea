import { ProqolResults } from "./Proqol";
import VisibilityIcon from "@mui/icons-material/Visibility";
import VisibilityOffIcon from "@mui/icons-material/VisibilityOff";
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  TextField,
  Tooltip,
  Typography,
} from "@mui/material";
import { useState, type ReactNode } from "react";
import { useDataProvider, useGetOne, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from "react-admin";
import { SimpleTable } from "../common/SimpleTable";
import { CLEARANCE_NOTE_MAX } from "../../../server/src/domain/oversight";
import { useServerAction } from "../common/useServerAction";
import { canAccess } from "../canAccess";
import { useDisplayLocale } from "../common/useLocalizedName";
import type { KeyPersonWellbeingQuery } from "../gql/graphql";
import type { KeyPersonRecord, Permissions } from "../types";
import { wordReason } from "../common/wordReason";
import { SupervisionSessions } from "./SupervisionSessions";
import { SupervisionChip, WellbeingChip } from "./WellbeingChip";
import { formatMoment } from "../common/dates";

// On the key person page, for coordinators: supervision, and wellbeing behind a toggle.
// Reading the reasons and answers is audited server-side, so they are fetched only when
// the coordinator asks; lists and this page's header read the status alone.

const MAX_NOTE = CLEARANCE_NOTE_MAX;

/** The keyPersonWellbeing resource (dataProvider/oversight.ts): the key person with their check-ins and clearances. */
type WellbeingRecord = NonNullable<KeyPersonWellbeingQuery["result"]> & Pick<KeyPersonWellbeingQuery, "checkIns" | "clearances">;

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="subtitle2" sx={{ mt: 2, mb: 0.5 }}>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
};

/** The reasons, recent check-ins and earlier clearances (an audited read). */
const WellbeingDetail = ({ keyPersonId }: { keyPersonId: string }) => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const { data, isPending, error } = useGetOne<WellbeingRecord>("keyPersonWellbeing", { id: keyPersonId });
  if (isPending) return <CircularProgress size={20} />;
  if (error || !data) return <Alert severity="error">{(error as Error | null)?.message}</Alert>;
  const reasons = data.wellbeing?.reasons ?? [];
  const dateTime = (iso: string) => formatMoment(iso, locale);
  return (
    <Box data-testid="wellbeing-detail">
      <Section title="oversight.wellbeing.reasons">
        {reasons.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate("oversight.wellbeing.noReasons")}
          </Typography>
        ) : (
          <Stack sx={{ gap: 0.5 }}>
            {reasons.map((reason) => (
              <Stack key={`${reason.code}-${reason.message}`} direction="row" sx={{ gap: 1, alignItems: "center", flexWrap: "wrap" }}>
                <Tooltip title={translate(`oversight.enums.reasonCode.${reason.code}`, { _: reason.code })}>
                  <Chip
                    size="small"
                    color={reason.level === "RED" ? "error" : "warning"}
                    label={translate(`oversight.enums.level.${reason.level}`, { _: reason.level })}
                  />
                </Tooltip>
                <Typography variant="body2">{wordReason(reason, { translate, locale }) ?? reason.code}</Typography>
              </Stack>
            ))}
          </Stack>
        )}
      </Section>
      <Section title="oversight.wellbeing.checkIns">
        {data.checkIns.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate("oversight.wellbeing.noCheckIns")}
          </Typography>
        ) : (
          <SimpleTable
            scroll
            rows={data.checkIns}
            rowKey={(checkIn) => checkIn.id}
            columns={[
              { label: "oversight.wellbeing.at", cell: (checkIn) => dateTime(checkIn.at) },
              { label: "oversight.wellbeing.strain", align: "right", cell: (checkIn) => `${checkIn.strain}/5` },
              { label: "oversight.wellbeing.emotionalImpact", align: "right", cell: (checkIn) => `${checkIn.emotionalImpact}/5` },
              { label: "oversight.wellbeing.support", align: "right", cell: (checkIn) => `${checkIn.support}/5` },
              {
                label: "oversight.wellbeing.contactRequested",
                cell: (checkIn) => translate(checkIn.contactRequested ? "ra.boolean.true" : "ra.boolean.false"),
              },
            ]}
          />
        )}
      </Section>
      {data.clearances.length > 0 && (
        <Section title="oversight.wellbeing.clearances">
          {data.clearances.map((clearance) => (
            <Typography key={clearance.id} variant="body2" sx={{ mb: 0.5 }}>
              <strong>{dateTime(clearance.at)}</strong>: {clearance.note}
            </Typography>
          ))}
        </Section>
      )}
    </Box>
  );
};

const ClearFlagDialog = ({ keyPersonId, open, onClose }: { keyPersonId: string; open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider();
  const [note, setNote] = useState("");
  const { run, busy: saving, error } = useServerAction();

  const save = async () => {
    await run(async () => {
      await dataProvider.create("wellbeingClearances", { data: { keyPersonId, note } });
      notify("oversight.wellbeing.cleared", { type: "success" });
      setNote("");
      onClose();
      refresh();
    });
  };

  return (
    <Dialog open={open} onClose={() => !saving && onClose()} fullWidth maxWidth="sm">
      <DialogTitle>{translate("oversight.wellbeing.clearTitle")}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate("oversight.wellbeing.clearHelp")}</DialogContentText>
        <TextField
          autoFocus
          required
          fullWidth
          multiline
          minRows={3}
          label={translate("oversight.wellbeing.note")}
          value={note}
          onChange={(event) => setNote(event.target.value.slice(0, MAX_NOTE))}
          slotProps={{ htmlInput: { name: "clearanceNote", maxLength: MAX_NOTE } }}
        />
        {error && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={saving}>
          {translate("ra.action.cancel")}
        </Button>
        <Button variant="contained" onClick={save} disabled={saving || note.trim() === ""}>
          {translate("oversight.wellbeing.clear")}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

const WellbeingPanel = ({ record }: { record: KeyPersonRecord }) => {
  const translate = useTranslate();
  const [shown, setShown] = useState(false);
  const [clearing, setClearing] = useState(false);
  const status = record.wellbeingStatus ?? "UNKNOWN";
  return (
    <Box>
      <Stack direction="row" sx={{ alignItems: "center", gap: 1, mb: 1 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, color: "primary.main" }}>
          {translate("oversight.wellbeing.title")}
        </Typography>
        <WellbeingChip status={status} />
      </Stack>
      {status === "RED" && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {translate("oversight.wellbeing.redStop")}
        </Alert>
      )}
      <Stack direction="row" sx={{ gap: 1, flexWrap: "wrap" }}>
        <Button variant="outlined" startIcon={shown ? <VisibilityOffIcon /> : <VisibilityIcon />} onClick={() => setShown(!shown)} aria-expanded={shown}>
          {translate(shown ? "oversight.wellbeing.hide" : "oversight.wellbeing.show")}
        </Button>
        {status === "RED" && (
          <Button variant="contained" color="error" onClick={() => setClearing(true)}>
            {translate("oversight.wellbeing.clear")}
          </Button>
        )}
      </Stack>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
        {translate("oversight.wellbeing.audited")}
      </Typography>
      {shown && <WellbeingDetail keyPersonId={record.id} />}
      {shown && (
        <Box sx={{ mt: 2 }}>
          <Typography variant="subtitle2">{translate("oversight.proqol.coordinatorTitle")}</Typography>
          <ProqolResults keyPersonId={record.id} />
        </Box>
      )}
      <ClearFlagDialog keyPersonId={record.id} open={clearing} onClose={() => setClearing(false)} />
    </Box>
  );
};

/** Supervision and wellbeing of the key person on their page; coordinators only. */
export const KeyPersonOversight = () => {
  const record = useRecordContext<KeyPersonRecord>();
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions | null>();
  if (!record || !canAccess(permissions?.role, "show", "wellbeing")) return null;
  return (
    <Card variant="outlined" sx={{ mx: 2, mb: 2 }}>
      <CardContent sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" }, gap: 3 }}>
        <Box>
          <Stack direction="row" sx={{ alignItems: "center", gap: 1, mb: 1 }}>
            <Typography variant="subtitle1" sx={{ fontWeight: 600, color: "primary.main" }}>
              {translate("oversight.supervision.title")}
            </Typography>
            {record.supervisionStatus && <SupervisionChip status={record.supervisionStatus} />}
          </Stack>
          <SupervisionSessions keyPersonId={record.id} />
        </Box>
        <WellbeingPanel record={record} />
      </CardContent>
    </Card>
  );
};
