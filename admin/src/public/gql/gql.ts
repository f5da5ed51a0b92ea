/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment PublicKeyPersonFields on PublicKeyPerson {\n    id\n    displayName\n    municipality { code name province }\n    languages { language { code name nameNl } level dialect }\n    expertise { code name nameNl }\n    email\n    phone\n    remoteAvailable\n    reach { code name }\n    contactable\n  }\n": typeof types.PublicKeyPersonFieldsFragmentDoc,
    "\n  fragment PublicOrganisationFields on PublicOrganisation {\n    id name kind municipality { code name } website offers\n  }\n": typeof types.PublicOrganisationFieldsFragmentDoc,
    "\n  fragment PublicCareServiceFields on PublicCareService {\n    id name description organisationName url email\n    phones { number description }\n    languages { code name nameNl }\n    interpretersAvailable\n    topics { code name nameNl }\n    municipalities { code name }\n    nationwide anonymousLine applicationProcess feesDescription\n  }\n": typeof types.PublicCareServiceFieldsFragmentDoc,
    "\n  query PublicReference {\n    languages { code name nameNl }\n    expertiseAreas { code name nameNl }\n    publicLanguageCounts { language { code } keyPersons }\n  }\n": typeof types.PublicReferenceDocument,
    "\n  query PublicSearch(\n    $languageCodes: [String!]\n    $expertiseCodes: [String!]\n    $near: GeoPointInput\n    $withinKm: Float\n    $perPage: Int\n    $organisationsPerPage: Int\n    $servicesPerPage: Int\n  ) {\n    publicKeyPersons(languageCodes: $languageCodes, expertiseCodes: $expertiseCodes, near: $near, withinKm: $withinKm, page: 1, perPage: $perPage) {\n      items { ...PublicKeyPersonFields }\n      total\n    }\n    publicMunicipalityCounts(languageCodes: $languageCodes, expertiseCodes: $expertiseCodes) {\n      municipality { code name }\n      keyPersons\n      organisations\n    }\n    publicOrganisations(near: $near, withinKm: $withinKm, page: 1, perPage: $organisationsPerPage) {\n      items { ...PublicOrganisationFields }\n      total\n    }\n    publicServices(languageCodes: $languageCodes, expertiseCodes: $expertiseCodes, near: $near, withinKm: $withinKm, page: 1, perPage: $servicesPerPage) {\n      items { ...PublicCareServiceFields }\n      total\n    }\n  }\n": typeof types.PublicSearchDocument,
    "\n  query PublicKeyPersons($languageCodes: [String!], $expertiseCodes: [String!], $near: GeoPointInput, $withinKm: Float, $page: Int, $perPage: Int) {\n    publicKeyPersons(languageCodes: $languageCodes, expertiseCodes: $expertiseCodes, near: $near, withinKm: $withinKm, page: $page, perPage: $perPage) {\n      items { ...PublicKeyPersonFields }\n      total\n    }\n  }\n": typeof types.PublicKeyPersonsDocument,
    "\n  query PublicOrganisations($near: GeoPointInput, $withinKm: Float, $page: Int, $perPage: Int) {\n    publicOrganisations(near: $near, withinKm: $withinKm, page: $page, perPage: $perPage) {\n      items { ...PublicOrganisationFields }\n      total\n    }\n  }\n": typeof types.PublicOrganisationsDocument,
    "\n  query PublicServices($languageCodes: [String!], $expertiseCodes: [String!], $near: GeoPointInput, $withinKm: Float, $page: Int, $perPage: Int) {\n    publicServices(languageCodes: $languageCodes, expertiseCodes: $expertiseCodes, near: $near, withinKm: $withinKm, page: $page, perPage: $perPage) {\n      items { ...PublicCareServiceFields }\n      total\n    }\n  }\n": typeof types.PublicServicesDocument,
    "\n  query PublicMessageForm {\n    publicMessageForm { token minSeconds maxLength }\n  }\n": typeof types.PublicMessageFormDocument,
    "\n  mutation SendPublicMessage($input: PublicMessageInput!) {\n    sendPublicMessage(input: $input)\n  }\n": typeof types.SendPublicMessageDocument,
    "\n  query FeedbackLinkStatus($token: String!) {\n    feedbackLinkStatus(token: $token) {\n      state\n    }\n  }\n": typeof types.FeedbackLinkStatusDocument,
    "\n  mutation SubmitFeedback($token: String!, $input: FeedbackInput!) {\n    submitFeedback(token: $token, input: $input)\n  }\n": typeof types.SubmitFeedbackDocument,
};
const documents: Documents = {
    "\n  fragment PublicKeyPersonFields on PublicKeyPerson {\n    id\n    displayName\n    municipality { code name province }\n    languages { language { code name nameNl } level dialect }\n    expertise { code name nameNl }\n    email\n    phone\n    remoteAvailable\n    reach { code name }\n    contactable\n  }\n": types.PublicKeyPersonFieldsFragmentDoc,
    "\n  fragment PublicOrganisationFields on PublicOrganisation {\n    id name kind municipality { code name } website offers\n  }\n": types.PublicOrganisationFieldsFragmentDoc,
    "\n  fragment PublicCareServiceFields on PublicCareService {\n    id name description organisationName url email\n    phones { number description }\n    languages { code name nameNl }\n    interpretersAvailable\n    topics { code name nameNl }\n    municipalities { code name }\n    nationwide anonymousLine applicationProcess feesDescription\n  }\n": types.PublicCareServiceFieldsFragmentDoc,
    "\n  query PublicReference {\n    languages { code name nameNl }\n    expertiseAreas { code name nameNl }\n    publicLanguageCounts { language { code } keyPersons }\n  }\n": types.PublicReferenceDocument,
    "\n  query PublicSearch(\n    $languageCodes: [String!]\n    $expertiseCodes: [String!]\n    $near: GeoPointInput\n    $withinKm: Float\n    $perPage: Int\n    $organisationsPerPage: Int\n    $servicesPerPage: Int\n  ) {\n    publicKeyPersons(languageCodes: $languageCodes, expertiseCodes: $expertiseCodes, near: $near, withinKm: $withinKm, page: 1, perPage: $perPage) {\n      items { ...PublicKeyPersonFields }\n      total\n    }\n    publicMunicipalityCounts(languageCodes: $languageCodes, expertiseCodes: $expertiseCodes) {\n      municipality { code name }\n      keyPersons\n      organisations\n    }\n    publicOrganisations(near: $near, withinKm: $withinKm, page: 1, perPage: $organisationsPerPage) {\n      items { ...PublicOrganisationFields }\n      total\n    }\n    publicServices(languageCodes: $languageCodes, expertiseCodes: $expertiseCodes, near: $near, withinKm: $withinKm, page: 1, perPage: $servicesPerPage) {\n      items { ...PublicCareServiceFields }\n      total\n    }\n  }\n": types.PublicSearchDocument,
    "\n  query PublicKeyPersons($languageCodes: [String!], $expertiseCodes: [String!], $near: GeoPointInput, $withinKm: Float, $page: Int, $perPage: Int) {\n    publicKeyPersons(languageCodes: $languageCodes, expertiseCodes: $expertiseCodes, near: $near, withinKm: $withinKm, page: $page, perPage: $perPage) {\n      items { ...PublicKeyPersonFields }\n      total\n    }\n  }\n": types.PublicKeyPersonsDocument,
    "\n  query PublicOrganisations($near: GeoPointInput, $withinKm: Float, $page: Int, $perPage: Int) {\n    publicOrganisations(near: $near, withinKm: $withinKm, page: $page, perPage: $perPage) {\n      items { ...PublicOrganisationFields }\n      total\n    }\n  }\n": types.PublicOrganisationsDocument,
    "\n  query PublicServices($languageCodes: [String!], $expertiseCodes: [String!], $near: GeoPointInput, $withinKm: Float, $page: Int, $perPage: Int) {\n    publicServices(languageCodes: $languageCodes, expertiseCodes: $expertiseCodes, near: $near, withinKm: $withinKm, page: $page, perPage: $perPage) {\n      items { ...PublicCareServiceFields }\n      total\n    }\n  }\n": types.PublicServicesDocument,
    "\n  query PublicMessageForm {\n    publicMessageForm { token minSeconds maxLength }\n  }\n": types.PublicMessageFormDocument,
    "\n  mutation SendPublicMessage($input: PublicMessageInput!) {\n    sendPublicMessage(input: $input)\n  }\n": types.SendPublicMessageDocument,
    "\n  query FeedbackLinkStatus($token: String!) {\n    feedbackLinkStatus(token: $token) {\n      state\n    }\n  }\n": types.FeedbackLinkStatusDocument,
    "\n  mutation SubmitFeedback($token: String!, $input: FeedbackInput!) {\n    submitFeedback(token: $token, input: $input)\n  }\n": types.SubmitFeedbackDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicKeyPersonFields on PublicKeyPerson {\n    id\n    displayName\n    municipality { code name province }\n    languages { language { code name nameNl } level dialect }\n    expertise { code name nameNl }\n    email\n    phone\n    remoteAvailable\n    reach { code name }\n    contactable\n  }\n"): typeof import('./graphql').PublicKeyPersonFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicOrganisationFields on PublicOrganisation {\n    id name kind municipality { code name } website offers\n  }\n"): typeof import('./graphql').PublicOrganisationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicCareServiceFields on PublicCareService {\n    id name description organisationName url email\n    phones { number description }\n    languages { code name nameNl }\n    interpretersAvailable\n    topics { code name nameNl }\n    municipalities { code name }\n    nationwide anonymousLine applicationProcess feesDescription\n  }\n"): typeof import('./graphql').PublicCareServiceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicReference {\n    languages { code name nameNl }\n    expertiseAreas { code name nameNl }\n    publicLanguageCounts { language { code } keyPersons }\n  }\n"): typeof import('./graphql').PublicReferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicSearch(\n    $languageCodes: [String!]\n    $expertiseCodes: [String!]\n    $near: GeoPointInput\n    $withinKm: Float\n    $perPage: Int\n    $organisationsPerPage: Int\n    $servicesPerPage: Int\n  ) {\n    publicKeyPersons(languageCodes: $languageCodes, expertiseCodes: $expertiseCodes, near: $near, withinKm: $withinKm, page: 1, perPage: $perPage) {\n      items { ...PublicKeyPersonFields }\n      total\n    }\n    publicMunicipalityCounts(languageCodes: $languageCodes, expertiseCodes: $expertiseCodes) {\n      municipality { code name }\n      keyPersons\n      organisations\n    }\n    publicOrganisations(near: $near, withinKm: $withinKm, page: 1, perPage: $organisationsPerPage) {\n      items { ...PublicOrganisationFields }\n      total\n    }\n    publicServices(languageCodes: $languageCodes, expertiseCodes: $expertiseCodes, near: $near, withinKm: $withinKm, page: 1, perPage: $servicesPerPage) {\n      items { ...PublicCareServiceFields }\n      total\n    }\n  }\n"): typeof import('./graphql').PublicSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicKeyPersons($languageCodes: [String!], $expertiseCodes: [String!], $near: GeoPointInput, $withinKm: Float, $page: Int, $perPage: Int) {\n    publicKeyPersons(languageCodes: $languageCodes, expertiseCodes: $expertiseCodes, near: $near, withinKm: $withinKm, page: $page, perPage: $perPage) {\n      items { ...PublicKeyPersonFields }\n      total\n    }\n  }\n"): typeof import('./graphql').PublicKeyPersonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicOrganisations($near: GeoPointInput, $withinKm: Float, $page: Int, $perPage: Int) {\n    publicOrganisations(near: $near, withinKm: $withinKm, page: $page, perPage: $perPage) {\n      items { ...PublicOrganisationFields }\n      total\n    }\n  }\n"): typeof import('./graphql').PublicOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicServices($languageCodes: [String!], $expertiseCodes: [String!], $near: GeoPointInput, $withinKm: Float, $page: Int, $perPage: Int) {\n    publicServices(languageCodes: $languageCodes, expertiseCodes: $expertiseCodes, near: $near, withinKm: $withinKm, page: $page, perPage: $perPage) {\n      items { ...PublicCareServiceFields }\n      total\n    }\n  }\n"): typeof import('./graphql').PublicServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicMessageForm {\n    publicMessageForm { token minSeconds maxLength }\n  }\n"): typeof import('./graphql').PublicMessageFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendPublicMessage($input: PublicMessageInput!) {\n    sendPublicMessage(input: $input)\n  }\n"): typeof import('./graphql').SendPublicMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackLinkStatus($token: String!) {\n    feedbackLinkStatus(token: $token) {\n      state\n    }\n  }\n"): typeof import('./graphql').FeedbackLinkStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitFeedback($token: String!, $input: FeedbackInput!) {\n    submitFeedback(token: $token, input: $input)\n  }\n"): typeof import('./graphql').SubmitFeedbackDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
