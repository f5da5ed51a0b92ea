import { Alert } from "@mui/material";
import { Create, Edit, SaveButton, SimpleForm, Toolbar, useGetList, useRecordContext, useTranslate } from "react-admin";
import { useSearchParams } from "react-router";
import type { CompensationRulesRecord } from "../compensation/types";
import { RulesInputs } from "./RulesInputs";

/** Saving unchanged figures is how a coordinator confirms a provisional year: always enabled. */
const RulesToolbar = () => (
  <Toolbar>
    <SaveButton alwaysEnable />
  </Toolbar>
);

const ProvisionalNote = () => {
  const record = useRecordContext<CompensationRulesRecord>();
  const translate = useTranslate();
  if (!record?.provisional) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      {translate("compensation.rules.provisionalHelp")}
    </Alert>
  );
};

export const RulesEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" title="compensation.rules.title">
    <SimpleForm toolbar={<RulesToolbar />}>
      <ProvisionalNote />
      <RulesInputs yearEditable={false} />
    </SimpleForm>
  </Edit>
);

/** A new year starts from the latest figures; ?year=2026 (from the dashboard warning) picks the year. */
export const RulesCreate = () => {
  const [searchParams] = useSearchParams();
  const { data: years, isPending } = useGetList<CompensationRulesRecord>("compensationRules", { pagination: { page: 1, perPage: 1 } });
  if (isPending) return null;
  const latest = years?.[0];
  const asked = Number(searchParams.get("year"));
  const defaults = {
    year: asked || (latest ? latest.year + 1 : new Date().getFullYear()),
    hourlyRate: latest?.hourlyRate,
    hourlyRateUnder21: latest?.hourlyRateUnder21,
    monthCap: latest?.monthCap,
    yearCap: latest?.yearCap,
    kmRate: latest?.kmRate,
  };
  return (
    <Create redirect="list" title="compensation.rules.create">
      <SimpleForm defaultValues={defaults} toolbar={<RulesToolbar />}>
        <RulesInputs yearEditable />
      </SimpleForm>
    </Create>
  );
};
