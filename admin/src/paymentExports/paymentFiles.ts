// The payment files' own queries (preview, export with the SEPA file, the payer account),
// sent straight through the GraphQL client: the export page is their only user.
import { graphqlRequest } from "../dataProvider/graphqlClient";

export interface LeftOutPayment {
  keyPersonId: string;
  keyPersonName: string;
  /** what must be filled in first: "IBAN" */
  missing: string[];
  lineCount: number;
  amountCents: number;
}

export interface PayerAccount {
  name: string;
  iban: string;
  bic: string | null;
}

export interface ExportPreview {
  lineCount: number;
  totalCents: number;
  leftOut: LeftOutPayment[];
  payerAccount: PayerAccount | null;
}

export interface ExportedFiles {
  id: string;
  periodFrom: string;
  periodTo: string;
  lineCount: number;
  totalCents: number;
  csv: string;
  sepaXml: string | null;
  leftOut: LeftOutPayment[];
}

const LEFT_OUT = `leftOut { keyPersonId keyPersonName missing lineCount amountCents }`;

export const previewExport = async (organisationId: string | null, from: string, to: string): Promise<ExportPreview> =>
  (
    await graphqlRequest<{ paymentExportPreview: ExportPreview }>(
      `query Preview($o: ID, $f: Date!, $t: Date!) { paymentExportPreview(organisationId: $o, from: $f, to: $t) {
        lineCount totalCents ${LEFT_OUT} payerAccount { name iban bic } } }`,
      { o: organisationId, f: from, t: to },
    )
  ).paymentExportPreview;

export const exportPayments = async (organisationId: string | null, from: string, to: string, locale: string): Promise<ExportedFiles> =>
  (
    await graphqlRequest<{ exportPayments: ExportedFiles }>(
      `mutation Export($o: ID, $f: Date!, $t: Date!, $l: String) { exportPayments(organisationId: $o, from: $f, to: $t, locale: $l) {
        id periodFrom periodTo lineCount totalCents csv sepaXml ${LEFT_OUT} } }`,
      { o: organisationId, f: from, t: to, l: locale },
    )
  ).exportPayments;

/** An earlier export's SEPA file (the list shows the CSV; the XML is fetched when asked for). */
export const earlierSepaXml = async (id: string): Promise<string | null> => {
  const { paymentExports } = await graphqlRequest<{ paymentExports: { items: { id: string; sepaXml: string | null }[] } }>(
    `query SepaFiles { paymentExports(page: 1, perPage: 100) { items { id sepaXml } } }`,
  );
  return paymentExports.items.find((item) => String(item.id) === String(id))?.sepaXml ?? null;
};

export const getPayerAccount = async (organisationId: string | null): Promise<PayerAccount | null> =>
  (await graphqlRequest<{ payerAccount: PayerAccount | null }>(`query Payer($o: ID) { payerAccount(organisationId: $o) { name iban bic } }`, { o: organisationId }))
    .payerAccount;

export const setPayerAccount = async (organisationId: string | null, input: PayerAccount): Promise<PayerAccount> =>
  (
    await graphqlRequest<{ setPayerAccount: PayerAccount }>(
      `mutation SetPayer($o: ID, $i: PayerAccountInput!) { setPayerAccount(organisationId: $o, input: $i) { name iban bic } }`,
      { o: organisationId, i: input },
    )
  ).setPayerAccount;
