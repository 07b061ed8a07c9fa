/**
 * The organisations with the most projects (or funding), as lead and as
 * co-implementer.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { ANALYSIS_TEXT } from "../i18n/analysis.ts";
import { ANALYSIS_NAMES } from "../i18n/analysis_names.ts";
import { formatEuros } from "../i18n/format.ts";
import { type ChartData, type ChartRow, firstSorted } from "./_rows.ts";
import { interimLine } from "./_interim.ts";
import { chartSpec } from "./spec.ts";
import { nameWidth } from "./layout.ts";
import { shortenText } from "./text_width.ts";
import { type ChartOptions, FONT_SIZES, FORMATS, PALETTE, ROW_HEIGHT, withDefaults } from "./theme.ts";

/** Options of {@linkcode topBeneficiaries}. */
export interface TopBeneficiariesOptions extends ChartOptions {
  /**
   * How many organisations are drawn.
   * @default {15}
   */
  top?: number;
  /**
   * Which organisations come first: most projects (lead and co-implementer), or most actual public funding as lead.
   * @default {"projects"}
   */
  rankBy?: "projects" | "funding";
}

/**
 * Stacked bars of each organisation's projects as lead (blue) and as
 * co-implementer (orange), the top organisations of `beneficiaries()` by
 * projects or by funding, each labelled with its projects and the actual
 * public funding it received as lead. Names are cut to the axis' width
 * (`nameWidth`), after a whole word; a name two organisations share gets
 * its business ID.
 *
 * @example Usage
 * ```ts
 * import { topBeneficiaries } from "./beneficiaries.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const spec = topBeneficiaries([
 *   { organisation_key: "id:0171450-7", business_id: "0171450-7", organisation_name: "Kuopion kaupunki", projects_total: 2, projects_lead: 1, projects_co: 1, funding_public_actual_lead: 1011286 },
 * ], { lang: "en" }) as { data: { values: { role: string }[] } };
 * assertEquals(spec.data.values.map((v) => v.role), ["as lead", "as co-implementer"]);
 * ```
 */
export function topBeneficiaries(table: ChartData, options: TopBeneficiariesOptions = {}): TopLevelSpec {
  const { lang, printWidth } = withDefaults(options);
  const top = options.top ?? 15;
  const byFunding = options.rankBy === "funding";
  // Cut where the axis' room ends, after a whole word: 44 characters cut a name that fitted ("… / Lapin yli…").
  const shortName = (name: string) => shortenText(name, nameWidth(printWidth), { fontSize: FONT_SIZES.text });
  const text = ANALYSIS_TEXT[lang];
  const names = ANALYSIS_NAMES[lang];
  // Only the columns drawn, and of the organisations drawn: the table's lists of projects and the like became objects
  // for every organisation.
  const funding = (row: ChartRow) =>
    typeof row.funding_public_actual_lead === "number" ? row.funding_public_actual_lead : -1;
  const { rows: ranked, total } = firstSorted(
    table,
    [
      "organisation_name",
      "business_id",
      "projects_total",
      "projects_lead",
      "projects_co",
      "projects_lead_interim",
      "funding_public_actual_lead",
    ],
    ["projects_total", "funding_public_actual_lead"],
    (a, b) =>
      byFunding
        ? funding(b) - funding(a) || Number(b.projects_total) - Number(a.projects_total)
        : Number(b.projects_total) - Number(a.projects_total) || funding(b) - funding(a),
    top,
  );
  const counts = new Map<string, number>();
  for (const row of ranked) {
    counts.set(
      shortName(String(row.organisation_name ?? "–")),
      (counts.get(shortName(String(row.organisation_name ?? "–"))) ?? 0) + 1,
    );
  }
  const label = (row: ChartRow) => {
    const name = shortName(String(row.organisation_name ?? "–"));
    return (counts.get(name) ?? 0) > 1 && row.business_id ? `${name} (${row.business_id})` : name;
  };
  const order = ranked.map(label);
  const fullLabel = (row: ChartRow) => {
    const name = String(row.organisation_name ?? "–");
    return (counts.get(shortName(name)) ?? 0) > 1 && row.business_id ? `${name} (${row.business_id})` : name;
  };
  // The co-implementers' bars, and their legend, only where an organisation drawn implements jointly.
  const jointly = ranked.some((row) => Number(row.projects_co ?? 0) > 0);
  const roles = jointly ? [names.lead, names.coImplementer] : [names.lead];
  const values = ranked.flatMap((row) =>
    [
      { organisation: label(row), role: names.lead, projects: Number(row.projects_lead ?? 0), position: 0 },
      {
        organisation: label(row),
        role: names.coImplementer,
        projects: Number(row.projects_co ?? 0),
        position: Number(row.projects_lead ?? 0),
      },
    ].filter((bar) => roles.includes(bar.role)).map((bar) => ({
      ...bar,
      business_id: row.business_id ?? null,
      total: Number(row.projects_total ?? 0),
      funding: row.funding_public_actual_lead ?? null,
      label: text.beneficiariesLabel(
        Number(row.projects_total ?? 0),
        formatEuros(row.funding_public_actual_lead, lang),
      ),
    }))
  );
  const max = Math.max(1, ...ranked.map((row) => Number(row.projects_total ?? 0)));
  const step = Math.max(1, Math.ceil(max / 8));
  const y = { field: "organisation", type: "nominal" as const, sort: order, title: null, axis: { labelLimit: 300 } };
  return chartSpec({
    lang,
    title: text.beneficiariesTitle,
    // The funding as lead of an organisation leading active projects includes their interim figures: the picture says so.
    subtitle: text.beneficiariesSubtitle(ranked.length, total, byFunding) +
      (jointly ? "" : text.beneficiariesLeadOnly) +
      interimLine(ranked.map((row) => [label(row), Number(row.projects_lead_interim ?? 0)]), lang),
    // The description has room for the first organisation's whole name (the bar's is cut).
    description: text.beneficiariesDescription(ranked.length, ranked[0] ? fullLabel(ranked[0]) : null),
    printWidth,
    height: Math.max(ROW_HEIGHT * 2, ROW_HEIGHT * ranked.length),
  }, {
    data: { values },
    layer: [
      {
        mark: { type: "bar", height: { band: 0.7 } },
        encoding: {
          y,
          x: {
            field: "projects",
            type: "quantitative",
            stack: "zero",
            title: text.projectCount,
            // Whole projects only: at most about eight ticks, at whole steps.
            axis: {
              format: FORMATS.integer,
              values: Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step),
            },
            scale: { domain: [0, max * 1.45] },
          },
          color: {
            field: "role",
            type: "nominal",
            title: text.role,
            scale: { domain: roles, range: [PALETTE.blue, PALETTE.orange].slice(0, roles.length) },
            // Lead only: the subtitle says so, a legend of one entry would not tell more.
            ...(jointly ? {} : { legend: null }),
          },
          order: { field: "position" },
          tooltip: [
            { field: "organisation", type: "nominal", title: text.organisation },
            { field: "business_id", type: "nominal", title: text.businessId },
            { field: "role", type: "nominal", title: text.role },
            { field: "projects", type: "quantitative", title: text.projectCount },
            { field: "funding", type: "quantitative", title: text.fundingAsLead, format: FORMATS.euros },
          ],
        },
      },
      {
        transform: [{ filter: `datum.role === '${names.lead.replaceAll("'", "\\'")}'` }],
        mark: { type: "text", align: "left", dx: 4, fontSize: FONT_SIZES.text },
        encoding: { y, x: { field: "total", type: "quantitative" }, text: { field: "label" } },
      },
    ],
  });
}
