import { Box } from "@mui/material";
import {
  BooleanInput,
  Create,
  Edit,
  NumberInput,
  SimpleForm,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  regex,
  required,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { TYPE_CODE_PATTERN, TYPE_NAME_MAX, VALIDITY_MONTHS_MAX } from "../../../server/src/domain/qualifications";
import { ExpertiseInput } from "../common/referenceInputs";
import { SaveOnlyToolbar } from "../common/SaveOnlyToolbar";

const Fields = ({ creating }: { creating: boolean }) => (
  <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" }, columnGap: 2, width: "100%", maxWidth: 800 }}>
    <TextInput
      source="code"
      label="qualifications.types.code"
      helperText="qualifications.types.codeHelp"
      validate={creating ? [required(), regex(TYPE_CODE_PATTERN, "reasons.QUALIFICATION_TYPE_CODE_INVALID")] : undefined}
      disabled={!creating}
      readOnly={!creating}
      parse={(value: string) => (value ?? "").toUpperCase()}
      sx={{ gridColumn: "1 / -1", maxWidth: 360 }}
    />
    <TextInput source="nameNl" label="qualifications.types.nameNl" validate={[required(), maxLength(TYPE_NAME_MAX)]} />
    <TextInput source="nameEn" label="qualifications.types.nameEn" validate={[required(), maxLength(TYPE_NAME_MAX)]} />
    <NumberInput
      source="validityMonths"
      label="qualifications.types.validityMonths"
      helperText="qualifications.types.validityHelp"
      validate={[minValue(1), maxValue(VALIDITY_MONTHS_MAX)]}
      step={1}
    />
    <Box sx={{ gridColumn: "1 / -1" }}>
      <ExpertiseInput source="coversExpertise" label="qualifications.types.coversExpertise" />
    </Box>
    {!creating && <BooleanInput source="active" label="qualifications.types.active" helperText="qualifications.types.activeHelp" />}
  </Box>
);

const EditTitle = () => {
  const record = useRecordContext<{ code: string }>();
  const translate = useTranslate();
  return <span>{translate("qualifications.types.edit", { code: record?.code ?? "" })}</span>;
};

export const QualificationTypeEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" title={<EditTitle />}>
    <SimpleForm toolbar={<SaveOnlyToolbar />}>
      <Fields creating={false} />
    </SimpleForm>
  </Edit>
);

export const QualificationTypeCreate = () => (
  <Create redirect="list" title="qualifications.types.create">
    <SimpleForm defaultValues={{ coversExpertise: [] }} toolbar={<SaveOnlyToolbar />}>
      <Fields creating />
    </SimpleForm>
  </Create>
);
