import type { PlaygroundExample } from '../../kit';
import { lookup, Role } from '../../kit';

interface Listed {
  politicalOutreach: { nodes: { id: string; response: unknown }[] };
  municipality: { parties: { commitments: { id: string; stage: string; stageSince: string }[] }[] } | null;
}

/** Playground tabs: anyone's tracker of the five municipalities, and the board recording its outreach. */
export const politicsExamples: PlaygroundExample[] = [
  {
    title: 'Which promises made it into the coalition agreements (anyone)',
    query: `query Tracker {
  municipalities(inRegion: true) {
    name
    coalitionAgreement { title since parties { abbreviation } }
    aldermen { portfolio person { name } party { abbreviation } }
    politicalTracker {
      election { date }
      counts { stage count }
      withoutCommitment
      points {
        agendaPoint { position title theme }
        coveredByCoalitionAgreement
        counts { stage count }
        parties { party { abbreviation } stage }
      }
    }
  }
  politicsStats(year: 2018) { outreach partiesContacted commitmentsMade responses { sentiment responses } }
}`,
  },
  {
    title: 'The board’s outreach and responses, and moving a commitment on (admin)',
    query: `query Outreach {
  politicalOutreach(filter: { municipality: "GM0355" }, first: 20) {
    totalCount
    nodes {
      id contactedOn channel notes
      election { date }
      party { name abbreviation }
      boardMember { name email }
      response { sentiment summary respondedOn }
    }
  }
  municipality(cbsCode: "GM0355") {
    parties { abbreviation commitments { id stage stageSince agendaPoint { title } } }
  }
}

mutation Respond($outreachId: ID!) {
  recordPartyResponse(input: { outreachId: $outreachId, sentiment: POSITIVE, summary: "Neemt regionaal inkopen op", respondedOn: "2026-02-20" }) {
    partyResponse { id sentiment }
    userErrors { code message field }
  }
}

mutation Advance($commitmentId: ID!) {
  changeCommitmentStage(input: { id: $commitmentId, stage: IMPLEMENTED, on: "2026-11-01", evidence: { url: "https://www.example.nl/raadsbesluit" } }) {
    commitment { stage stageSince history { fromStage toStage changedOn evidenceUrl actorName } }
    userErrors { code message field }
  }
}`,
    variables: {
      outreachId: lookup(
        'Outreach',
        (data: Listed) => data.politicalOutreach.nodes.find((outreach) => !outreach.response)?.id,
        '<an outreach id without a response, from Outreach>',
      ),
      // One that can still become IMPLEMENTED on the day Advance gives.
      commitmentId: lookup(
        'Outreach',
        (data: Listed) =>
          data.municipality?.parties
            .flatMap((party) => party.commitments)
            .find((c) => !['IMPLEMENTED', 'DROPPED'].includes(c.stage) && c.stageSince <= '2026-11-01')?.id,
        '<a commitment id from Outreach>',
      ),
    },
    token: { roles: [Role.ADMIN] },
  },
];
