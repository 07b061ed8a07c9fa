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

/** An axis of the scatter: the field, its title and format (a tooltip quantity as it is), and the top of its scale. */
export interface ScatterAxis extends TooltipQuantity {
  max: number;
}

/** What the points show. */
export interface ProjectPoints {
  x: ScatterAxis;
  y: ScatterAxis;
  /** Whether both scales, from 0 to their `max`, are extended to round values. */
  nice: boolean;
  /** The quantities the tooltip shows after code, name and status. */
  tooltip: readonly TooltipQuantity[];
}

/** The point layer and the code label layer of a scatter of the rows. */
export function projectPoints(rows: ChartRow[], lang: Language, points: ProjectPoints): UnitSpec<Field>[] {
  const position = (axis: ScatterAxis) => ({
    field: axis.field,
    type: "quantitative" as const,
    title: axis.title,
    axis: { format: axis.format },
    scale: { domain: [0, axis.max], nice: points.nice },
  });
  return [
    {
      data: { values: rows },
      mark: { type: "point", filled: true, size: 80, opacity: 0.9 },
      encoding: {
        x: position(points.x),
        y: position(points.y),
        color: statusColour(rows, lang),
        shape: statusShape(rows, lang),
        tooltip: projectTooltip(lang, points.tooltip),
      },
    },
    {
      data: { values: rows },
      mark: { type: "text", align: "left", dx: 7, dy: -7, fontSize: 10 },
      encoding: {
        x: { field: points.x.field, type: "quantitative" },
        y: { field: points.y.field, type: "quantitative" },
        text: { field: "project_code" },
      },
    },
  ];
}
