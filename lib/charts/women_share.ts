/**
 * Women's share of participants, planned against actual, per project.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { CHART_TEXT } from "../i18n/charts.ts";
import { type ChartData, chartRows, legendEncoding, projectTooltip, records, withProjectLabels } from "./_rows.ts";
import { axisExtent, chartWidth, nameWidth } from "./layout.ts";
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
 * assertEquals((spec.title as { subtitle: string[] }).subtitle.join(" ").includes("(1 has none)"), true);
 * ```
 */
export function womenShare(data: ChartData, options: ChartOptions = {}): TopLevelSpec {
  const { lang, printWidth, maxProjects } = withDefaults(options);
  const text = CHART_TEXT[lang];
  const all = chartRows(data, ["women_share_planned", "women_share_actual"], lang);
  const withShares = all.filter((r) =>
    typeof r.women_share_planned === "number" || typeof r.women_share_actual === "number"
  );
  const left = all.length - withShares.length;
  // The periods of those without a split: one is named ("of 2014–2020").
  const leftPeriods = new Set(
    records(data, ["women_share_planned", "women_share_actual", "programme_period"])
      .filter((r) => typeof r.women_share_planned !== "number" && typeof r.women_share_actual !== "number")
      .map((r) => r.programme_period ?? null),
  );
  const leftPeriod = leftPeriods.size === 1 ? [...leftPeriods][0] : null;
  // Beyond maxProjects: those whose actual share moved furthest from the plan.
  const gap = (r: Record<string, unknown>) =>
    typeof r.women_share_planned === "number" && typeof r.women_share_actual === "number"
      ? Math.abs(r.women_share_actual - r.women_share_planned)
      : -1;
  const shown = [...withShares].sort((a, b) =>
    gap(b) - gap(a) || String(a.project_code).localeCompare(String(b.project_code))
  ).slice(0, maxProjects);
  const capped = shown.length < withShares.length ? shown.length : null;
  const rows = withProjectLabels(shown, nameWidth(printWidth));
  const plot = chartWidth(printWidth).inner - axisExtent(rows.map((r) => r.project_label as string), false);
  const domain = [text.planned, text.actual];
  const kind = {
    ...legendEncoding("kind", text.womenShare, domain, plot),
    scale: { domain, range: [PALETTE.orange, PALETTE.blue] },
  };
  const y = { field: "project_label", type: "nominal" as const, title: null, sort: null };
  return chartSpec({
    lang,
    title: text.womenShareTitle,
    subtitle: text.womenShareSubtitle(
      withShares.length,
      left,
      typeof leftPeriod === "string" ? leftPeriod : null,
      capped,
    ),
    description: text.womenShareDescription(withShares.length, capped),
    printWidth,
    height: Math.max(ROW_HEIGHT * 2, ROW_HEIGHT * rows.length),
    projects: { n: withShares.length, activeLeftOut: 0 },
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
          y,
          x: { aggregate: "min", field: "share", type: "quantitative" },
          x2: { aggregate: "max", field: "share" },
        },
      },
      {
        mark: { type: "point", filled: true, size: 90, opacity: 1 },
        encoding: {
          y,
          x: {
            field: "share",
            type: "quantitative",
            title: text.womenShareAxis,
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
