/**
 * Metrics by region: every project counted in each region it names (after
 * the names are normalised, see `region_names.ts`), nationwide projects
 * apart, and the names no region was found for kept as rows of their own.
 *
 * @module
 */
import pl from "nodejs-polars";
import { ANALYSIS_NAMES } from "../i18n/analysis_names.ts";
import type { Language } from "../i18n/mod.ts";
import { completeGroups, type InterimTreatment, summariseBy } from "./summarise.ts";
import { projectArea, REGION_CODES } from "./region_names.ts";
import { textListSeries } from "./_series.ts";

/** The kind of a row of the region table. */
export type AreaKind = "region" | "nationwide" | "unrecognised" | "none";

/** Options of {@linkcode regionSummary}. */
export interface RegionSummaryOptions {
  /**
   * The language of `region_name`.
   * @default {"fi"}
   */
  lang?: Language;
  /**
   * Active projects (interim figures): kept, left out or apart (see `summarise`).
   * @default {"include"}
   */
  interim?: InterimTreatment;
}

const NATIONWIDE = "nationwide";
const NONE = "none";
const UNRECOGNISED = "unrecognised:";

/** The kind of area a key of {@linkcode areaKeys} names. */
export function areaKind(key: string): AreaKind {
  return key.startsWith("MK") ? "region" : key === NATIONWIDE ? "nationwide" : key === NONE ? "none" : "unrecognised";
}

/** The name an `unrecognised:` key was printed as. */
const printed = (key: string) => key.slice(UNRECOGNISED.length);

/** An area's key for people: a region's code as it is, a name not recognised as printed, else its kind in words. */
export function areaKeyText(key: string, lang: Language): string {
  const kind = areaKind(key);
  return kind === "region" ? key : kind === "unrecognised" ? printed(key) : ANALYSIS_NAMES[lang].areaKind(kind);
}

/**
 * The keys a project counts under: its region codes, `nationwide`, an
 * `unrecognised:` key per name no region was found for, or `none` when it
 * names no area at all; and whether it counts in more than one region.
 */
export function areaKeys(regions: readonly string[] | null): { keys: string[]; shared: boolean } {
  const area = projectArea(regions ?? []);
  const keys = [
    ...area.codes,
    ...(area.nationwide ? [NATIONWIDE] : []),
    ...area.unrecognised.map((name) => UNRECOGNISED + name),
  ];
  return { keys: keys.length > 0 ? keys : [NONE], shared: area.codes.length > 1 };
}

/**
 * The summary by region (`summarise`'s figures and weighted ratios, with
 * `n`), one row per region of Finland in code order (every region, with
 * `n_projects` 0 where no project is), then one row for the nationwide
 * projects, then a row per printed name that is no region and one for the
 * projects that name no area. Rules:
 *
 * - a project in several regions counts in each (`n_shared` says how many
 *   of a region's projects also count elsewhere), so regions do not add up
 *   to the whole;
 * - a nationwide project ("koko Suomi", or every mainland region listed)
 *   counts only in the nationwide row;
 * - a name no region was found for keeps its own row, as printed (its
 *   project also counts in the regions it names).
 *
 * Columns: `area` (region code, `nationwide`, `unrecognised:NAME`, `none`),
 * `area_kind`, `region_code`, `region` (the Finnish name, or the printed
 * name), `region_name` (in the language asked for), `n_shared`, then the
 * summary columns.
 *
 * @example Usage
 * ```ts
 * import pl from "nodejs-polars";
 * import { regionSummary } from "./regions.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const projects = pl.DataFrame({ regions: [["Pohjois-Savo"], ["Nyland", "Pohjois-Savo"], ["koko Suomi"]] });
 * const rows = regionSummary(projects).filter(pl.col("n_projects").gt(0)).toRecords();
 * assertEquals(rows.map((r) => [r.region, r.n_projects, r.n_shared]), [["Uusimaa", 1, 1], ["Pohjois-Savo", 2, 1], ["koko Suomi", 1, 0]]);
 * ```
 */
export function regionSummary(projects: pl.DataFrame, options: RegionSummaryOptions = {}): pl.DataFrame {
  const lang = options.lang ?? "fi";
  const areas = (projects.getColumn("regions").toArray() as unknown as (string[] | null)[]).map(areaKeys);
  const exploded = projects.withColumns(
    textListSeries("area", areas.map((a) => a.keys)),
    pl.Series("shared", areas.map((a) => a.shared), pl.Bool),
  ).explode("area");
  const shared = exploded.groupBy("area").agg(
    pl.col("shared").and(pl.col("area").str.startsWith("MK")).cast(pl.Int64).sum().alias("n_shared"),
  );
  const summary = completeGroups(summariseBy(exploded, ["area"], options.interim), {
    area: [...REGION_CODES, NATIONWIDE],
  }).join(shared, { on: "area", how: "left" });
  const names = ANALYSIS_NAMES[lang];
  const rows = summary.getColumn("area").toArray() as string[];
  const described = summary.withColumns(
    pl.Series("area_kind", rows.map(areaKind), pl.Utf8),
    pl.Series("region_code", rows.map((area) => areaKind(area) === "region" ? area : null), pl.Utf8),
    pl.Series(
      "region",
      rows.map((area) =>
        areaKind(area) === "region"
          ? ANALYSIS_NAMES.fi.region(area)
          : areaKind(area) === "unrecognised"
          ? printed(area)
          : areaKind(area) === "nationwide"
          ? ANALYSIS_NAMES.fi.nationwide
          : null
      ),
      pl.Utf8,
    ),
    pl.Series(
      "region_name",
      rows.map((area) =>
        areaKind(area) === "region"
          ? names.region(area)
          : areaKind(area) === "unrecognised"
          ? names.unrecognisedRegion(printed(area))
          : areaKind(area) === "nationwide"
          ? names.nationwide
          : names.noRegion
      ),
      pl.Utf8,
    ),
    pl.col("n_shared").fillNull(0).cast(pl.Int64),
  );
  const front = ["area", "area_kind", "region_code", "region", "region_name", "n_projects", "n_shared"];
  // Regions in code order and the nationwide row (as completeGroups listed them), names not recognised, no area.
  const order = rows.map((area, i) => areaKind(area) === "none" ? rows.length : i);
  return described.withColumns(pl.Series("order", order)).sort("order")
    .select(...front, ...summary.columns.filter((column) => !front.includes(column)));
}
