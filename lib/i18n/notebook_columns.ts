/**
 * The columns and values of the notebooks' tables that the report's column
 * names (`columns.ts`) do not cover, in both languages.
 *
 * @module
 */
import { defineMessages } from "./mod.ts";

/**
 * The names of the columns only the notebooks' tables show (the others are
 * named by `lib/i18n/columns.ts`), the outcomes of the input files, and yes and no.
 *
 * @example Usage
 * ```ts
 * import { NOTEBOOK_COLUMNS } from "./notebook_columns.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals([NOTEBOOK_COLUMNS.fi.kept_file, NOTEBOOK_COLUMNS.en.outcome_duplicate], ["Säilytetty tiedosto", "duplicate"]);
 * ```
 */
export const NOTEBOOK_COLUMNS = defineMessages({
  outcome: "Tulos",
  kept_file: "Säilytetty tiedosto",
  encoding: "Merkistö",
  bytes: "Tavuja",
  projects: "Hankkeita",
  diagnostics: "Diagnostiikkaa",
  share: "Osuus",
  outcome_project: "hanke",
  outcome_duplicate: "kaksoiskappale",
  outcome_error: "ei hanketta",
  yes: "kyllä",
  no: "ei",
  found: "Haku löysi",
}, {
  outcome: "Outcome",
  kept_file: "File kept",
  encoding: "Encoding",
  bytes: "Bytes",
  projects: "Projects",
  diagnostics: "Diagnostics",
  share: "Share",
  outcome_project: "project",
  outcome_duplicate: "duplicate",
  outcome_error: "no project",
  yes: "yes",
  no: "no",
  found: "Found by the search",
});

/** A column of the notebooks' tables, or an outcome, that {@linkcode NOTEBOOK_COLUMNS} names. */
export type NotebookColumn = keyof typeof NOTEBOOK_COLUMNS.fi;
