/**
 * The two programme periods side by side: a crosswalk from the ESF priority
 * axes of 2007-2013 and the ESF priority axes and specific objectives of
 * 2014-2020 to common themes, so that metrics can be compared across
 * periods.
 *
 * Sources: the axis titles of the Mainland Finland ESF programme 2007-2013
 * (Manner-Suomen ESR-ohjelma; `Toimintalinja: 1: …` to `5` in the
 * documents, the `Tl` column of the register, axes 1-5) and of the
 * structural-funds programme "Kestävää kasvua ja työtä 2014-2020"
 * (CCI 2014FI16M2OP001; ESF axes 3, 4, 5 and technical assistance 7, the
 * documents' `Toimintalinja` and `Erityistavoite` lines, the register's
 * `Tl` 3, 4, 5 and 7). An objective not listed takes its axis' theme.
 *
 * @module
 */
import pl from "nodejs-polars";
import { ANALYSIS_NAMES } from "../i18n/analysis_names.ts";
import type { Language } from "../i18n/mod.ts";
import { completeGroups, type InterimTreatment, summariseBy } from "./summarise.ts";

/** The common themes, in the order tables and charts list them. */
export const THEMES = [
  "employment",
  "skills",
  "inclusion",
  "work_life",
  "cooperation",
  "technical_assistance",
  "unmapped",
] as const;
/** A common theme. */
export type Theme = typeof THEMES[number];

/** One line of the crosswalk: an axis (and objective) of a period, its title as the programme names it, its theme. */
export interface CrosswalkEntry {
  period: "2007-2013" | "2014-2020";
  axis: string;
  /** The specific objective (2014-2020), or null for the whole axis. */
  objective: string | null;
  title: string;
  theme: Exclude<Theme, "unmapped">;
}

/** The crosswalk, ESF only (the ERDF programmes number their axes otherwise). */
export const CROSSWALK: readonly CrosswalkEntry[] = [
  {
    period: "2007-2013",
    axis: "1",
    objective: null,
    title: "Työorganisaatioiden, työssä olevan työvoiman ja yritysten kehittäminen sekä yrittäjyyden lisääminen",
    theme: "work_life",
  },
  {
    period: "2007-2013",
    axis: "2",
    objective: null,
    title: "Työllistymisen ja työmarkkinoilla pysymisen edistäminen sekä syrjäytymisen ehkäiseminen",
    theme: "employment",
  },
  {
    period: "2007-2013",
    axis: "3",
    objective: null,
    title: "Työmarkkinoiden toimintaa edistävien osaamis-, innovaatio- ja palvelujärjestelmien kehittäminen",
    theme: "skills",
  },
  {
    period: "2007-2013",
    axis: "4",
    objective: null,
    title: "Jäsenvaltioiden ja alueiden välinen yhteistyö ESR-toiminnassa",
    theme: "cooperation",
  },
  { period: "2007-2013", axis: "5", objective: null, title: "Tekninen tuki", theme: "technical_assistance" },
  { period: "2014-2020", axis: "3", objective: null, title: "Työllisyys ja työvoiman liikkuvuus", theme: "employment" },
  {
    period: "2014-2020",
    axis: "3",
    objective: "6.1",
    title: "Nuorten ja muiden heikossa työmarkkina-asemassa olevien työllistymisen edistäminen",
    theme: "employment",
  },
  {
    period: "2014-2020",
    axis: "3",
    objective: "7.1",
    title: "Tuottavuuden ja työhyvinvoinnin parantaminen",
    theme: "work_life",
  },
  {
    period: "2014-2020",
    axis: "3",
    objective: "8.1",
    title: "Työ- ja koulutusurien sukupuolenmukaisen eriytymisen lieventäminen",
    theme: "employment",
  },
  {
    period: "2014-2020",
    axis: "4",
    objective: null,
    title: "Koulutus, ammattitaito ja elinikäinen oppiminen",
    theme: "skills",
  },
  {
    period: "2014-2020",
    axis: "4",
    objective: "9.2",
    title: "Kasvu- ja rakennemuutosalojen koulutuksen laadun ja tarjonnan parantaminen",
    theme: "skills",
  },
  {
    period: "2014-2020",
    axis: "5",
    objective: null,
    title: "Sosiaalinen osallisuus ja köyhyyden torjunta",
    theme: "inclusion",
  },
  {
    period: "2014-2020",
    axis: "5",
    objective: "10.1",
    title: "Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen",
    theme: "inclusion",
  },
  { period: "2014-2020", axis: "7", objective: null, title: "Tekninen tuki (ESR)", theme: "technical_assistance" },
];

/** An axis or objective code as the crosswalk writes it: "3." and " 6.1. " as "3" and "6.1". */
const code = (value: unknown) => typeof value === "string" ? value.trim().replace(/\.+$/, "") : null;

/**
 * The theme of a project: by its specific objective when the crosswalk
 * lists it, else by its axis; `unmapped` for an axis not in it, a missing
 * axis, or a fund other than ESR (ERDF axes are numbered otherwise).
 *
 * @example Usage
 * ```ts
 * import { themeOf } from "./themes.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(themeOf({ programme_period: "2007-2013", fund: "ESR", priority_axis_code: "2" }), "employment");
 * assertEquals(themeOf({ programme_period: "2014-2020", fund: "ESR", priority_axis_code: "3.", specific_objective_code: "7.1." }), "work_life");
 * assertEquals(themeOf({ programme_period: "2014-2020", fund: "EAKR", priority_axis_code: "3" }), "unmapped");
 * ```
 */
export function themeOf(project: Record<string, unknown>): Theme {
  if (project.fund !== undefined && project.fund !== null && project.fund !== "ESR") return "unmapped";
  const axis = code(project.priority_axis_code);
  const objective = code(project.specific_objective_code);
  const of = (entry: CrosswalkEntry) => entry.period === project.programme_period && entry.axis === axis;
  return (CROSSWALK.find((entry) => of(entry) && objective !== null && entry.objective === objective) ??
    CROSSWALK.find((entry) => of(entry) && entry.objective === null))?.theme ?? "unmapped";
}

/** The projects (or the register) with their `theme`. */
export function withThemes(projects: pl.DataFrame): pl.DataFrame {
  const columns = ["programme_period", "fund", "priority_axis_code", "specific_objective_code"]
    .filter((column) => projects.columns.includes(column));
  const rows = projects.select(...columns).toRecords() as Record<string, unknown>[];
  return projects.withColumns(pl.Series("theme", rows.map(themeOf), pl.Utf8));
}

/** Options of {@linkcode themeSummary}. */
export interface ThemeSummaryOptions {
  /**
   * The language of `theme_name`.
   * @default {"fi"}
   */
  lang?: Language;
  /**
   * Active projects (interim figures): kept, or left out.
   * @default {"include"}
   */
  interim?: Exclude<InterimTreatment, "separate">;
}

/**
 * `summarise()` by theme and programme period: a row for every theme and
 * both periods (`n_projects` 0 where none), `unmapped` only when some
 * project is; `theme_name` in the language asked for.
 *
 * @example Usage
 * ```ts
 * import pl from "nodejs-polars";
 * import { themeSummary } from "./themes.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const projects = pl.DataFrame({ programme_period: ["2007-2013", "2014-2020"], fund: ["ESR", "ESR"], priority_axis_code: ["2", "3"] });
 * const rows = themeSummary(projects).filter(pl.col("n_projects").gt(0)).toRecords();
 * assertEquals(rows.map((r) => [r.theme, r.programme_period, r.n_projects]), [["employment", "2007-2013", 1], ["employment", "2014-2020", 1]]);
 * ```
 */
export function themeSummary(projects: pl.DataFrame, options: ThemeSummaryOptions = {}): pl.DataFrame {
  const themed = withThemes(projects);
  const used = new Set(themed.getColumn("theme").toArray());
  const summary = summariseBy(themed, ["theme", "programme_period"], options.interim);
  const complete = completeGroups(summary, {
    theme: THEMES.filter((theme) => theme !== "unmapped" || used.has(theme)),
    programme_period: ["2007-2013", "2014-2020"],
  });
  const name = ANALYSIS_NAMES[options.lang ?? "fi"].theme;
  const themes = complete.getColumn("theme").toArray() as string[];
  return complete.withColumns(pl.Series("theme_name", themes.map(name), pl.Utf8))
    .select("theme", "theme_name", ...complete.columns.filter((column) => column !== "theme"));
}

/** The crosswalk as a table: period, axis, objective, title and theme. */
export function crosswalkTable(): pl.DataFrame {
  return pl.DataFrame([
    pl.Series("programme_period", CROSSWALK.map((e) => e.period), pl.Utf8),
    pl.Series("priority_axis_code", CROSSWALK.map((e) => e.axis), pl.Utf8),
    pl.Series("specific_objective_code", CROSSWALK.map((e) => e.objective), pl.Utf8),
    pl.Series("title", CROSSWALK.map((e) => e.title), pl.Utf8),
    pl.Series("theme", CROSSWALK.map((e) => e.theme), pl.Utf8),
  ]);
}
