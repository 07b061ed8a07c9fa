/**
 * The tables of the report, each twice: as the program reads it (`.csv`,
 * `.parquet`: codes, full precision; a diagnostic's message, read by a person
 * only, in the report's language) and as a person reads it (`.fi.csv`,
 * `.xlsx`, Word): statuses, levels, checks and diagnostic messages in the
 * report's language.
 *
 * @module
 */
import { LONG_TEXT_COLUMNS, withoutLongTexts } from "../frame/document_rows.ts";
import pl from "nodejs-polars";
import { localiseDiagnostic } from "../diagnostics.ts";
import { frameFromRecords } from "../frame/frame_from_records.ts";
import { toJsonRecords } from "../frame/serialise.ts";
import { columnHeader } from "../i18n/columns.ts";
import { inferColumnFormat } from "../output/xlsx_columns.ts";
import type { RowKinds } from "../output/table_columns.ts";
import { classificationValue, PRINTED_CLASS_COLUMNS } from "../i18n/classifications.ts";
import { programmeTitle } from "../i18n/programme_titles.ts";
import { formatDate, formatEuros, formatInteger, formatPercent, MISSING, periodText } from "../i18n/format.ts";
import type { Language } from "../i18n/mod.ts";
import { CHECK_DETAILS, CHECK_NAMES, DIAGNOSTIC_CODE_NAMES, LEVEL_NAMES, type QualityCheck } from "../i18n/quality.ts";
import { regionLabel } from "../charts/_rows.ts";
import { PROGRAMME_SECTIONS } from "../i18n/charts.ts";
import { fundName, organisationTypeName, projectTypeName, STATUS_LABELS } from "../i18n/statuses.ts";
import { DERIVED_METRICS, type Diagnostic, DiagnosticSchema, type Status } from "../schema.ts";
import { PLAN_OF, PROGRAMME_DATE_BOUNDS } from "../analysis/suspicious_values.ts";
import { summarise } from "../analysis/summarise.ts";

/** A table of the report: its file name, the frame for programs and the frame for people. */
export interface ReportTable {
  name: string;
  frame: pl.DataFrame;
  display: pl.DataFrame;
  /** Of the display's columns that hold values of several units, each row's kind (see `table_columns.ts`). */
  rowKinds?: RowKinds;
}

/** The frame with the values of one column mapped (nulls stay null). */
function mapColumn(frame: pl.DataFrame, column: string, map: (value: unknown) => string): pl.DataFrame {
  if (!frame.columns.includes(column)) return frame;
  const values = frame.getColumn(column).toArray().map((value) => value === null ? null : map(value));
  return frame.withColumns(pl.Series(column, values, pl.Utf8));
}

/** The frame with the items of one list column mapped (a null list stays null). */
function mapListColumn(frame: pl.DataFrame, column: string, map: (item: string) => string): pl.DataFrame {
  if (!frame.columns.includes(column) || frame.getColumn(column).dtype.variant !== "List") return frame;
  const values = frame.getColumn(column).toArray().map((list) =>
    list === null ? null : [...(list as Iterable<string | null>)].map((item) => item === null ? null : map(item))
  );
  return frame.withColumns(pl.Series(column, values, pl.List(pl.Utf8)));
}

/**
 * Statuses, levels, funds, organisation and project types, programme periods (`2007–2013`, see `periodText`), the
 * 2007–2013 programme's sections and regions (a
 * `region`, and the `regions` of a project, as the charts and maps name them: see `regionLabel`) in the language, in
 * any frame that has them: the one place a table for people says the values the tool names in its language (the
 * report's tables, the notebooks' `inWords`).
 */
export function localiseCodes(frame: pl.DataFrame, lang: Language): pl.DataFrame {
  const statuses = mapColumn(frame, "status_normalised", (value) => STATUS_LABELS[lang][value as Status] ?? value);
  const funds = mapColumn(statuses, "fund", (value) => fundName(String(value), lang));
  const types = mapColumn(funds, "organisation_type", (value) => organisationTypeName(String(value), lang));
  const projectTypes = mapColumn(types, "project_type", (value) => projectTypeName(String(value), lang));
  const sections = mapColumn(
    projectTypes,
    "programme_section",
    (value) => PROGRAMME_SECTIONS[lang][String(value)] ?? String(value),
  );
  const region = mapColumn(sections, "region", (value) => regionLabel(String(value), lang));
  const regions = mapListColumn(region, "regions", (value) => regionLabel(value, lang));
  const periods = mapColumn(regions, "programme_period", (value) => periodText(String(value)));
  // The programme's titles, the classification and the applicants, known ones in the language (printed in Finnish).
  const titled = ["priority_axis", "specific_objective"].reduce(
    (table, column) => mapColumn(table, column, (value) => programmeTitle(String(value), lang)),
    periods,
  );
  const classed = PRINTED_CLASS_COLUMNS.reduce(
    (table, column) => mapColumn(table, column, (value) => classificationValue(String(value), lang)),
    titled,
  );
  return mapColumn(classed, "level", (value) => LEVEL_NAMES[lang][value as "error" | "warning"] ?? value);
}

/** A table whose display differs from it only by statuses, levels, funds and organisation types in the language. */
export function reportTable(name: string, frame: pl.DataFrame, lang: Language): ReportTable {
  return { name, frame, display: localiseCodes(frame, lang) };
}

/**
 * The summary tables of the report: over the corpus (`overall`), with active projects apart, by period, region and
 * priority axis; each gives its realisations' totals over their own projects too (`X_paired`, see `summarise`).
 */
export function summaryTables(projects: pl.DataFrame, lang: Language) {
  const paired = { paired: true };
  const overall = summarise(projects, paired);
  const byPeriod = summarise(projects, { by: "programme_period", ...paired });
  return {
    overall,
    byPeriod,
    summaries: [
      reportTable("summary-overall", overall, lang),
      reportTable("summary-interim-apart", summarise(projects, { interim: "separate", ...paired }), lang),
      reportTable("summary-by-period", byPeriod, lang),
      reportTable("summary-by-region", summarise(projects, { by: "region", ...paired }), lang),
      reportTable(
        "summary-by-axis",
        summarise(projects, { by: ["programme_period", "priority_axis"], ...paired }),
        lang,
      ),
    ],
  };
}

/** The long free texts of a project, kept out of the projects table and written in a table of their own (`texts`). */
export { LONG_TEXT_COLUMNS, withoutLongTexts };

/**
 * The projects as two tables: `projects`, every column but the long texts, and `texts`, the long texts
 * with the project's code, name and file to join them by.
 */
export function projectTables(projects: pl.DataFrame, lang: Language): [ReportTable, ReportTable] {
  const texts = LONG_TEXT_COLUMNS.filter((column) => projects.columns.includes(column));
  return [
    reportTable("projects", withoutLongTexts(projects), lang),
    reportTable("texts", projects.select("project_code", "name", "source_file", ...texts), lang),
  ];
}

/**
 * A table of diagnostics, each message in the report's language in every format (a person reads it in the
 * `.csv` too; a program reads the code): for people also with the code said in words and the level in the language.
 */
export function diagnosticsTable(name: string, diagnostics: readonly Diagnostic[], lang: Language): ReportTable {
  const messages = diagnostics.map((d) => localiseDiagnostic(d, lang));
  const frame = frameFromRecords(DiagnosticSchema, diagnostics).withColumns(pl.Series("message", messages, pl.Utf8));
  // The code stays (stable, for filtering); beside it the code in the report's language, as the page says it.
  const names: Record<string, string> = DIAGNOSTIC_CODE_NAMES[lang];
  const named = diagnostics.map((d) => Object.hasOwn(names, d.code) ? names[d.code]! : d.code);
  const columns = frame.columns.flatMap((column) => column === "code" ? ["code", "code_name"] : [column]);
  const display = frame.withColumns(pl.Series("code_name", named, pl.Utf8)).select(...columns);
  return { name, frame, display: localiseCodes(display, lang) };
}

const RATIOS = new Map<string, { numerator: string; denominator: string }>(
  DERIVED_METRICS.map(({ column, numerator, denominator }) => [column, { numerator, denominator }]),
);

/** Why a value is flagged, in the language, from the figures of its project. */
function checkDetail(flag: Record<string, unknown>, project: Record<string, unknown>, lang: Language): string {
  const say = CHECK_DETAILS[lang];
  const figure = (column: string | undefined) => formatInteger(column ? project[column] : null, lang);
  const column = String(flag.column);
  switch (flag.check as QualityCheck) {
    case "women_exceed_total":
      return say.women_exceed_total(figure(column), figure(column.replace(/_women$/, "")));
    case "women_none_actual":
      return say.women_none_actual(figure(column.replace(/_women$/, "")), figure(PLAN_OF.get(column)));
    case "far_above_plan": {
      const ratio = RATIOS.get(column);
      return say.far_above_plan(figure(ratio?.numerator), figure(ratio?.denominator));
    }
    case "actual_without_plan":
      return say.actual_without_plan(figure(column), figure(PLAN_OF.get(column)));
    case "over_10x": {
      const ratio = RATIOS.get(column);
      return say.over_10x(figure(ratio?.numerator), figure(ratio?.denominator));
    }
    case "negative_value":
      return say.negative_value(formatEuros(flag.value, lang));
    case "date_outside_period": {
      const bounds = PROGRAMME_DATE_BOUNDS[project.programme_period as keyof typeof PROGRAMME_DATE_BOUNDS];
      return say.date_outside_period(
        formatDate(project[column], lang),
        formatDate(bounds?.from, lang),
        formatDate(bounds?.to, lang),
      );
    }
    case "utilisation_above_100":
      return say.utilisation_above_100(formatPercent(flag.value, lang, aboveDecimals(Number(flag.value))));
    case "interim":
      return say.interim(String(project.status ?? MISSING));
  }
  return String(flag.detail);
}

/** Decimals that write a share above 100 % as above it (1.00006 is 100,01 %, not 100,0 %): one, up to four. */
function aboveDecimals(value: number): number {
  let decimals = 1;
  while (decimals < 4 && Number((value * 100).toFixed(decimals)) <= 100) decimals++;
  return decimals;
}

/** The projects some flag names, by the key of `suspiciousTable`: a few rows made objects, not all 10,000. */
function flaggedProjects(projects: pl.DataFrame, keys: Set<string>): pl.DataFrame {
  const files = projects.getColumn("source_file").toArray();
  const codes = projects.getColumn("project_code").toArray();
  const flagged = files.map((file, k) => keys.has(`${file}\u0000${codes[k]}`));
  const mask = "\u0000flagged";
  return projects.withColumns(pl.Series(mask, flagged, pl.Bool)).filter(pl.col(mask)).drop(mask);
}

/**
 * The suspicious values: for programs as `suspiciousValues()` gives them, for
 * people with the check, the column and why in the language.
 */
export function suspiciousTable(
  name: string,
  flags: pl.DataFrame,
  projects: pl.DataFrame,
  lang: Language,
): ReportTable {
  // A file can hold several projects (joined exports): a project is found by its file and its code.
  const key = (row: Record<string, unknown>) => `${row.source_file}\u0000${row.project_code}`;
  const records = toJsonRecords(flags);
  const byFile = new Map(toJsonRecords(flaggedProjects(projects, new Set(records.map(key)))).map((p) => [key(p), p]));
  const detail = records.map((flag) => checkDetail(flag, byFile.get(key(flag)) ?? {}, lang));
  // Each value as computed, of its column's kind (a share a fraction shown as a percentage), as the column's name says.
  const kinds = records.map((flag) => inferColumnFormat(String(flag.column), pl.Float64).kind);
  const percent = kinds.map((kind) => kind === "percent");
  const display = mapColumn(flags, "check", (value) => CHECK_NAMES[lang][value as QualityCheck] ?? value)
    .withColumns(
      pl.Series(
        "column",
        records.map((flag, k) => columnHeader(String(flag.column), lang, percent[k] ? "percent" : undefined)),
        pl.Utf8,
      ),
      pl.Series("detail", detail, pl.Utf8),
    );
  // The codes stay for programs; why, a sentence, is said in the report's language there too (one language a report).
  const rowKinds: RowKinds = { value: kinds };
  return { name, frame: flags.withColumns(pl.Series("detail", detail, pl.Utf8)), display, rowKinds };
}
