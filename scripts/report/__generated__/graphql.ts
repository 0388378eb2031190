/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What an API key may read. The key strings are `events:read`, `reports:read`, ... */
export type ApiScope =
  /** `events:read`: also events with visibility PARTNERS (sync and feeds). */
  | 'EVENTS_READ'
  /** `news:read`: reserved; published news is public. */
  | 'NEWS_READ'
  /** `reports:read`: figures such as `businessFigures`, `networkingStats` and the restricted sections of `annualReview`; otherwise what an anonymous caller reads (no mutation, no personal data). */
  | 'REPORTS_READ'
  /** `suppliers:read`: supplier profiles with their contact details, and awards. Nothing else: not procurement requests, invitations or quotes. */
  | 'SUPPLIERS_READ';

/** How far a party’s promise got: PROMISED → IN_PARTY_PROGRAMME → IN_COALITION_AGREEMENT → IMPLEMENTED, or DROPPED. */
export type CommitmentStage =
  /** The party let it go (from any stage). */
  | 'DROPPED'
  /** The municipality carried it out. */
  | 'IMPLEMENTED'
  /** The point is in the coalition agreement the party signed. */
  | 'IN_COALITION_AGREEMENT'
  /** The point is in the party’s election programme. */
  | 'IN_PARTY_PROGRAMME'
  /** The party promised to take the point up. */
  | 'PROMISED';

/** A new API key for an organisation. */
export type CreateApiKeyInput = {
  /** What the key is for. */
  name: string;
  /** Id of the organisation the key acts for. */
  organisationId: string | number;
  /** What the key may read; at least one. */
  scopes: Array<ApiScope>;
};

/** What kind of work an opportunity is. */
export type OpportunityKind =
  /** Learning on the job with a school (BBL). */
  | 'APPRENTICESHIP'
  /** A holiday or weekend job, often for pupils. */
  | 'HOLIDAY_JOB'
  /** An internship (stage) for a student. */
  | 'INTERNSHIP'
  /** A paid job. */
  | 'JOB'
  /** A small project of a municipality or institution that local firms can quote for; a municipal one can become a procurement request. */
  | 'PROJECT'
  /** Unpaid voluntary work. */
  | 'VOLUNTEERING'
  /** A trial placement to find out whether the work fits. */
  | 'WORK_TRIAL';

/** Where a placement is: PROPOSED → INTRODUCED → TRIAL → PLACED → COMPLETED, or ENDED / DECLINED from any open stage (PROPOSED to PLACED). */
export type PlacementStage =
  /** The placement ran its course (still counts as a filled place). */
  | 'COMPLETED'
  /** The candidate or the employer declined. */
  | 'DECLINED'
  /** Stopped early. */
  | 'ENDED'
  /** The candidate met the employer. */
  | 'INTRODUCED'
  /** The candidate has the place (takes one of the opportunity’s places). */
  | 'PLACED'
  /** A coach proposed the candidate for the opportunity. */
  | 'PROPOSED'
  /** A trial period runs. */
  | 'TRIAL';

/** How a party responded to the association’s approach. */
export type ResponseSentiment =
  /** Embraced the points and offered to take them further. */
  | 'ENTHUSIASTIC'
  /** Disagreed with the points. */
  | 'NEGATIVE'
  /** Took note without taking a position. */
  | 'NEUTRAL'
  /** Did not respond (recorded when the association stopped waiting). */
  | 'NO_RESPONSE'
  /** Agreed with most points. */
  | 'POSITIVE';

/** The API key to revoke. */
export type RevokeApiKeyInput = {
  /** Id of the API key. */
  id: string | number;
};

/** Who an opportunity is for, and which group a candidate belongs to. */
export type TargetGroup =
  /** Someone looking for (other) work. */
  | 'ASPIRING_EMPLOYEE'
  /** A student looking for an internship. */
  | 'INTERN'
  /** Someone with a labour-market disability (arbeidsbeperking). */
  | 'LABOUR_DISABILITY'
  /** A pupil of a secondary or vocational school. */
  | 'PUPIL';

/** Why a mutation did not happen: an expected business outcome, reported in `userErrors`. */
export type UserErrorCode =
  /** The placement is already credited to a social-return obligation; each counts once. */
  | 'ALREADY_CREDITED'
  /** The new capacity is below the number of confirmed registrations. */
  | 'CAPACITY_BELOW_CONFIRMED'
  /** The deadline for this (e.g. submitting a quote) has passed. */
  | 'DEADLINE_PASSED'
  /** The same e-mail address is already registered for this event. */
  | 'DUPLICATE_REGISTRATION'
  /** The event is cancelled. */
  | 'EVENT_CANCELLED'
  /** The step skips stages (e.g. a commitment from PROMISED to IMPLEMENTED): give evidence. */
  | 'EVIDENCE_REQUIRED'
  /** More months credited than the placement has actually been placed up to today. */
  | 'EXCEEDS_PLACED_MONTHS'
  /** A value is well-formed but not acceptable in this state (dates out of order, unknown municipality). */
  | 'INVALID'
  /** The object’s status does not allow this step (e.g. inviting for an awarded request). */
  | 'INVALID_TRANSITION'
  /** The change is not possible in the current state (already revoked, already a member). */
  | 'NOT_ALLOWED'
  /** Something the input refers to does not exist (or is hidden from you). */
  | 'NOT_FOUND'
  /** The procedure is lighter than the thresholds require for the estimated value. */
  | 'PROCEDURE_TOO_LIGHT'
  /** The quotes are still sealed: the deadline has not passed, or the opening is not confirmed. */
  | 'QUOTES_SEALED'
  /** An exception to the procedure (closing early, not awarding the lowest quote) needs a reason. */
  | 'REASON_REQUIRED'
  /** Registration has not opened yet or has closed. */
  | 'REGISTRATION_CLOSED'
  /** A four-eyes step: a second civil servant, not the one who took the first step, must do it. */
  | 'SECOND_OFFICIAL_REQUIRED'
  /** A value that must be unique is in use (a KvK number, a slug, a name). */
  | 'TAKEN';

export type ReportDemoOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportDemoOrganisationsQuery = { organisations: Array<{ id: string, name: string }> };

export type ReportDemoCreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ReportDemoCreateKeyMutation = { createApiKey: { secret: string | null, apiKey: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type ReportDemoRevokeKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type ReportDemoRevokeKeyMutation = { revokeApiKey: { userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type ReportMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportMunicipalitiesQuery = { municipalities: Array<{ cbsCode: string, name: string }> };

export type ReviewMembershipQueryVariables = Exact<{
  year: number;
  municipality?: string | null | undefined;
}>;


export type ReviewMembershipQuery = { annualReview: { membership: { current: { on: string, businesses: number, associationMembers: number, associations: Array<{ name: string, municipality: { cbsCode: string } }>, businessFigures: Array<{ businesses: number, associationMembers: number, municipality: { cbsCode: string, name: string } }> }, previous: { on: string, businesses: number, associationMembers: number, associations: Array<{ name: string, municipality: { cbsCode: string } }>, businessFigures: Array<{ businesses: number, associationMembers: number, municipality: { cbsCode: string, name: string } }> } } | null } };

export type ReviewMembershipFiguresFragment = { on: string, businesses: number, associationMembers: number, associations: Array<{ name: string, municipality: { cbsCode: string } }>, businessFigures: Array<{ businesses: number, associationMembers: number, municipality: { cbsCode: string, name: string } }> };

export type ReviewNetworkingQueryVariables = Exact<{
  year: number;
  municipality?: string | null | undefined;
}>;


export type ReviewNetworkingQuery = { annualReview: { networking: { current: { eventsHeld: number, registrations: number, confirmed: number, checkedIn: number, checkInRate: number | null, confirmedWithVerifiedBusiness: number, fromOtherMunicipalities: number, shareFromOtherMunicipalities: number | null, months: Array<{ month: number, eventsHeld: number, registrations: number, confirmed: number, checkedIn: number, checkInRate: number | null, confirmedWithVerifiedBusiness: number, fromOtherMunicipalities: number, shareFromOtherMunicipalities: number | null }> }, previous: { eventsHeld: number, registrations: number, confirmed: number, checkedIn: number, checkInRate: number | null, confirmedWithVerifiedBusiness: number, fromOtherMunicipalities: number, shareFromOtherMunicipalities: number | null, months: Array<{ month: number, eventsHeld: number, registrations: number, confirmed: number, checkedIn: number, checkInRate: number | null, confirmedWithVerifiedBusiness: number, fromOtherMunicipalities: number, shareFromOtherMunicipalities: number | null }> } } | null } };

export type ReviewNetworkingFiguresFragment = { eventsHeld: number, registrations: number, confirmed: number, checkedIn: number, checkInRate: number | null, confirmedWithVerifiedBusiness: number, fromOtherMunicipalities: number, shareFromOtherMunicipalities: number | null, months: Array<{ month: number, eventsHeld: number, registrations: number, confirmed: number, checkedIn: number, checkInRate: number | null, confirmedWithVerifiedBusiness: number, fromOtherMunicipalities: number, shareFromOtherMunicipalities: number | null }> };

export type ReviewNewsQueryVariables = Exact<{
  year: number;
  municipality?: string | null | undefined;
}>;


export type ReviewNewsQuery = { annualReview: { news: { current: { published: number, unlabelled: number, months: Array<{ month: number, articles: number }>, labels: Array<{ articles: number, label: { slug: string, name: string } }> }, previous: { published: number, unlabelled: number, months: Array<{ month: number, articles: number }>, labels: Array<{ articles: number, label: { slug: string, name: string } }> } } } };

export type ReviewNewsFiguresFragment = { published: number, unlabelled: number, months: Array<{ month: number, articles: number }>, labels: Array<{ articles: number, label: { slug: string, name: string } }> };

export type ReviewPoliticsQueryVariables = Exact<{
  year: number;
  previousYear: number;
  municipality?: string | null | undefined;
}>;


export type ReviewPoliticsQuery = { annualReview: { politics: { current: { outreach: number, partiesContacted: number, coalitionAgreementsSigned: number, agendaPointsCovered: number, commitmentsMade: number, responses: Array<{ sentiment: ResponseSentiment, responses: number }>, stagesReached: Array<{ stage: CommitmentStage, count: number }> }, previous: { outreach: number, partiesContacted: number, coalitionAgreementsSigned: number, agendaPointsCovered: number, commitmentsMade: number, responses: Array<{ sentiment: ResponseSentiment, responses: number }>, stagesReached: Array<{ stage: CommitmentStage, count: number }> } } }, municipalities: Array<{ cbsCode: string, current: { commitmentsMade: number, stagesReached: Array<{ stage: CommitmentStage, count: number }> }, previous: { commitmentsMade: number, stagesReached: Array<{ stage: CommitmentStage, count: number }> } }> };

export type ReviewPoliticsStagesFragment = { commitmentsMade: number, stagesReached: Array<{ stage: CommitmentStage, count: number }> };

export type ReviewPoliticsFiguresFragment = { outreach: number, partiesContacted: number, coalitionAgreementsSigned: number, agendaPointsCovered: number, commitmentsMade: number, responses: Array<{ sentiment: ResponseSentiment, responses: number }>, stagesReached: Array<{ stage: CommitmentStage, count: number }> };

export type ReviewProcurementQueryVariables = Exact<{
  year: number;
  municipality?: string | null | undefined;
}>;


export type ReviewProcurementQuery = { annualReview: { procurement: { current: { requests: number, awards: number, awardedValue: number, invitations: number, suppliersInvited: number, regionalValueShare: number | null, regionalAwardShare: number | null, localValueShare: number | null, localAwardShare: number | null, topDecileInvitationShare: number | null, divisions: Array<{ division: string, label: string, awards: number, awardedValue: number }> }, previous: { requests: number, awards: number, awardedValue: number, invitations: number, suppliersInvited: number, regionalValueShare: number | null, regionalAwardShare: number | null, localValueShare: number | null, localAwardShare: number | null, topDecileInvitationShare: number | null, divisions: Array<{ division: string, label: string, awards: number, awardedValue: number }> } } } };

export type ReviewProcurementFiguresFragment = { requests: number, awards: number, awardedValue: number, invitations: number, suppliersInvited: number, regionalValueShare: number | null, regionalAwardShare: number | null, localValueShare: number | null, localAwardShare: number | null, topDecileInvitationShare: number | null, divisions: Array<{ division: string, label: string, awards: number, awardedValue: number }> };

export type ReviewSocialEnterpriseQueryVariables = Exact<{
  year: number;
  municipality?: string | null | undefined;
}>;


export type ReviewSocialEnterpriseQuery = { annualReview: { socialEnterprise: { current: { fillRate: number | null, medianDaysToPlacement: number | null, opportunities: { value: number | null, suppressed: boolean }, opportunitiesByKind: Array<{ kind: OpportunityKind, count: { value: number | null, suppressed: boolean } }>, placements: { value: number | null, suppressed: boolean }, placementsByStage: Array<{ stage: PlacementStage, count: { value: number | null, suppressed: boolean } }>, placementsByTargetGroup: Array<{ targetGroup: TargetGroup, count: { value: number | null, suppressed: boolean } }> }, previous: { fillRate: number | null, medianDaysToPlacement: number | null, opportunities: { value: number | null, suppressed: boolean }, opportunitiesByKind: Array<{ kind: OpportunityKind, count: { value: number | null, suppressed: boolean } }>, placements: { value: number | null, suppressed: boolean }, placementsByStage: Array<{ stage: PlacementStage, count: { value: number | null, suppressed: boolean } }>, placementsByTargetGroup: Array<{ targetGroup: TargetGroup, count: { value: number | null, suppressed: boolean } }> } } } };

export type ReviewCountFragment = { value: number | null, suppressed: boolean };

export type ReviewSocialEnterpriseFiguresFragment = { fillRate: number | null, medianDaysToPlacement: number | null, opportunities: { value: number | null, suppressed: boolean }, opportunitiesByKind: Array<{ kind: OpportunityKind, count: { value: number | null, suppressed: boolean } }>, placements: { value: number | null, suppressed: boolean }, placementsByStage: Array<{ stage: PlacementStage, count: { value: number | null, suppressed: boolean } }>, placementsByTargetGroup: Array<{ targetGroup: TargetGroup, count: { value: number | null, suppressed: boolean } }> };

export const ReviewMembershipFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewMembershipFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"associations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cbsCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"businesses"}},{"kind":"Field","name":{"kind":"Name","value":"associationMembers"}},{"kind":"Field","name":{"kind":"Name","value":"businessFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cbsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businesses"}},{"kind":"Field","name":{"kind":"Name","value":"associationMembers"}}]}}]}}]} as unknown as DocumentNode<ReviewMembershipFiguresFragment, unknown>;
export const ReviewNetworkingFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewNetworkingFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkingStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"checkInRate"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedWithVerifiedBusiness"}},{"kind":"Field","name":{"kind":"Name","value":"fromOtherMunicipalities"}},{"kind":"Field","name":{"kind":"Name","value":"shareFromOtherMunicipalities"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"eventsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"checkInRate"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedWithVerifiedBusiness"}},{"kind":"Field","name":{"kind":"Name","value":"fromOtherMunicipalities"}},{"kind":"Field","name":{"kind":"Name","value":"shareFromOtherMunicipalities"}}]}}]}}]} as unknown as DocumentNode<ReviewNetworkingFiguresFragment, unknown>;
export const ReviewNewsFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewNewsFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NewsStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"unlabelled"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"articles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"}}]}}]}}]} as unknown as DocumentNode<ReviewNewsFiguresFragment, unknown>;
export const ReviewPoliticsStagesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewPoliticsStages"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoliticsStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitmentsMade"}},{"kind":"Field","name":{"kind":"Name","value":"stagesReached"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<ReviewPoliticsStagesFragment, unknown>;
export const ReviewPoliticsFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewPoliticsFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoliticsStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outreach"}},{"kind":"Field","name":{"kind":"Name","value":"partiesContacted"}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentiment"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coalitionAgreementsSigned"}},{"kind":"Field","name":{"kind":"Name","value":"agendaPointsCovered"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewPoliticsStages"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewPoliticsStages"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoliticsStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitmentsMade"}},{"kind":"Field","name":{"kind":"Name","value":"stagesReached"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<ReviewPoliticsFiguresFragment, unknown>;
export const ReviewProcurementFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewProcurementFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"awards"}},{"kind":"Field","name":{"kind":"Name","value":"awardedValue"}},{"kind":"Field","name":{"kind":"Name","value":"invitations"}},{"kind":"Field","name":{"kind":"Name","value":"suppliersInvited"}},{"kind":"Field","name":{"kind":"Name","value":"regionalValueShare"}},{"kind":"Field","name":{"kind":"Name","value":"regionalAwardShare"}},{"kind":"Field","name":{"kind":"Name","value":"localValueShare"}},{"kind":"Field","name":{"kind":"Name","value":"localAwardShare"}},{"kind":"Field","name":{"kind":"Name","value":"topDecileInvitationShare"}},{"kind":"Field","name":{"kind":"Name","value":"divisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"awards"}},{"kind":"Field","name":{"kind":"Name","value":"awardedValue"}}]}}]}}]} as unknown as DocumentNode<ReviewProcurementFiguresFragment, unknown>;
export const ReviewCountFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SuppressedCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<ReviewCountFragment, unknown>;
export const ReviewSocialEnterpriseFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewSocialEnterpriseFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialEnterpriseStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunitiesByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placementsByStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placementsByTargetGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fillRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToPlacement"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SuppressedCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<ReviewSocialEnterpriseFiguresFragment, unknown>;
export const ReportDemoOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportDemoOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReportDemoOrganisationsQuery, ReportDemoOrganisationsQueryVariables>;
export const ReportDemoCreateKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportDemoCreateKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReportDemoCreateKeyMutation, ReportDemoCreateKeyMutationVariables>;
export const ReportDemoRevokeKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportDemoRevokeKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReportDemoRevokeKeyMutation, ReportDemoRevokeKeyMutationVariables>;
export const ReportMunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportMunicipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inRegion"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cbsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReportMunicipalitiesQuery, ReportMunicipalitiesQueryVariables>;
export const ReviewMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewMembershipFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewMembershipFigures"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewMembershipFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"associations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cbsCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"businesses"}},{"kind":"Field","name":{"kind":"Name","value":"associationMembers"}},{"kind":"Field","name":{"kind":"Name","value":"businessFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cbsCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businesses"}},{"kind":"Field","name":{"kind":"Name","value":"associationMembers"}}]}}]}}]} as unknown as DocumentNode<ReviewMembershipQuery, ReviewMembershipQueryVariables>;
export const ReviewNetworkingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewNetworking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewNetworkingFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewNetworkingFigures"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewNetworkingFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkingStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"checkInRate"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedWithVerifiedBusiness"}},{"kind":"Field","name":{"kind":"Name","value":"fromOtherMunicipalities"}},{"kind":"Field","name":{"kind":"Name","value":"shareFromOtherMunicipalities"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"eventsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"checkedIn"}},{"kind":"Field","name":{"kind":"Name","value":"checkInRate"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedWithVerifiedBusiness"}},{"kind":"Field","name":{"kind":"Name","value":"fromOtherMunicipalities"}},{"kind":"Field","name":{"kind":"Name","value":"shareFromOtherMunicipalities"}}]}}]}}]} as unknown as DocumentNode<ReviewNetworkingQuery, ReviewNetworkingQueryVariables>;
export const ReviewNewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewNews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"news"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewNewsFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewNewsFigures"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewNewsFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NewsStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"unlabelled"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"articles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"}}]}}]}}]} as unknown as DocumentNode<ReviewNewsQuery, ReviewNewsQueryVariables>;
export const ReviewPoliticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewPolitics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"previousYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"politics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewPoliticsFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewPoliticsFigures"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inRegion"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cbsCode"}},{"kind":"Field","alias":{"kind":"Name","value":"current"},"name":{"kind":"Name","value":"politicsStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewPoliticsStages"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"previous"},"name":{"kind":"Name","value":"politicsStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"previousYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewPoliticsStages"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewPoliticsStages"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoliticsStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitmentsMade"}},{"kind":"Field","name":{"kind":"Name","value":"stagesReached"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewPoliticsFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoliticsStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outreach"}},{"kind":"Field","name":{"kind":"Name","value":"partiesContacted"}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentiment"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coalitionAgreementsSigned"}},{"kind":"Field","name":{"kind":"Name","value":"agendaPointsCovered"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewPoliticsStages"}}]}}]} as unknown as DocumentNode<ReviewPoliticsQuery, ReviewPoliticsQueryVariables>;
export const ReviewProcurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewProcurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procurement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewProcurementFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewProcurementFigures"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewProcurementFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"awards"}},{"kind":"Field","name":{"kind":"Name","value":"awardedValue"}},{"kind":"Field","name":{"kind":"Name","value":"invitations"}},{"kind":"Field","name":{"kind":"Name","value":"suppliersInvited"}},{"kind":"Field","name":{"kind":"Name","value":"regionalValueShare"}},{"kind":"Field","name":{"kind":"Name","value":"regionalAwardShare"}},{"kind":"Field","name":{"kind":"Name","value":"localValueShare"}},{"kind":"Field","name":{"kind":"Name","value":"localAwardShare"}},{"kind":"Field","name":{"kind":"Name","value":"topDecileInvitationShare"}},{"kind":"Field","name":{"kind":"Name","value":"divisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"awards"}},{"kind":"Field","name":{"kind":"Name","value":"awardedValue"}}]}}]}}]} as unknown as DocumentNode<ReviewProcurementQuery, ReviewProcurementQueryVariables>;
export const ReviewSocialEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewSocialEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewSocialEnterpriseFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewSocialEnterpriseFigures"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SuppressedCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewSocialEnterpriseFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialEnterpriseStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunitiesByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placementsByStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placementsByTargetGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fillRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToPlacement"}}]}}]} as unknown as DocumentNode<ReviewSocialEnterpriseQuery, ReviewSocialEnterpriseQueryVariables>;