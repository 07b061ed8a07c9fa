/**
 * Horizontal bars of a per-project ratio, sorted, with the 100 % rule and
 * status colours: the shape shared by the realisation and utilisation charts.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { type ChartRow, extremes, projectTooltip, statusColour, type TooltipQuantity } from "./_rows.ts";
import { CHART_TEXT } from "../i18n/charts.ts";
import { chartSpec } from "./spec.ts";
import { FORMATS, type Language, PALETTE, ROW_HEIGHT } from "./theme.ts";

/** What a ratio bar chart shows. */
export interface RatioBarsSpec {
  rows: ChartRow[];
  field: string;
  axisTitle: string;
  title: string;
  subtitle: string;
  description: string;
  /** Extra tooltip fields after code, name and status. */
  tooltip: TooltipQuantity[];
  lang: Language;
  width: number;
  /** Most bars drawn; beyond, the highest and lowest half each, said in the subtitle. */
  maxProjects: number;
}

/** Builds the sorted bar chart of a ratio with a rule at 1 (100 %). */
export function ratioBars(spec: RatioBarsSpec): TopLevelSpec {
  const text = CHART_TEXT[spec.lang];
  // Highest first, ties by code: the order is the data's, so every layer agrees on it.
  const { rows, note } = extremes(spec.rows, spec.field, spec.maxProjects, spec.lang);
  const max = Math.max(1.1, ...rows.map((row) => row[spec.field] as number));
  return chartSpec({
    lang: spec.lang,
    title: spec.title,
    subtitle: spec.subtitle + note,
    description: spec.description,
    width: spec.width,
    height: Math.max(ROW_HEIGHT * 2, ROW_HEIGHT * rows.length),
  }, {
    data: { values: rows },
    layer: [
      {
        mark: { type: "bar", height: { band: 0.7 } },
        encoding: {
          y: {
            field: "project_code",
            type: "nominal",
            title: text.project,
            sort: null,
          },
          x: {
            field: spec.field,
            type: "quantitative",
            title: spec.axisTitle,
            axis: { format: FORMATS.percent },
            scale: { domain: [0, max], nice: false },
          },
          color: statusColour(spec.rows, spec.lang),
          tooltip: projectTooltip(spec.lang, spec.tooltip),
        },
      },
      {
        mark: { type: "text", align: "left", dx: 4, fontSize: 10 },
        encoding: {
          y: { field: "project_code", type: "nominal", sort: null },
          x: { field: spec.field, type: "quantitative" },
          text: { field: spec.field, type: "quantitative", format: FORMATS.percentOne },
        },
      },
      {
        data: { values: [{ target: 1 }] },
        mark: { type: "rule", color: PALETTE.black, strokeDash: [4, 3], strokeWidth: 1.5 },
        encoding: { x: { field: "target", type: "quantitative" } },
      },
    ],
  });
}
