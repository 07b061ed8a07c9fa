/**
 * The layers of a scatter of projects: one point per project, coloured and
 * shaped by status, and the project's code beside it. Shared by the planned
 * against actual participants and the funding against participants charts.
 *
 * @module
 */
import type { Field } from "vega-lite/build/src/channeldef.js";
import type { UnitSpec } from "vega-lite/build/src/spec/unit.js";
import { type ChartRow, projectTooltip, statusColour, statusShape, type TooltipQuantity } from "./_rows.ts";
import type { Language } from "./theme.ts";

/** An axis of the scatter: the field, its title and format, and its scale. */
export interface ScatterAxis {
  field: string;
  title: string;
  /** The d3 format of the axis labels and of the field in the tooltip. */
  format: string;
  domain: [number, number];
  nice: boolean;
}

/** The point layer and the code label layer of a scatter of the rows. */
export function projectPoints(
  rows: ChartRow[],
  lang: Language,
  x: ScatterAxis,
  y: ScatterAxis,
  tooltip: readonly TooltipQuantity[],
): UnitSpec<Field>[] {
  const position = (axis: ScatterAxis) => ({
    field: axis.field,
    type: "quantitative" as const,
    title: axis.title,
    axis: { format: axis.format },
    scale: { domain: axis.domain, nice: axis.nice },
  });
  return [
    {
      data: { values: rows },
      mark: { type: "point", filled: true, size: 80, opacity: 0.9 },
      encoding: {
        x: position(x),
        y: position(y),
        color: statusColour(rows, lang),
        shape: statusShape(rows, lang),
        tooltip: projectTooltip(lang, tooltip),
      },
    },
    {
      data: { values: rows },
      mark: { type: "text", align: "left", dx: 7, dy: -7, fontSize: 10 },
      encoding: {
        x: { field: x.field, type: "quantitative" },
        y: { field: y.field, type: "quantitative" },
        text: { field: "project_code" },
      },
    },
  ];
}
