import { useMediaQuery, type Theme } from "@mui/material";
import { Datagrid, List, NullableBooleanInput, SearchInput, SelectInput, SimpleList, TextField, useTranslate } from "react-admin";
import { statusChoices } from "../common/choices";
import { CapacityField, ExpertiseChips, LanguageChips, StaleFlag, StatusChip } from "../common/fields";
import { ExpertiseInput, LanguagesInput, MunicipalityInput } from "../common/referenceInputs";
import { useLocalizedName } from "../common/useLocalizedName";
import type { KeyPersonRecord } from "../types";
import { KeyPersonListActions } from "../import/ListActions";

const keyPersonFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <LanguagesInput key="languageCodes" source="languageCodes" alwaysOn helperText={false} />,
  <ExpertiseInput key="expertiseCodes" source="expertiseCodes" helperText={false} />,
  <MunicipalityInput key="municipalityCode" source="municipalityCode" helperText={false} />,
  <SelectInput key="status" source="status" choices={statusChoices} />,
  <NullableBooleanInput key="stale" source="stale" />,
];

// Name, municipality, status and freshness sort on the server (KeyPersonSortField); the
// chips and the capacity are derived and do not.
const KeyPersonGrid = () => (
  <Datagrid rowClick="show" bulkActionButtons={false}>
    <TextField source="displayName" />
    <TextField source="homeMunicipality.name" label="resources.keyPersons.fields.homeMunicipality" />
    <LanguageChips label="resources.keyPersons.fields.languages" sortable={false} max={3} compact />
    <ExpertiseChips label="resources.keyPersons.fields.expertise" sortable={false} max={2} />
    <StatusChip label="resources.keyPersons.fields.status" sortBy="status" />
    <CapacityField label="resources.keyPersons.fields.capacity" sortable={false} />
    <StaleFlag label="resources.keyPersons.fields.stale" sortBy="profileConfirmedAt" compact />
  </Datagrid>
);

const KeyPersonSimpleList = () => {
  const translate = useTranslate();
  const { nameOf } = useLocalizedName();
  return (
    <SimpleList<KeyPersonRecord>
      linkType="show"
      primaryText={(record) => record.displayName}
      secondaryText={(record) => record.languages.map((skill) => nameOf(skill.language)).join(", ")}
      tertiaryText={(record) =>
        [record.homeMunicipality?.name, translate(`app.enums.status.${record.status}`), record.stale ? translate("app.keyPersons.staleFlag") : null]
          .filter(Boolean)
          .join(" · ")
      }
    />
  );
};

export const KeyPersonList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("md"));
  return (
    <List filters={keyPersonFilters} exporter={false} perPage={25} actions={<KeyPersonListActions />} sx={{ "& .RaList-content": { overflowX: "auto" } }}>
      {isSmall ? <KeyPersonSimpleList /> : <KeyPersonGrid />}
    </List>
  );
};
