import BlockIcon from "@mui/icons-material/Block";
import DoneAllIcon from "@mui/icons-material/DoneAll";
import MovingIcon from "@mui/icons-material/Moving";
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from "@mui/material";
import { useState, type ReactElement } from "react";
import { Confirm, useTranslate } from "react-admin";
import { useDisplayLocale } from "../common/useLocalizedName";
import { matchingActions } from "../dataProvider/matching";
import { LazyLocationPicker } from "../map/lazy";
import type { GeoPoint } from "../types";
import type { AssignmentOnRequest, MatchRequestRecord } from "./types";
import { useMatchingAction } from "./useMatchingAction";

/** What became of the case after a move, for the notification. */
function afterMove(before: MatchRequestRecord, after: MatchRequestRecord): { message: string; args?: Record<string, unknown> } {
  const known = new Set((before.assignments ?? []).map((a) => a.id));
  const proposed = (after.assignments ?? []).find((a) => !known.has(a.id) && a.status === "PROPOSED");
  if (proposed) {
    const message = proposed.proposedBecause === "HANDOVER" ? "matching.relocate.handover" : "matching.relocate.proposed";
    return { message, args: { name: proposed.keyPerson.displayName } };
  }
  const keeper = (after.assignments ?? []).find((a) => a.status === "ACTIVE" || a.status === "PROPOSED");
  if (keeper) return { message: "matching.relocate.kept", args: { name: keeper.keyPerson.displayName } };
  return { message: "matching.relocate.saved" };
}

/** The organisation records that the newcomer moved: pick the new place on the map. */
export const RelocateButton = ({ request }: { request: MatchRequestRecord }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [point, setPoint] = useState<GeoPoint | null>(null);
  const { run, running } = useMatchingAction();

  const close = () => {
    setOpen(false);
    setPoint(null);
  };

  const save = async () => {
    if (!point) return;
    const result = await run(
      () => matchingActions.relocate(request.id, point),
      (after) => afterMove(request, after),
    );
    if (result) close();
  };

  return (
    <>
      <Button size="small" startIcon={<MovingIcon />} onClick={() => setOpen(true)}>
        {translate("matching.relocate.button")}
      </Button>
      <Dialog open={open} onClose={close} maxWidth="md" fullWidth aria-labelledby="relocate-title">
        <DialogTitle id="relocate-title">{translate("matching.relocate.title")}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate("matching.relocate.explain", { municipality: request.municipality.name })}</DialogContentText>
          <LazyLocationPicker value={point} onChange={setPoint} previous={request.location} height={400} />
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate("ra.action.cancel")}</Button>
          <Button variant="contained" onClick={save} disabled={!point || running}>
            {translate("matching.relocate.save")}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};

/** A matching action that asks first: the dialog says what will happen, the button runs it. */
const ConfirmedAction = (props: {
  label: string;
  icon: ReactElement;
  color?: "primary" | "error";
  title: string;
  content: string;
  contentArgs: Record<string, unknown>;
  action: () => Promise<unknown>;
  done: string | (() => { message: string; args?: Record<string, unknown> });
}) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { run, running } = useMatchingAction();
  return (
    <>
      <Button size="small" color={props.color} startIcon={props.icon} onClick={() => setOpen(true)} disabled={running}>
        {translate(props.label)}
      </Button>
      <Confirm
        isOpen={open}
        loading={running}
        title={props.title}
        content={props.content}
        contentTranslateOptions={props.contentArgs}
        confirm={props.label}
        confirmColor={props.color === "error" ? "warning" : "primary"}
        onConfirm={async () => {
          await run(props.action, props.done);
          setOpen(false);
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

/** Ends an active assignment (the support is done). */
export const CompleteButton = ({ assignment }: { assignment: Pick<AssignmentOnRequest, "id"> & { keyPerson?: { displayName: string } } }) => (
  <ConfirmedAction
    label="matching.assignments.complete"
    icon={<DoneAllIcon />}
    title="matching.assignments.completeTitle"
    content="matching.assignments.completeConfirm"
    contentArgs={{ name: assignment.keyPerson?.displayName ?? "" }}
    action={() => matchingActions.complete(assignment.id)}
    done="matching.assignments.completed"
  />
);

/**
 * The organisation withdraws a request it no longer needs; it cannot be undone. The dialog
 * and the message after it name the key persons who hear of it: those with an open
 * proposal or an active assignment on the request (the server tells exactly them).
 */
export const CancelRequestButton = ({ request }: { request: Pick<MatchRequestRecord, "id" | "caseReference" | "assignments"> }) => {
  const locale = useDisplayLocale();
  const told = (request.assignments ?? []).filter((a) => a.status === "PROPOSED" || a.status === "ACTIVE").map((a) => a.keyPerson.displayName);
  const names = new Intl.ListFormat(locale, { type: "conjunction" }).format(told);
  return (
    <ConfirmedAction
      label="matching.cancelRequest.button"
      icon={<BlockIcon />}
      color="error"
      title="matching.cancelRequest.title"
      content={told.length > 0 ? "matching.cancelRequest.confirm" : "matching.cancelRequest.confirmNobody"}
      contentArgs={{ reference: request.caseReference, names, smart_count: told.length }}
      action={() => matchingActions.cancel(request.id)}
      done={() =>
        told.length > 0
          ? { message: "matching.cancelRequest.done", args: { names, smart_count: told.length } }
          : { message: "matching.cancelRequest.doneNobody" }
      }
    />
  );
};
