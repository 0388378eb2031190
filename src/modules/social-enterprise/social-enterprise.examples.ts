import type { PlaygroundExample } from '../../kit';
import { lookup, Role } from '../../kit';
import { DEMO_MEMBER_KVK } from '../core';

interface Project {
  id: string;
  status?: string;
  municipality?: { name: string } | null;
  procurementRequest?: { id: string } | null;
  interests?: { business?: { id: string } }[] | null;
}

const answeredProject = (data: { opportunities: { nodes: Project[] } }) =>
  data.opportunities.nodes.find(
    (project) => !project.procurementRequest && (project.interests ?? []).length > 0,
  );

interface Listed {
  candidates: {
    nodes: { id: string; placements: { id: string; stage: string; opportunity: { id: string } }[] }[];
  };
  opportunities: { nodes: { id: string }[] };
}

/** The first candidate and open opportunity that are not paired yet (Propose refuses a pair twice). */
const freePair = (data: Listed) =>
  data.candidates.nodes
    .flatMap((candidate) =>
      data.opportunities.nodes
        .filter((opportunity) => !candidate.placements.some((p) => p.opportunity.id === opportunity.id))
        .map((opportunity) => ({ candidateId: candidate.id, opportunityId: opportunity.id })),
    )
    .at(0);

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
      placements { id stage stageSince opportunity { id title business { name } } transitions { from to at note } }
    }
  }
  opportunities(first: 20) { nodes { id title places } }
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
      candidateId: lookup(
        'MyCandidates',
        (data: Listed) => freePair(data)?.candidateId,
        '<id from MyCandidates>',
      ),
      opportunityId: lookup(
        'MyCandidates',
        (data: Listed) => freePair(data)?.opportunityId,
        '<id of an open opportunity from MyCandidates>',
      ),
      // A placement that is PROPOSED now (Propose makes another one).
      placementId: lookup(
        'MyCandidates',
        (data: Listed) =>
          data.candidates.nodes
            .flatMap((candidate) => candidate.placements)
            .find((placement) => placement.stage === 'PROPOSED')?.id,
        '<id from Propose>',
      ),
    },
    token: { roles: [Role.COACH], sub: 'demo-coach', name: 'Coach Demo' },
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
    token: { roles: [Role.MEMBER], kvk: DEMO_MEMBER_KVK },
  },
  {
    title: 'Answer a municipal project (member of a local firm with a supplier profile)',
    query: `query OpenProjects {
  opportunities(first: 10, filter: { kinds: [PROJECT] }) {
    nodes { id title description status closingDate posterKind municipality { name } interests { note createdAt } }
  }
}

mutation Answer($opportunityId: ID!) {
  expressProjectInterest(input: { opportunityId: $opportunityId, note: "Wij komen graag kijken en maken een offerte." }) {
    interest { note createdAt business { name } }
    userErrors { code message field }
  }
}`,
    variables: {
      opportunityId: lookup(
        'OpenProjects',
        (data: { opportunities: { nodes: Project[] } }) =>
          data.opportunities.nodes.find((project) => project.status === 'OPEN' && project.municipality)?.id,
        '<id of an OPEN project from OpenProjects>',
      ),
    },
    token: { roles: [Role.MEMBER], kvk: DEMO_MEMBER_KVK },
  },
  {
    title: 'See the firms that answered your project and take them into the request (civil servant)',
    query: `query ProjectAnswers {
  opportunities(first: 10, filter: { kinds: [PROJECT], municipality: "GM0352" }) {
    nodes { id title procurementRequest { id status } interests { note takenIntoRequestAt business { id name kvkNumber } } }
  }
}

mutation ToRequest($opportunityId: ID!) {
  convertProjectToProcurementRequest(input: { opportunityId: $opportunityId, cpvCode: "45442100", estimatedValue: 1800000, deadline: "2030-01-31T12:00:00Z" }) {
    procurementRequestId
    userErrors { code message field }
  }
}

mutation TakeIn($opportunityId: ID!, $businessIds: [ID!]!) {
  takeInterestedFirmsIntoRequest(input: { opportunityId: $opportunityId, businessIds: $businessIds, reason: "Reageerde op het project op het kansenbord" }) {
    opportunity { procurementRequest { id } interests { takenIntoRequestAt business { name } } }
    userErrors { code message field }
  }
}`,
    // The first project that firms answered and that is no procurement request yet, and the firms that answered.
    variables: {
      opportunityId: lookup(
        'ProjectAnswers',
        (data: { opportunities: { nodes: Project[] } }) => answeredProject(data)?.id,
        '<id of an answered project from ProjectAnswers>',
      ),
      businessIds: lookup(
        'ProjectAnswers',
        (data: { opportunities: { nodes: Project[] } }) =>
          answeredProject(data)?.interests?.map((interest) => interest.business!.id),
        ['<business ids of its answers, from ProjectAnswers>'],
      ),
    },
    token: { roles: [Role.CIVIL_SERVANT], municipality: 'GM0352' },
  },
];
