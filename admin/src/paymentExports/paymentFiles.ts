// The payment files' own operations (preview, export with the SEPA file, the payer account),
// sent straight through the GraphQL client: the export page is their only user. Typed from
// schema/schema.graphql by `npm run codegen`.
import { graphqlRequest } from "../dataProvider/graphqlClient";
import { graphql } from "../gql";
import type { PaymentExportPreviewQuery, PayerAccountFieldsFragment } from "../gql/graphql";

graphql(`
  fragment LeftOutFields on LeftOutPayment {
    keyPersonId
    keyPersonName
    missing
    lineCount
    amountCents
  }
`);

graphql(`
  fragment PayerAccountFields on PayerAccount {
    name
    iban
    bic
  }
`);

const PREVIEW = graphql(`
  query PaymentExportPreview($o: ID, $f: Date!, $t: Date!) {
    paymentExportPreview(organisationId: $o, from: $f, to: $t) {
      lineCount
      totalCents
      leftOut {
        ...LeftOutFields
      }
      payerAccount {
        ...PayerAccountFields
      }
    }
  }
`);

const EXPORT = graphql(`
  mutation ExportPayments($o: ID, $f: Date!, $t: Date!, $l: String) {
    exportPayments(organisationId: $o, from: $f, to: $t, locale: $l) {
      id
      periodFrom
      periodTo
      lineCount
      totalCents
      csv
      sepaXml
      leftOut {
        ...LeftOutFields
      }
    }
  }
`);

const SEPA_FILES = graphql(`
  query SepaFiles {
    paymentExports(page: 1, perPage: 100) {
      items {
        id
        sepaXml
      }
    }
  }
`);

const PAYER = graphql(`
  query PayerAccount($o: ID) {
    payerAccount(organisationId: $o) {
      ...PayerAccountFields
    }
  }
`);

const SET_PAYER = graphql(`
  mutation SetPayerAccount($o: ID, $i: PayerAccountInput!) {
    setPayerAccount(organisationId: $o, input: $i) {
      ...PayerAccountFields
    }
  }
`);

export type ExportPreview = PaymentExportPreviewQuery["paymentExportPreview"];
export type LeftOutPayment = ExportPreview["leftOut"][number];
export type PayerAccount = PayerAccountFieldsFragment;

export const previewExport = async (organisationId: string | null, from: string, to: string): Promise<ExportPreview> =>
  (await graphqlRequest(PREVIEW, { o: organisationId, f: from, t: to })).paymentExportPreview;

export const exportPayments = async (organisationId: string | null, from: string, to: string, locale: string) =>
  (await graphqlRequest(EXPORT, { o: organisationId, f: from, t: to, l: locale })).exportPayments;

/** An earlier export's SEPA file (the list shows the CSV; the XML is fetched when asked for). */
export const earlierSepaXml = async (id: string): Promise<string | null> => {
  const { paymentExports } = await graphqlRequest(SEPA_FILES, {});
  return paymentExports.items.find((item) => String(item.id) === String(id))?.sepaXml ?? null;
};

export const getPayerAccount = async (organisationId: string | null): Promise<PayerAccount | null> =>
  (await graphqlRequest(PAYER, { o: organisationId })).payerAccount ?? null;

export const setPayerAccount = async (organisationId: string | null, input: PayerAccount): Promise<PayerAccount> =>
  (await graphqlRequest(SET_PAYER, { o: organisationId, i: { name: input.name, iban: input.iban, bic: input.bic } })).setPayerAccount;
