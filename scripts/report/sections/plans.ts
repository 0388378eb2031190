import type {
  ReviewPlanFragment as Plan,
  ReviewPlansFiguresFragment as Figures,
} from '../__generated__/graphql';
import { ReviewPlansDocument } from '../__generated__/graphql';
import type { Lang } from '../i18n';
import type { Block, SectionDefinition } from '../review';
import { sentence } from './words';

const STATUS: Record<string, Record<Lang, string>> = {
  PLANNED: { nl: 'nog bezig', en: 'in progress' },
  DONE: { nl: 'gedaan', en: 'done' },
  PARTLY_DONE: { nl: 'deels gedaan', en: 'partly done' },
  NOT_DONE: { nl: 'niet gedaan', en: 'not done' },
};

const described = (plan: Plan) =>
  plan.description ? `${sentence(plan.title)} ${sentence(plan.description)}` : sentence(plan.title);

/**
 * The board's agenda: how the year's own agenda turned out, then the agenda for the year after ("Agenda
 * 2018" in the review of 2017), as the board's own review closes with it.
 */
export const plans: SectionDefinition<Figures> = {
  name: 'plans',
  title: { nl: 'Agenda', en: 'Agenda' },
  heading: (year, lang) => (lang === 'nl' ? `Agenda ${year + 1}` : `Agenda for ${year + 1}`),
  restricted: false,
  perMunicipality: false,

  async fetch(client, year, municipality) {
    // One agenda for the region, whichever municipality is asked for.
    void municipality;
    const data = await client.request(ReviewPlansDocument, { year });
    return data.annualReview.plans;
  },

  figures: (f) => [
    { figure: 'agenda', value: f.agenda.length },
    ...Object.keys(STATUS).map((status) => ({
      figure: `carriedOut.${status}`,
      value: f.carriedOut.filter((p) => p.status === status).length,
    })),
  ],

  render(data, { year, lang, complete, periodEndText }) {
    const { current: c } = data.region;
    const nl = lang === 'nl';
    const blocks: Block[] = [];
    if (c.carriedOut.length > 0) {
      blocks.push({
        kind: 'paragraph',
        text: nl
          ? complete
            ? `Wat er terechtkwam van de agenda voor ${year}:`
            : `De agenda voor ${year}, zoals die er op ${periodEndText} voor staat:`
          : complete
            ? `What came of the agenda for ${year}:`
            : `The agenda for ${year} as it stands on ${periodEndText}:`,
      });
      blocks.push({
        kind: 'list',
        items: c.carriedOut.map(
          (plan) =>
            `${sentence(plan.title)} _${STATUS[plan.status]?.[lang] ?? plan.status}_` +
            (plan.result ? `: ${sentence(plan.result)}` : '.'),
        ),
      });
    }
    if (c.agenda.length === 0) {
      blocks.push({
        kind: 'paragraph',
        text: nl
          ? `Het bestuur heeft de agenda voor ${year + 1} nog niet vastgesteld.`
          : `The board has not set its agenda for ${year + 1} yet.`,
      });
      return blocks;
    }
    blocks.push({
      kind: 'paragraph',
      text: nl
        ? `Voor ${year + 1} staat op de agenda van het bestuur:`
        : `On the board’s agenda for ${year + 1}:`,
    });
    blocks.push({ kind: 'list', items: c.agenda.map(described) });
    return blocks;
  },
};
