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
    textStyle: { fontSize: 15, fontWeight: 600, color: '#1d2b24' },
    subtextStyle: { color: '#5b6660' },
  };
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
  const height = spec.horizontal
    ? Math.max(HEIGHT, 120 + spec.categories.length * spec.series.length * 22)
    : HEIGHT;
  return render(
    {
      title: title(spec.title, anySuppressed ? spec.text.suppressedNote : undefined),
      legend: { bottom: 0, show: spec.series.length > 1 },
      grid: { left: spec.horizontal ? 150 : 60, right: 40, top: anySuppressed ? 70 : 50, bottom: 50 },
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
          formatter: ({ value }: { value: unknown }) => (typeof value === 'number' ? formatValue(value) : ''),
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
  return render({
    title: title(spec.title),
    legend: { bottom: 0 },
    grid: { left: 60, right: 60, top: 50, bottom: 50 },
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
  });
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
