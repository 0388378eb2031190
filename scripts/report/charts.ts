import * as echarts from 'echarts';

/**
 * Charts as SVG strings, rendered by Apache ECharts' server-side renderer (no browser, no DOM): data in,
 * SVG out. The functions know nothing of the API, so a section of a module this client has not seen
 * (social enterprise, politics) only has to map its figures onto them.
 */

/** A count the API suppressed (too small to publish): drawn as such, never as zero. */
export const SUPPRESSED = 'suppressed';

export interface Series {
  name: string;
  /** One value per category: `null` where there is none (a share of nothing), or `SUPPRESSED`. */
  values: (number | null | typeof SUPPRESSED)[];
}

export interface ChartLocale {
  /** BCP 47 tag for numbers and percentages, e.g. `nl-NL`. */
  locale: string;
  /** Under the title when a value is suppressed, e.g. "* onderdrukt: te klein aantal". */
  suppressedNote: string;
}

const WIDTH = 720;
const HEIGHT = 360;
// No quotes in it: ECharts writes it into a style attribute without escaping them.
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';
/** Regio Q4 green first; the rest tell series apart in grey print too. */
const PALETTE = ['#2f7d4f', '#9bc5a9', '#d98c2b', '#4a6fa5', '#b5523b', '#7a5c99', '#6b7b83'];
/** Drawn at the foot of a suppressed bar: the value is there, it is only not shown. */
export const SUPPRESSED_MARK = '*';

/**
 * Text widths as a browser draws them. Without a canvas, ECharts estimates widths from Arial's; the report's
 * readers see system-ui, often wider (DejaVu Sans on Linux), so centred titles spilled over both edges and
 * legend labels ran into each other. These widths (in em) are those of the wider fonts: layout errs on the
 * roomy side in every font.
 */
function emWidth(char: string): number {
  if (" ilI.,:;|!'`".includes(char)) return 0.32;
  if ('fjrt()[]-/'.includes(char)) return 0.42;
  if ('mwMW%@'.includes(char)) return 0.98;
  if (/[0-9]/.test(char)) return 0.64;
  if (/[A-Z]/.test(char)) return 0.74;
  return 0.62;
}

export function textWidth(text: string, fontSize = 12, bold = false): number {
  let em = 0;
  for (const char of text) em += emWidth(char);
  return em * fontSize * (bold ? 1.08 : 1);
}

echarts.setPlatformAPI({
  measureText(text: string, font?: string) {
    const size = /(\d+(?:\.\d+)?)px/.exec(font ?? '');
    return { width: textWidth(text ?? '', size ? Number(size[1]) : 12, /bold|[6-9]00/.test(font ?? '')) };
  },
});

/** Room above the plot for the title (wrapped to the chart's width) and the note under it. */
function titleHeight(text: string, subtext?: string): number {
  const lines = Math.max(1, Math.ceil(textWidth(text, TITLE_SIZE, true) / TITLE_WIDTH));
  return 16 + lines * 22 + (subtext ? 22 : 0);
}

/** Room below the plot for the legend, whose items wrap to more rows on a narrow chart. */
function legendHeight(names: string[]): number {
  if (names.length < 2) return 0;
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const item = 25 + 5 + textWidth(name) + LEGEND_GAP;
    if (used > 0 && used + item > WIDTH - 40) {
      rows += 1;
      used = 0;
    }
    used += item;
  }
  return rows * 24;
}

const TITLE_SIZE = 15;
const TITLE_WIDTH = WIDTH - 40;
const LEGEND_GAP = 18;

function render(option: echarts.EChartsOption, height = HEIGHT): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height });
  try {
    chart.setOption({
      animation: false,
      // Opaque: a chart on a dark page (or a viewer's dark mode) stays readable.
      backgroundColor: '#ffffff',
      color: PALETTE,
      textStyle: { fontFamily: FONT },
      aria: { enabled: true },
      ...option,
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function percent(locale: string, digits = 0) {
  const format = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: digits,
  });
  return (value: number) => format.format(value);
}

function count(locale: string) {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return (value: number) => format.format(value);
}

function title(text: string, subtext?: string): echarts.EChartsOption['title'] {
  return {
    text,
    subtext,
    left: 'center',
    // A long title wraps within the chart instead of running over both edges.
    textStyle: {
      fontSize: TITLE_SIZE,
      fontWeight: 600,
      color: '#1d2b24',
      width: TITLE_WIDTH,
      overflow: 'break',
      lineHeight: 22,
    },
    subtextStyle: { color: '#5b6660' },
  };
}

function legend(names: string[]): echarts.EChartsOption['legend'] {
  return { bottom: 4, left: 'center', width: WIDTH - 40, itemGap: LEGEND_GAP, show: names.length > 1 };
}

export interface BarChartSpec {
  title: string;
  categories: string[];
  series: Series[];
  /** Values are shares (0..1), shown as percentages. */
  percent?: boolean;
  stacked?: boolean;
  /** Bars run left to right (long category names, e.g. municipalities). */
  horizontal?: boolean;
  text: ChartLocale;
}

/**
 * Grouped or stacked bars. A suppressed value is an empty bar marked with `*` and explained under the title;
 * a missing one (`null`) is no bar at all.
 */
export function barChart(spec: BarChartSpec): string {
  const formatValue = spec.percent ? percent(spec.text.locale) : count(spec.text.locale);
  const anySuppressed = spec.series.some((s) => s.values.some((v) => v === SUPPRESSED));
  const valueAxis = {
    type: 'value' as const,
    max: spec.percent ? 1 : undefined,
    // Counts are whole: without this a small maximum gets ticks at 0.5 that print as duplicate 1s.
    minInterval: spec.percent ? undefined : 1,
    axisLabel: { formatter: formatValue },
    splitLine: { lineStyle: { color: '#e3e8e5' } },
  };
  const categoryAxis = { type: 'category' as const, data: spec.categories, axisTick: { show: false } };
  const subtext = anySuppressed ? spec.text.suppressedNote : undefined;
  const names = spec.series.map((s) => s.name);
  const top = titleHeight(spec.title, subtext);
  const bottom = 30 + legendHeight(names);
  const height = spec.horizontal
    ? Math.max(HEIGHT, top + bottom + spec.categories.length * spec.series.length * 22)
    : HEIGHT + top - 50;
  // Category names on the left of horizontal bars: as wide as the longest, within reason.
  const left = spec.horizontal
    ? Math.min(220, 20 + Math.max(60, ...spec.categories.map((c) => textWidth(c))))
    : 60;
  return render(
    {
      title: title(spec.title, subtext),
      legend: legend(names),
      grid: { left, right: 50, top, bottom },
      xAxis: spec.horizontal ? valueAxis : categoryAxis,
      yAxis: spec.horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
      series: spec.series.map((s) => ({
        type: 'bar' as const,
        name: s.name,
        stack: spec.stacked ? 'total' : undefined,
        barMaxWidth: 36,
        label: {
          show: !spec.stacked,
          position: spec.horizontal ? ('right' as const) : ('top' as const),
          // A zero draws no bar and needs no label: a column of 0s beside the bars reads as clutter.
          formatter: ({ value }: { value: unknown }) =>
            typeof value === 'number' && value !== 0 ? formatValue(value) : '',
          fontSize: 10,
        },
        data: s.values.map((value) =>
          value === SUPPRESSED
            ? {
                value: 0,
                label: {
                  show: true,
                  formatter: SUPPRESSED_MARK,
                  position: spec.horizontal ? ('right' as const) : ('top' as const),
                  fontSize: 14,
                },
              }
            : (value ?? '-'),
        ),
      })),
    },
    height,
  );
}

export interface BarLineChartSpec {
  title: string;
  categories: string[];
  /** Counts on the left axis. */
  bars: Series[];
  /** A share (0..1) on the right axis; `null` where there is nothing to divide. */
  line: Series;
  text: ChartLocale;
}

/** Counts as bars with a share as a line on a second axis, e.g. attendance per month and where it came from. */
export function barLineChart(spec: BarLineChartSpec): string {
  const formatShare = percent(spec.text.locale);
  const top = titleHeight(spec.title);
  const names = [...spec.bars.map((s) => s.name), spec.line.name];
  return render(
    {
      title: title(spec.title),
      legend: legend(names),
      grid: { left: 60, right: 60, top, bottom: 30 + legendHeight(names) },
      xAxis: { type: 'category', data: spec.categories, axisTick: { show: false } },
      yAxis: [
        {
          type: 'value',
          minInterval: 1,
          axisLabel: { formatter: count(spec.text.locale) },
          splitLine: { lineStyle: { color: '#e3e8e5' } },
        },
        { type: 'value', min: 0, max: 1, axisLabel: { formatter: formatShare }, splitLine: { show: false } },
      ],
      series: [
        ...spec.bars.map((s) => ({
          type: 'bar' as const,
          name: s.name,
          barMaxWidth: 28,
          data: s.values.map((v) => (typeof v === 'number' ? v : '-')),
        })),
        {
          type: 'line' as const,
          name: spec.line.name,
          yAxisIndex: 1,
          connectNulls: false,
          symbolSize: 6,
          data: spec.line.values.map((v) => (typeof v === 'number' ? v : '-')),
        },
      ],
    },
    HEIGHT + top - 50,
  );
}

// The four charts of the review, each over the generic ones above with the data its section has.

export interface ShareByMunicipality {
  /** Municipality names, in the order to show. */
  municipalities: string[];
  /** Per year (e.g. "2018", "2017"), a share 0..1 per municipality; null when nothing was awarded. */
  years: Series[];
}

/** Regional share of the awarded value per buying municipality, this year beside the last. */
export function regionalShareChart(title: string, data: ShareByMunicipality, text: ChartLocale): string {
  return barChart({
    title,
    categories: data.municipalities,
    series: data.years,
    percent: true,
    horizontal: true,
    text,
  });
}

export interface AttendanceByMonth {
  /** Month names, January first. */
  months: string[];
  /** E.g. confirmed and checked in, one value per month. */
  counts: Series[];
  /** The share of those from other municipalities, per month. */
  fromOtherMunicipalities: Series;
}

/** Event attendance per month with the share of attendees from another municipality than the venue's. */
export function attendanceChart(title: string, data: AttendanceByMonth, text: ChartLocale): string {
  return barLineChart({
    title,
    categories: data.months,
    bars: data.counts,
    line: data.fromOtherMunicipalities,
    text,
  });
}

export interface PlacementsByStage {
  /** Pipeline stages in order (proposed, introduced, trial, placed, completed, ended). */
  stages: string[];
  /** One series per target group; `SUPPRESSED` for a suppressed count. */
  targetGroups: Series[];
}

/** Placements by stage and target group; suppressed counts are shown as such, never as zero. */
export function placementsChart(title: string, data: PlacementsByStage, text: ChartLocale): string {
  return barChart({ title, categories: data.stages, series: data.targetGroups, text });
}

export interface CommitmentsFunnel {
  municipalities: string[];
  /** One series per stage (promised, in programme, in coalition agreement, implemented), per municipality. */
  stages: Series[];
}

/** The commitments funnel per municipality: each municipality's commitments at each stage, side by side. */
export function commitmentsFunnelChart(title: string, data: CommitmentsFunnel, text: ChartLocale): string {
  return barChart({ title, categories: data.municipalities, series: data.stages, horizontal: true, text });
}
