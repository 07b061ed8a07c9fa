/**
 * Funding utilisation per project: planned (or granted) → actual.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { type ChartData, chartRows, withValues } from "./_rows.ts";
import { ratioBars } from "./_ratio_bars.ts";
import { type ChartOptions, FORMATS, labels, withDefaults } from "./theme.ts";

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
  const { lang, width, maxProjects } = withDefaults(options);
  const basis = options.basis ?? "public";
  const text = labels(lang);
  const [field, planned, actual, plannedTitle, actualTitle] = basis === "public"
    ? [
      "funding_utilisation",
      "funding_public_planned",
      "funding_public_actual",
      text.fundingPlanned,
      text.fundingActual,
    ]
    : [
      "funding_utilisation_eu_state",
      "funding_eu_state_granted",
      "funding_eu_state_actual",
      text.fundingGranted,
      text.fundingEuStateActual,
    ];
  const rows = withValues(chartRows(data, [planned, actual, field], lang), [field]);
  const fi = lang === "fi";
  return ratioBars({
    rows,
    field,
    axisTitle: text.fundingUtilisation,
    title: fi
      ? (basis === "public" ? "Julkisen rahoituksen käyttöaste" : "EU- ja valtion rahoituksen käyttöaste")
      : (basis === "public" ? "Public funding utilisation" : "EU and state funding utilisation"),
    subtitle: fi
      ? `${actualTitle} ÷ ${plannedTitle.toLowerCase()}, ${rows.length} hanketta. Viiva: 100 %.`
      : `${actualTitle} ÷ ${plannedTitle.toLowerCase()}, ${rows.length} projects. Rule: 100 %.`,
    description: fi
      ? `Rahoituksen käyttöaste (${actualTitle.toLowerCase()} ÷ ${plannedTitle.toLowerCase()}) hankkeittain, ` +
        `järjestettynä, ${rows.length} hanketta, viiva 100 %:n kohdalla; käynnissä olevat hankkeet merkitty väliaikaisiksi.`
      : `Funding utilisation (${actual} / ${planned}) per project, sorted, ${rows.length} projects, ` +
        "with a rule at 100 %; active projects marked as interim.",
    tooltip: [
      { field: planned, title: plannedTitle, format: FORMATS.euros },
      { field: actual, title: actualTitle, format: FORMATS.euros },
      { field, title: text.fundingUtilisation, format: FORMATS.percentOne },
    ],
    lang,
    width,
    maxProjects,
  });
}
