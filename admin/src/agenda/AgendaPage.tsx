import ChevronLeftIcon from "@mui/icons-material/ChevronLeft";
import ChevronRightIcon from "@mui/icons-material/ChevronRight";
import EventAvailableIcon from "@mui/icons-material/EventAvailable";
import { Alert, Box, Button, Card, CardContent, Chip, IconButton, Stack, Tooltip, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { AccessDenied, Loading, Title, usePermissions, useTranslate } from "react-admin";
import { useParams } from "react-router";
import { canAccess } from "../canAccess";
import { amsterdamToday } from "../common/dates";
import { errorText } from "../common/wordReason";
import { useDisplayLocale } from "../common/useLocalizedName";
import { agendaActions } from "../dataProvider/agenda";
import { AssignmentStatusChip } from "../matchRequests/common";
import type { Permissions } from "../types";
import { addIsoDays, amsterdamMonday, bookingsByDay, insideWindows, weekDays, weekRange, windowsByWeekday } from "./agendaWeek";
import { AvailabilityDialog } from "./AvailabilityDialog";

// "Mijn agenda": a key person's week of dated work (appointments and information
// sessions, proposed or accepted) beside their weekly availability windows, which they
// set here. Coordinators open a key person's agenda from the key person's page. Seven
// columns on a wide screen; on a phone the days stack, so nothing scrolls sideways.

type Agenda = NonNullable<Awaited<ReturnType<typeof agendaActions.week>>>;
type AgendaBooking = Agenda["bookings"] extends readonly (infer B)[] | null | undefined ? B : never;

const dayLabel = (date: string, locale: string) =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString(locale, { timeZone: "UTC", weekday: "short", day: "numeric", month: "short" });

const BookingCard = ({ booking, startTime, endTime, outside }: { booking: AgendaBooking; startTime: string; endTime: string; outside: boolean }) => {
  const translate = useTranslate();
  return (
    <Card
      variant="outlined"
      data-testid="booking"
      data-kind={booking.kind}
      sx={{ borderLeft: 4, borderLeftColor: booking.status === "ACCEPTED" ? "success.main" : "warning.main" }}
    >
      <CardContent sx={{ p: 1, "&:last-child": { pb: 1 } }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {startTime}–{endTime}
        </Typography>
        <Typography variant="body2">{translate(`matching.enums.kind.${booking.kind}`, { _: booking.kind })}</Typography>
        <Typography variant="caption" color="text.secondary" component="div">
          {[booking.mode ? translate(`matching.enums.mode.${booking.mode}`, { _: booking.mode }) : null, booking.municipality?.name]
            .filter(Boolean)
            .join(" · ")}
        </Typography>
        <Stack direction="row" sx={{ gap: 0.5, mt: 0.5, flexWrap: "wrap" }}>
          <AssignmentStatusChip status={booking.status === "ACCEPTED" ? "ACTIVE" : "PROPOSED"} />
          {outside && (
            <Tooltip title={translate("agenda.outsideHelp")}>
              <Chip size="small" variant="outlined" color="warning" label={translate("agenda.outside")} />
            </Tooltip>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};

const Week = ({ agenda, monday }: { agenda: Agenda; monday: string }) => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const windows = agenda.availabilityWindows ?? [];
  const byWeekday = windowsByWeekday(windows);
  const byDay = bookingsByDay(monday, agenda.bookings ?? []);
  const today = amsterdamMonday() === monday ? amsterdamToday() : null;
  return (
    <Box
      data-testid="agenda-week"
      sx={{ display: "grid", gridTemplateColumns: { xs: "minmax(0, 1fr)", md: "repeat(7, minmax(0, 1fr))" }, gap: 1, alignItems: "stretch" }}
    >
      {weekDays(monday).map(({ date, weekday }) => {
        const dayWindows = byWeekday.get(weekday) ?? [];
        const placed = byDay.get(date) ?? [];
        return (
          <Card
            key={date}
            variant="outlined"
            data-testid="agenda-day"
            data-date={date}
            sx={{
              minWidth: 0,
              borderColor: date === today ? "primary.main" : undefined,
              bgcolor: dayWindows.length || !windows.length ? undefined : "action.hover",
            }}
          >
            <CardContent sx={{ p: 1, "&:last-child": { pb: 1 } }}>
              <Typography variant="subtitle2" sx={{ fontWeight: 600, textTransform: "capitalize" }}>
                {dayLabel(date, locale)}
              </Typography>
              <Stack direction="row" sx={{ gap: 0.5, flexWrap: "wrap", my: 0.5 }} data-testid="agenda-windows">
                {dayWindows.map((w) => (
                  <Chip key={`${w.startTime}-${w.endTime}`} size="small" color="success" variant="outlined" label={`${w.startTime}–${w.endTime}`} />
                ))}
                {windows.length > 0 && dayWindows.length === 0 && (
                  <Typography variant="caption" color="text.secondary">
                    {translate("agenda.notAvailable")}
                  </Typography>
                )}
              </Stack>
              <Stack sx={{ gap: 0.5 }}>
                {placed.map(({ booking, startTime, endTime }) => (
                  <BookingCard
                    key={booking.assignmentId}
                    booking={booking}
                    startTime={startTime}
                    endTime={endTime}
                    outside={!insideWindows({ startTime, endTime }, dayWindows, windows.length > 0)}
                  />
                ))}
                {placed.length === 0 && (
                  <Typography variant="caption" color="text.secondary">
                    {translate("agenda.noBookings")}
                  </Typography>
                )}
              </Stack>
            </CardContent>
          </Card>
        );
      })}
    </Box>
  );
};

export const AgendaView = ({ keyPersonId, own }: { keyPersonId: string; own: boolean }) => {
  const translate = useTranslate();
  const locale = useDisplayLocale();
  const [monday, setMonday] = useState(() => amsterdamMonday());
  const [editing, setEditing] = useState(false);
  const range = weekRange(monday);
  const { data, isPending, error, refetch } = useQuery({
    queryKey: ["agenda", keyPersonId, monday],
    queryFn: () => agendaActions.week(keyPersonId, range.from, range.to),
  });
  const sunday = addIsoDays(monday, 6);
  const title = own ? translate("agenda.title") : translate("agenda.titleOf", { name: data?.displayName ?? "" });
  return (
    <Stack sx={{ gap: 2, mt: 2 }}>
      <Title title={title} />
      <Stack direction="row" sx={{ alignItems: "center", justifyContent: "space-between", gap: 1, flexWrap: "wrap" }}>
        <Stack direction="row" sx={{ alignItems: "center", gap: 0.5 }}>
          <IconButton aria-label={translate("agenda.previous")} onClick={() => setMonday(addIsoDays(monday, -7))}>
            <ChevronLeftIcon />
          </IconButton>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }} data-testid="agenda-range">
            {dayLabel(monday, locale)} – {dayLabel(sunday, locale)}
          </Typography>
          <IconButton aria-label={translate("agenda.next")} onClick={() => setMonday(addIsoDays(monday, 7))}>
            <ChevronRightIcon />
          </IconButton>
          <Button size="small" onClick={() => setMonday(amsterdamMonday())} disabled={monday === amsterdamMonday()}>
            {translate("agenda.thisWeek")}
          </Button>
        </Stack>
        <Button variant="outlined" startIcon={<EventAvailableIcon />} onClick={() => setEditing(true)} disabled={!data}>
          {translate("agenda.windows.button")}
        </Button>
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {translate("agenda.intro")}
      </Typography>
      {isPending && <Loading />}
      {error && <Alert severity="error">{errorText(error, { translate, locale })}</Alert>}
      {data && <Week agenda={data} monday={monday} />}
      {data && editing && (
        <AvailabilityDialog
          keyPersonId={keyPersonId}
          windows={data.availabilityWindows ?? []}
          open
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void refetch();
          }}
        />
      )}
    </Stack>
  );
};

/** /my-agenda for the key person; /key-persons/:keyPersonId/agenda for coordinators. */
export const AgendaPage = () => {
  const { permissions, isPending } = usePermissions<Permissions | null>();
  const { keyPersonId: fromRoute } = useParams<{ keyPersonId?: string }>();
  const translate = useTranslate();
  if (isPending) return <Loading />;
  const own = !fromRoute;
  if (own ? !canAccess(permissions?.role, "show", "myAgenda") : !canAccess(permissions?.role, "show", "agendas")) return <AccessDenied />;
  const keyPersonId = fromRoute ?? permissions?.keyPersonId;
  if (!keyPersonId) return <Alert severity="info">{translate("agenda.missing")}</Alert>;
  return <AgendaView key={keyPersonId} keyPersonId={keyPersonId} own={own} />;
};
