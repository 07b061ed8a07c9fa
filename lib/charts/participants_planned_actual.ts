/**
 * Planned against actual participants per project, with the 100 % line.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { CHART_TEXT } from "../i18n/charts.ts";
import { type ChartData, chartRows, withValues } from "./_rows.ts";
import { projectPoints } from "./scatter.ts";
import { chartSpec } from "./spec.ts";
import { type ChartOptions, FORMATS, PALETTE, withDefaults } from "./theme.ts";

/**
 * A scatter of planned (x) against actual (y) participants who started, one
 * point per project with both figures, coloured by status (active projects'
 * figures are interim), with the diagonal where actual = planned (100 %).
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
  const { lang, width, height } = withDefaults(options);
  const text = CHART_TEXT[lang];
  const rows = withValues(
    chartRows(data, ["participants_planned", "participants_actual", "participant_realisation"], lang),
    ["participants_planned", "participants_actual"],
  );
  const max = Math.max(1, ...rows.flatMap((r) => [r.participants_planned as number, r.participants_actual as number]));
  return chartSpec({
    lang,
    title: text.participantsPlannedVsActualTitle,
    subtitle: text.participantsPlannedVsActualSubtitle(rows.length),
    description: text.participantsPlannedVsActualDescription(rows.length),
    width,
    height,
  }, {
    layer: [
      {
        data: { values: [{ v: 0 }, { v: max }] },
        mark: { type: "line", color: PALETTE.grey, strokeDash: [4, 4] },
        encoding: { x: { field: "v", type: "quantitative" }, y: { field: "v", type: "quantitative" } },
      },
      ...projectPoints(rows, lang, {
        x: { field: "participants_planned", title: text.participantsPlanned, format: FORMATS.integer, max },
        y: { field: "participants_actual", title: text.participantsActual, format: FORMATS.integer, max },
        nice: true,
        tooltip: [
          { field: "participants_planned", title: text.planned, format: FORMATS.integer },
          { field: "participants_actual", title: text.actual, format: FORMATS.integer },
          { field: "participant_realisation", title: text.realisation, format: FORMATS.percentOne },
        ],
      }),
    ],
  });
}
