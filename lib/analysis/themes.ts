/**
 * The two programme periods side by side: a crosswalk from the ESF priority
 * axes of 2007-2013 and the ESF priority axes and specific objectives of
 * 2014-2020 to common themes, so that metrics can be compared across
 * periods.
 *
 * The axes and objectives, with their titles and sources, are those of
 * `parse/programme_axes.ts`. An objective not listed takes its axis' theme.
 *
 * @module
 */
import pl from "nodejs-polars";
import { ANALYSIS_NAMES } from "../i18n/analysis_names.ts";
import type { Language } from "../i18n/mod.ts";
import { completeGroups, type InterimTreatment, summariseBy } from "./summarise.ts";
import { PROGRAMME_AXES, type ProgrammeAxis, programmeNumber } from "../parse/programme_axes.ts";

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
export interface CrosswalkEntry extends ProgrammeAxis {
  theme: Exclude<Theme, "unmapped">;
}

/** Each axis' and objective's theme, in the order of `PROGRAMME_AXES` (by period, axis and objective). */
const THEME_OF: Record<string, Exclude<Theme, "unmapped">> = {
  "2007-2013 1": "work_life",
  "2007-2013 2": "employment",
  "2007-2013 3": "skills",
  "2007-2013 4": "cooperation",
  "2007-2013 5": "technical_assistance",
  "2014-2020 3": "employment",
  "2014-2020 3 6.1": "employment",
  "2014-2020 3 7.1": "work_life",
  "2014-2020 3 8.1": "employment",
  "2014-2020 4": "skills",
  "2014-2020 4 9.1": "skills",
  "2014-2020 4 9.2": "skills",
  "2014-2020 5": "inclusion",
  "2014-2020 5 10.1": "inclusion",
  "2014-2020 7": "technical_assistance",
};

/** The crosswalk, ESF only (the ERDF programmes number their axes otherwise): the programmes' axes with their themes. */
export const CROSSWALK: readonly CrosswalkEntry[] = PROGRAMME_AXES.map((entry) => ({
  ...entry,
  theme: themeOfEntry(entry),
}));

/** An axis' or objective's theme in {@linkcode THEME_OF}; one without throws when this module loads (a missed entry). */
function themeOfEntry(entry: ProgrammeAxis): Exclude<Theme, "unmapped"> {
  const key = [entry.period, entry.axis, entry.objective].filter((part) => part !== null).join(" ");
  const theme = THEME_OF[key];
  if (theme === undefined) throw new Error(`themes.ts: no theme for ${key}`);
  return theme;
}

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
  const axis = programmeNumber(project.priority_axis_code);
  const objective = programmeNumber(project.specific_objective_code);
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
