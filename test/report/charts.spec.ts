import type { DefaultTreeAdapterMap } from 'parse5';
import { parseFragment } from 'parse5';
import {
  attendanceChart,
  commitmentsFunnelChart,
  placementsChart,
  regionalShareChart,
  SUPPRESSED,
  SUPPRESSED_MARK,
} from '../../scripts/report/charts';

/**
 * The charts are functions from data to SVG, so a section of a module the client does not know yet only
 * maps its figures onto them. These hold what a reader relies on: every value drawn, suppressed counts
 * shown as suppressed (never as a zero), numbers in the reader's language.
 */

type Node = DefaultTreeAdapterMap['node'];
const text = { locale: 'nl-NL', suppressedNote: '* niet getoond: te klein aantal' };

/** The texts an SVG shows, in document order. */
function texts(svg: string): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node && node.tagName === 'text') {
      found.push(node.childNodes.map((c) => (c as DefaultTreeAdapterMap['textNode']).value ?? '').join(''));
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parseFragment(svg) as Node);
  return found;
}

/** The single root element of a chart: an SVG document and nothing else. */
function root(svg: string) {
  const nodes = (parseFragment(svg.trim()) as DefaultTreeAdapterMap['documentFragment']).childNodes;
  expect(nodes.map((n) => n.nodeName)).toEqual(['svg']);
  return nodes[0] as DefaultTreeAdapterMap['element'];
}

test('placements by stage and target group: a suppressed count is marked and explained, not drawn as 0', () => {
  const svg = placementsChart(
    'Plaatsingen per fase en doelgroep',
    {
      stages: ['voorgesteld', 'geplaatst'],
      targetGroups: [
        { name: 'scholieren', values: [12, SUPPRESSED] },
        { name: 'arbeidsbeperking', values: [SUPPRESSED, 7] },
      ],
    },
    text,
  );
  root(svg);
  const shown = texts(svg);
  expect(shown).toEqual(expect.arrayContaining(['Plaatsingen per fase en doelgroep', text.suppressedNote]));
  expect(shown.filter((t) => t === SUPPRESSED_MARK)).toHaveLength(2);
  expect(shown).toEqual(expect.arrayContaining(['12', '7', 'scholieren', 'arbeidsbeperking']));
  // The only 0 is the axis's: no bar claims a suppressed count is zero.
  expect(shown.filter((t) => t === '0')).toHaveLength(1);
});

test('without suppressed counts there is no mark and no note', () => {
  const svg = placementsChart('P', { stages: ['a'], targetGroups: [{ name: 'g', values: [3] }] }, text);
  expect(texts(svg)).not.toContain(SUPPRESSED_MARK);
  expect(texts(svg)).not.toContain(text.suppressedNote);
});

test('the commitments funnel: one bar per municipality and stage, labelled with its count', () => {
  const svg = commitmentsFunnelChart(
    'Toezeggingen per gemeente',
    {
      municipalities: ['Zeist', 'De Bilt'],
      stages: [
        { name: 'toegezegd', values: [9, 4] },
        { name: 'in programma', values: [6, 3] },
        { name: 'uitgevoerd', values: [1, 0] },
      ],
    },
    text,
  );
  const shown = texts(svg);
  expect(shown).toEqual(
    expect.arrayContaining(['Zeist', 'De Bilt', 'toegezegd', 'in programma', 'uitgevoerd']),
  );
  expect(shown).toEqual(expect.arrayContaining(['9', '4', '6', '3', '1', '0']));
});

test('shares are percentages in the reader’s language; a share of nothing is left out, not drawn as 0%', () => {
  const svg = regionalShareChart(
    'Regionaal aandeel',
    { municipalities: ['Zeist', 'Bunnik'], years: [{ name: '2018', values: [0.645, null] }] },
    text,
  );
  const shown = texts(svg);
  expect(shown).toContain('65%');
  expect(shown.filter((t) => t === '0%')).toHaveLength(1); // the axis, not a bar
  expect(root(svg).attrs).toEqual(expect.arrayContaining([{ name: 'viewBox', value: expect.any(String) }]));
});

test('attendance per month: counts on one axis, the share from elsewhere on a percentage axis', () => {
  const months = ['jan', 'feb', 'mrt'];
  const svg = attendanceChart(
    'Deelname',
    {
      months,
      counts: [{ name: 'Aanwezig', values: [0, 1200, 30] }],
      fromOtherMunicipalities: { name: 'Uit andere gemeente', values: [null, 0.4, 0.25] },
    },
    text,
  );
  const shown = texts(svg);
  expect(shown).toEqual(expect.arrayContaining([...months, 'Aanwezig', 'Uit andere gemeente', '100%']));
  // Dutch grouping on the count axis.
  expect(shown.some((t) => /^\d\.\d{3}$/.test(t))).toBe(true);
});

test('charts on one page do not share style classes (an inline SVG’s styles apply to the whole page)', () => {
  const data = { stages: ['a', 'b'], targetGroups: [{ name: 'g', values: [1, 2] }] };
  const classes = (svg: string) => new Set([...svg.matchAll(/class="([^"]+)"/g)].map((m) => m[1]));
  const first = classes(placementsChart('P', data, text));
  const second = classes(placementsChart('P', data, text));
  expect(first.size).toBeGreaterThan(0);
  expect([...first].filter((name) => second.has(name))).toEqual([]);
});

test('a count axis has whole numbers only, each once', () => {
  const svg = placementsChart(
    'P',
    { stages: ['a', 'b'], targetGroups: [{ name: 'g', values: [1, 2] }] },
    text,
  );
  const axis = texts(svg).filter((t) => /^\d+$/.test(t));
  // The ticks, then the two bar labels.
  expect(axis).toEqual(['0', '1', '2', '1', '2']);
});
