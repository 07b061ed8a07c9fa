/**
 * Public funding against participants, with cost-per-participant guides.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { CHART_TEXT } from "../i18n/charts.ts";
import { formatEuros } from "../i18n/format.ts";
import { roundScale } from "./_metrics.ts";
import { type ChartData, chartRows, withValues } from "./_rows.ts";
import { GUIDE_LABEL_GAP, type LineEndSide, type Segment } from "./_point_labels.ts";
import { labelledNote, projectPoints, type ScatterAxis } from "./scatter.ts";
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

/** A guide's name at its line's end, by the side it takes (see `LabelSpace.takeAtLineEnd`): text beside the end. */
const LINE_END_MARKS: Record<
  LineEndSide,
  { align: "left" | "right"; baseline: "top" | "bottom"; dx: number; dy: number }
> = {
  "top-right": { align: "left", baseline: "top", dx: GUIDE_LABEL_GAP, dy: 2 },
  "top-left": { align: "right", baseline: "top", dx: -GUIDE_LABEL_GAP, dy: 2 },
  "right-above": { align: "right", baseline: "bottom", dx: -GUIDE_LABEL_GAP, dy: -GUIDE_LABEL_GAP },
};

/**
 * A scatter of actual participants (x) against actual public funding (y),
 * one point per project with both figures; the dashed lines through the
 * origin mark constant funding per participant, each with its label (a guide
 * whose label finds no room, or that alone stands in a project's name's way,
 * is left out; the description lists those drawn). The most and the least
 * expensive projects per participant, and the largest, are named where their
 * names fit.
 *
 * @example Usage
 * ```ts
 * import { fundingVsParticipants } from "./funding_vs_participants.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const spec = fundingVsParticipants([
 *   { project_code: "S11547", name: "MOK", status_normalised: "ended", participants_actual: 119, funding_public_actual: 614153, cost_per_participant: 614153 / 119 },
 * ], { guides: [5000] });
 * assertEquals(spec.description?.includes("5\u00A0000 euroa"), true);
 * ```
 */
export function fundingVsParticipants(data: ChartData, options: FundingVsParticipantsOptions = {}): TopLevelSpec {
  const { lang, printWidth, height } = withDefaults(options);
  const guides = options.guides ?? [2000, 5000, 10000, 20000];
  const text = CHART_TEXT[lang];
  const rows = withValues(
    chartRows(data, ["participants_actual", "funding_public_actual", "cost_per_participant"], lang),
    ["participants_actual", "funding_public_actual"],
  );
  // Each axis ends at a round value with a tick, at least a tenth past its largest point (room for names).
  const xScale = roundScale(Math.max(1, ...rows.map((r) => r.participants_actual as number)) * 1.1, "count");
  const yScale = roundScale(Math.max(1, ...rows.map((r) => r.funding_public_actual as number)) * 1.1, "euros");
  const [maxX, maxY] = [xScale.top, yScale.top];
  // Each guide runs from the origin to where it leaves the plotting area.
  const segments: Segment[] = guides.map((euros) => {
    const end = Math.min(maxX, maxY / euros);
    return [0, 0, end, end * euros];
  });
  const participants: ScatterAxis = {
    field: "participants_actual",
    title: text.participantsActualAxis,
    format: FORMATS.integer,
    max: maxX,
    values: xScale.values,
  };
  const funding: ScatterAxis = {
    field: "funding_public_actual",
    title: text.fundingActualAxis,
    format: FORMATS.integer,
    max: maxY,
    values: yScale.values,
  };
  const points = projectPoints(rows, lang, {
    x: participants,
    y: funding,
    tooltip: [
      { ...participants, title: text.participantsActual },
      { ...funding, title: text.fundingActual, format: FORMATS.euros },
      { field: "cost_per_participant", title: text.costPerParticipant, format: FORMATS.euros },
    ],
    named: { ratio: ["funding_public_actual", "participants_actual"], size: "funding_public_actual" },
    // The guides stay: names give way to them (they run through the data, where the weighted cost lies).
    lines: segments.map((segment, i) => ({ segment, label: formatEuros(guides[i]!, lang) })),
    printWidth,
    height,
  });
  // Every guide is drawn, named at its end where it meets the frame (the band past the points, named before any
  // point); a guide whose name finds no room there is unnamed, and then the subtitle names every guide in order.
  const drawn = guides.map((euros, i) => {
    const at = points.lineLabels[i];
    return { euros, segment: segments[i]!, label: at ? { euros, ...at } : null };
  });
  const allLabelled = drawn.every((guide) => guide.label !== null);
  const inOrder = [...guides].sort((a, b) => a - b);
  return chartSpec({
    lang,
    title: text.fundingVsParticipantsTitle,
    subtitle: text.fundingVsParticipantsSubtitle(rows.length, allLabelled ? [] : inOrder) + points.note +
      labelledNote(lang, points.labelled, rows.length),
    description: text.fundingVsParticipantsDescription(rows.length, drawn.map((guide) => guide.euros)),
    printWidth,
    height,
    projects: { n: rows.length, activeLeftOut: 0 },
  }, {
    layer: [
      {
        data: {
          values: drawn.flatMap((
            { euros, segment: [x1, y1, x2, y2] },
          ) => [{ euros, x: x1, y: y1 }, { euros, x: x2, y: y2 }]),
        },
        mark: { type: "line", color: PALETTE.grey, strokeDash: [2, 3], strokeWidth: 1 },
        encoding: {
          x: { field: "x", type: "quantitative" },
          y: { field: "y", type: "quantitative" },
          detail: { field: "euros", type: "quantitative" },
        },
      },
      ...(Object.keys(LINE_END_MARKS) as LineEndSide[]).flatMap((side) => {
        const labels = drawn.flatMap((guide) => guide.label?.side === side ? [guide.label] : []);
        return labels.length === 0 ? [] : [{
          data: { values: labels },
          mark: { type: "text" as const, ...LINE_END_MARKS[side], color: "#444444" },
          encoding: {
            x: { field: "x", type: "quantitative" as const },
            y: { field: "y", type: "quantitative" as const },
            text: { field: "euros", type: "quantitative" as const, format: FORMATS.euros },
          },
        }];
      }),
      ...points.layers,
    ],
  });
}
