/**
 * A metric by common theme, the two programme periods side by side.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { ANALYSIS_TEXT } from "../i18n/analysis.ts";
import { CHART_TEXT } from "../i18n/charts.ts";
import { ANALYSIS_NAMES } from "../i18n/analysis_names.ts";
import { type ChartData, records } from "./_rows.ts";
import { formatMetric, metricCount, metricFormat, metricKind, type SummaryMetric, wholeTicks } from "./_metrics.ts";
import { VALUE_GAP } from "./_ratio_bars.ts";
import { chartSpec } from "./spec.ts";
import { interimCount, interimLine } from "./_interim.ts";
import { type ChartOptions, FONT_SIZES, PALETTE, ROW_HEIGHT, withDefaults } from "./theme.ts";

/** Options of {@linkcode themesByPeriod}. */
export interface ThemesChartOptions extends ChartOptions {
  /**
   * The metric of the `themeSummary()` table drawn.
   * @default {"n_projects"}
   */
  metric?: SummaryMetric;
  /**
   * The funds of a register whose projects the table sums (not the corpus'): the title says so, e.g. "… in the
   * EURA register's ESF projects".
   * @default {undefined}
   */
  registerFunds?: readonly string[];
}

const PERIODS = ["2007-2013", "2014-2020"];

/**
 * Horizontal bars of a metric per theme, a bar per programme period
 * (2007–2013 blue, 2014–2020 orange), each labelled with its value and n (a count of projects, its value);
 * for shares a rule marks 100 %. Takes the rows of `themeSummary()`.
 *
 * @example Usage
 * ```ts
 * import { themesByPeriod } from "./themes.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const spec = themesByPeriod([
 *   { theme: "employment", programme_period: "2007-2013", n_projects: 2 },
 *   { theme: "employment", programme_period: "2014-2020", n_projects: 0 },
 * ], { lang: "en" }) as { data: { values: { label: string }[] } };
 * assertEquals(spec.data.values.map((v) => v.label), ["2", "0"]);
 * ```
 */
export function themesByPeriod(table: ChartData, options: ThemesChartOptions = {}): TopLevelSpec {
  const { lang, printWidth } = withDefaults(options);
  const metric = options.metric ?? "n_projects";
  const text = ANALYSIS_TEXT[lang];
  const names = ANALYSIS_NAMES[lang];
  const rows = records(table);
  const values = rows.map((row) => {
    const value = typeof row[metric] === "number" ? row[metric] as number : null;
    const n = Number(row[metricCount(metric)] ?? 0);
    return {
      theme: names.theme(String(row.theme)),
      period: String(row.programme_period ?? "–"),
      value,
      position: value ?? 0,
      n,
      // A count of projects is its own n.
      label: metric === "n_projects"
        ? formatMetric(value, metric, lang)
        : text.themesLabel(formatMetric(value, metric, lang), n),
    };
  });
  const themes = [...new Set(values.map((v) => v.theme))];
  const unmapped = rows.filter((row) => row.theme === "unmapped").reduce(
    (sum, row) => sum + Number(row.n_projects ?? 0),
    0,
  );
  const share = metricKind(metric) === "share";
  const y = { field: "theme", type: "nominal" as const, sort: themes, title: null, axis: { labelLimit: 320 } };
  const yOffset = { field: "period", type: "nominal" as const, sort: PERIODS };
  const label = names.metric(metric);
  // The values stand in a column right of the plot, clear of the bars and of the 100 % line.
  const max = Math.max(share ? 1.05 : 1, ...values.map((v) => v.position * 1.02));
  return chartSpec({
    lang,
    title: text.themesTitle(label) +
      (options.registerFunds ? ` ${CHART_TEXT[lang].registerScope(options.registerFunds)}` : ""),
    subtitle: text.themesSubtitle(unmapped, share, metric !== "n_projects") +
      (metric === "n_projects" ? "" : interimLine(
        rows.filter((row) => typeof row[metric] === "number").map((row) => [
          `${names.theme(String(row.theme))}, ${String(row.programme_period ?? "–")}`,
          interimCount(row, metric),
        ]),
        lang,
      )),
    description: text.themesDescription(values.map((v) => `${v.theme}, ${v.period}: ${v.label}`)),
    printWidth,
    height: Math.max(ROW_HEIGHT * 2, ROW_HEIGHT * 2 * themes.length),
  }, {
    data: { values },
    layer: [
      {
        mark: { type: "bar", height: { band: 0.8 } },
        encoding: {
          y,
          yOffset,
          x: {
            field: "value",
            type: "quantitative",
            title: share ? `${label} (%)` : label,
            // Counts are whole: ticks at whole projects only, never "0 0 1 1".
            axis: {
              format: metricFormat(metric),
              ...(metricKind(metric) === "count" ? { values: wholeTicks(0, max) } : {}),
            },
            scale: { domain: [0, max], nice: false },
          },
          color: {
            field: "period",
            type: "nominal",
            title: text.period,
            scale: { domain: PERIODS, range: [PALETTE.blue, PALETTE.orange] },
          },
          tooltip: [
            { field: "theme", type: "nominal", title: text.theme },
            { field: "period", type: "nominal", title: text.period },
            { field: "label", type: "nominal", title: label },
          ],
        },
      },
      {
        mark: { type: "text", align: "left", dx: VALUE_GAP, fontSize: FONT_SIZES.text },
        encoding: { y, yOffset, x: { datum: max, type: "quantitative" }, text: { field: "label" } },
      },
      ...(share
        ? [{
          data: { values: [{ target: 1 }] },
          mark: { type: "rule" as const, color: PALETTE.black, strokeDash: [4, 3], strokeWidth: 1.5 },
          encoding: { x: { field: "target", type: "quantitative" as const } },
        }]
        : []),
    ],
  });
}
