import { Edit, SimpleForm, useTranslate } from "react-admin";
import { SaveOnlyToolbar } from "../common/SaveOnlyToolbar";
import { CareServiceInputs } from "./CareServiceInputs";

export const CareServiceEdit = () => {
  const translate = useTranslate();
  return (
    <Edit redirect="show" mutationMode="pessimistic" title={translate("careServices.edit")}>
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <CareServiceInputs />
      </SimpleForm>
    </Edit>
  );
};
