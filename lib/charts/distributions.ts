/**
 * Box and strip plots of per-project ratios, one row per ratio, with the
 * projects beyond Tukey's fences named.
 *
 * @module
 */
import type pl from "nodejs-polars";
import type { TopLevelSpec } from "vega-lite";
import { type DistributionOptions, ratioDistributions, SHARE_METRICS } from "../analysis/distributions.ts";
import { ANALYSIS_TEXT } from "../i18n/analysis.ts";
import { ANALYSIS_COLUMN_NAMES } from "../i18n/analysis_columns.ts";
import { ANALYSIS_NAMES } from "../i18n/analysis_names.ts";
import { formatInteger } from "../i18n/format.ts";
import { formatMetric, metricFormat, metricKind, powersOfTen } from "./_metrics.ts";
import { chartSpec } from "./spec.ts";
import { axisExtent, chartWidth, measure, nameWidth } from "./layout.ts";
import { shortenText } from "./text_width.ts";
import { oncePer } from "../parse/once.ts";
import { type ChartOptions, FONT_SIZES, PALETTE, withDefaults } from "./theme.ts";

/** Options of {@linkcode ratioDistributionChart}. */
export interface DistributionChartOptions extends ChartOptions, DistributionOptions {
  /**
   * Most outliers named per ratio (the farthest from the median); the rest are drawn, counted and listed in the table.
   * @default {6}
   */
  maxLabels?: number;
  /**
   * Most points drawn per ratio: the named outliers, then the other outliers
   * farthest out, then an even sample of the rest by value (the box and the
   * whiskers always rest on every project); the subtitle says when points were left out.
   * @default {300}
   */
  maxPoints?: number;
}

const MAX_POINTS = 300;

/**
 * The points a chart draws, at most `max` per ratio: the named ones, the
 * outliers, then every k-th of the rest in order of value, so the strip keeps
 * its shape and the page its size at any corpus size.
 */
function drawnPoints<P extends { metric: string; value: number; outlier: unknown }>(
  points: readonly P[],
  named: ReadonlySet<P>,
  max: number,
): P[] {
  const byMetric = Map.groupBy(points, (p) => p.metric);
  const kept = new Set<P>();
  for (const row of byMetric.values()) {
    if (row.length <= max) {
      row.forEach((p) => kept.add(p));
      continue;
    }
    const outliers = row.filter((p) => p.outlier !== null && !named.has(p));
    const others = row.filter((p) => p.outlier === null).sort((a, b) => a.value - b.value);
    const first = [...row.filter((p) => named.has(p)), ...outliers].slice(0, Math.ceil(max / 3));
    const room = max - first.length;
    const step = others.length / Math.max(1, room);
    first.forEach((p) => kept.add(p));
    for (let i = 0; i < Math.min(room, others.length); i++) kept.add(others[Math.floor(i * step)]!);
  }
  return points.filter((p) => kept.has(p));
}

/** The least height of a ratio's row; a row grows to hold its named outliers above and below its box. */
const ROW = 90;
/** The box's height, and how far up and down the other points spread beside it. */
const BOX_PX = 40;
const SPREAD_PX = 50;
/** The height of a name's line, and the gap between the box and the first name. */
const LINE_PX = 16;
const GAP_PX = 4;
/** Pixels clear between a row's outermost name and the hairline between rows: names across it read as one list. */
const EDGE_PX = 8;
/** The height of the row of a ratio no project has (its name and n = 0). */
const EMPTY_ROW_PX = 40;
/** Pixels between a named point and its name. */
const LABEL_DX = 5;

/**
 * One row per ratio (all shares, or all costs: one scale): the box from
 * the first to the third quartile with the median, whiskers to the last
 * values within Tukey's fences, every project as a point (spread a little
 * up and down so that equal values stay visible), the points beyond the
 * fences in vermillion and named by code and name. Takes the projects
 * frame; the figures are `ratioDistributions()`'.
 *
 * @example Usage
 * ```ts
 * import pl from "nodejs-polars";
 * import { ratioDistributionChart } from "./distributions.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const projects = pl.DataFrame({ project_code: ["A", "B", "C", "D", "E"], name: ["a", "b", "c", "d", "e"], funding_utilisation: [0.9, 0.95, 1, 0.92, 0.2] });
 * const spec = ratioDistributionChart(projects, { metrics: ["funding_utilisation"], lang: "en" });
 * assertEquals(spec.description, "Box and strip plot per project: Public funding utilisation: 5 projects, median 92.0%, outliers E.");
 * ```
 */
export function ratioDistributionChart(projects: pl.DataFrame, options: DistributionChartOptions = {}): TopLevelSpec {
  const { lang, printWidth } = withDefaults(options);
  const metrics = options.metrics ?? SHARE_METRICS;
  const kinds = new Set(metrics.map(metricKind));
  if (kinds.size > 1) throw new RangeError(`One scale per chart: ${metrics.join(", ")} mix shares and euros.`);
  const costs = kinds.has("euros");
  const text = ANALYSIS_TEXT[lang];
  const names = ANALYSIS_NAMES[lang];
  const { distributions, points } = ratioDistributions(projects, options);
  const counts = new Map<string, number>();
  for (const point of points) counts.set(point.metric, (counts.get(point.metric) ?? 0) + 1);
  // Each row says how many projects it rests on, so that an empty row reads as such.
  // Each row's name written once, not again for each of its points.
  const label = oncePer((metric: string) =>
    `${names.metric(metric)} (n = ${formatInteger(counts.get(metric) ?? 0, lang)})`
  );
  const maxLabels = options.maxLabels ?? 6;
  const order = metrics.map(label);
  // The outliers named per row (the farthest from the median); a row is tall enough for half of them, a line each,
  // above its box and the rest below it, so that no name lies over a box or another name.
  const namedOf = distributions.map((d) =>
    points.filter((p) => p.metric === d.metric && p.outlier !== null)
      .sort((a, b) => Math.abs(b.value - (d.median ?? 0)) - Math.abs(a.value - (d.median ?? 0))).slice(0, maxLabels)
  );
  const most = Math.max(0, ...namedOf.map((named) => named.length));
  const rowPx = Math.max(ROW, SPREAD_PX + 2 * (GAP_PX + LINE_PX * Math.ceil(most / 2) + EDGE_PX));
  // Points spread a little up and down beside the box in golden-ratio steps (the same data always draws the same).
  const offset = new Map<typeof points[number], number>();
  points.forEach((p, i) => offset.set(p, (((i * 0.6180339887) % 1) - 0.5) * SPREAD_PX / rowPx));
  // Each row's middle, a full row's height being 1: a ratio no project has a row of its own, low (it says n = 0).
  const heights = metrics.map((metric) => (counts.get(metric) ?? 0) > 0 ? 1 : Math.max(0.25, EMPTY_ROW_PX / rowPx));
  // Where each row starts, summed once: its middle, and the hairlines between rows, are taken from it.
  let rows = 0;
  const starts = heights.map((h) => (rows += h) - h);
  const centres = starts.map((start, k) => Number((start + heights[k]! / 2).toFixed(4)));
  const boundaries = starts.slice(1).map((start) => Number(start.toFixed(4)));
  const labelled = new Set<typeof points[number]>();
  for (const named of namedOf) {
    named.forEach((p) => labelled.add(p));
    // In order of value: the first half above the box (the lowest nearest it), the rest below.
    const above = Math.ceil(named.length / 2);
    named.sort((a, b) => a.value - b.value).forEach((p, i) => {
      const line = i < above ? above - 1 - i : i - above;
      const px = SPREAD_PX / 2 + GAP_PX + LINE_PX * (line + 0.5);
      offset.set(p, (i < above ? -px : px) / rowPx);
    });
  }
  // A cost of 0 € (no funding used, results reported) has no place on a log scale: counted in the subtitle instead.
  const zeros = costs ? points.filter((p) => p.value <= 0).length : 0;
  const positive = points.map((p) => p.value).filter((value) => value > 0);
  const drawable = points.filter((p) => !costs || p.value > 0);
  const drawn = drawnPoints(drawable, labelled, options.maxPoints ?? MAX_POINTS);
  const values = drawn.map((p) => ({
    metric: label(p.metric),
    project_code: p.project_code,
    name: p.name,
    value: p.value,
    value_label: formatMetric(p.value, p.metric, lang),
    outlier: p.outlier !== null,
    label: labelled.has(p) ? String(p.project_code ?? "–") : null,
    label_left: false,
    row: centres[order.indexOf(label(p.metric))]! + offset.get(p)!,
  }));
  const boxes = distributions.flatMap((d, k) => d.n > 0 ? [{ ...d, metric: label(d.metric), row: centres[k]! }] : []);
  // Rows on a numeric axis named by a lookup, so box, whiskers and points share exact positions.
  const y = {
    field: "row",
    type: "quantitative" as const,
    title: null,
    scale: { domain: [0, rows], reverse: true, nice: false, zero: false },
    axis: {
      values: centres,
      labelExpr: `${JSON.stringify(Object.fromEntries(centres.map((centre, k) => [centre, order[k]])))}[datum.value]`,
      grid: false,
      ticks: false,
      domain: false,
      labelLimit: 440,
    },
  };
  const format = metricFormat(metrics[0] ?? "funding_utilisation");
  const plot = chartWidth(printWidth).inner - axisExtent(order, false);
  // No cost above 0 (each row empty): the scale of 1 to 10 €, not one of no numbers (NaN in the picture).
  const logLow = positive.length === 0 ? 0 : Math.floor(Math.log10(Math.max(1, Math.min(...positive))));
  // The scale ends a little past the largest cost (its ticks at the powers of ten within), not at the next power;
  // and far enough past the last tick that its label, centred on it, ends inside the chart.
  const dataHigh = positive.length === 0 ? 1 : Math.max(logLow + 1, Math.log10(Math.max(1, ...positive)) + 0.1);
  const lastTick = Math.floor(dataHigh + 1e-9);
  const tickLabel = measure(formatMetric(10 ** lastTick, metrics[0] ?? "cost_per_participant", lang)) / 2 + 2;
  const logHigh = Math.max(dataHigh, logLow + (lastTick - logLow) / (1 - Math.min(0.3, tickLabel / plot)));
  const shareHigh = Math.ceil(Math.max(0, ...values.map((v) => v.value)) * 10 - 1e-9) / 10;
  // The scale is the data's; a name that would run past the plot's end right of its point stands left of it (Vega
  // fits the plot to its axes, not to marks past its end). Stretching the scale for the names squeezed the data
  // into a third of the width (an evaluator's review: a log axis to 100 000 000 € for costs up to 1.44 M€).
  const [low, high] = costs ? [logLow, logHigh] : [0, Math.max(0.1, shareHigh)];
  // A name is cut only where the room on its roomier side ends (at most a name column's width), after a whole word.
  for (const v of values) {
    if (v.label === null) continue;
    const at = ((costs ? Math.log10(v.value) : v.value) - low) / (high - low); // of the plot's width
    const [right, left] = [(1 - at) * plot, at * plot].map((room) => room - LABEL_DX - 4);
    const room = Math.min(nameWidth(printWidth), Math.max(right!, left!));
    const name = typeof v.name === "string" ? v.name.trim() : "";
    const code = `${v.label} `;
    v.label = name === "" ? v.label : code + shortenText(name, room - measure(code), { fontSize: FONT_SIZES.text });
    v.label_left = measure(v.label) > right! && left! > right!;
  }
  // On the log scale a box's part at 0 € runs to the scale's start (its tooltip keeps the value), and a box whose
  // median is 0 € is not drawn (the subtitle counts those projects): log 0 drew NaN.
  const start = costs ? 10 ** logLow : 0;
  const drawnBoxes = boxes.filter((b) => !costs || (b.median ?? 0) > 0).map((b) => ({
    ...b,
    q1_at: costs ? Math.max(b.q1 ?? start, start) : b.q1,
    whisker_low_at: costs ? Math.max(b.whisker_low ?? start, start) : b.whisker_low,
  }));
  const x = {
    field: "value",
    type: "quantitative" as const,
    title: costs ? text.costPerResultLog : text.valuePercent,
    axis: costs ? { format, values: powersOfTen(10 ** logLow, 10 ** Math.floor(logHigh + 1e-9)) } : { format },
    // Costs per result are skewed (a project with few results costs a lot per result): a log scale.
    scale: costs
      ? { type: "log" as const, domain: [10 ** logLow, 10 ** logHigh], nice: false }
      : { domain: [0, Math.max(0.1, shareHigh)], nice: false },
  };
  const outliers = points.filter((p) => p.outlier !== null).length;
  const parts = distributions.map((d) =>
    text.distributionPart(
      names.metric(d.metric),
      d.n,
      formatMetric(d.median, d.metric, lang),
      points.filter((p) => p.metric === d.metric && p.outlier).map((p) => p.project_code ?? "–"),
    )
  );
  const half = Number((BOX_PX / 2 / rowPx).toFixed(4));
  const box = [
    { calculate: `datum.row - ${half}`, as: "top" },
    { calculate: `datum.row + ${half}`, as: "bottom" },
  ];
  return chartSpec({
    lang,
    title: text.distributionTitle(costs),
    subtitle: text.distributionSubtitle((options.interim ?? "exclude") === "include", labelled.size, outliers) +
      (zeros > 0 ? text.distributionZeros(zeros) : "") +
      (drawn.length < drawable.length ? text.distributionSample(drawn.length, drawable.length) : ""),
    description: text.distributionDescription(parts),
    printWidth,
    height: Math.round(rowPx * rows),
  }, {
    data: { values },
    layer: [
      // A hairline between two rows: the names below one row's box and above the next one's are told apart.
      ...(boundaries.length === 0 ? [] : [{
        data: { values: boundaries.map((boundary) => ({ boundary })) },
        mark: { type: "rule" as const, color: "#d0d0d0", strokeWidth: 1 },
        encoding: { y: { ...y, field: "boundary" } },
      }]),
      {
        data: { values: drawnBoxes },
        mark: { type: "rule", color: PALETTE.grey },
        encoding: { y, x: { ...x, field: "whisker_low_at" }, x2: { field: "whisker_high" } },
      },
      {
        data: { values: drawnBoxes },
        transform: box,
        mark: { type: "rect", color: "#cfe3f3", stroke: PALETTE.blue, strokeWidth: 1 },
        encoding: {
          y: { ...y, field: "top" },
          y2: { field: "bottom" },
          x: { ...x, field: "q1_at" },
          x2: { field: "q3" },
          tooltip: [
            { field: "metric", type: "nominal", title: text.metric },
            { field: "n", type: "quantitative", title: text.projectCount },
            { field: "q1", type: "quantitative", title: ANALYSIS_COLUMN_NAMES[lang].q1, format },
            { field: "median", type: "quantitative", title: text.median, format },
            { field: "q3", type: "quantitative", title: ANALYSIS_COLUMN_NAMES[lang].q3, format },
            { field: "lower_fence", type: "quantitative", title: `${text.fences} −`, format },
            { field: "upper_fence", type: "quantitative", title: `${text.fences} +`, format },
          ],
        },
      },
      {
        data: { values: drawnBoxes },
        transform: box,
        mark: { type: "rule", color: PALETTE.blue, strokeWidth: 3 },
        encoding: { y: { ...y, field: "top" }, y2: { field: "bottom" }, x: { ...x, field: "median" } },
      },
      {
        mark: { type: "circle", size: 22 },
        encoding: {
          y,
          x,
          color: { condition: { test: "datum.outlier", value: PALETTE.vermillion }, value: PALETTE.black },
          opacity: { condition: { test: "datum.outlier", value: 0.95 }, value: 0.35 },
          tooltip: [
            { field: "project_code", type: "nominal", title: text.code },
            { field: "name", type: "nominal", title: text.name },
            { field: "metric", type: "nominal", title: text.metric },
            { field: "value_label", type: "nominal", title: text.value },
          ],
        },
      },
      // Each name twice: a white halo first, so that a name over the box or other points stays legible; right of
      // its point, or left of it where it would run past the plot's end.
      ...[false, true].flatMap((left) =>
        [{ stroke: "white", strokeWidth: 3, strokeOpacity: 0.85 }, {}].map((halo) => ({
          transform: [{ filter: `datum.label !== null && ${left ? "" : "!"}datum.label_left` }],
          mark: {
            type: "text" as const,
            align: left ? "right" as const : "left" as const,
            dx: left ? -LABEL_DX : LABEL_DX,
            fontSize: FONT_SIZES.text,
            color: PALETTE.vermillion,
            ...halo,
          },
          encoding: { y, x, text: { field: "label" } },
        }))
      ),
    ],
  });
}
