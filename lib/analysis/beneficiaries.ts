/**
 * Beneficiaries: the organisations that lead projects or implement them
 * with others (2014-2020 co-implementers), one row each, identified by
 * business ID (Y-tunnus), or by their normalised name when no ID is
 * printed.
 *
 * @module
 */
import pl from "nodejs-polars";
import { toJsonRecords } from "../frame/serialise.ts";
import { businessIdValid } from "../parse/business_id.ts";
import type { CoImplementer } from "../schema.ts";
import { type InterimTreatment, summariseBy } from "./summarise.ts";
import { textListSeries } from "./_series.ts";

/**
 * A business ID (Y-tunnus) in its standard form `1234567-8`: spaces taken
 * out, an old six-digit ID padded with a leading 0, a Finnish VAT number
 * (`FI12345678`) read as the ID it carries; null when it is none of these.
 *
 * @example Usage
 * ```ts
 * import { normaliseBusinessId } from "./beneficiaries.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(normaliseBusinessId(" 2296962 - 1 "), "2296962-1");
 * assertEquals(normaliseBusinessId("171450-7"), "0171450-7");
 * assertEquals(normaliseBusinessId("FI22969621"), "2296962-1");
 * assertEquals(normaliseBusinessId("ei ole"), null);
 * ```
 */
export function normaliseBusinessId(printed: string | null | undefined): string | null {
  if (!printed) return null;
  const compact = printed.replace(/[\s\u00A0\u202F]/g, "").replace(/[\u2010-\u2015]/g, "-");
  const id = compact.match(/^(\d{6,7})-(\d)$/);
  if (id) return `${id[1]!.padStart(7, "0")}-${id[2]}`;
  const vat = compact.match(/^FI(\d{7})(\d)$/i);
  return vat ? `${vat[1]}-${vat[2]}` : null;
}

/**
 * An organisation's name as it is compared: NFC, lower case, spaces and
 * dashes as one, quotes and a final full stop dropped, the legal forms
 * "r.y.", "ry." and "o.y." as "ry" and "oy".
 *
 * @example Usage
 * ```ts
 * import { organisationNameKey } from "./beneficiaries.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(organisationNameKey("  Paremmin  Yhdessä r.y. "), "paremmin yhdessä ry");
 * assertEquals(organisationNameKey("JYVÄSKYLÄN AMMATTIKORKEAKOULU OY"), "jyväskylän ammattikorkeakoulu oy");
 * ```
 */
export function organisationNameKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("fi")
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/["'”“„«»]/g, "")
    .replace(/[\s\u00A0\u202F]+/g, " ")
    .replace(/\b(r\.\s?y\.?|ry\.)(?=\s|$)/g, "ry")
    .replace(/\b(o\.\s?y\.?|oy\.)(?=\s|$)/g, "oy")
    .replace(/[.,;]+$/, "")
    .trim();
}

/** An organisation as one project prints it. */
interface Printed {
  name: string | null;
  business_id: string | null;
}

/**
 * The identity of every organisation printed: by business ID; a name
 * printed without an ID joins the organisation whose ID is printed with
 * the same name elsewhere, when exactly one is; otherwise by its name.
 */
function identify(all: readonly Printed[]): (printed: Printed) => string {
  const idsByName = new Map<string, Set<string>>();
  for (const { name, business_id } of all) {
    const id = normaliseBusinessId(business_id);
    if (name && id) {
      idsByName.set(organisationNameKey(name), (idsByName.get(organisationNameKey(name)) ?? new Set()).add(id));
    }
  }
  return ({ name, business_id }) => {
    const id = normaliseBusinessId(business_id);
    if (id) return `id:${id}`;
    if (!name) return "unknown";
    const ids = idsByName.get(organisationNameKey(name));
    return ids?.size === 1 ? `id:${[...ids][0]}` : `name:${organisationNameKey(name)}`;
  };
}

/** The value printed most often; on a tie, the first in code-point order. */
function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const sorted = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  return sorted[0]?.[0] ?? null;
}

/** Options of {@linkcode beneficiaries}. */
export interface BeneficiariesOptions {
  /**
   * Active projects (interim figures): kept (and counted), or left out altogether.
   * @default {"include"}
   */
  interim?: Exclude<InterimTreatment, "separate">;
}

/** Figures of the projects an organisation leads, from `summariseBy`, suffixed `_lead`. */
const LEAD_FIGURES = [
  "funding_public_planned",
  "funding_public_planned_n",
  "funding_public_actual",
  "funding_public_actual_n",
  "funding_eu_state_granted",
  "funding_eu_state_granted_n",
  "funding_utilisation",
  "funding_utilisation_n",
  "participants_planned",
  "participants_planned_n",
  "participants_actual",
  "participants_actual_n",
  "participant_realisation",
  "participant_realisation_n",
];
/** Figures of the joint projects it implements with others: whole projects, its share is not printed. */
const CO_FIGURES = ["funding_public_actual", "funding_public_actual_n", "participants_actual", "participants_actual_n"];

/**
 * One row per organisation that leads a project or co-implements one:
 * `organisation_key` (`id:1234567-8`, or `name:…` when no ID is known,
 * `unknown:N` for one printed with neither: each apart),
 * `business_id`, `business_id_valid` (check digit), `organisation_name`
 * (the name printed most often), `names_printed` (every spelling), the
 * `organisation_type` printed most often, `projects_total`,
 * `projects_lead`, `projects_lead_interim` (of those it leads, the active
 * ones: their figures are interim), `projects_co`, `project_codes`; for the projects it
 * leads, `summarise`'s funding and participant figures with `_lead` (sums,
 * weighted utilisation and realisation, each with its `_n`); for the joint
 * projects it co-implements, the whole projects' actual funding and
 * participants with `_co` (an organisation's share is not printed). Sorted
 * by projects, then funding as lead, then name.
 *
 * @example Usage
 * ```ts
 * import pl from "nodejs-polars";
 * import { beneficiaries } from "./beneficiaries.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const projects = pl.DataFrame({
 *   project_code: ["S1", "S2"], organisation_name: ["Kuopion kaupunki", "KUOPION KAUPUNKI"], business_id: ["0171450-7", null],
 *   organisation_type: ["Kunta", "Kunta"], funding_public_actual: [100, 50],
 * });
 * const [row] = beneficiaries(projects).toRecords();
 * assertEquals([row!.business_id, row!.projects_lead, row!.funding_public_actual_lead], ["0171450-7", 2, 150]);
 * ```
 */
export function beneficiaries(all: pl.DataFrame, options: BeneficiariesOptions = {}): pl.DataFrame {
  const projects = options.interim === "exclude"
    ? all.filter(pl.col("status_normalised").neq(pl.lit("active")).or(pl.col("status_normalised").isNull()))
    : all;
  const wanted = ["project_code", "organisation_name", "business_id", "organisation_type", "co_implementers"];
  const rows = toJsonRecords(projects.select(...wanted.filter((c) => projects.columns.includes(c))));
  const leads: Printed[] = rows.map((row) => ({
    name: (row.organisation_name as string | null) ?? null,
    business_id: (row.business_id as string | null) ?? null,
  }));
  const partners = rows.map((row) => ((row.co_implementers as CoImplementer[] | null) ?? []));
  const identified = identify([...leads, ...partners.flat()]);
  // An organisation printed with neither name nor ID is no known one: a row of its own, never one with the others.
  let unnamed = 0;
  const keyOf = (printed: Printed) => {
    const key = identified(printed);
    return key === "unknown" ? `unknown:${++unnamed}` : key;
  };
  const leadKeys = leads.map(keyOf);
  const partnerKeys = partners.map((list) => list.map(keyOf));
  const coKeys = partnerKeys.map((keys, i) => [...new Set(keys)].filter((key) => key !== leadKeys[i]));

  const identities = new Map<
    string,
    { names: string[]; types: string[]; codes: Set<string>; lead: number; co: number }
  >();
  const identity = (key: string) => {
    if (!identities.has(key)) identities.set(key, { names: [], types: [], codes: new Set(), lead: 0, co: 0 });
    return identities.get(key)!;
  };
  rows.forEach((row, i) => {
    const lead = identity(leadKeys[i]!);
    lead.lead++;
    if (leads[i]!.name) lead.names.push(leads[i]!.name!.trim());
    if (row.organisation_type) lead.types.push(String(row.organisation_type));
    if (row.project_code) lead.codes.add(String(row.project_code));
    partners[i]!.forEach((partner, j) => {
      const key = partnerKeys[i]![j]!;
      if (key !== leadKeys[i]) identity(key).names.push(partner.name.trim());
    });
    for (const key of coKeys[i]!) {
      identity(key).co++;
      if (row.project_code) identity(key).codes.add(String(row.project_code));
    }
  });
  const keys = [...identities.keys()];
  const who = pl.DataFrame([
    pl.Series("organisation_key", keys, pl.Utf8),
    pl.Series("business_id", keys.map((k) => k.startsWith("id:") ? k.slice(3) : null), pl.Utf8),
    pl.Series("business_id_valid", keys.map((k) => k.startsWith("id:") ? businessIdValid(k.slice(3)) : null), pl.Bool),
    pl.Series("organisation_name", keys.map((k) => mostCommon(identities.get(k)!.names)), pl.Utf8),
    textListSeries("names_printed", keys.map((k) => [...new Set(identities.get(k)!.names)].sort())),
    pl.Series("organisation_type", keys.map((k) => mostCommon(identities.get(k)!.types)), pl.Utf8),
    pl.Series("projects_total", keys.map((k) => identities.get(k)!.lead + identities.get(k)!.co), pl.Int64),
    pl.Series("projects_lead", keys.map((k) => identities.get(k)!.lead), pl.Int64),
    pl.Series("projects_co", keys.map((k) => identities.get(k)!.co), pl.Int64),
    textListSeries("project_codes", keys.map((k) => [...identities.get(k)!.codes].sort())),
  ]);
  const lead = summariseBy(projects.withColumns(pl.Series("organisation_key", leadKeys, pl.Utf8)), [
    "organisation_key",
  ]).select(
    "organisation_key",
    pl.col("n_interim").alias("projects_lead_interim"),
    ...LEAD_FIGURES.map((c) => pl.col(c).alias(`${c.replace(/_n$/, "")}_lead${c.endsWith("_n") ? "_n" : ""}`)),
  );
  const coRows = projects.withColumns(textListSeries("organisation_key", coKeys)).explode("organisation_key")
    .withColumns(pl.col("organisation_key").cast(pl.Utf8)).filter(pl.col("organisation_key").isNotNull());
  const co = summariseBy(coRows, ["organisation_key"])
    .select(
      "organisation_key",
      ...CO_FIGURES.map((c) => pl.col(c).alias(`${c.replace(/_n$/, "")}_co${c.endsWith("_n") ? "_n" : ""}`)),
    );
  const counts = [...lead.columns, ...co.columns].filter((c) => c.endsWith("_n") || c === "projects_lead_interim");
  return who.join(lead, { on: "organisation_key", how: "left" }).join(co, { on: "organisation_key", how: "left" })
    .withColumns(...counts.map((c) => pl.col(c).fillNull(0).cast(pl.Int64)))
    .sort({
      by: ["projects_total", "funding_public_actual_lead", "organisation_name"],
      descending: [true, true, false],
      nullsLast: true,
    });
}
