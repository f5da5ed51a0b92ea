import { Create, SimpleForm, usePermissions, useTranslate } from "react-admin";
import type { Permissions } from "../types";
import { CareServiceInputs } from "./CareServiceInputs";

export const CareServiceCreate = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions | null>();
  // an organisation's staff add their own organisation's services; a municipality's staff may choose another
  const defaults = { status: "ACTIVE", isPublic: true, organisationId: permissions?.organisationId ?? undefined, phones: [], schedules: [], locations: [] };
  return (
    <Create redirect="show" title={translate("careServices.create")}>
      <SimpleForm defaultValues={defaults}>
        <CareServiceInputs />
      </SimpleForm>
    </Create>
  );
};
