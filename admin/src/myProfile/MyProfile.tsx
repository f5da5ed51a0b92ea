import { Alert, Card, CardContent } from "@mui/material";
import { KeyPersonSideCards } from "../keyPersons/KeyPersonSideCards";
import { Edit, Loading, SimpleForm, TopToolbar, usePermissions, useRecordContext, useTranslate } from "react-admin";
import { SaveOnlyToolbar } from "../common/SaveOnlyToolbar";
import { useDisplayLocale } from "../common/useLocalizedName";
import { ConfirmProfileButton } from "../keyPersons/ConfirmProfileButton";
import { KeyPersonInputs } from "../keyPersons/KeyPersonInputs";
import { KeyPersonStatusSwitch } from "../keyPersons/KeyPersonStatusSwitch";
import type { KeyPersonRecord, Permissions } from "../types";
import { formatMoment } from "../common/dates";

const MyProfileActions = () => (
  <TopToolbar sx={{ alignItems: "center", gap: 1, flexWrap: "wrap" }}>
    <KeyPersonStatusSwitch />
    <ConfirmProfileButton />
  </TopToolbar>
);

/** When the profile was last confirmed, and a warning once it has gone stale. */
const ConfirmationBanner = () => {
  const record = useRecordContext<KeyPersonRecord>();
  const translate = useTranslate();
  const locale = useDisplayLocale();
  if (!record) return null;
  if (record.stale) {
    return (
      <Alert severity="warning" sx={{ m: 2, mb: 0 }}>
        {translate("app.keyPersons.staleWarning")}
      </Alert>
    );
  }
  const message = record.profileConfirmedAt
    ? translate("app.keyPersons.lastConfirmed", {
        date: formatMoment(record.profileConfirmedAt, locale, false),
      })
    : translate("app.keyPersons.neverConfirmed");
  return (
    <Alert severity="info" sx={{ m: 2, mb: 0 }}>
      {message}
    </Alert>
  );
};

/** "Mijn profiel": a key person edits their own record, confirms it and sets their status. */
export const MyProfile = () => {
  const { permissions, isPending } = usePermissions<Permissions | null>();
  const translate = useTranslate();
  if (isPending) return <Loading />;
  if (!permissions?.keyPersonId) {
    return (
      <Card sx={{ mt: 2 }}>
        <CardContent>{translate("app.myProfile.missing")}</CardContent>
      </Card>
    );
  }
  return (
    <Edit
      resource="keyPersons"
      id={permissions.keyPersonId}
      mutationMode="pessimistic"
      redirect={false}
      title="app.myProfile.title"
      actions={<MyProfileActions />}
    >
      <ConfirmationBanner />
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <KeyPersonInputs ownProfile />
      </SimpleForm>
      <KeyPersonSideCards ownProfile />
    </Edit>
  );
};
