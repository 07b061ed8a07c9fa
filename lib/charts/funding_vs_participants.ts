/**
 * Public funding against participants, with cost-per-participant guides.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { CHART_TEXT } from "../i18n/charts.ts";
import { type ChartData, chartRows, withValues } from "./_rows.ts";
import { projectPoints, type ScatterAxis } from "./scatter.ts";
import { chartSpec } from "./spec.ts";
import { type ChartOptions, FORMATS, PALETTE, withDefaults } from "./theme.ts";

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
  const text = CHART_TEXT[lang];
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
  const participants: ScatterAxis = {
    field: "participants_actual",
    title: text.participantsActual,
    format: FORMATS.integer,
    max: maxX,
  };
  const funding: ScatterAxis = {
    field: "funding_public_actual",
    title: text.fundingActual,
    format: FORMATS.euros,
    max: maxY,
  };
  return chartSpec({
    lang,
    title: text.fundingVsParticipantsTitle,
    subtitle: text.fundingVsParticipantsSubtitle(rows.length),
    description: text.fundingVsParticipantsDescription(rows.length, guides),
    width,
    height,
  }, {
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
      ...projectPoints(rows, lang, {
        x: participants,
        y: funding,
        nice: false,
        tooltip: [participants, funding, {
          field: "cost_per_participant",
          title: text.costPerParticipant,
          format: FORMATS.euros,
        }],
      }),
    ],
  });
}
