import { Box, Chip, Typography } from "@mui/material";
import { CreateButton, Datagrid, FunctionField, List, ReferenceArrayField, SingleFieldList, TextField, TopToolbar, useTranslate } from "react-admin";
import { useLocalizedName } from "../common/useLocalizedName";

interface TypeRecord {
  id: string;
  code: string;
  nameNl: string;
  nameEn: string;
  validityMonths: number | null;
  coversExpertise: string[];
  active: boolean;
}

const Actions = () => (
  <TopToolbar>
    <CreateButton label="qualifications.types.create" />
  </TopToolbar>
);

const ExpertiseChip = () => {
  const { nameOf } = useLocalizedName();
  return <FunctionField<{ name: string; nameNl: string }> render={(expertise) => <Chip size="small" label={nameOf(expertise)} sx={{ m: 0.25 }} />} />;
};

/** The list of qualification types (national coordinator): a row opens its form. */
export const QualificationTypeList = () => {
  const translate = useTranslate();
  const { nameField } = useLocalizedName();
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2, maxWidth: 900 }}>
        {translate("qualifications.types.help")}
      </Typography>
      <List
        title="qualifications.types.title"
        exporter={false}
        actions={<Actions />}
        pagination={false}
        sx={{ "& .RaList-content": { overflowX: "auto", maxWidth: "calc(100vw - 16px)" } }}
      >
        <Datagrid rowClick="edit" bulkActionButtons={false} data-testid="qualification-types">
          <TextField source="code" label="qualifications.types.code" sortable={false} />
          <TextField source={nameField === "nameNl" ? "nameNl" : "nameEn"} label="qualifications.card.type" sortable={false} />
          <FunctionField<TypeRecord>
            label="qualifications.types.validityMonths"
            sortable={false}
            render={(record) =>
              record.validityMonths === null
                ? translate("qualifications.types.noExpiry")
                : translate("qualifications.types.months", { smart_count: record.validityMonths })
            }
          />
          <ReferenceArrayField source="coversExpertise" reference="expertiseAreas" label="qualifications.types.coversExpertise" sortable={false}>
            <SingleFieldList linkType={false}>
              <ExpertiseChip />
            </SingleFieldList>
          </ReferenceArrayField>
          <FunctionField<TypeRecord>
            label="qualifications.types.active"
            sortable={false}
            render={(record) => (record.active ? null : <Chip size="small" label={translate("qualifications.types.inactive")} />)}
          />
        </Datagrid>
      </List>
    </Box>
  );
};
