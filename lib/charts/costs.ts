/**
 * Costs per result by group: one bar per result and group, with n.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { ANALYSIS_TEXT } from "../i18n/analysis.ts";
import { ANALYSIS_NAMES } from "../i18n/analysis_names.ts";
import { CHART_TEXT } from "../i18n/charts.ts";
import { formatEuros, MISSING } from "../i18n/format.ts";
import { type ChartData, records } from "./_rows.ts";
import { labelSide, logAxis } from "./_log_axis.ts";
import { axisExtent, chartWidth } from "./layout.ts";
import { chartSpec } from "./spec.ts";
import { interimLine } from "./_interim.ts";
import { CATEGORY_COLOURS, type ChartOptions, FONT_SIZES, FORMATS, ROW_HEIGHT, withDefaults } from "./theme.ts";

/** Options of {@linkcode costPerResultChart}. */
export interface CostChartOptions extends ChartOptions {
  /**
   * The group column of the `costPerResult()` table, e.g. `programme_period`; none for one group.
   * @default {undefined}
   */
  by?: string;
}

/**
 * A dot plot of the weighted cost per result, one row per result
 * (participant, woman participant, new job …) and a dot per group in its
 * colour and shape, each labelled with the euros and n; results no group
 * has a cost for are left out. A log scale, as costs per result differ by
 * orders of magnitude. Takes the rows of `costPerResult()`.
 *
 * @example Usage
 * ```ts
 * import { costPerResultChart } from "./costs.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const spec = costPerResultChart([
 *   { result: "cost_per_participant", cost_per_result: 5160.95, cost_per_result_n: 1 },
 *   { result: "cost_per_degree", cost_per_result: null, cost_per_result_n: 0 },
 * ], { lang: "en" }) as { data: { values: { result: string; label: string }[] } };
 * assertEquals(spec.data.values.map((v) => [v.result, v.label]), [["participant", "€5,161 (n = 1)"]]);
 * ```
 */
export function costPerResultChart(table: ChartData, options: CostChartOptions = {}): TopLevelSpec {
  const { lang, printWidth } = withDefaults(options);
  const text = ANALYSIS_TEXT[lang];
  // The legend names the grouping ("Ohjelmakausi"), not "Ryhmä".
  const groupTitle = options.by === undefined ? text.group : CHART_TEXT[lang].groupName(options.by);
  const names = ANALYSIS_NAMES[lang];
  const rows = records(table);
  const group = (row: Record<string, unknown>) =>
    options.by === undefined ? text.allProjects : row[options.by] === null ? MISSING : String(row[options.by]);
  const drawn = rows.filter((row) => typeof row.cost_per_result === "number").map((row) => ({
    result: names.result(String(row.result)),
    group: group(row),
    cost: row.cost_per_result as number,
    n: row.cost_per_result_n,
    label: text.costsLabel(formatEuros(row.cost_per_result, lang), Number(row.cost_per_result_n ?? 0)),
  }));
  const results = [...new Set(drawn.map((v) => v.result))];
  // Results no group has a cost for are not drawn: the subtitle names them.
  const without = [...new Set(rows.map((row) => names.result(String(row.result))))].filter((r) => !results.includes(r));
  const groups = [...new Set(rows.map(group))];
  const y = { field: "result", type: "nominal" as const, sort: results, title: text.result, axis: { labelLimit: 200 } };
  const yOffset = { field: "group", type: "nominal" as const, sort: groups };
  const costs = drawn.map((v) => v.cost).filter((cost) => cost > 0);
  // The axis ends at the round value just above the dearest result; a label with no room right of its dot goes left.
  const plot = chartWidth(printWidth).inner - axisExtent(results, true);
  const [cheapest, dearest] = costs.length === 0 ? [1, 10] : [Math.min(...costs), Math.max(...costs)];
  const axis = logAxis(cheapest, dearest, plot, (value) => formatEuros(value, lang));
  const values = drawn.map((v) => ({ ...v, side: labelSide(v.cost, v.label, axis, plot) }));
  const SHAPES = ["circle", "square", "diamond", "triangle-up", "cross", "triangle-down", "circle", "square"];
  return chartSpec({
    lang,
    title: text.costsTitle,
    subtitle: text.costsSubtitle(options.by !== undefined) + (without.length > 0 ? text.costsWithout(without) : "") +
      interimLine(
        rows.filter((row) => typeof row.cost_per_result === "number").map((row) => [
          options.by === undefined
            ? names.result(String(row.result))
            : `${names.result(String(row.result))}, ${group(row)}`,
          Number(row.n_interim ?? 0),
        ]),
        lang,
      ),
    description: text.costsDescription(values.map((v) => `${v.result}, ${v.group}: ${v.label}`)),
    printWidth,
    height: Math.max(ROW_HEIGHT * 2, ROW_HEIGHT * results.length * Math.max(1, groups.length)),
  }, {
    data: { values },
    layer: [
      {
        mark: { type: "point", filled: true, size: 90, opacity: 1 },
        encoding: {
          y,
          yOffset,
          x: {
            field: "cost",
            type: "quantitative",
            title: text.costPerResultLog,
            scale: { type: "log", domain: axis.domain, nice: false },
            axis: { format: FORMATS.euros, values: axis.values },
          },
          color: {
            field: "group",
            type: "nominal",
            title: groupTitle,
            scale: { domain: groups, range: CATEGORY_COLOURS.slice(0, Math.max(1, groups.length)) },
            legend: options.by === undefined ? null : {},
          },
          shape: {
            field: "group",
            type: "nominal",
            scale: { domain: groups, range: SHAPES.slice(0, Math.max(1, groups.length)) },
            // The same legend as the colour's (one legend, symbols in both), or none: two settings warn in Vega.
            legend: options.by === undefined ? null : {},
          },
          tooltip: [
            { field: "result", type: "nominal", title: text.result },
            { field: "group", type: "nominal", title: groupTitle },
            { field: "cost", type: "quantitative", title: text.costPerResult, format: FORMATS.euros },
            { field: "n", type: "quantitative", title: text.projectCount },
          ],
        },
      },
      ...(["right", "left"] as const).map((side) => ({
        transform: [{ filter: `datum.side === '${side}'` }],
        mark: {
          type: "text" as const,
          align: side === "right" ? "left" as const : "right" as const,
          dx: side === "right" ? 8 : -8,
          fontSize: FONT_SIZES.text,
        },
        encoding: { y, yOffset, x: { field: "cost", type: "quantitative" as const }, text: { field: "label" } },
      })),
    ],
  });
}
