import type { PlaygroundExample } from '../../kit';
import { DEMO_MEMBER_KVK } from '../core';

const COACH_TOKEN =
  'Bearer <token from npm run -s token -- --role COACH --sub demo-coach --name "Coach Demo">';

/** Playground tabs: anyone's board and figures, a coach running candidates, a business following its posts. */
export const socialEnterpriseExamples: PlaygroundExample[] = [
  {
    title: 'The opportunity board and its figures (anyone)',
    query: `query OpportunityBoard {
  opportunities(first: 10, filter: { municipality: "GM0352" }) {
    totalCount
    nodes { id kind title hoursPerWeek places targetGroups closingDate business { name } organisation { name } }
  }
  socialEnterpriseStats(year: 2026) {
    opportunities { value suppressed }
    placementsByTargetGroup { targetGroup count { value suppressed } }
    fillRate
    medianDaysToPlacement
  }
  socialEnterpriseParticipation { status since municipality { name inRegion } }
}`,
  },
  {
    title: 'Candidates and their placements (coach; every read is logged)',
    query: `query MyCandidates {
  candidates(first: 20) {
    nodes {
      id name targetGroup skills availability supportNeeds coachName
      placements { id stage stageSince opportunity { title business { name } } transitions { from to at note } }
    }
  }
}

mutation Propose($candidateId: ID!, $opportunityId: ID!) {
  proposePlacement(input: { candidateId: $candidateId, opportunityId: $opportunityId, note: "Past bij de interesses" }) {
    placement { id stage }
    userErrors { code message field }
  }
}

mutation Move($placementId: ID!) {
  movePlacement(input: { id: $placementId, stage: INTRODUCED, note: "Kennismaking gepland" }) {
    placement { id stage opportunity { status } }
    userErrors { code message field }
  }
}`,
    variables: {
      candidateId: '<id from MyCandidates>',
      opportunityId: '<id of an open opportunity from the board>',
      placementId: '<id from Propose>',
    },
    headers: { Authorization: COACH_TOKEN },
  },
  {
    title: 'Post an opportunity and follow its placements (member of a business)',
    query: `mutation Post {
  postOpportunity(input: { kind: WORK_TRIAL, title: "Proefplaatsing werkplaats", hoursPerWeek: 24, targetGroups: [LABOUR_DISABILITY] }) {
    opportunity { id status municipality { name } }
    userErrors { code message field }
  }
}

query MyOpportunities($kvkNumber: String!) {
  businessByKvkNumber(kvkNumber: $kvkNumber) {
    name
    opportunities(first: 10) {
      nodes {
        title status places
        placements { stage stageSince candidateProfile { pseudonym targetGroup skills availability } }
      }
    }
  }
}`,
    variables: { kvkNumber: DEMO_MEMBER_KVK },
    headers: {
      Authorization: `Bearer <token from npm run -s token -- --role MEMBER --kvk ${DEMO_MEMBER_KVK}>`,
    },
  },
];
