import { useMediaQuery, type Theme } from "@mui/material";
import { AutocompleteInput, Datagrid, FunctionField, List, ReferenceInput, SearchInput, SelectInput, SimpleList, TextField, useTranslate } from "react-admin";
import { LanguageInput, MunicipalityInput } from "../common/referenceInputs";
import { useLocalizedName } from "../common/useLocalizedName";
import { careServiceStatusChoices, label, staleChoices } from "./choices";
import { AssuredOnText, CareServiceFlags, MunicipalityNames, type CareServiceRecord } from "./fields";

const TopicFilter = (props: { source: string; label?: string; alwaysOn?: boolean }) => {
  const { nameOf, nameField } = useLocalizedName();
  return (
    <ReferenceInput source={props.source} reference="expertiseAreas" sort={{ field: nameField, order: "ASC" }} perPage={100}>
      <AutocompleteInput label={props.label} optionText={nameOf} sx={{ minWidth: 240 }} />
    </ReferenceInput>
  );
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <MunicipalityInput key="municipalityCode" source="municipalityCode" label={label("municipalityCode")} alwaysOn />,
  <LanguageInput key="languageCode" source="languageCode" label={label("languageCode")} />,
  <TopicFilter key="topic" source="topic" label={label("topic")} />,
  <ReferenceInput key="organisationId" source="organisationId" reference="organisations" sort={{ field: "name", order: "ASC" }}>
    <AutocompleteInput label={label("organisationId")} optionText="name" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" label={label("status")} choices={careServiceStatusChoices} />,
  <SelectInput key="stale" source="stale" label={label("stale")} choices={staleChoices} />,
];

const Grid = () => (
  <Datagrid rowClick="show" bulkActionButtons={false}>
    <TextField source="name" label={label("name")} sortable={false} />
    <TextField source="organisation.name" label={label("organisation")} sortable={false} />
    <FunctionField label={label("municipalities")} sortable={false} render={() => <MunicipalityNames max={3} />} />
    <FunctionField label={label("assuredOn")} sortable={false} render={() => <AssuredOnText />} />
    <FunctionField label={label("status")} sortable={false} render={() => <CareServiceFlags />} />
  </Datagrid>
);

const Small = () => {
  const translate = useTranslate();
  return (
    <SimpleList<CareServiceRecord>
      linkType="show"
      primaryText={(record) => record.name}
      secondaryText={(record) =>
        [record.organisation.name, record.nationwide ? translate("careServices.nationwideChip") : record.municipalities[0]?.name].filter(Boolean).join(" · ")
      }
      tertiaryText={(record) => (record.stale ? translate("careServices.staleChip") : "")}
    />
  );
};

export const CareServiceList = () => {
  const translate = useTranslate();
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("md"));
  return (
    <List filters={filters} exporter={false} perPage={25} title={translate("careServices.title")} sort={{ field: "name", order: "ASC" }}>
      {isSmall ? <Small /> : <Grid />}
    </List>
  );
};
