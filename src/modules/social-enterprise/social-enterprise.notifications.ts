import type { NotificationRenderContext } from '../../kit';
import { addressesOfSubjects, defineNotification, toGlobalId } from '../../kit';
import { Candidate } from './candidate.entity';
import { employerOf, employerPseudonym } from './candidate.service';
import { Opportunity } from './opportunity.entity';
import { PlacementStage } from './placement.enum';

// Mails of the social-enterprise board. Coaches and posters are signed-in people without a stored address
// in this module; they are reached through the address book of token subjects (tokens carry no address).
// A mail never names a candidate: the coach sees the coaches' pseudonym, the poster the employer's own one.

const STAGE_NAMES: Record<PlacementStage, string> = {
  [PlacementStage.PROPOSED]: 'voorgesteld',
  [PlacementStage.INTRODUCED]: 'kennismaking',
  [PlacementStage.TRIAL]: 'proefplaatsing',
  [PlacementStage.PLACED]: 'geplaatst',
  [PlacementStage.COMPLETED]: 'afgerond',
  [PlacementStage.ENDED]: 'voortijdig beëindigd',
  [PlacementStage.DECLINED]: 'afgewezen',
};

async function placementOf(render: NotificationRenderContext, placementId: string) {
  const [row] = (await render.ctx.em.query(
    'SELECT id, candidate_id, opportunity_id, stage FROM placement WHERE id = $1',
    [placementId],
  )) as { id: string; candidate_id: string; opportunity_id: string; stage: PlacementStage }[];
  if (!row) return null;
  const candidate = await render.ctx.em.findOneBy(Candidate, { id: row.candidate_id });
  const opportunity = await render.ctx.em.findOneBy(Opportunity, { id: row.opportunity_id });
  if (!candidate || !opportunity || candidate.erasedAt) return null;
  return { placement: row, candidate, opportunity };
}

/** To the candidate's coach, when someone else moved a placement of their candidate. */
export const placementMoved = defineNotification<{
  placementId: string;
  from: PlacementStage;
  to: PlacementStage;
  actorSubject: string | null;
}>({
  name: 'socialEnterprise.placementMoved',
  description: "A placement moved by someone other than the candidate's coach (to the coach).",
  async mails(render, { placementId, from, to, actorSubject }) {
    const found = await placementOf(render, placementId);
    if (!found) return [];
    const { candidate, opportunity } = found;
    const coach = candidate.coachSubject;
    if (!coach || coach === actorSubject) return [];
    const address = (await addressesOfSubjects(render.ctx, [coach])).get(coach);
    if (!address) return [];
    return [
      {
        to: address,
        name: candidate.coachName,
        subject: `Plaatsing van ${candidate.pseudonym}: ${STAGE_NAMES[to]}`,
        paragraphs: [
          `De plaatsing van uw kandidaat ${candidate.pseudonym} bij „${opportunity.title}” is gewijzigd van „${STAGE_NAMES[from]}” naar „${STAGE_NAMES[to]}”.`,
          'Dit is gedaan door iemand anders dan u, bijvoorbeeld de werkgever. Bekijk de plaatsing voor de toelichting.',
        ],
        action: {
          label: 'Bekijk de kandidaat',
          url: render.frontendUrl(`/sociaal-ondernemen/kandidaten/${toGlobalId('Candidate', candidate.id)}`),
        },
        reason: `U ontvangt deze e-mail omdat u de coach bent van kandidaat ${candidate.pseudonym}.`,
      },
    ];
  },
});

/** To whoever posted the opportunity: a coach proposed a candidate (under the employer's own pseudonym). */
export const candidateProposed = defineNotification<{ placementId: string }>({
  name: 'socialEnterprise.candidateProposed',
  description: 'A candidate was proposed for an opportunity (to its poster; pseudonym only).',
  async mails(render, { placementId }) {
    const found = await placementOf(render, placementId);
    if (!found || found.placement.stage !== PlacementStage.PROPOSED) return [];
    const { candidate, opportunity } = found;
    const poster = opportunity.createdBySubject;
    const address = poster ? (await addressesOfSubjects(render.ctx, [poster])).get(poster) : undefined;
    if (!address) return [];
    const pseudonym = employerPseudonym(candidate, employerOf(opportunity));
    return [
      {
        to: address,
        name: opportunity.createdByName,
        subject: `Kandidaat voorgesteld: ${opportunity.title}`,
        paragraphs: [
          `Een jobcoach heeft kandidaat ${pseudonym} voorgesteld voor uw plaats „${opportunity.title}”.`,
          'Het profiel toont vaardigheden en beschikbaarheid, geen naam of contactgegevens; de coach regelt de kennismaking.',
        ],
        action: {
          label: 'Bekijk de voorgestelde kandidaten',
          url: render.frontendUrl(
            `/sociaal-ondernemen/plaatsen/${toGlobalId('Opportunity', opportunity.id)}`,
          ),
        },
        reason: `U ontvangt deze e-mail omdat u de plaats „${opportunity.title}” hebt aangeboden op Regio Q4.`,
      },
    ];
  },
});

export const socialEnterpriseNotifications = [placementMoved, candidateProposed];
