/**
 * Planned against actual participants per project, with the 100 % line.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { CHART_TEXT } from "../i18n/charts.ts";
import { type ChartData, chartRows, withValues } from "./_rows.ts";
import { labelledNote, projectPoints, type ScatterAxis } from "./scatter.ts";
import { chartSpec } from "./spec.ts";
import { type ChartOptions, FORMATS, PALETTE, withDefaults } from "./theme.ts";

/**
 * A scatter of planned (x) against actual (y) participants who started, one
 * point per project with both figures, coloured and shaped by status (active
 * projects' figures are interim), with the diagonal where actual = planned
 * (100 %). The projects furthest from their plan, and the largest, are named
 * where their names fit; every point has a tooltip.
 *
 * @example Usage
 * ```ts
 * import { participantsPlannedVsActual } from "./participants_planned_actual.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const spec = participantsPlannedVsActual([
 *   { project_code: "S11547", name: "MOK", status_normalised: "ended", participants_planned: 199, participants_actual: 119, participant_realisation: 119 / 199 },
 * ]);
 * assertEquals(spec.description?.startsWith("Suunnitellut ja toteutuneet osallistujat"), true);
 * ```
 */
export function participantsPlannedVsActual(data: ChartData, options: ChartOptions = {}): TopLevelSpec {
  const { lang, printWidth, height } = withDefaults(options);
  const text = CHART_TEXT[lang];
  const rows = withValues(
    chartRows(data, ["participants_planned", "participants_actual", "participant_realisation"], lang),
    ["participants_planned", "participants_actual"],
  );
  const max = Math.max(1, ...rows.flatMap((r) => [r.participants_planned as number, r.participants_actual as number])) *
    1.05;
  const planned: ScatterAxis = {
    field: "participants_planned",
    title: text.participantsPlannedAxis,
    format: FORMATS.integer,
    max,
  };
  const actual: ScatterAxis = { ...planned, field: "participants_actual", title: text.participantsActualAxis };
  const points = projectPoints(rows, lang, {
    x: planned,
    y: actual,
    tooltip: [
      { field: "participants_planned", title: text.participantsPlanned, format: FORMATS.integer },
      { field: "participants_actual", title: text.participantsActual, format: FORMATS.integer },
      { field: "participant_realisation", title: text.realisation, format: FORMATS.percentOne },
    ],
    named: { ratio: ["participants_actual", "participants_planned"], size: "participants_planned" },
    lines: [{ segment: [0, 0, max, max] }],
    printWidth,
    height,
  });
  return chartSpec({
    lang,
    title: text.participantsPlannedVsActualTitle,
    subtitle: text.participantsPlannedVsActualSubtitle(rows.length) + points.note +
      labelledNote(lang, points.labelled, rows.length),
    description: text.participantsPlannedVsActualDescription(rows.length),
    printWidth,
    height,
    projects: { n: rows.length, activeLeftOut: 0 },
  }, {
    layer: [
      {
        data: { values: [{ v: 0 }, { v: max }] },
        mark: { type: "line", color: PALETTE.grey, strokeDash: [4, 4] },
        encoding: { x: { field: "v", type: "quantitative" }, y: { field: "v", type: "quantitative" } },
      },
      ...points.layers,
    ],
  });
}
