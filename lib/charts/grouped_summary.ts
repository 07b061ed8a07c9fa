/**
 * Realisation and utilisation by group (period, region, axis …).
 *
 * @module
 */
import type pl from "nodejs-polars";
import type { TopLevelSpec } from "vega-lite";
import { toJsonRecords } from "../frame/serialise.ts";
import { chartConfig, type ChartOptions, FORMATS, labels, PALETTE, ROW_HEIGHT, withDefaults } from "./theme.ts";

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
  summary: pl.DataFrame | readonly Record<string, unknown>[],
  options: GroupedSummaryOptions,
): TopLevelSpec {
  const { lang, width } = withDefaults(options);
  const text = labels(lang);
  const records = Array.isArray(summary)
    ? summary as Record<string, unknown>[]
    : toJsonRecords(summary as pl.DataFrame);
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
  const rows = records.flatMap((record) =>
    metrics.map(({ key, label }) => ({
      group: String(record[options.by] ?? "–"),
      metric: label,
      value: record[key] ?? null,
      n: record[`${key}_n`] ?? 0,
    }))
  );
  const groups = new Set(rows.map((r) => r.group)).size;
  const fi = lang === "fi";
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
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: {
      text: options.title ??
        `${metrics.map((m, i) => i === 0 ? m.label : lowerFirst(m.label)).join(fi ? " ja " : " and ")} ${
          fi ? "ryhmittäin" : "by group"
        }`,
      subtitle: fi
        ? "Painotettu: Σ toteutunut ÷ Σ suunniteltu hankkeista, joilla molemmat luvut. n = hankkeita."
        : "Weighted: Σ actual ÷ Σ planned over projects with both figures. n = projects.",
    },
    description: fi
      ? `Painotettu ${metrics.map((m) => lowerFirst(m.label)).join(" ja ")} ${groups} ryhmälle (${options.by}), ` +
        "kunkin luvun takana olevien hankkeiden määrä ja viiva 100 %:n kohdalla."
      : `Weighted ${
        metrics.map((m) => m.key.replaceAll("_", " ")).join(" and ")
      } for ${groups} groups by ${options.by}, ` +
        "with the number of projects behind each figure and a rule at 100 %.",
    width,
    height: Math.max(ROW_HEIGHT * 3, ROW_HEIGHT * 2 * groups),
    config: chartConfig(lang),
    data: { values: rows },
    transform: [{ calculate: "isValid(datum.value) ? datum.value : 0", as: "position" }, {
      calculate: `isValid(datum.value) ? format(datum.value, '${FORMATS.percentOne}') + ' (n = ' + datum.n + ')' : ` +
        `'– (n = 0)'`,
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
            title: metrics.map((m, i) => i === 0 ? m.label : lowerFirst(m.label)).join(" / "),
            axis: { format: FORMATS.percent },
            scale: { domainMin: 0 },
          },
          color: metricColour,
          tooltip: [
            { field: "group", type: "nominal", title: groupTitle },
            { field: "metric", type: "nominal", title: text.metric },
            { field: "value", type: "quantitative", title: text.value, format: FORMATS.percentOne },
            { field: "n", type: "quantitative", title: `n (${text.projects})` },
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
  };
}
