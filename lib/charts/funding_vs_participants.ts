/**
 * Public funding against participants, with cost-per-participant guides.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { type ChartData, chartRows, projectTooltip, statusColour, statusShape, withValues } from "./_rows.ts";
import { chartConfig, type ChartOptions, FORMATS, labels, PALETTE, withDefaults } from "./theme.ts";

/** Options of {@linkcode fundingVsParticipants}. */
export interface FundingVsParticipantsOptions extends ChartOptions {
  /**
   * Euros per participant drawn as guide lines through the origin.
   * @default {[2000, 5000, 10000, 20000]}
   */
  guides?: number[];
}

/**
 * A scatter of actual participants (x) against actual public funding (y),
 * one point per project with both figures; the lines through the origin
 * mark constant costs per participant.
 *
 * @example Usage
 * ```ts
 * import { fundingVsParticipants } from "./funding_vs_participants.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const spec = fundingVsParticipants([
 *   { project_code: "S11547", name: "MOK", status_normalised: "ended", participants_actual: 119, funding_public_actual: 614153, cost_per_participant: 614153 / 119 },
 * ], { guides: [5000] });
 * assertEquals(spec.description?.includes("5000"), true);
 * ```
 */
export function fundingVsParticipants(data: ChartData, options: FundingVsParticipantsOptions = {}): TopLevelSpec {
  const { lang, width, height } = withDefaults(options);
  const guides = options.guides ?? [2000, 5000, 10000, 20000];
  const text = labels(lang);
  const rows = withValues(
    chartRows(data, ["participants_actual", "funding_public_actual", "cost_per_participant"], lang),
    ["participants_actual", "funding_public_actual"],
  );
  const maxX = Math.max(1, ...rows.map((r) => r.participants_actual as number)) * 1.1;
  const maxY = Math.max(1, ...rows.map((r) => r.funding_public_actual as number)) * 1.1;
  // Each guide runs from the origin to where it leaves the plotting area.
  const guideLines = guides.flatMap((euros) => {
    const end = Math.min(maxX, maxY / euros);
    return [{ euros, x: 0, y: 0, end: false }, { euros, x: end, y: end * euros, end: true }];
  });
  const fi = lang === "fi";
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: {
      text: fi ? "Julkinen rahoitus ja osallistujat" : "Public funding and participants",
      subtitle: fi
        ? `Toteutuneet luvut, ${rows.length} hanketta. Viivat: sama hinta osallistujaa kohden.`
        : `Actual figures, ${rows.length} projects. Lines: equal cost per participant.`,
    },
    description: fi
      ? `Toteutunut julkinen rahoitus ja toteutuneet osallistujat hankkeittain (${rows.length} hanketta); ` +
        `apuviivat ${guides.join(", ")} euroa osallistujaa kohden.`
      : `Actual public funding against actual participants per project (${rows.length} projects), ` +
        `with guide lines at ${guides.join(", ")} euros per participant.`,
    width,
    height,
    config: chartConfig(lang),
    layer: [
      {
        data: { values: guideLines },
        mark: { type: "line", color: PALETTE.grey, strokeDash: [2, 3], strokeWidth: 1 },
        encoding: {
          x: { field: "x", type: "quantitative" },
          y: { field: "y", type: "quantitative" },
          detail: { field: "euros", type: "quantitative" },
        },
      },
      {
        data: { values: guideLines },
        transform: [{ filter: "datum.end" }],
        mark: { type: "text", align: "right", baseline: "bottom", dx: -2, dy: -2, fontSize: 9, color: "#444444" },
        encoding: {
          x: { field: "x", type: "quantitative" },
          y: { field: "y", type: "quantitative" },
          text: { field: "euros", type: "quantitative", format: FORMATS.euros },
        },
      },
      {
        data: { values: rows },
        mark: { type: "point", filled: true, size: 80, opacity: 0.9 },
        encoding: {
          x: {
            field: "participants_actual",
            type: "quantitative",
            title: text.participantsActual,
            axis: { format: FORMATS.integer },
            scale: { domain: [0, maxX], nice: false },
          },
          y: {
            field: "funding_public_actual",
            type: "quantitative",
            title: text.fundingActual,
            axis: { format: FORMATS.euros },
            scale: { domain: [0, maxY], nice: false },
          },
          color: statusColour(rows, lang),
          shape: statusShape(rows, lang),
          tooltip: [
            ...projectTooltip(lang),
            {
              field: "participants_actual",
              type: "quantitative",
              title: text.participantsActual,
              format: FORMATS.integer,
            },
            { field: "funding_public_actual", type: "quantitative", title: text.fundingActual, format: FORMATS.euros },
            {
              field: "cost_per_participant",
              type: "quantitative",
              title: text.costPerParticipant,
              format: FORMATS.euros,
            },
          ],
        },
      },
      {
        data: { values: rows },
        mark: { type: "text", align: "left", dx: 7, dy: -7, fontSize: 10 },
        encoding: {
          x: { field: "participants_actual", type: "quantitative" },
          y: { field: "funding_public_actual", type: "quantitative" },
          text: { field: "project_code" },
        },
      },
    ],
  };
}
