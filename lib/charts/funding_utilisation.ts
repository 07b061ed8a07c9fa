/**
 * Funding utilisation per project: planned (or granted) → actual.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { CHART_TEXT } from "../i18n/charts.ts";
import { type ChartData, chartRows, withValues } from "./_rows.ts";
import { ratioBars } from "./_ratio_bars.ts";
import { type ChartOptions, FORMATS, withDefaults } from "./theme.ts";

/** Options of {@linkcode fundingUtilisation}. */
export interface FundingUtilisationOptions extends ChartOptions {
  /**
   * `public`: actual ÷ planned public funding in total; `eu_state`: actual ÷
   * granted EU and state funding.
   * @default {"public"}
   */
  basis?: "public" | "eu_state";
}

/**
 * Bars of funding utilisation per project, sorted, with the 100 % rule;
 * active projects coloured apart (their utilisation is interim).
 *
 * @example Usage
 * ```ts
 * import { fundingUtilisation } from "./funding_utilisation.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const spec = fundingUtilisation([
 *   { project_code: "S22254", name: "Osaamiskeskus", status_normalised: "active", funding_public_planned: 1122206, funding_public_actual: 143265, funding_utilisation: 143265 / 1122206 },
 * ]);
 * assertEquals((spec as { data: { values: unknown[] } }).data.values.length, 1);
 * ```
 */
export function fundingUtilisation(data: ChartData, options: FundingUtilisationOptions = {}): TopLevelSpec {
  const { lang, printWidth, maxProjects } = withDefaults(options);
  const basis = options.basis ?? "public";
  const text = CHART_TEXT[lang];
  const [field, title, axisTitle, planned, actual] = basis === "public"
    ? [
      "funding_utilisation",
      text.fundingUtilisationTitlePublic,
      text.fundingUtilisationAxis,
      { column: "funding_public_planned", label: text.fundingPlanned },
      { column: "funding_public_actual", label: text.fundingActual },
    ]
    : [
      "funding_utilisation_eu_state",
      text.fundingUtilisationTitleEuState,
      text.fundingEuStateUtilisationAxis,
      { column: "funding_eu_state_granted", label: text.fundingGranted },
      { column: "funding_eu_state_actual", label: text.fundingEuStateActual },
    ];
  const rows = withValues(chartRows(data, [planned.column, actual.column, field], lang), [field]);
  return ratioBars({
    rows,
    field,
    axisTitle,
    title,
    subtitle: text.fundingUtilisationSubtitle(actual, planned, rows.length),
    description: (interim) => text.fundingUtilisationDescription(actual, planned, rows.length, interim),
    tooltip: [
      { field: planned.column, title: planned.label, format: FORMATS.euros },
      { field: actual.column, title: actual.label, format: FORMATS.euros },
      { field, title: text.fundingUtilisation, format: FORMATS.percentOne },
    ],
    lang,
    printWidth,
    maxProjects,
  });
}
