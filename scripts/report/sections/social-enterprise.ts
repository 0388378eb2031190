import type {
  ReviewCountFragment as Count,
  ReviewParticipationFragment as Participation,
  ReviewSocialEnterpriseFiguresFragment as Stats,
} from '../__generated__/graphql';
import { ReviewSocialEnterpriseDocument } from '../__generated__/graphql';
import { barChart, SUPPRESSED } from '../charts';
import type { Formatter, Lang } from '../i18n';
import { periodEndOf } from '../i18n';
import type { Block, SectionDefinition } from '../review';
import { chartLocale, listed, versus } from './words';

/** The board's figures of a year, with where each municipality stood on the model at its end. */
export type Figures = Stats & { participation: Participation[] };

/** A clause per status, with the municipalities' names and how many they are (the verb's number). */
const PARTICIPATION: Record<string, Record<Lang, (names: string, count: number) => string>> = {
  ADOPTED: {
    nl: (n, k) => `${n} ${k === 1 ? 'werkte' : 'werkten'} met het model van Werk bij Duurstede`,
    en: (n) => `${n} ran the Werk bij Duurstede model`,
  },
  IN_TALKS: {
    nl: (n, k) => `in overleg ${k === 1 ? 'was' : 'waren'} ${n}`,
    en: (n, k) => `${n} ${k === 1 ? 'was' : 'were'} in talks`,
  },
  DECLINED: {
    nl: (n, k) => `${n} ${k === 1 ? 'zag' : 'zagen'} ervan af`,
    en: (n) => `${n} decided against it`,
  },
};

/**
 * Who stood where at the end of the period: "Eind 2017 werkten met het model: Wijk bij Duurstede; in overleg:
 * Bunnik, De Bilt, ... en, buiten de regio, Amersfoort en Houten." Municipalities outside the region are named
 * apart, as the board's own review does ("ook buiten onze regio").
 */
function participationText(participation: Participation[], lang: Lang, when: string): string | null {
  const nl = lang === 'nl';
  const parts: string[] = [];
  for (const status of Object.keys(PARTICIPATION)) {
    const rows = participation.filter((p) => p.status === status);
    if (rows.length === 0) continue;
    const names = (inRegion: boolean) =>
      rows
        .filter((p) => p.municipality.inRegion === inRegion)
        .map((p) => p.municipality.name)
        .sort((a, b) => a.localeCompare(b, 'nl'));
    const inside = names(true);
    const outside = names(false);
    const text =
      inside.length > 0 && outside.length > 0
        ? nl
          ? `${listed(lang, inside)} en, ook buiten onze regio, ${listed(lang, outside)}`
          : `${listed(lang, inside)} and, outside our region too, ${listed(lang, outside)}`
        : inside.length > 0
          ? listed(lang, inside)
          : `${nl ? 'buiten onze regio' : 'outside our region'} ${listed(lang, outside)}`;
    parts.push(PARTICIPATION[status][lang](text, rows.length));
  }
  if (parts.length === 0) return null;
  return `${when}: ${parts.join('; ')}.`;
}

const STAGES: Record<string, Record<Lang, string>> = {
  PROPOSED: { nl: 'voorgesteld', en: 'proposed' },
  INTRODUCED: { nl: 'kennismaking', en: 'introduced' },
  TRIAL: { nl: 'proefperiode', en: 'trial' },
  PLACED: { nl: 'geplaatst', en: 'placed' },
  COMPLETED: { nl: 'afgerond', en: 'completed' },
  ENDED: { nl: 'voortijdig gestopt', en: 'ended early' },
  DECLINED: { nl: 'afgewezen', en: 'declined' },
};

const TARGET_GROUPS: Record<string, Record<Lang, string>> = {
  ASPIRING_EMPLOYEE: { nl: 'werkzoekenden', en: 'job seekers' },
  PUPIL: { nl: 'scholieren', en: 'pupils' },
  INTERN: { nl: 'stagiairs', en: 'interns' },
  LABOUR_DISABILITY: { nl: 'met arbeidsbeperking', en: 'with a labour disability' },
};

/**
 * A count as the text reads it. The API withholds a total only when it is below 5, so a suppressed total
 * reads "fewer than 5"; a suppressed part of a breakdown may be larger (withheld so the others cannot be
 * subtracted) and is marked `*` in tables and charts.
 */
function total(format: Formatter, count: Count): string {
  if (count.suppressed || count.value === null) return format.lang === 'nl' ? 'minder dan 5' : 'fewer than 5';
  return format.count(count.value);
}

const part = (format: Formatter, count: Count) =>
  count.suppressed || count.value === null ? '*' : format.count(count.value);

const chartValue = (count: Count) => (count.suppressed || count.value === null ? SUPPRESSED : count.value);

/** Every count of a year: the totals and each breakdown. */
const counts = (figures: Figures): Count[] => [
  figures.opportunities,
  figures.placements,
  ...figures.opportunitiesByKind.map((k) => k.count),
  ...figures.placementsByStage.map((s) => s.count),
  ...figures.placementsByTargetGroup.map((g) => g.count),
];

/** Anything to tell: a count above zero, or one withheld (which may be zero: the API withholds 0 to 4). */
const any = (figures: Figures) =>
  [figures.opportunities, figures.placements].some((c) => c.suppressed || (c.value ?? 0) > 0);

/**
 * The opportunity board: opportunities posted and placements of candidates, with the module's suppression
 * as the key sees it (counts below 5 withheld, shown as such and never as zero). Region-wide: per
 * municipality nearly every count would be withheld.
 */
export const socialEnterprise: SectionDefinition<Figures> = {
  name: 'socialEnterprise',
  title: { nl: 'Sociaal ondernemen', en: 'Social enterprise' },
  restricted: false,
  perMunicipality: false,

  async fetch(client, year, municipality) {
    const data = await client.request(ReviewSocialEnterpriseDocument, {
      year,
      municipality,
      end: periodEndOf(year),
      previousEnd: `${year - 1}-12-31`,
    });
    const { current, previous } = data.annualReview.socialEnterprise;
    return {
      current: { ...current, participation: data.current },
      previous: { ...previous, participation: data.previous },
    };
  },

  figures: (f) => [
    { figure: 'opportunities', value: f.opportunities.value },
    ...f.opportunitiesByKind.map((k) => ({ figure: `opportunitiesByKind.${k.kind}`, value: k.count.value })),
    { figure: 'placements', value: f.placements.value },
    ...f.placementsByStage.map((s) => ({ figure: `placementsByStage.${s.stage}`, value: s.count.value })),
    ...f.placementsByTargetGroup.map((g) => ({
      figure: `placementsByTargetGroup.${g.targetGroup}`,
      value: g.count.value,
    })),
    { figure: 'fillRate', value: f.fillRate },
    { figure: 'medianDaysToPlacement', value: f.medianDaysToPlacement },
    ...Object.keys(PARTICIPATION).map((status) => ({
      figure: `participation.${status}`,
      value: f.participation.filter((p) => p.status === status).length,
    })),
  ],

  render(data, { year, lang, format, complete, periodEndText }) {
    const { current: c, previous: p } = data.region;
    const nl = lang === 'nl';
    const blocks: Block[] = [];
    const standing = participationText(
      c.participation,
      lang,
      complete
        ? nl
          ? `Eind ${year}`
          : `At the end of ${year}`
        : nl
          ? `Op ${periodEndText}`
          : `On ${periodEndText}`,
    );
    if (standing !== null) blocks.push({ kind: 'paragraph', text: standing });
    if (!any(c) && !any(p)) {
      blocks.push({
        kind: 'paragraph',
        text: nl
          ? `Op het kansenbord stonden in ${year} en ${year - 1} geen kansen en geen plaatsingen.`
          : `The opportunity board had no opportunities and no placements in ${year} or ${year - 1}.`,
      });
      return blocks;
    }
    // Every count of the year withheld: one sentence, not a table of `*` and a chart without bars.
    if (counts(c).every((count) => count.suppressed)) {
      blocks.push({
        kind: 'paragraph',
        text: nl
          ? `De aantallen van het kansenbord over ${year} worden niet gepubliceerd: elk aantal is kleiner dan 5 ` +
            `of af te leiden uit de andere (privacy van kandidaten).`
          : `The opportunity board’s counts for ${year} are not published: each is below 5 or derivable from ` +
            `the others (candidates’ privacy).`,
      });
      return blocks;
    }
    // The change against last year only where both counts are published.
    const change = (a: Count, b: Count) =>
      a.value !== null && b.value !== null
        ? ` ${versus(format, year, a.value, b.value)}`
        : ` (${year - 1}: ${total(format, b)})`;
    let text = nl
      ? `Op het kansenbord kwamen in ${year} **${total(format, c.opportunities)}** kansen ` +
        `(vacatures, stages, projecten) te staan${change(c.opportunities, p.opportunities)}, en coaches stelden ` +
        `**${total(format, c.placements)}** kandidaten voor${change(c.placements, p.placements)}.`
      : `In ${year} the opportunity board received **${total(format, c.opportunities)}** opportunities ` +
        `(jobs, internships, projects)${change(c.opportunities, p.opportunities)}, and coaches proposed ` +
        `**${total(format, c.placements)}** candidates${change(c.placements, p.placements)}.`;
    if (c.fillRate !== null) {
      text += nl
        ? ` Van de plaatsen is ${format.share(c.fillRate)} vervuld (${year - 1}: ${format.share(p.fillRate)}).`
        : ` ${format.share(c.fillRate)} of the places were filled (${year - 1}: ${format.share(p.fillRate)}).`;
    }
    if (c.medianDaysToPlacement !== null) {
      const days = format.count(Math.round(c.medianDaysToPlacement));
      text += nl
        ? ` Van voorstel tot plaatsing duurde het doorgaans ${days} dagen (mediaan).`
        : ` From proposal to placement took ${days} days (median).`;
    }
    blocks.push({ kind: 'paragraph', text });

    // Fewer than 5 placements in both years (the total withheld, or 0) leave nothing to break down.
    if ((c.placements.value ?? 0) === 0 && (p.placements.value ?? 0) === 0) return blocks;
    const breakdown = [...c.placementsByStage, ...c.placementsByTargetGroup].map((x) => x.count);
    if (breakdown.every((count) => count.suppressed)) {
      blocks.push({
        kind: 'paragraph',
        text: nl
          ? `Hoe de plaatsingen van ${year} over fasen en doelgroepen verdeeld waren, wordt niet gepubliceerd: ` +
            `elk van die aantallen is kleiner dan 5 of af te leiden uit de andere (privacy van kandidaten).`
          : `How ${year}’s placements were spread over stages and target groups is not published: each of ` +
            `those counts is below 5 or derivable from the others (candidates’ privacy).`,
      });
      return blocks;
    }

    const rows = [
      ...c.placementsByStage.map((s, i) => [
        `${nl ? 'fase' : 'stage'}: ${STAGES[s.stage]?.[lang] ?? s.stage}`,
        part(format, s.count),
        part(format, p.placementsByStage[i].count),
      ]),
      ...c.placementsByTargetGroup.map((g, i) => [
        `${nl ? 'doelgroep' : 'target group'}: ${TARGET_GROUPS[g.targetGroup]?.[lang] ?? g.targetGroup}`,
        part(format, g.count),
        part(format, p.placementsByTargetGroup[i].count),
      ]),
    ];
    blocks.push({
      kind: 'table',
      head: [nl ? 'Plaatsingen' : 'Placements', String(year), String(year - 1)],
      align: ['left', 'right', 'right'],
      rows,
    });
    const suppressed = [...c.placementsByStage, ...c.placementsByTargetGroup].some((x) => x.count.suppressed);
    if (suppressed) {
      blocks.push({
        kind: 'paragraph',
        text: nl
          ? '\\* Niet gepubliceerd: minder dan 5, of af te leiden uit de andere getallen (privacy van kandidaten).'
          : '\\* Not published: fewer than 5, or derivable from the other counts (candidates’ privacy).',
      });
    }

    // The API gives stages and target groups as two breakdowns (each suppressed on its own), not a
    // cross-table: one chart with both, this year beside the last.
    const title = nl ? 'Plaatsingen per fase en per doelgroep' : 'Placements by stage and by target group';
    const categories = [
      ...c.placementsByStage.map((s) => STAGES[s.stage]?.[lang] ?? s.stage),
      ...c.placementsByTargetGroup.map((g) => TARGET_GROUPS[g.targetGroup]?.[lang] ?? g.targetGroup),
    ];
    const values = (f: Figures) => [
      ...f.placementsByStage.map((s) => chartValue(s.count)),
      ...f.placementsByTargetGroup.map((g) => chartValue(g.count)),
    ];
    blocks.push({
      kind: 'chart',
      name: 'placements',
      title,
      svg: barChart({
        title,
        categories,
        series: [
          { name: String(year), values: values(c) },
          { name: String(year - 1), values: values(p) },
        ],
        horizontal: true,
        text: chartLocale(format),
      }),
    });
    return blocks;
  },
};
