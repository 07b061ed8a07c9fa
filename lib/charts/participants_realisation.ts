/**
 * Participant realisation per project, sorted, with the 100 % rule.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { CHART_TEXT } from "../i18n/charts.ts";
import { type ChartData, chartRows, withValues } from "./_rows.ts";
import { ratioBars } from "./_ratio_bars.ts";
import { type ChartOptions, FORMATS, withDefaults } from "./theme.ts";

/**
 * Bars of actual ÷ planned participants who started, one per project with
 * both figures, sorted from highest, named on the axis with their codes; the
 * dashed line marks 100 %, the values stand in a column on the right. Active
 * projects are coloured apart: their figures are interim.
 *
 * @example Usage
 * ```ts
 * import { participantsRealisation } from "./participants_realisation.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const spec = participantsRealisation([
 *   { project_code: "S11547", name: "MOK", status_normalised: "ended", participants_planned: 199, participants_actual: 119, participant_realisation: 119 / 199 },
 * ], { lang: "en" });
 * assertEquals(spec.title, {
 *   text: "Participant realisation per project",
 *   subtitle: ["Actual ÷ planned participants who started, 1 project. Dashed line: 100%. Status of the project: ended."],
 * });
 * ```
 */
export function participantsRealisation(data: ChartData, options: ChartOptions = {}): TopLevelSpec {
  const { lang, printWidth, maxProjects } = withDefaults(options);
  const text = CHART_TEXT[lang];
  const rows = withValues(
    chartRows(data, ["participants_planned", "participants_actual", "participant_realisation"], lang),
    ["participant_realisation"],
  );
  return ratioBars({
    rows,
    field: "participant_realisation",
    axisTitle: text.realisationAxis,
    title: text.participantsRealisationTitle,
    subtitle: text.participantsRealisationSubtitle(rows.length),
    description: (interim) => text.participantsRealisationDescription(rows.length, interim),
    tooltip: [
      { field: "participants_planned", title: text.participantsPlanned, format: FORMATS.integer },
      { field: "participants_actual", title: text.participantsActual, format: FORMATS.integer },
      { field: "participant_realisation", title: text.realisation, format: FORMATS.percentOne },
    ],
    lang,
    printWidth,
    maxProjects,
  });
}
