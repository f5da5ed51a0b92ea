/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type FeedbackAnswer =
  | 'NO'
  | 'PARTLY'
  | 'YES';

/** A newcomer's four answers; nothing that says who they are */
export type FeedbackInput = {
  /** Did you feel safe with the key person? */
  feltSafe: FeedbackAnswer;
  /** Was the support helpful? */
  helpful: FeedbackAnswer;
  /** The page's language (ISO 639-3), for the summaries */
  language?: string | null | undefined;
  /** Did you feel understood? */
  understood: FeedbackAnswer;
  /** Would you recommend the key person to others? */
  wouldRecommend: FeedbackAnswer;
};

export type FeedbackLinkState =
  | 'ANSWERED'
  | 'EXPIRED'
  | 'INVALID'
  | 'OPEN';

export type GeoPointInput = {
  lat: number;
  lon: number;
};

export type LanguageLevel =
  | 'BASIC'
  | 'FLUENT'
  | 'NATIVE';

/** A message from a visitor of the public map to a key person who takes messages */
export type PublicMessageInput = {
  /** From publicMessageForm, when the form was opened */
  formToken: string;
  keyPersonId: string | number;
  /** The language the visitor wants help in (ISO 639-3, as languages lists) */
  languageCode?: string | null | undefined;
  /** The message, 10 to 2000 characters, at most one web link */
  message: string;
  /** The visitor's own e-mail address or phone number, for the reply */
  reply: string;
  replyChannel: PublicReplyChannel;
  /** Leave empty: a field people do not see (filled in: refused as automated) */
  website?: string | null | undefined;
};

export type PublicReplyChannel =
  | 'EMAIL'
  | 'PHONE';

export type PublicKeyPersonFieldsFragment = { id: string, displayName: string | null, email: string | null, phone: string | null, remoteAvailable: boolean | null, contactable: boolean, municipality: { code: string, name: string, province: string } | null, languages: Array<{ level: LanguageLevel, dialect: string | null, language: { code: string, name: string, nameNl: string } }> | null, expertise: Array<{ code: string, name: string, nameNl: string }> | null, reach: Array<{ code: string, name: string }> | null };

export type PublicOrganisationFieldsFragment = { id: string, name: string, kind: string, website: string | null, offers: string, municipality: { code: string, name: string } | null };

export type PublicCareServiceFieldsFragment = { id: string, name: string, description: string | null, organisationName: string, url: string | null, email: string | null, interpretersAvailable: boolean, nationwide: boolean, anonymousLine: boolean, applicationProcess: string | null, feesDescription: string | null, phones: Array<{ number: string, description: string | null }>, languages: Array<{ code: string, name: string, nameNl: string }>, topics: Array<{ code: string, name: string, nameNl: string }>, municipalities: Array<{ code: string, name: string }> };

export type PublicReferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicReferenceQuery = { languages: Array<{ code: string, name: string, nameNl: string }>, expertiseAreas: Array<{ code: string, name: string, nameNl: string }>, publicLanguageCounts: Array<{ keyPersons: number, language: { code: string } }> };

export type PublicSearchQueryVariables = Exact<{
  languageCodes?: Array<string> | string | null | undefined;
  expertiseCodes?: Array<string> | string | null | undefined;
  near?: GeoPointInput | null | undefined;
  withinKm?: number | null | undefined;
  perPage?: number | null | undefined;
  organisationsPerPage?: number | null | undefined;
  servicesPerPage?: number | null | undefined;
}>;


export type PublicSearchQuery = { publicKeyPersons: { total: number, items: Array<{ id: string, displayName: string | null, email: string | null, phone: string | null, remoteAvailable: boolean | null, contactable: boolean, municipality: { code: string, name: string, province: string } | null, languages: Array<{ level: LanguageLevel, dialect: string | null, language: { code: string, name: string, nameNl: string } }> | null, expertise: Array<{ code: string, name: string, nameNl: string }> | null, reach: Array<{ code: string, name: string }> | null }> }, publicMunicipalityCounts: Array<{ keyPersons: number, organisations: number, municipality: { code: string, name: string } }>, publicOrganisations: { total: number, items: Array<{ id: string, name: string, kind: string, website: string | null, offers: string, municipality: { code: string, name: string } | null }> }, publicServices: { total: number, items: Array<{ id: string, name: string, description: string | null, organisationName: string, url: string | null, email: string | null, interpretersAvailable: boolean, nationwide: boolean, anonymousLine: boolean, applicationProcess: string | null, feesDescription: string | null, phones: Array<{ number: string, description: string | null }>, languages: Array<{ code: string, name: string, nameNl: string }>, topics: Array<{ code: string, name: string, nameNl: string }>, municipalities: Array<{ code: string, name: string }> }> } };

export type PublicKeyPersonsQueryVariables = Exact<{
  languageCodes?: Array<string> | string | null | undefined;
  expertiseCodes?: Array<string> | string | null | undefined;
  near?: GeoPointInput | null | undefined;
  withinKm?: number | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type PublicKeyPersonsQuery = { publicKeyPersons: { total: number, items: Array<{ id: string, displayName: string | null, email: string | null, phone: string | null, remoteAvailable: boolean | null, contactable: boolean, municipality: { code: string, name: string, province: string } | null, languages: Array<{ level: LanguageLevel, dialect: string | null, language: { code: string, name: string, nameNl: string } }> | null, expertise: Array<{ code: string, name: string, nameNl: string }> | null, reach: Array<{ code: string, name: string }> | null }> } };

export type PublicOrganisationsQueryVariables = Exact<{
  near?: GeoPointInput | null | undefined;
  withinKm?: number | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type PublicOrganisationsQuery = { publicOrganisations: { total: number, items: Array<{ id: string, name: string, kind: string, website: string | null, offers: string, municipality: { code: string, name: string } | null }> } };

export type PublicServicesQueryVariables = Exact<{
  languageCodes?: Array<string> | string | null | undefined;
  expertiseCodes?: Array<string> | string | null | undefined;
  near?: GeoPointInput | null | undefined;
  withinKm?: number | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type PublicServicesQuery = { publicServices: { total: number, items: Array<{ id: string, name: string, description: string | null, organisationName: string, url: string | null, email: string | null, interpretersAvailable: boolean, nationwide: boolean, anonymousLine: boolean, applicationProcess: string | null, feesDescription: string | null, phones: Array<{ number: string, description: string | null }>, languages: Array<{ code: string, name: string, nameNl: string }>, topics: Array<{ code: string, name: string, nameNl: string }>, municipalities: Array<{ code: string, name: string }> }> } };

export type PublicMessageFormQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicMessageFormQuery = { publicMessageForm: { token: string, minSeconds: number, maxLength: number } };

export type SendPublicMessageMutationVariables = Exact<{
  input: PublicMessageInput;
}>;


export type SendPublicMessageMutation = { sendPublicMessage: boolean };

export type FeedbackLinkStatusQueryVariables = Exact<{
  token: string;
}>;


export type FeedbackLinkStatusQuery = { feedbackLinkStatus: { state: FeedbackLinkState } };

export type SubmitFeedbackMutationVariables = Exact<{
  token: string;
  input: FeedbackInput;
}>;


export type SubmitFeedbackMutation = { submitFeedback: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PublicKeyPersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment PublicKeyPersonFields on PublicKeyPerson {
  id
  displayName
  municipality {
    code
    name
    province
  }
  languages {
    language {
      code
      name
      nameNl
    }
    level
    dialect
  }
  expertise {
    code
    name
    nameNl
  }
  email
  phone
  remoteAvailable
  reach {
    code
    name
  }
  contactable
}
    `, {"fragmentName":"PublicKeyPersonFields"}) as unknown as TypedDocumentString<PublicKeyPersonFieldsFragment, unknown>;
export const PublicOrganisationFieldsFragmentDoc = new TypedDocumentString(`
    fragment PublicOrganisationFields on PublicOrganisation {
  id
  name
  kind
  municipality {
    code
    name
  }
  website
  offers
}
    `, {"fragmentName":"PublicOrganisationFields"}) as unknown as TypedDocumentString<PublicOrganisationFieldsFragment, unknown>;
export const PublicCareServiceFieldsFragmentDoc = new TypedDocumentString(`
    fragment PublicCareServiceFields on PublicCareService {
  id
  name
  description
  organisationName
  url
  email
  phones {
    number
    description
  }
  languages {
    code
    name
    nameNl
  }
  interpretersAvailable
  topics {
    code
    name
    nameNl
  }
  municipalities {
    code
    name
  }
  nationwide
  anonymousLine
  applicationProcess
  feesDescription
}
    `, {"fragmentName":"PublicCareServiceFields"}) as unknown as TypedDocumentString<PublicCareServiceFieldsFragment, unknown>;
export const PublicReferenceDocument = new TypedDocumentString(`
    query PublicReference {
  languages {
    code
    name
    nameNl
  }
  expertiseAreas {
    code
    name
    nameNl
  }
  publicLanguageCounts {
    language {
      code
    }
    keyPersons
  }
}
    `) as unknown as TypedDocumentString<PublicReferenceQuery, PublicReferenceQueryVariables>;
export const PublicSearchDocument = new TypedDocumentString(`
    query PublicSearch($languageCodes: [String!], $expertiseCodes: [String!], $near: GeoPointInput, $withinKm: Float, $perPage: Int, $organisationsPerPage: Int, $servicesPerPage: Int) {
  publicKeyPersons(
    languageCodes: $languageCodes
    expertiseCodes: $expertiseCodes
    near: $near
    withinKm: $withinKm
    page: 1
    perPage: $perPage
  ) {
    items {
      ...PublicKeyPersonFields
    }
    total
  }
  publicMunicipalityCounts(
    languageCodes: $languageCodes
    expertiseCodes: $expertiseCodes
  ) {
    municipality {
      code
      name
    }
    keyPersons
    organisations
  }
  publicOrganisations(
    near: $near
    withinKm: $withinKm
    page: 1
    perPage: $organisationsPerPage
  ) {
    items {
      ...PublicOrganisationFields
    }
    total
  }
  publicServices(
    languageCodes: $languageCodes
    expertiseCodes: $expertiseCodes
    near: $near
    withinKm: $withinKm
    page: 1
    perPage: $servicesPerPage
  ) {
    items {
      ...PublicCareServiceFields
    }
    total
  }
}
    fragment PublicKeyPersonFields on PublicKeyPerson {
  id
  displayName
  municipality {
    code
    name
    province
  }
  languages {
    language {
      code
      name
      nameNl
    }
    level
    dialect
  }
  expertise {
    code
    name
    nameNl
  }
  email
  phone
  remoteAvailable
  reach {
    code
    name
  }
  contactable
}
fragment PublicOrganisationFields on PublicOrganisation {
  id
  name
  kind
  municipality {
    code
    name
  }
  website
  offers
}
fragment PublicCareServiceFields on PublicCareService {
  id
  name
  description
  organisationName
  url
  email
  phones {
    number
    description
  }
  languages {
    code
    name
    nameNl
  }
  interpretersAvailable
  topics {
    code
    name
    nameNl
  }
  municipalities {
    code
    name
  }
  nationwide
  anonymousLine
  applicationProcess
  feesDescription
}`) as unknown as TypedDocumentString<PublicSearchQuery, PublicSearchQueryVariables>;
export const PublicKeyPersonsDocument = new TypedDocumentString(`
    query PublicKeyPersons($languageCodes: [String!], $expertiseCodes: [String!], $near: GeoPointInput, $withinKm: Float, $page: Int, $perPage: Int) {
  publicKeyPersons(
    languageCodes: $languageCodes
    expertiseCodes: $expertiseCodes
    near: $near
    withinKm: $withinKm
    page: $page
    perPage: $perPage
  ) {
    items {
      ...PublicKeyPersonFields
    }
    total
  }
}
    fragment PublicKeyPersonFields on PublicKeyPerson {
  id
  displayName
  municipality {
    code
    name
    province
  }
  languages {
    language {
      code
      name
      nameNl
    }
    level
    dialect
  }
  expertise {
    code
    name
    nameNl
  }
  email
  phone
  remoteAvailable
  reach {
    code
    name
  }
  contactable
}`) as unknown as TypedDocumentString<PublicKeyPersonsQuery, PublicKeyPersonsQueryVariables>;
export const PublicOrganisationsDocument = new TypedDocumentString(`
    query PublicOrganisations($near: GeoPointInput, $withinKm: Float, $page: Int, $perPage: Int) {
  publicOrganisations(
    near: $near
    withinKm: $withinKm
    page: $page
    perPage: $perPage
  ) {
    items {
      ...PublicOrganisationFields
    }
    total
  }
}
    fragment PublicOrganisationFields on PublicOrganisation {
  id
  name
  kind
  municipality {
    code
    name
  }
  website
  offers
}`) as unknown as TypedDocumentString<PublicOrganisationsQuery, PublicOrganisationsQueryVariables>;
export const PublicServicesDocument = new TypedDocumentString(`
    query PublicServices($languageCodes: [String!], $expertiseCodes: [String!], $near: GeoPointInput, $withinKm: Float, $page: Int, $perPage: Int) {
  publicServices(
    languageCodes: $languageCodes
    expertiseCodes: $expertiseCodes
    near: $near
    withinKm: $withinKm
    page: $page
    perPage: $perPage
  ) {
    items {
      ...PublicCareServiceFields
    }
    total
  }
}
    fragment PublicCareServiceFields on PublicCareService {
  id
  name
  description
  organisationName
  url
  email
  phones {
    number
    description
  }
  languages {
    code
    name
    nameNl
  }
  interpretersAvailable
  topics {
    code
    name
    nameNl
  }
  municipalities {
    code
    name
  }
  nationwide
  anonymousLine
  applicationProcess
  feesDescription
}`) as unknown as TypedDocumentString<PublicServicesQuery, PublicServicesQueryVariables>;
export const PublicMessageFormDocument = new TypedDocumentString(`
    query PublicMessageForm {
  publicMessageForm {
    token
    minSeconds
    maxLength
  }
}
    `) as unknown as TypedDocumentString<PublicMessageFormQuery, PublicMessageFormQueryVariables>;
export const SendPublicMessageDocument = new TypedDocumentString(`
    mutation SendPublicMessage($input: PublicMessageInput!) {
  sendPublicMessage(input: $input)
}
    `) as unknown as TypedDocumentString<SendPublicMessageMutation, SendPublicMessageMutationVariables>;
export const FeedbackLinkStatusDocument = new TypedDocumentString(`
    query FeedbackLinkStatus($token: String!) {
  feedbackLinkStatus(token: $token) {
    state
  }
}
    `) as unknown as TypedDocumentString<FeedbackLinkStatusQuery, FeedbackLinkStatusQueryVariables>;
export const SubmitFeedbackDocument = new TypedDocumentString(`
    mutation SubmitFeedback($token: String!, $input: FeedbackInput!) {
  submitFeedback(token: $token, input: $input)
}
    `) as unknown as TypedDocumentString<SubmitFeedbackMutation, SubmitFeedbackMutationVariables>;