import type {
  ReviewPoliticsFiguresFragment,
  ReviewPoliticsStagesFragment as Stages,
} from '../__generated__/graphql';
import { ReviewPoliticsDocument } from '../__generated__/graphql';
import { commitmentsFunnelChart } from '../charts';
import type { Lang } from '../i18n';
import type { Block, SectionDefinition } from '../review';
import { chartLocale, counted, versus } from './words';

/** The region's figures of a year, with each municipality's commitments per stage beside them. */
export type Figures = ReviewPoliticsFiguresFragment & {
  /** By CBS code, in the API's order of the region's municipalities. */
  municipalities: { code: string; stages: Stages }[];
};

/** The funnel's stages in order; DROPPED is the way out of it, shown in the table only. */
const FUNNEL = ['PROMISED', 'IN_PARTY_PROGRAMME', 'IN_COALITION_AGREEMENT', 'IMPLEMENTED'] as const;

const STAGES: Record<string, Record<Lang, string>> = {
  PROMISED: { nl: 'toegezegd', en: 'promised' },
  IN_PARTY_PROGRAMME: { nl: 'in verkiezingsprogramma', en: 'in election programme' },
  IN_COALITION_AGREEMENT: { nl: 'in coalitieakkoord', en: 'in coalition agreement' },
  IMPLEMENTED: { nl: 'uitgevoerd', en: 'implemented' },
  DROPPED: { nl: 'losgelaten', en: 'dropped' },
};

const SENTIMENTS: Record<string, Record<Lang, string>> = {
  ENTHUSIASTIC: { nl: 'enthousiast', en: 'enthusiastic' },
  POSITIVE: { nl: 'positief', en: 'positive' },
  NEUTRAL: { nl: 'neutraal', en: 'neutral' },
  NEGATIVE: { nl: 'negatief', en: 'negative' },
  NO_RESPONSE: { nl: 'geen reactie', en: 'no response' },
};

/** Short column heads for the table, so six columns fit the page; the chart's legend has the long names. */
const COLUMNS: Record<string, Record<Lang, string>> = {
  PROMISED: { nl: 'toegezegd', en: 'promised' },
  IN_PARTY_PROGRAMME: { nl: 'programma', en: 'programme' },
  IN_COALITION_AGREEMENT: { nl: 'akkoord', en: 'agreement' },
  IMPLEMENTED: { nl: 'uitgevoerd', en: 'done' },
  DROPPED: { nl: 'losgelaten', en: 'dropped' },
};

const reached = (stages: Stages, stage: string) =>
  stages.stagesReached.find((s) => s.stage === stage)?.count ?? 0;

/**
 * Politics: the association's contacts with the parties and how far their promises got. The funnel per
 * municipality comes in the same request as the region's figures (`Municipality.politicsStats` of each
 * municipality, for both years), not one request per municipality.
 */
export const politics: SectionDefinition<Figures> = {
  name: 'politics',
  title: { nl: 'Politieke belangenbehartiging', en: 'Political advocacy' },
  restricted: false,
  perMunicipality: false,

  async fetch(client, year, municipality) {
    const data = await client.request(ReviewPoliticsDocument, { year, previousYear: year - 1, municipality });
    const { current, previous } = data.annualReview.politics;
    const of = (which: 'current' | 'previous') =>
      data.municipalities.map((m) => ({ code: m.cbsCode, stages: m[which] }));
    return {
      current: { ...current, municipalities: of('current') },
      previous: { ...previous, municipalities: of('previous') },
    };
  },

  figures: (f) => [
    { figure: 'outreach', value: f.outreach },
    { figure: 'partiesContacted', value: f.partiesContacted },
    ...f.responses.map((r) => ({ figure: `responses.${r.sentiment}`, value: r.responses })),
    { figure: 'commitmentsMade', value: f.commitmentsMade },
    ...f.stagesReached.map((s) => ({ figure: `stagesReached.${s.stage}`, value: s.count })),
    { figure: 'coalitionAgreementsSigned', value: f.coalitionAgreementsSigned },
    { figure: 'agendaPointsCovered', value: f.agendaPointsCovered },
    ...f.municipalities.flatMap((m) => [
      { figure: 'commitmentsMade', value: m.stages.commitmentsMade, municipality: m.code },
      ...m.stages.stagesReached.map((s) => ({
        figure: `stagesReached.${s.stage}`,
        value: s.count,
        municipality: m.code,
      })),
    ]),
  ],

  render(data, { year, lang, format, nameOf }) {
    const { current: c, previous: p } = data.region;
    const nl = lang === 'nl';
    const blocks: Block[] = [];
    let text = nl
      ? `Regio Q4 had in ${year} ${counted(format, c.outreach, 'contact', 'contacten')} met politieke partijen ` +
        `${versus(format, year, c.outreach, p.outreach)}, met ${counted(format, c.partiesContacted, 'partij', 'verschillende partijen')}. ` +
        `Partijen deden ${counted(format, c.commitmentsMade, 'toezegging', 'toezeggingen')} ` +
        `${versus(format, year, c.commitmentsMade, p.commitmentsMade)}.`
      : `In ${year} Regio Q4 had ${counted(format, c.outreach, 'contact', 'contacts')} with political parties ` +
        `${versus(format, year, c.outreach, p.outreach)}, with ${counted(format, c.partiesContacted, 'party', 'different parties')}. ` +
        `Parties made ${counted(format, c.commitmentsMade, 'commitment', 'commitments')} ` +
        `${versus(format, year, c.commitmentsMade, p.commitmentsMade)}.`;
    if (c.coalitionAgreementsSigned > 0) {
      text += nl
        ? ` Er werden ${counted(format, c.coalitionAgreementsSigned, 'coalitieakkoord', 'coalitieakkoorden')} getekend, ` +
          `met samen ${counted(format, c.agendaPointsCovered, 'punt', 'punten')} van de agenda van de ondernemers.`
        : ` ${counted(format, c.coalitionAgreementsSigned, 'coalition agreement was', 'coalition agreements were')} ` +
          `signed, covering ${counted(format, c.agendaPointsCovered, 'point', 'points')} of the business agenda.`;
    }
    blocks.push({ kind: 'paragraph', text });
    const answered = c.responses.filter((r) => r.responses > 0);
    if (answered.length > 0) {
      const parts = answered.map(
        (r) => `${SENTIMENTS[r.sentiment]?.[lang] ?? r.sentiment} ${format.count(r.responses)}`,
      );
      blocks.push({
        kind: 'paragraph',
        text: `${nl ? 'Reacties van partijen' : 'Responses from parties'}: ${parts.join(', ')}.`,
      });
    }

    const stages = [...FUNNEL, 'DROPPED'];
    const steps = (f: Figures) =>
      f.municipalities.some((m) => m.stages.stagesReached.some((s) => s.count > 0));
    if (!steps(c) && !steps(p)) return blocks;
    blocks.push({
      kind: 'paragraph',
      text: nl
        ? `Hoe ver toezeggingen in ${year} kwamen, per gemeente: de stappen van dat jaar, per bereikte fase ` +
          `(programma: in het verkiezingsprogramma; akkoord: in het coalitieakkoord).`
        : `How far commitments got in ${year}, per municipality: the steps taken that year, per stage reached ` +
          `(programme: in the election programme; agreement: in the coalition agreement).`,
    });
    blocks.push({
      kind: 'table',
      head: [nl ? 'Gemeente' : 'Municipality', ...stages.map((s) => COLUMNS[s][lang])],
      align: ['left', ...stages.map(() => 'right' as const)],
      rows: c.municipalities.map((m) => [
        nameOf(m.code),
        ...stages.map((s) => format.count(reached(m.stages, s))),
      ]),
    });
    if (steps(c)) {
      const title = nl
        ? `Toezeggingen per gemeente in ${year}: hoe ver ze kwamen`
        : `Commitments per municipality in ${year}: how far they got`;
      blocks.push({
        kind: 'chart',
        name: 'commitments-funnel',
        title,
        svg: commitmentsFunnelChart(
          title,
          {
            municipalities: c.municipalities.map((m) => nameOf(m.code)),
            stages: FUNNEL.map((stage) => ({
              name: STAGES[stage][lang],
              values: c.municipalities.map((m) => reached(m.stages, stage)),
            })),
          },
          chartLocale(format),
        ),
      });
    }
    return blocks;
  },
};
