/**
 * Women's share of participants, planned against actual, per project.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { CHART_TEXT } from "../i18n/charts.ts";
import { type ChartData, chartRows, firstRows, projectTooltip } from "./_rows.ts";
import { chartSpec } from "./spec.ts";
import { type ChartOptions, FORMATS, PALETTE, ROW_HEIGHT, withDefaults } from "./theme.ts";

/**
 * Per project, the planned and the actual women's share of participants as
 * two marks joined by a line, with the 50 % rule. Projects without a women's
 * split (the 2014-2020 template has none) are left out and counted in the subtitle.
 *
 * @example Usage
 * ```ts
 * import { womenShare } from "./women_share.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const spec = womenShare([
 *   { project_code: "S11547", name: "MOK", status_normalised: "ended", women_share_planned: 100 / 199, women_share_actual: 102 / 119 },
 *   { project_code: "S22254", name: "Osaamiskeskus", status_normalised: "active", women_share_planned: null, women_share_actual: null },
 * ], { lang: "en" });
 * assertEquals((spec.title as { subtitle: string }).subtitle.includes("1 without a women's split"), true);
 * ```
 */
export function womenShare(data: ChartData, options: ChartOptions = {}): TopLevelSpec {
  const { lang, width, maxProjects } = withDefaults(options);
  const text = CHART_TEXT[lang];
  const all = chartRows(data, ["women_share_planned", "women_share_actual"], lang);
  const withShares = all.filter((r) =>
    typeof r.women_share_planned === "number" || typeof r.women_share_actual === "number"
  );
  const left = all.length - withShares.length;
  // Beyond maxProjects: those whose actual share moved furthest from the plan.
  const gap = (r: Record<string, unknown>) =>
    typeof r.women_share_planned === "number" && typeof r.women_share_actual === "number"
      ? Math.abs(r.women_share_actual - r.women_share_planned)
      : -1;
  const { rows, note } = firstRows(
    [...withShares].sort((a, b) => gap(b) - gap(a) || String(a.project_code).localeCompare(String(b.project_code))),
    maxProjects,
    lang,
    text.womenShareCapped,
  );
  const kind = {
    field: "kind",
    type: "nominal" as const,
    title: text.womenShare,
    scale: { domain: [text.planned, text.actual], range: [PALETTE.orange, PALETTE.blue] },
  };
  return chartSpec({
    lang,
    title: text.womenShareTitle,
    subtitle: text.womenShareSubtitle(rows.length, left, note),
    description: text.womenShareDescription(rows.length),
    width,
    height: Math.max(ROW_HEIGHT * 2, ROW_HEIGHT * rows.length),
  }, {
    data: { values: rows },
    transform: [
      { calculate: `datum.women_share_planned`, as: text.planned },
      { calculate: `datum.women_share_actual`, as: text.actual },
      { fold: [text.planned, text.actual], as: ["kind", "share"] },
      { filter: "isValid(datum.share)" },
    ],
    layer: [
      {
        mark: { type: "rule", color: PALETTE.grey, strokeWidth: 2 },
        encoding: {
          y: { field: "project_code", type: "nominal", title: text.project },
          x: { aggregate: "min", field: "share", type: "quantitative" },
          x2: { aggregate: "max", field: "share" },
        },
      },
      {
        mark: { type: "point", filled: true, size: 90, opacity: 1 },
        encoding: {
          y: { field: "project_code", type: "nominal", title: text.project },
          x: {
            field: "share",
            type: "quantitative",
            title: text.womenShare,
            axis: { format: FORMATS.percent },
            scale: { domain: [0, 1] },
          },
          color: kind,
          shape: { ...kind, scale: { domain: kind.scale.domain, range: ["circle", "diamond"] } },
          tooltip: [
            ...projectTooltip(lang),
            { field: "kind", type: "nominal", title: text.womenShare },
            { field: "share", type: "quantitative", title: text.value, format: FORMATS.percentOne },
          ],
        },
      },
      {
        data: { values: [{ half: 0.5 }] },
        mark: { type: "rule", color: PALETTE.black, strokeDash: [4, 3] },
        encoding: { x: { field: "half", type: "quantitative" } },
      },
    ],
  });
}
