/**
 * Where the corpus projects stand among all the programme's projects:
 * the distribution of public funding utilisation in the register.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { CHART_TEXT } from "../i18n/charts.ts";
import { type ChartData, records } from "./_rows.ts";
import { chartSpec } from "./spec.ts";
import { type ChartOptions, FORMATS, PALETTE, withDefaults } from "./theme.ts";

/** Options of {@linkcode programmeUtilisation}. */
export interface ProgrammeUtilisationOptions extends ChartOptions {
  /**
   * Utilisation above this is drawn in the last bin (a few register rows run far past 100 %).
   * @default {1.5}
   */
  clip?: number;
  /**
   * A subtitle naming the register's selection, e.g. "ESR 2007–2013, 2 775 hanketta".
   * @default {undefined}
   */
  selection?: string;
}

/**
 * A histogram (5 % bins) of public funding utilisation over the register's
 * projects, with a rule and the code for each corpus project the register lists.
 *
 * @example Usage
 * ```ts
 * import { programmeUtilisation } from "./programme_utilisation.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const spec = programmeUtilisation(
 *   [{ project_code: "S1", funding_utilisation: 0.9 }, { project_code: "S2", funding_utilisation: 0.5 }],
 *   [{ project_code: "S1", funding_utilisation: 0.9 }],
 *   { lang: "en" },
 * );
 * assertEquals(spec.description?.includes("2 register projects"), true);
 * ```
 */
export function programmeUtilisation(
  register: ChartData,
  corpus: ChartData,
  options: ProgrammeUtilisationOptions = {},
): TopLevelSpec {
  const { lang, width, height } = withDefaults(options);
  const clip = options.clip ?? 1.5;
  const text = CHART_TEXT[lang];
  const registerRows = records(register);
  const all = registerRows.filter((r) => typeof r.funding_utilisation === "number")
    .map((r) => ({ value: Math.min(r.funding_utilisation as number, clip) }));
  const codes = new Set(registerRows.map((r) => r.project_code));
  const marked = records(corpus).filter((r) => codes.has(r.project_code) && typeof r.funding_utilisation === "number")
    .map((r) => ({
      project_code: r.project_code,
      name: r.name ?? null,
      value: Math.min(r.funding_utilisation as number, clip),
    }));
  return chartSpec({
    lang,
    title: text.programmeUtilisationTitle,
    subtitle: `${options.selection ? options.selection + ". " : ""}${
      text.programmeUtilisationSubtitle(marked.length, clip)
    }`,
    description: text.programmeUtilisationDescription(all.length, marked.length),
    width,
    height,
  }, {
    layer: [
      {
        data: { values: all },
        mark: { type: "bar", color: PALETTE.skyBlue },
        encoding: {
          x: {
            field: "value",
            type: "quantitative",
            bin: { step: 0.05, extent: [0, clip + 0.05] },
            title: text.fundingUtilisation,
            axis: { format: FORMATS.percent },
          },
          y: { aggregate: "count", type: "quantitative", title: text.projectCount },
        },
      },
      {
        data: { values: marked },
        mark: { type: "rule", color: PALETTE.vermillion, strokeWidth: 2 },
        encoding: {
          x: { field: "value", type: "quantitative" },
          tooltip: [
            { field: "project_code", type: "nominal", title: text.code },
            { field: "name", type: "nominal", title: text.name },
            { field: "value", type: "quantitative", title: text.fundingUtilisation, format: FORMATS.percentOne },
          ],
        },
      },
      {
        data: { values: marked },
        mark: { type: "text", angle: 270, align: "left", dx: 4, dy: -4, fontSize: 9, color: PALETTE.vermillion },
        encoding: {
          x: { field: "value", type: "quantitative" },
          y: { value: 4 },
          text: { field: "project_code" },
        },
      },
    ],
  });
}
