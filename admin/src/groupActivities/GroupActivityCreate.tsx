import { Box } from "@mui/material";
import {
  Create,
  FormDataConsumer,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  maxValue,
  minValue,
  required,
  useTranslate,
} from "react-admin";
import { useLocalizedName } from "../common/useLocalizedName";
import { DayInput } from "../common/DayField";
import { LocationInput } from "../map/LocationInput";
import { GROUP_CAPACITY_MAX, RECURRENCE_MAX_OCCURRENCES } from "../../../server/src/domain/groups";
import { REPETITIONS, toGroupActivityInput, type GroupActivityFormValues } from "./recurrence";
import { GROUP_KINDS } from "./types";

const field = (name: string) => `groups.fields.${name}`;

export const GroupActivityCreate = () => {
  const translate = useTranslate();
  const { nameField } = useLocalizedName();
  return (
    <Create title="groups.title" redirect="show" transform={(values: GroupActivityFormValues) => toGroupActivityInput(values)}>
      <SimpleForm defaultValues={{ kind: "INTERVISION", capacity: 12, repetition: "NONE", times: 4, location: null }}>
        <SelectInput source="kind" label={field("kind")} choices={GROUP_KINDS.map((id) => ({ id, name: `groups.kind.${id}` }))} validate={required()} />
        <TextInput source="title" label={field("title")} validate={required()} fullWidth />
        <DayInput source="date" label={field("date")} validate={required()} />
        <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap" }}>
          <TextInput source="startTime" label={field("startTime")} type="time" validate={required()} slotProps={{ inputLabel: { shrink: true } }} />
          <TextInput source="endTime" label={field("endTime")} type="time" validate={required()} slotProps={{ inputLabel: { shrink: true } }} />
        </Box>
        <NumberInput source="capacity" label={field("capacity")} validate={[required(), minValue(1), maxValue(GROUP_CAPACITY_MAX)]} />
        <Box sx={{ typography: "body2", color: "text.secondary", mb: 1 }}>{translate("groups.help.where")}</Box>
        <LocationInput source="location" />
        <TextInput source="onlineUrl" label={field("onlineUrl")} fullWidth />
        <SelectInput
          source="repetition"
          label={field("repetition")}
          choices={REPETITIONS.map((id) => ({ id, name: `groups.repetition.${id}` }))}
          helperText="groups.help.repetition"
        />
        <FormDataConsumer<GroupActivityFormValues>>
          {({ formData }) =>
            formData.repetition && formData.repetition !== "NONE" ? (
              <NumberInput source="times" label={field("times")} validate={[required(), minValue(2), maxValue(RECURRENCE_MAX_OCCURRENCES)]} />
            ) : null
          }
        </FormDataConsumer>
        <FormDataConsumer<GroupActivityFormValues>>
          {({ formData }) =>
            formData.kind === "TRAINING" ? (
              <ReferenceInput source="qualificationCode" reference="qualificationTypes" filter={{ active: true }} perPage={1000}>
                <SelectInput
                  label={field("qualificationCode")}
                  optionText={(type: { nameNl: string; nameEn: string }) => (nameField === "nameNl" ? type.nameNl : type.nameEn)}
                  helperText="groups.help.qualification"
                  fullWidth
                />
              </ReferenceInput>
            ) : null
          }
        </FormDataConsumer>
      </SimpleForm>
    </Create>
  );
};
