import type { CreateParams, GetListParams, GetManyParams, GetOneParams, UpdateParams } from "react-admin";
import { graphql } from "../gql";
import type { QualificationTypeFieldsFragment } from "../gql/graphql";
import { mutation, notFound, operation, pageInBrowser, type ResourceHandlers, type Values } from "./queryKit";

// Qualifications (issue 17): the list of types as the resource `qualificationTypes` (id =
// code), and the documents of a key person's qualifications card.

graphql(`
  fragment QualificationTypeFields on QualificationType {
    code
    nameNl
    nameEn
    validityMonths
    coversExpertise
    active
    updatedAt
  }
`);

const TYPES = graphql(`
  query QualificationTypes($includeInactive: Boolean!) {
    result: qualificationTypes(includeInactive: $includeInactive) {
      ...QualificationTypeFields
    }
  }
`);

const CREATE_TYPE = graphql(`
  mutation CreateQualificationType($input: QualificationTypeInput!) {
    result: createQualificationType(input: $input) {
      ...QualificationTypeFields
    }
  }
`);

const UPDATE_TYPE = graphql(`
  mutation UpdateQualificationType($code: ID!, $input: QualificationTypeUpdateInput!) {
    result: updateQualificationType(code: $code, input: $input) {
      ...QualificationTypeFields
    }
  }
`);

export const QUALIFICATION_FIELDS = graphql(`
  fragment QualificationFields on Qualification {
    id
    code
    status
    issuer
    obtainedOn
    validUntil
    verifiedAt
    verificationNote
    validToday
    type {
      code
      nameNl
      nameEn
    }
  }
`);

export const KEY_PERSON_QUALIFICATIONS = graphql(`
  query KeyPersonQualifications($id: ID!) {
    result: keyPerson(id: $id) {
      id
      qualifications {
        ...QualificationFields
      }
    }
    types: qualificationTypes {
      code
      nameNl
      nameEn
    }
  }
`);

export const ADD_QUALIFICATION = graphql(`
  mutation AddQualification($keyPersonId: ID!, $input: QualificationInput!) {
    result: addQualification(keyPersonId: $keyPersonId, input: $input) {
      ...QualificationFields
    }
  }
`);

export const VERIFY_QUALIFICATION = graphql(`
  mutation VerifyQualification($id: ID!, $note: String!) {
    result: verifyQualification(id: $id, note: $note) {
      ...QualificationFields
    }
  }
`);

export const REJECT_QUALIFICATION = graphql(`
  mutation RejectQualification($id: ID!, $note: String!) {
    result: rejectQualification(id: $id, note: $note) {
      ...QualificationFields
    }
  }
`);

export const REMOVE_QUALIFICATION = graphql(`
  mutation RemoveQualification($id: ID!) {
    result: removeQualification(id: $id)
  }
`);

const asRecord = (type: QualificationTypeFieldsFragment): Values => ({ ...type, id: type.code });

/** The form's values as the API's input: an empty validity means "does not expire". */
function typeInput(data: Values) {
  const months = data.validityMonths === "" || data.validityMonths === null || data.validityMonths === undefined ? null : Number(data.validityMonths);
  return {
    nameNl: String(data.nameNl ?? ""),
    nameEn: String(data.nameEn ?? ""),
    validityMonths: months,
    coversExpertise: ((data.coversExpertise as string[] | undefined) ?? []).map(String),
  };
}

export const QUALIFICATIONS: Record<string, ResourceHandlers> = {
  qualificationTypes: {
    // filter { active: true }: only the types that can still be granted (the training form's choice).
    getList: (params) =>
      operation(TYPES, { includeInactive: (params as GetListParams).filter?.active !== true }, ({ result }) =>
        pageInBrowser(result.map(asRecord), { ...(params as GetListParams), pagination: { page: 1, perPage: 1000 } }),
      ),
    getMany: (params) =>
      operation(TYPES, { includeInactive: true }, ({ result }) => {
        const ids = (params as GetManyParams).ids.map(String);
        return { data: result.filter((type) => ids.includes(type.code)).map(asRecord) };
      }),
    getOne: (params) =>
      operation(TYPES, { includeInactive: true }, ({ result }) => {
        const type = result.find((t) => t.code === String((params as GetOneParams).id));
        if (!type) throw notFound();
        return { data: asRecord(type) };
      }),
    create: (params) => {
      const data = (params as CreateParams).data as Values;
      return mutation(CREATE_TYPE, { input: { code: String(data.code ?? ""), ...typeInput(data) } }, (result) => asRecord(result));
    },
    update: (params) => {
      const { id, data } = params as UpdateParams;
      const input = typeInput(data as Values);
      return mutation(
        UPDATE_TYPE,
        {
          code: String(id),
          input: { ...input, validityMonths: input.validityMonths, clearValidity: input.validityMonths === null, active: Boolean((data as Values).active) },
        },
        (result) => asRecord(result),
      );
    },
  },
};
