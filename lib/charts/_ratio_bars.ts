/**
 * Horizontal bars of a per-project ratio, sorted, with the 100 % line and
 * status colours: the shape shared by the realisation and utilisation charts.
 * Projects are named on the axis (name and code); the values stand in a
 * column right of the plot, where no line runs through them.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { CHART_TEXT } from "../i18n/charts.ts";
import { formatPercent } from "../i18n/format.ts";
import {
  type ChartRow,
  extremes,
  projectTooltip,
  singleStatusNote,
  statusColour,
  type TooltipQuantity,
  withProjectLabels,
} from "./_rows.ts";
import { axisExtent, chartWidth, measure, nameWidth } from "./layout.ts";
import { chartSpec } from "./spec.ts";
import { FORMATS, type Language, PALETTE, type PrintWidth, ROW_HEIGHT } from "./theme.ts";

/** What a ratio bar chart shows. */
export interface RatioBarsSpec {
  rows: ChartRow[];
  field: string;
  axisTitle: string;
  title: string;
  subtitle: string;
  /** The description, told whether the chart draws an active project (marked interim); the note on capping follows. */
  description: (drawsActive: boolean) => string;
  /** Extra tooltip fields after code, name and status. */
  tooltip: TooltipQuantity[];
  lang: Language;
  printWidth: PrintWidth;
  /** Most bars drawn; beyond, the highest and lowest half each, said in the subtitle. */
  maxProjects: number;
}

/** The gap between the plot and the column of values. */
export const VALUE_GAP = 8;

/**
 * The layout of bars named on a left axis with a column of value labels on
 * the right: the plot's estimated width, and where the values stand.
 */
export function barLayout(printWidth: PrintWidth, names: readonly string[], values: readonly string[]) {
  const valueColumn = VALUE_GAP + Math.max(0, ...values.map((value) => measure(value)));
  const plot = chartWidth(printWidth).inner - axisExtent(names, false) - valueColumn;
  return { plot, legendWidth: plot + valueColumn };
}

/** Builds the sorted bar chart of a ratio with a line at 1 (100 %). */
export function ratioBars(spec: RatioBarsSpec): TopLevelSpec {
  // Highest first, ties by code: the order is the data's, so every layer agrees on it.
  const capped = extremes(spec.rows, spec.field, spec.maxProjects, spec.lang);
  const rows = withProjectLabels(capped.rows, nameWidth(spec.printWidth));
  const max = Math.max(1.05, ...rows.map((row) => row[spec.field] as number));
  const { legendWidth } = barLayout(
    spec.printWidth,
    rows.map((row) => row.project_label as string),
    rows.map((row) => formatPercent(row[spec.field], spec.lang)),
  );
  // Between the highest and the lowest of a capped chart, an empty row says how many projects lie between them:
  // 103.0 % directly above 71.7 % read as neighbours.
  const hidden = capped.projects.n - rows.length;
  const labels = rows.map((row) => String(row.project_label));
  const gap = capped.note !== "" && hidden > 0 ? CHART_TEXT[spec.lang].cappedGap(hidden) : null;
  if (gap !== null) labels.splice(Math.ceil(rows.length / 2), 0, gap);
  /** An axis label's value on the gap's row, and on every other. */
  const atGap = <T>(value: T, otherwise: T) => ({
    condition: { test: `datum.value === ${JSON.stringify(gap)}`, value },
    value: otherwise,
  });
  const y = {
    field: "project_label",
    type: "nominal" as const,
    title: null,
    sort: null,
    ...(gap === null ? {} : {
      scale: { domain: labels },
      axis: { labelColor: atGap(PALETTE.grey, "#222222"), labelFontStyle: atGap("italic", "normal") },
    }),
  };
  return chartSpec({
    lang: spec.lang,
    title: spec.title,
    subtitle: spec.subtitle + capped.note + singleStatusNote(rows, spec.lang),
    description: spec.description(rows.some((row) => row.status_normalised === "active")) + capped.note,
    printWidth: spec.printWidth,
    height: Math.max(ROW_HEIGHT * 2, ROW_HEIGHT * labels.length),
    projects: capped.projects,
  }, {
    data: { values: rows },
    layer: [
      {
        mark: { type: "bar", height: { band: 0.7 } },
        encoding: {
          y,
          x: {
            field: spec.field,
            type: "quantitative",
            title: spec.axisTitle,
            axis: { format: FORMATS.percent },
            scale: { domain: [0, max], nice: false },
          },
          color: statusColour(rows, spec.lang, legendWidth),
          tooltip: projectTooltip(spec.lang, spec.tooltip),
        },
      },
      {
        data: { values: [{ target: 1 }] },
        mark: { type: "rule", color: PALETTE.black, strokeDash: [4, 3], strokeWidth: 1.5 },
        encoding: { x: { field: "target", type: "quantitative" } },
      },
      {
        mark: { type: "text", align: "left", dx: VALUE_GAP },
        encoding: {
          y,
          x: { datum: max, type: "quantitative" },
          text: { field: spec.field, type: "quantitative", format: FORMATS.percentOne },
          tooltip: projectTooltip(spec.lang, spec.tooltip),
        },
      },
    ],
  });
}
