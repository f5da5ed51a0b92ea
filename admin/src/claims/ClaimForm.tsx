import SendIcon from "@mui/icons-material/Send";
import { Alert, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { useDataProvider, useGetList, useGetOne, useNotify, useRefresh, useTranslate } from "react-admin";
import { DayField } from "../common/DayField";
import { MAX_CLAIM_CENTS, MAX_CLAIM_DESCRIPTION, MAX_CLAIM_KM } from "../../../server/src/domain/allowance";
import { validCents, validKm } from "../../../server/src/domain/declarations";
import { BusyButton } from "../common/BusyButton";
import { assignmentLabel } from "../compensation/fields";
import { eurosToCents, formatEuros, parseDecimal } from "../compensation/money";
import { errorText } from "../common/wordReason";
import { EXPENSE_KINDS, type CompensationRulesRecord, type DeclarableAssignment, type ExpenseKind } from "../compensation/types";
import { useDisplayLocale } from "../common/useLocalizedName";
import { lastDeclarableDay } from "../hours/week";
import type { KeyPersonRecord } from "../types";
import { distanceKm, proposedRoundTripKm } from "./distance";
import { newIdempotencyKey } from "./idempotency";

const MAX_KM = MAX_CLAIM_KM;
const MAX_DESCRIPTION = MAX_CLAIM_DESCRIPTION;

interface Values {
  kind: ExpenseKind;
  assignmentId: string;
  date: string;
  km: string;
  amount: string;
  description: string;
}

const initialValues = (assignmentId = ""): Values => ({
  kind: "OWN_TRANSPORT_KM",
  assignmentId,
  date: lastDeclarableDay(),
  km: "",
  amount: "",
  description: "",
});

/** What is wrong with the form, per field; empty when it may be sent. */
function problems(values: Values, translate: (key: string, options?: Record<string, unknown>) => string): Partial<Record<keyof Values, string>> {
  const found: Partial<Record<keyof Values, string>> = {};
  if (values.kind === "OWN_TRANSPORT_KM") {
    const km = parseDecimal(values.km);
    if (km === null || !validKm(km, MAX_KM)) found.km = translate("compensation.claims.invalidKm", { max: MAX_KM });
  } else {
    const cents = eurosToCents(values.amount);
    if (cents === null || !validCents(cents, MAX_CLAIM_CENTS)) found.amount = translate("compensation.claims.invalidAmount", { max: MAX_CLAIM_CENTS / 100 });
  }
  if (!values.date || values.date > lastDeclarableDay()) found.date = translate("ra.validation.required");
  if (!values.description.trim()) found.description = translate("ra.validation.required");
  return found;
}

/**
 * A new expense claim. Travel by own transport proposes the km from the key person's
 * home to the newcomer's location and back (editable). The form carries one idempotency
 * key until it is sent successfully, so a double click or a retry makes one claim.
 */
export const ClaimForm = ({ keyPersonId }: { keyPersonId: string }) => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider();
  const { data: assignments } = useGetList<DeclarableAssignment>("declarableAssignments", { pagination: { page: 1, perPage: 100 } });
  const { data: me } = useGetOne<KeyPersonRecord>("keyPersons", { id: keyPersonId });
  const { data: rules } = useGetList<CompensationRulesRecord>("compensationRules", { pagination: { page: 1, perPage: 100 } });

  const [values, setValues] = useState<Values>(() => initialValues());
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [kmEdited, setKmEdited] = useState(false);
  const [showErrors, setShowErrors] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);

  // the only assignment is the likely one
  useEffect(() => {
    if (assignments?.length === 1 && values.assignmentId === "") setValues((v) => ({ ...v, assignmentId: assignments[0].id }));
  }, [assignments, values.assignmentId]);

  const assignment = assignments?.find((a) => a.id === values.assignmentId);
  const home = me?.homeLocation;
  const proposal = proposedRoundTripKm(home, assignment?.request.location);

  // propose the km until the key person types their own
  useEffect(() => {
    if (!kmEdited && proposal !== null) setValues((v) => ({ ...v, km: String(proposal) }));
  }, [proposal, kmEdited]);

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const errors = problems(values, translate);
  const visible = (key: keyof Values) => (showErrors ? errors[key] : undefined);

  const year = Number(values.date.slice(0, 4));
  const kmRateCents = rules?.find((r) => r.year === year)?.kmRateCents;
  const km = parseDecimal(values.km);

  const submit = async () => {
    setShowErrors(true);
    setServerError(null);
    if (Object.keys(errors).length > 0 || saving) return;
    setSaving(true);
    try {
      await dataProvider.create("expenseClaims", {
        data: {
          idempotencyKey,
          kind: values.kind,
          assignmentId: values.assignmentId || null,
          date: values.date,
          km: values.kind === "OWN_TRANSPORT_KM" ? km : null,
          amount: values.kind === "OWN_TRANSPORT_KM" ? null : values.amount,
          description: values.description,
        },
      });
      notify("compensation.claims.submitted", { type: "success" });
      // a new claim gets a new key
      setIdempotencyKey(newIdempotencyKey());
      setValues(initialValues(values.assignmentId));
      setKmEdited(false);
      setShowErrors(false);
      refresh();
    } catch (error) {
      setServerError(errorText(error, { translate, locale }));
    } finally {
      setSaving(false);
    }
  };

  const number = (value: number) => value.toLocaleString(locale, { maximumFractionDigits: 1 });

  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate("compensation.claims.formTitle")}
        </Typography>
        <Stack
          component="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
          sx={{ gap: 2, maxWidth: 560 }}
        >
          <TextField
            select
            label={translate("compensation.fields.kind")}
            value={values.kind}
            onChange={(event) => set("kind", event.target.value as ExpenseKind)}
            slotProps={{ htmlInput: { name: "kind" } }}
          >
            {EXPENSE_KINDS.map((kind) => (
              <MenuItem key={kind} value={kind}>
                {translate(`compensation.enums.expenseKind.${kind}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={translate("compensation.fields.assignment")}
            value={values.assignmentId}
            onChange={(event) => set("assignmentId", event.target.value)}
            helperText={translate("compensation.claims.assignmentHelp")}
            slotProps={{ htmlInput: { name: "assignmentId" }, select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            <MenuItem value="">{translate("compensation.claims.noAssignment")}</MenuItem>
            {(assignments ?? []).map((a) => (
              <MenuItem key={a.id} value={a.id}>
                {assignmentLabel(a.request, translate)}
              </MenuItem>
            ))}
          </TextField>
          <DayField
            name="date"
            label={translate("compensation.fields.date")}
            value={values.date}
            onChange={(day) => set("date", day ?? "")}
            error={Boolean(visible("date"))}
            helperText={visible("date")}
          />
          {values.kind === "OWN_TRANSPORT_KM" ? (
            <Stack sx={{ gap: 0.5 }}>
              <TextField
                label={translate("compensation.fields.km")}
                value={values.km}
                onChange={(event) => {
                  setKmEdited(true);
                  set("km", event.target.value);
                }}
                error={Boolean(visible("km"))}
                helperText={
                  visible("km") ??
                  (proposal !== null && home && assignment
                    ? translate("compensation.claims.kmProposal", {
                        km: number(proposal),
                        oneWay: number(distanceKm(home, assignment.request.location)),
                      })
                    : translate("compensation.claims.kmNoProposal"))
                }
                slotProps={{ htmlInput: { name: "km", inputMode: "decimal" } }}
              />
              {kmEdited && proposal !== null && String(proposal) !== values.km && (
                <Button
                  size="small"
                  sx={{ alignSelf: "flex-start" }}
                  onClick={() => {
                    setKmEdited(false);
                    set("km", String(proposal));
                  }}
                >
                  {translate("compensation.claims.useProposal", { km: number(proposal) })}
                </Button>
              )}
              {km !== null && km > 0 && (
                <Typography variant="body2" color="text.secondary">
                  {kmRateCents === undefined
                    ? translate("compensation.claims.noRate", { year })
                    : translate("compensation.claims.estimate", {
                        amount: formatEuros(Math.round(km * kmRateCents), locale),
                        rate: formatEuros(kmRateCents, locale),
                        year,
                      })}
                </Typography>
              )}
            </Stack>
          ) : (
            <TextField
              label={translate("compensation.claims.amountEuros")}
              value={values.amount}
              onChange={(event) => set("amount", event.target.value)}
              error={Boolean(visible("amount"))}
              helperText={visible("amount")}
              slotProps={{ htmlInput: { name: "amount", inputMode: "decimal" } }}
            />
          )}
          <TextField
            label={translate("compensation.fields.description")}
            value={values.description}
            onChange={(event) => set("description", event.target.value.slice(0, MAX_DESCRIPTION))}
            error={Boolean(visible("description"))}
            helperText={visible("description") ?? translate("compensation.claims.descriptionHelp")}
            multiline
            minRows={2}
            slotProps={{ htmlInput: { name: "description", maxLength: MAX_DESCRIPTION } }}
          />
          {serverError && <Alert severity="error">{serverError}</Alert>}
          <BusyButton busy={saving} icon={<SendIcon />} type="submit" sx={{ alignSelf: { xs: "stretch", sm: "flex-start" } }}>
            {translate("compensation.claims.submit")}
          </BusyButton>
        </Stack>
      </CardContent>
    </Card>
  );
};
