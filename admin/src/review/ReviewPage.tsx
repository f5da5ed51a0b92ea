import { Alert, AlertTitle, Box, Tab, Tabs, Typography, useMediaQuery, type Theme } from "@mui/material";
import { useState, type ReactNode } from "react";
import {
  AccessDenied,
  Datagrid,
  FunctionField,
  List,
  Loading,
  TextField,
  Title,
  TopToolbar,
  useGetList,
  usePermissions,
  useTranslate,
  type RaRecord,
} from "react-admin";
import { EnumField, HourActivityField, HoursField, IsoDateField, KmField, MoneyField, useFormatDate } from "../compensation/fields";
import { formatEuros, formatHours } from "../compensation/money";
import type { ExpenseClaimRecord, HourEntryRecord } from "../compensation/types";
import { useDisplayLocale } from "../common/useLocalizedName";
import { canAccess } from "../canAccess";
import type { Permissions } from "../types";
import { BulkReviewButtons, type ReviewFailure } from "./BulkReviewButtons";
import { LocalDateField } from "../common/fields";
import { CompensationRulesWarning } from "../dashboard/CompensationRulesWarning";

const TO_REVIEW = { toReview: true, status: "SUBMITTED" };
const field = (name: string) => `compensation.fields.${name}`;

const Empty = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
      {translate("compensation.review.empty")}
    </Typography>
  );
};

const Failures = ({ failures, onClose }: { failures: ReviewFailure[]; onClose: () => void }) => {
  const translate = useTranslate();
  if (failures.length === 0) return null;
  return (
    <Alert severity="error" onClose={onClose} role="alert">
      <AlertTitle>{translate("compensation.review.failedTitle", { smart_count: failures.length })}</AlertTitle>
      {failures.map((failure) => (
        <Typography key={String(failure.id)} variant="body2" sx={{ mb: 0.5 }}>
          {translate("compensation.review.failedItem", { what: failure.what, message: failure.message })}
        </Typography>
      ))}
    </Alert>
  );
};

/** Under the bulk buttons when rows are selected: how the list works. */
const ReviewToolbar = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions | null>();
  const role = permissions?.role === "COORDINATOR" ? "COORDINATOR" : "ORGANISATION";
  return (
    <TopToolbar sx={{ justifyContent: "flex-start", width: "100%", minHeight: 48, alignItems: "center" }}>
      <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: "normal", minWidth: 0 }}>
        {translate(`compensation.review.intro.${role}`)}
      </Typography>
    </TopToolbar>
  );
};

interface ReviewListProps {
  resource: "hourEntries" | "expenseClaims";
  describe: (record: RaRecord) => string;
  children: ReactNode;
}

/** What the caller funds and has not reviewed yet, with bulk approve and reject. */
const ReviewList = ({ resource, describe, children }: ReviewListProps) => {
  const [failures, setFailures] = useState<ReviewFailure[]>([]);
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 1 }}>
      <Failures failures={failures} onClose={() => setFailures([])} />
      <List
        resource={resource}
        filter={TO_REVIEW}
        title={false}
        disableSyncWithLocation
        storeKey={`review.${resource}`}
        perPage={25}
        exporter={false}
        actions={<ReviewToolbar />}
        empty={<Empty />}
      >
        {/* Only the table scrolls on a narrow screen: a scrolling container around the whole grid would clip the bulk buttons, which slide over the toolbar. */}
        <Datagrid
          rowClick="toggleSelection"
          bulkActionButtons={<BulkReviewButtons describe={describe} onFailures={setFailures} />}
          sx={{ "& .RaDatagrid-tableWrapper": { overflowX: "auto", maxWidth: "calc(100vw - 16px)" } }}
        >
          {children}
        </Datagrid>
      </List>
    </Box>
  );
};

const HoursToReview = () => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const formatDate = useFormatDate();
  const phone = usePhone();
  const describe = (record: RaRecord) => {
    const entry = record as HourEntryRecord;
    return translate("compensation.review.hoursItem", {
      name: entry.keyPerson.displayName,
      date: formatDate(entry.date),
      hours: formatHours(entry.hours, locale),
    });
  };
  return (
    <ReviewList resource="hourEntries" describe={describe}>
      <IsoDateField source="date" label={field("date")} />
      <TextField source="keyPerson.displayName" label={field("keyPerson")} sortable={false} />
      {/* An own activity has no request: it says so instead of a case. */}
      {!phone && (
        <FunctionField<HourEntryRecord>
          label={field("caseReference")}
          sortable={false}
          render={(record) => (record.ownActivity ? translate("compensation.week.ownActivity") : (record.assignment?.request.caseReference ?? "–"))}
        />
      )}
      <HourActivityField label={field("activity")} sortable={false} />
      <HoursField source="hours" label={field("hours")} />
      {!phone && <LocalDateField source="createdAt" label={field("submittedAt")} sortable={false} />}
    </ReviewList>
  );
};

const ClaimsToReview = () => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const formatDate = useFormatDate();
  const phone = usePhone();
  const describe = (record: RaRecord) => {
    const claim = record as ExpenseClaimRecord;
    return translate("compensation.review.claimItem", {
      name: claim.keyPerson.displayName,
      date: formatDate(claim.date),
      amount: formatEuros(claim.amountCents, locale),
    });
  };
  return (
    <ReviewList resource="expenseClaims" describe={describe}>
      <IsoDateField source="date" label={field("date")} />
      <TextField source="keyPerson.displayName" label={field("keyPerson")} sortable={false} />
      {!phone && (
        <FunctionField<ExpenseClaimRecord>
          label={field("caseReference")}
          sortable={false}
          render={(record) => record.assignment?.request.caseReference ?? "–"}
        />
      )}
      <EnumField source="kind" group="expenseKind" label={field("kind")} />
      {!phone && <KmField label={field("km")} sortable={false} />}
      <MoneyField source="amountCents" label={field("amount")} />
      {!phone && <TextField source="description" label={field("description")} sortable={false} />}
    </ReviewList>
  );
};

/** The years of the hours waiting here: the allowance figures of those years decide what approving does. */
const RulesNotice = () => {
  const { data } = useGetList<HourEntryRecord>("hourEntries", { pagination: { page: 1, perPage: 100 }, filter: TO_REVIEW });
  const years = [...new Set((data ?? []).map((entry) => Number(entry.date.slice(0, 4))))];
  if (years.length === 0) return null;
  return <CompensationRulesWarning years={years} />;
};

/** On a phone the table keeps what a decision needs; the case and the moment of submission are on the wider screen. */
const usePhone = () => useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"));

/** The number waiting in a tab's label. */
const useWaiting = (resource: string) => useGetList(resource, { pagination: { page: 1, perPage: 1 }, filter: TO_REVIEW }).total;

/** "Te beoordelen": the funder's hours and claims waiting for approval. */
export const ReviewPage = () => {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions<Permissions | null>();
  const [tab, setTab] = useState<"hours" | "claims">("hours");
  const hours = useWaiting("hourEntries");
  const claims = useWaiting("expenseClaims");
  if (isPending) return <Loading />;
  if (!canAccess(permissions?.role, "show", "review")) return <AccessDenied />;
  const count = (n: number | undefined) => (n ? ` (${n})` : "");
  return (
    // The layout grows to fit its widest content; capped, the notices wrap and on a phone the table scrolls inside the page.
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2, mt: 2, maxWidth: "calc(100vw - 16px)", overflowX: "auto" }}>
      <Title title="compensation.review.title" />
      <Tabs value={tab} onChange={(_, value) => setTab(value)} aria-label={translate("compensation.review.title")}>
        <Tab value="hours" label={`${translate("compensation.review.hours")}${count(hours)}`} />
        <Tab value="claims" label={`${translate("compensation.review.claims")}${count(claims)}`} />
      </Tabs>
      {tab === "hours" && <RulesNotice />}
      {tab === "hours" ? <HoursToReview /> : <ClaimsToReview />}
    </Box>
  );
};
