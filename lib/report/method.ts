/**
 * The report's method section and its register comparison, in the report's
 * language: each metric's definition (from `DERIVED_METRICS`) with the
 * projects it rests on, how interim figures are treated, the corpus
 * (files, periods and dates) and what was left out and why; for the
 * registers, which were given and what comparing each period with its own
 * register found.
 *
 * @module
 */
import { localiseDiagnostic } from "../diagnostics.ts";
import { WITHOUT_CODE_TEXT } from "../i18n/notebook_cross_check.ts";
import { COLUMN_NAMES } from "../i18n/columns.ts";
import { formatDate, formatInteger, periodText } from "../i18n/format.ts";
import type { Language } from "../i18n/mod.ts";
import { REPORT_TEXT } from "../i18n/report.ts";
import { type CorpusFile, DERIVED_METRICS, type DerivedMetricColumn, type Diagnostic } from "../schema.ts";
import { type ContentTable, countFiles, LISTED_ROWS, type ReportInput } from "./report_content.ts";

/** The method section: paragraphs and tables, in reading order. */
export interface MethodContent {
  metrics: ContentTable;
  paragraphs: string[];
  corpus: string;
  periods: ContentTable;
  excluded: string;
  excludedFiles: ContentTable | null;
}

/**
 * A metric's definition in words: `Osallistujat, toteutunut ÷ Osallistujat, suunniteltu`.
 *
 * @example Usage
 * ```ts
 * import { metricDefinition } from "./method.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(metricDefinition("funding_utilisation", "en"), "Public funding, actual ÷ Public funding, planned");
 * ```
 */
export function metricDefinition(column: DerivedMetricColumn, lang: Language): string {
  const metric = DERIVED_METRICS.find((m) => m.column === column)!;
  return `${COLUMN_NAMES[lang][metric.numerator]} ÷ ${COLUMN_NAMES[lang][metric.denominator]}`;
}

/** Per programme period: projects, active ones, the earliest planned start and the latest planned end. */
function periodsTable(input: ReportInput): ContentTable {
  const { lang } = input;
  const text = REPORT_TEXT[lang];
  const periods = [...new Set(input.projects.map((p) => String(p.programme_period)))].sort();
  const rows = periods.map((period) => {
    const projects = input.projects.filter((p) => String(p.programme_period) === period);
    const dates = (column: string) => projects.map((p) => p[column]).filter((d) => typeof d === "string").sort();
    return [
      periodText(period),
      formatInteger(projects.length, lang),
      formatInteger(projects.filter((p) => p.status_normalised === "active").length, lang),
      formatDate(dates("start_date")[0] ?? null, lang),
      formatDate(dates("end_date").at(-1) ?? null, lang),
    ];
  });
  return {
    header: [
      { label: text.columnPeriod },
      { label: text.columnProjects, numeric: true },
      { label: text.columnActive, numeric: true },
      { label: text.columnFirstStart, numeric: true },
      { label: text.columnLastEnd, numeric: true },
    ],
    rows,
  };
}

/** Files that are not a project row, each with why: duplicates, unreadable files, skipped files. */
function excludedFiles(input: ReportInput): string[][] {
  const text = REPORT_TEXT[input.lang];
  // Each file's diagnostics found at once, not by reading all of them again for every file left out.
  const byFile = Map.groupBy(input.diagnostics, (d) => d.file);
  const why = (file: string, reason: string, match: (d: Diagnostic) => boolean) => {
    const d = byFile.get(file)?.find(match);
    return d ? `${reason}: ${localiseDiagnostic(d, input.lang)}` : reason;
  };
  const rows = input.files.filter((f) => f.outcome !== "project").map((f) => [
    f.file,
    f.outcome === "duplicate"
      ? why(f.file, text.excludedDuplicate, (d) => d.code === "duplicate")
      : why(f.file, text.excludedError, (d) => d.level === "error"),
  ]);
  const skipped = unreadFiles(input.files, input.diagnostics).map((d) => [
    d.file,
    `${d.code === "skipped_file" ? text.excludedSkipped : text.excludedError}: ${localiseDiagnostic(d, input.lang)}`,
  ]);
  return [...rows, ...skipped];
}

/**
 * The files a folder held that were never read, each with its diagnostic: files of another kind
 * (`skipped_file`) and entries that could not be opened (`unreadable_file`: a link to nothing, a FIFO), so
 * the files table has no row of them. The method and the manifest name them, so no file is left out unsaid.
 */
export function unreadFiles(files: readonly CorpusFile[], diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const read = new Set(files.map((f) => f.file));
  return diagnostics.filter((d) =>
    (d.code === "skipped_file" || d.code === "unreadable_file") && d.file !== null && !read.has(d.file)
  );
}

/** The method section of the report. */
export function methodContent(input: ReportInput): MethodContent {
  const { lang } = input;
  const text = REPORT_TEXT[lang];
  const active = input.projects.filter((p) => p.status_normalised === "active").length;
  const excluded = excludedFiles(input);
  return {
    metrics: {
      header: [{ label: text.columnMetric }, { label: text.columnDefinition }, {
        label: text.columnN,
        numeric: true,
      }],
      rows: DERIVED_METRICS.map(({ column }) => [
        COLUMN_NAMES[lang][column],
        metricDefinition(column, lang),
        formatInteger(input.overall[`${column}_n`] ?? 0, lang),
      ]),
    },
    paragraphs: [
      text.methodCount,
      text.methodWeighted,
      text.methodInterim(active, text.utilisationEnded, COLUMN_NAMES[lang].n_interim),
    ],
    corpus: text.corpusText(
      countFiles(input.files),
      input.corpus,
      input.projects.length,
      unreadFiles(input.files, input.diagnostics).length,
    ),
    periods: periodsTable(input),
    excluded: excluded.length === 0 ? text.excludedNone : text.excludedSome(excluded.length),
    excludedFiles: excluded.length === 0
      ? null
      : { header: [{ label: text.columnFile }, { label: text.columnReason }], rows: excluded },
  };
}

/** The register section: the registers given, what each period's comparison found, and the disagreements. */
export interface RegisterContent {
  given: string[];
  paragraphs: string[];
  /** The first {@linkcode LISTED_ROWS} disagreements; the register-crosscheck table holds them all. */
  mismatches: ContentTable | null;
  /** How many disagreements there are. */
  mismatchCount: number;
}

/** The register section of the report; null when no register was given. */
export function registerContent(input: ReportInput): RegisterContent | null {
  const registers = input.registers ?? [];
  if (registers.length === 0) return null;
  const { lang } = input;
  const text = REPORT_TEXT[lang];
  const periods = new Set(registers.map((r) => r.period));
  const uncompared = [...new Set(input.projects.map((p) => String(p.programme_period)))].sort()
    .filter((period) => !periods.has(period));
  const mismatches = registers.flatMap((r) => r.mismatches);
  return {
    given: registers.map((r) => text.registerLine(r.period, r.file, r.rows)),
    paragraphs: [
      ...registers.flatMap((r) => [
        text.registerPeriod(
          r.period,
          r.inCorpus,
          r.compared + r.otherProject.length,
          // One warning each says a project may be another's; the others are field by field.
          r.mismatches.length - r.otherProject.length,
          r.missing.join(", "),
          r.otherProject,
        ) + WITHOUT_CODE_TEXT[lang](r),
        // A list of running projects is a snapshot: its figures are interim, and later projects are not in it.
        ...r.active > 0 && r.latestStart !== null
          ? [text.registerSnapshot(r.rows, r.active, r.latestStart, r.startedLater.join(", "))]
          : [],
      ]),
      ...uncompared.map((period) =>
        text.registerNotCompared(period, input.projects.filter((p) => p.programme_period === period).length)
      ),
    ],
    mismatches: mismatches.length === 0 ? null : {
      header: [
        { label: text.columnCode },
        { label: text.columnFile },
        { label: text.columnLine, numeric: true },
        { label: text.columnMessage },
      ],
      rows: mismatches.slice(0, LISTED_ROWS).map((d) => [
        d.project_code ?? "",
        d.file,
        d.line === null ? "" : formatInteger(d.line, lang),
        localiseDiagnostic(d, lang),
      ]),
    },
    mismatchCount: mismatches.length,
  };
}
