import { Box } from "@mui/material";
import { NumberInput, maxValue, minValue, required, type Validator } from "react-admin";
import { RULES_YEARS } from "../../../server/src/domain/allowance";

// The year's figures, in euros: the dataProvider sends them as cents.

const euros = [required(), minValue(0)];

/** The same limits the server checks, beside the field they concern. */
const notAbove =
  (other: string, message: string): Validator =>
  (value, values) =>
    value != null && values?.[other] != null && Number(value) > Number(values[other]) ? message : undefined;

export const RulesInputs = ({ yearEditable }: { yearEditable: boolean }) => (
  <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" }, columnGap: 2, width: "100%", maxWidth: 640 }}>
    <NumberInput
      source="year"
      label="compensation.rules.year"
      validate={[required(), minValue(RULES_YEARS.min), maxValue(RULES_YEARS.max)]}
      disabled={!yearEditable}
      readOnly={!yearEditable}
      sx={{ gridColumn: "1 / -1", maxWidth: 200 }}
    />
    <NumberInput source="hourlyRate" label="compensation.rules.hourlyRate" step={0.01} validate={euros} />
    <NumberInput
      source="hourlyRateUnder21"
      label="compensation.rules.hourlyRateUnder21"
      step={0.01}
      validate={[...euros, notAbove("hourlyRate", "compensation.rules.under21Higher")]}
    />
    <NumberInput source="monthCap" label="compensation.rules.monthCap" step={1} validate={[...euros, notAbove("yearCap", "compensation.rules.monthHigher")]} />
    <NumberInput source="yearCap" label="compensation.rules.yearCap" step={1} validate={euros} />
    <NumberInput source="kmRate" label="compensation.rules.kmRate" step={0.01} validate={euros} />
  </Box>
);
