/**
 * Realisation and utilisation by group (period, region, axis …).
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { CHART_TEXT } from "../i18n/charts.ts";
import { MISSING } from "../i18n/format.ts";
import { type ChartData, records } from "./_rows.ts";
import { chartSpec } from "./spec.ts";
import { type ChartOptions, FORMATS, PALETTE, ROW_HEIGHT, withDefaults } from "./theme.ts";

/** "Rahoituksen käyttöaste" → "rahoituksen käyttöaste", but "EU- ja …" stays. */
const lowerFirst = (label: string) => /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;

/** Options of {@linkcode groupedSummary}. */
export interface GroupedSummaryOptions extends ChartOptions {
  /** The grouping column of the summary, e.g. `programme_period`, `region`, `priority_axis_code`. */
  by: string;
  /**
   * The axis title of the groups.
   * @default {the grouping's name in the chart's language, e.g. "Ohjelmakausi" for programme_period}
   */
  groupTitle?: string;
  /**
   * The weighted ratios drawn, each with its `_n`.
   * @default {["participant_realisation", "funding_utilisation"]}
   */
  metrics?: GroupedMetric[];
  /**
   * The chart's title.
   * @default {the metrics' names, "by group"}
   */
  title?: string;
}

/** Ratios of a `summarise()` table the chart can draw. */
export type GroupedMetric =
  | "participant_realisation"
  | "funding_utilisation"
  | "funding_utilisation_eu_state"
  | "company_realisation"
  | "women_share_actual";

/**
 * Grouped bars of the weighted participant realisation and public funding
 * utilisation per group of a `summarise()` table, each labelled with its
 * value and the number of projects it rests on; the rule marks 100 %.
 *
 * @example Usage
 * ```ts
 * import { groupedSummary } from "./grouped_summary.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const spec = groupedSummary([
 *   { programme_period: "2007-2013", participant_realisation: 283 / 388, participant_realisation_n: 3, funding_utilisation: 0.9, funding_utilisation_n: 3 },
 * ], { by: "programme_period", lang: "en" });
 * assertEquals((spec as { data: { values: unknown[] } }).data.values.length, 2);
 * ```
 */
export function groupedSummary(
  summary: ChartData,
  options: GroupedSummaryOptions,
): TopLevelSpec {
  const { lang, width } = withDefaults(options);
  const text = CHART_TEXT[lang];
  const metricLabels: Record<GroupedMetric, string> = {
    participant_realisation: text.realisation,
    funding_utilisation: text.fundingUtilisation,
    funding_utilisation_eu_state: text.fundingEuStateUtilisation,
    company_realisation: text.companyRealisation,
    women_share_actual: text.womenShareActual,
  };
  const metrics = (options.metrics ?? ["participant_realisation", "funding_utilisation"]).map((key) => ({
    key,
    label: metricLabels[key],
  }));
  const rows = records(summary).flatMap((record) =>
    metrics.map(({ key, label }) => ({
      group: String(record[options.by] ?? MISSING),
      metric: label,
      value: record[key] ?? null,
      n: record[`${key}_n`] ?? 0,
    }))
  );
  const groups = new Set(rows.map((r) => r.group)).size;
  // The first metric's label as it is, the others' lower-cased, for titles.
  const named = metrics.map((m, i) => i === 0 ? m.label : lowerFirst(m.label));
  const groupNames: Record<string, string> = {
    programme_period: text.programmePeriod,
    programme_section: text.programmeSection,
    priority_axis_code: text.priorityAxis,
    region: text.region,
    organisation_type: text.organisationType,
    status_normalised: text.status,
    start_year: text.startYear,
  };
  const groupTitle = options.groupTitle ?? groupNames[options.by] ?? options.by;
  const metricColour = {
    field: "metric",
    type: "nominal" as const,
    title: text.metric,
    scale: {
      domain: metrics.map((m) => m.label),
      range: [PALETTE.blue, PALETTE.orange, PALETTE.green].slice(0, metrics.length),
    },
  };
  return chartSpec({
    lang,
    title: options.title ?? text.groupedSummaryTitle(named),
    subtitle: text.groupedSummarySubtitle,
    description: text.groupedSummaryDescription(
      metrics.map((m) => ({ key: m.key, label: lowerFirst(m.label) })),
      groups,
      options.by,
    ),
    width,
    height: Math.max(ROW_HEIGHT * 3, ROW_HEIGHT * 2 * groups),
  }, {
    data: { values: rows },
    transform: [{ calculate: "isValid(datum.value) ? datum.value : 0", as: "position" }, {
      calculate: `isValid(datum.value) ? format(datum.value, '${FORMATS.percentOne}') + ' (n = ' + datum.n + ')' : ` +
        `'${MISSING} (n = 0)'`,
      as: "label",
    }],
    layer: [
      {
        mark: { type: "bar", height: { band: 0.8 } },
        encoding: {
          y: { field: "group", type: "nominal", title: groupTitle, axis: { labelLimit: 260 } },
          yOffset: { field: "metric", type: "nominal", sort: metrics.map((m) => m.label) },
          x: {
            field: "value",
            type: "quantitative",
            title: named.join(" / "),
            axis: { format: FORMATS.percent },
            scale: { domainMin: 0 },
          },
          color: metricColour,
          tooltip: [
            { field: "group", type: "nominal", title: groupTitle },
            { field: "metric", type: "nominal", title: text.metric },
            { field: "value", type: "quantitative", title: text.value, format: FORMATS.percentOne },
            { field: "n", type: "quantitative", title: text.nProjects },
          ],
        },
      },
      {
        mark: { type: "text", align: "left", dx: 4, fontSize: 9 },
        encoding: {
          y: { field: "group", type: "nominal" },
          yOffset: { field: "metric", type: "nominal", sort: metrics.map((m) => m.label) },
          x: { field: "position", type: "quantitative" },
          text: { field: "label", type: "nominal" },
        },
      },
      {
        data: { values: [{ target: 1 }] },
        mark: { type: "rule", color: PALETTE.black, strokeDash: [4, 3] },
        encoding: { x: { field: "target", type: "quantitative" } },
      },
    ],
  });
}
