/**
 * Planned against actual participants per project, with the 100 % line.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { type ChartData, chartRows, projectTooltip, statusColour, statusShape, withValues } from "./_rows.ts";
import { chartConfig, type ChartOptions, FORMATS, labels, PALETTE, withDefaults } from "./theme.ts";

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
  const text = labels(lang);
  const rows = withValues(
    chartRows(data, ["participants_planned", "participants_actual", "participant_realisation"], lang),
    ["participants_planned", "participants_actual"],
  );
  const max = Math.max(1, ...rows.flatMap((r) => [r.participants_planned as number, r.participants_actual as number]));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: {
      text: lang === "fi" ? "Suunnitellut ja toteutuneet osallistujat" : "Planned and actual participants",
      subtitle: lang === "fi"
        ? `Aloittaneet henkilöt, ${rows.length} hanketta. Katkoviiva: toteutunut = suunniteltu (100 %).`
        : `Participants who started, ${rows.length} projects. Dashed line: actual = planned (100 %).`,
    },
    description: lang === "fi"
      ? `Suunnitellut ja toteutuneet osallistujat hankkeittain (${rows.length} hanketta, joilla molemmat luvut); ` +
        "viiva kohdassa, jossa toteutunut on yhtä suuri kuin suunniteltu."
      : `Planned and actual participants per project (${rows.length} projects with both figures), ` +
        "with the line where actual equals planned.",
    width,
    height,
    config: chartConfig(lang),
    layer: [
      {
        data: { values: [{ v: 0 }, { v: max }] },
        mark: { type: "line", color: PALETTE.grey, strokeDash: [4, 4] },
        encoding: { x: { field: "v", type: "quantitative" }, y: { field: "v", type: "quantitative" } },
      },
      {
        data: { values: rows },
        mark: { type: "point", filled: true, size: 80, opacity: 0.9 },
        encoding: {
          x: {
            field: "participants_planned",
            type: "quantitative",
            title: text.participantsPlanned,
            axis: { format: FORMATS.integer },
            scale: { domain: [0, max], nice: true },
          },
          y: {
            field: "participants_actual",
            type: "quantitative",
            title: text.participantsActual,
            axis: { format: FORMATS.integer },
            scale: { domain: [0, max], nice: true },
          },
          color: statusColour(rows, lang),
          shape: statusShape(rows, lang),
          tooltip: [
            ...projectTooltip(lang),
            { field: "participants_planned", type: "quantitative", title: text.planned, format: FORMATS.integer },
            { field: "participants_actual", type: "quantitative", title: text.actual, format: FORMATS.integer },
            {
              field: "participant_realisation",
              type: "quantitative",
              title: text.realisation,
              format: FORMATS.percentOne,
            },
          ],
        },
      },
      {
        data: { values: rows },
        mark: { type: "text", align: "left", dx: 7, dy: -7, fontSize: 10 },
        encoding: {
          x: { field: "participants_planned", type: "quantitative" },
          y: { field: "participants_actual", type: "quantitative" },
          text: { field: "project_code" },
        },
      },
    ],
  };
}
