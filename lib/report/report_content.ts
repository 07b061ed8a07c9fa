/**
 * What the report says, in its language, before it is written as a page or
 * as a Word document: the key figures, the tables of the page (by period,
 * projects, diagnostics and values to check, summarised by code with
 * counts), each a header and rows of text. `page.ts` writes them as HTML,
 * `word_report.ts` as Word tables, so both say the same.
 *
 * @module
 */
import type { ChartProjects } from "../charts/spec.ts";
import { localiseDiagnostic } from "../diagnostics.ts";
import { formatEuros, formatInteger, formatPercent, MISSING, periodText } from "../i18n/format.ts";
import type { Language } from "../i18n/mod.ts";
import { DIAGNOSTIC_CODE_NAMES, LEVEL_NAMES } from "../i18n/quality.ts";
import { REPORT_TEXT } from "../i18n/report.ts";
import { STATUS_LABELS } from "../i18n/statuses.ts";
import { type CorpusFile, DERIVED_METRICS, type Diagnostic, type Status } from "../schema.ts";
import type { DiagnosticCode } from "../diagnostics.ts";
import type { AnalysisContent } from "./analysis_tables.ts";

/** A chart of the report: its file name, title, description and SVG, and whether it draws an active project. */
export interface ReportChart {
  name: string;
  title: string;
  description: string;
  svg: string;
  /** Whether the chart draws an active project (see `drawsActiveProject`): its note then says their figures are interim. */
  drawsActive: boolean;
  /** Of a per-project chart, the projects it rests on (see `chartProjects`): its note's n. */
  projects?: ChartProjects;
}

/** The comparison of the corpus' projects of one period with the register of that period. */
export interface RegisterComparison {
  /** The programme period of the register, e.g. `2007-2013`. */
  period: string;
  /** The register's file, as the report names it (no absolute path). */
  file: string;
  /** The register's rows. */
  rows: number;
  /** The corpus' projects of the period: the only ones compared with it. */
  inCorpus: number;
  /** How many of them the register lists and were compared field by field. */
  compared: number;
  /** Codes of those whose name and both dates differ from the register's row of the code: maybe another project's. */
  otherProject: readonly string[];
  /** Codes of the period's projects the register does not list. */
  missing: readonly string[];
  /** Files of the period's projects without a code: neither compared nor missing. */
  withoutCode?: readonly string[];
  /** One `register_mismatch` per disagreeing field. */
  mismatches: readonly Diagnostic[];
  /** The register's projects still active when it was made (their actual figures are interim). */
  active: number;
  /** The latest start date in the register (ISO), null when it gives none. */
  latestStart: string | null;
  /** Codes of the missing projects that start after the register's latest start: too late to be in it. */
  startedLater: readonly string[];
}

/** How many input files there are: a file that holds several documents has a row per document in the files table. */
export function countFiles(files: readonly CorpusFile[]): number {
  return new Set(files.map((file) => file.file)).size;
}

/**
 * The fields of a project that the page and the Word report read (its key columns, status, dates and ratios):
 * {@linkcode ReportInput}'s projects need no other, so a report makes records of these alone.
 */
export const REPORT_PROJECT_FIELDS: readonly string[] = [
  "project_code",
  "name",
  "programme_period",
  "status",
  "status_normalised",
  "start_date",
  "end_date",
  "participants_planned",
  "participants_actual",
  "funding_public_planned",
  "funding_public_actual",
  ...DERIVED_METRICS.map((metric) => metric.column),
];

/** What the report shows. */
export interface ReportInput {
  lang: Language;
  /** When the report was made; shown in local time. */
  generatedAt: Date;
  /** The corpus folder, as the report names it. */
  corpus: string;
  /** Every input file and what became of it. */
  files: readonly CorpusFile[];
  /** The projects, each with (at least) the {@linkcode REPORT_PROJECT_FIELDS}. */
  projects: Record<string, unknown>[];
  /** `summarise(projects)` over all projects, one row. */
  overall: Record<string, unknown>;
  /** `summarise(projects, { interim: "exclude" })`, one row. */
  ended: Record<string, unknown>;
  byPeriod: Record<string, unknown>[];
  charts: ReportChart[];
  /** Every diagnostic of reading the corpus (keyed, so each is said in the language). */
  diagnostics: readonly Diagnostic[];
  /** The values to check, as the report's table shows them to people (check, column and why in the language). */
  suspicious: Record<string, unknown>[];
  /** Exported files, relative to the report folder, for links. */
  downloads: string[];
  /** The register comparisons, one per register given. */
  registers?: RegisterComparison[];
  /** The analyses' sections and method paragraphs (`analysisContent()`); their charts are among `charts`. */
  analyses?: AnalysisContent;
}

/** The most projects, diagnostics or values to check listed one by one; the tables hold them all. */
export const LISTED_ROWS = 100;

/** A column of a table in the report. */
export interface ContentColumn {
  label: string;
  numeric?: boolean;
}

/** A table of the report: header and rows of text. */
export interface ContentTable {
  header: ContentColumn[];
  rows: string[][];
}

/**
 * Whole euros as the report's tables write them: `7 826 €` in Finnish, `€7,826` in English (as the charts do).
 *
 * @example Usage
 * ```ts
 * import { formatReportEuros } from "./report_content.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(formatReportEuros(7826, "fi"), "7\u00A0826 €");
 * assertEquals(formatReportEuros(1011286, "en"), "€1,011,286");
 * ```
 */
export function formatReportEuros(value: unknown, lang: Language): string {
  if (typeof value !== "number") return MISSING;
  return lang === "en" ? formatEuros(value, lang) : `${formatInteger(value, lang)} €`;
}

/** A share with the count of projects behind it: `59,8 % (n = 3)`. */
export function withN(value: string, n: unknown, lang: Language): string {
  return `${value} (n = ${formatInteger(n ?? 0, lang)})`;
}

/** The key figures: label, value and the count of projects it rests on. */
export function keyFigures(input: ReportInput): { label: string; value: string; n: number }[] {
  const { lang, overall: o, ended } = input;
  const text = REPORT_TEXT[lang];
  // The periods of the corpus, and of each metric's projects.
  const periodsOf = (column: string) =>
    input.byPeriod.filter((row) => Number(row[column] ?? 0) > 0).map((row) => String(row.programme_period));
  const corpusPeriods = periodsOf("n_projects").length;
  // A figure resting on active projects too says so in its label: it is quoted on its own. So does one whose
  // projects are all of one period in a corpus of both (the 2014–2020 template prints no actual participants).
  const figure = (label: string, value: string, metric: string, row = o) => {
    const n = row[`${metric}_n`];
    const interim = Number(row[`${metric}_n_interim`] ?? 0);
    const periods = periodsOf(`${metric}_n`);
    const scoped = corpusPeriods > 1 && periods.length === 1 ? text.onlyPeriod(label, periods[0]!) : label;
    return {
      label: interim > 0 ? `${scoped}, ${text.withInterim(interim)}` : scoped,
      value,
      n: typeof n === "number" ? n : 0,
    };
  };
  return [
    figure(text.realisation, formatPercent(o.participant_realisation, lang), "participant_realisation"),
    figure(text.womenShare, formatPercent(o.women_share_actual, lang), "women_share_actual"),
    figure(text.utilisation, formatPercent(o.funding_utilisation, lang), "funding_utilisation"),
    figure(text.utilisationEnded, formatPercent(ended.funding_utilisation, lang), "funding_utilisation", ended),
    figure(text.cost, formatReportEuros(o.cost_per_participant, lang), "cost_per_participant"),
  ];
}

/** The key figures as a table. */
export function keyFigureTable(input: ReportInput): ContentTable {
  const text = REPORT_TEXT[input.lang];
  return {
    header: [{ label: text.columnFigure }, { label: text.columnValue, numeric: true }, {
      label: text.columnN,
      numeric: true,
    }],
    rows: keyFigures(input).map(({ label, value, n }) => [label, value, formatInteger(n, input.lang)]),
  };
}

/**
 * Where the registers disagree with the documents, a pointer from the data quality to the register section: its
 * disagreements are no reading problems, and a quality section of "no remarks" above thousands of them misleads.
 */
export function registerDisagreementsNote(input: Pick<ReportInput, "registers" | "lang">): string | null {
  const count = (input.registers ?? []).reduce((sum, register) => sum + register.mismatches.length, 0);
  return count === 0 ? null : REPORT_TEXT[input.lang].registerDisagreementsNote(count);
}

/** What the 2014–2020 template never prints, said where the corpus has projects of that period (else null). */
export function templateGapNote(input: Pick<ReportInput, "byPeriod" | "lang">): string | null {
  return input.byPeriod.some((row) => row.programme_period === "2014-2020")
    ? REPORT_TEXT[input.lang].template2014Gaps
    : null;
}

/** A project's status in the language (its normalised status), or as printed when it has none. */
export function statusLabel(project: Record<string, unknown>, lang: Language): string {
  const status = project.status_normalised as Status | null;
  return status ? STATUS_LABELS[lang][status] : String(project.status ?? MISSING);
}

/** A column of the projects' table: its header and each project's cell. */
interface ProjectColumn {
  label: (text: typeof REPORT_TEXT.fi) => string;
  numeric?: boolean;
  cell: (project: Record<string, unknown>, lang: Language) => string;
}

/** The key columns of the projects, by name. */
const PROJECT_COLUMNS = {
  code: { label: (t) => t.columnCode, cell: (p) => String(p.project_code ?? MISSING) },
  name: { label: (t) => t.columnName, cell: (p) => String(p.name ?? MISSING) },
  period: { label: (t) => t.columnPeriod, cell: (p) => periodText(String(p.programme_period)) },
  status: { label: (t) => t.columnStatus, cell: statusLabel },
  planned: {
    label: (t) => t.columnPlanned,
    numeric: true,
    cell: (p, lang) => formatInteger(p.participants_planned, lang),
  },
  actual: {
    label: (t) => t.columnActual,
    numeric: true,
    cell: (p, lang) => formatInteger(p.participants_actual, lang),
  },
  realisation: {
    label: (t) => t.columnRealisation,
    numeric: true,
    cell: (p, lang) => formatPercent(p.participant_realisation, lang),
  },
  fundingPlanned: {
    label: (t) => t.columnFundingPlanned,
    numeric: true,
    cell: (p, lang) => formatReportEuros(p.funding_public_planned, lang),
  },
  fundingActual: {
    label: (t) => t.columnFundingActual,
    numeric: true,
    cell: (p, lang) => formatReportEuros(p.funding_public_actual, lang),
  },
  utilisation: {
    label: (t) => t.columnUtilisation,
    numeric: true,
    cell: (p, lang) => formatPercent(p.funding_utilisation, lang),
  },
} satisfies Record<string, ProjectColumn>;

/** A key column of the projects' table. */
export type ProjectColumnName = keyof typeof PROJECT_COLUMNS;

/**
 * The projects' key columns (all of them by default: participants and public funding), of the first
 * `limit` projects (all by default).
 */
export function projectTable(
  input: ReportInput,
  columns: readonly ProjectColumnName[] = Object.keys(PROJECT_COLUMNS) as ProjectColumnName[],
  limit = Infinity,
): ContentTable {
  const { lang } = input;
  const text = REPORT_TEXT[lang];
  const chosen: ProjectColumn[] = columns.map((name) => PROJECT_COLUMNS[name]);
  return {
    header: chosen.map((column) => ({ label: column.label(text), numeric: column.numeric })),
    rows: input.projects.slice(0, limit).map((project) => chosen.map((column) => column.cell(project, lang))),
  };
}

/** A diagnostic code in words in the language, or the code itself when the catalogue lacks it. */
export function codeName(code: string, lang: Language): string {
  const names: Record<string, string> = DIAGNOSTIC_CODE_NAMES[lang];
  return Object.hasOwn(names, code as DiagnosticCode) ? names[code]! : code;
}

/** How many of the items fall in each group, in the order groups first appear. */
function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** The diagnostics counted by code: what, level, code and count, errors first. */
export function diagnosticSummaryTable(diagnostics: readonly Diagnostic[], lang: Language): ContentTable {
  const text = REPORT_TEXT[lang];
  const counts = countBy(diagnostics, (d) => `${d.level}\t${d.code}`);
  const rows = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => {
    const [level, code] = key.split("\t") as ["error" | "warning", string];
    return [codeName(code, lang), LEVEL_NAMES[lang][level], code, formatInteger(count, lang)];
  });
  return {
    header: [
      { label: text.columnDiagnostic },
      { label: text.columnLevel },
      { label: text.columnCode },
      { label: text.columnCount, numeric: true },
    ],
    rows,
  };
}

/** The diagnostics one by one (the first `limit`), each message in the language. */
export function diagnosticRowsTable(diagnostics: readonly Diagnostic[], lang: Language, limit: number): ContentTable {
  const text = REPORT_TEXT[lang];
  return {
    header: [
      { label: text.columnFile },
      { label: text.columnLine, numeric: true },
      { label: text.columnLevel },
      { label: text.columnDiagnostic },
      { label: text.columnMessage },
    ],
    rows: diagnostics.slice(0, limit).map((d) => [
      d.file,
      d.line === null ? "" : formatInteger(d.line, lang),
      LEVEL_NAMES[lang][d.level],
      codeName(d.code, lang),
      localiseDiagnostic(d, lang),
    ]),
  };
}

/** How many values are flagged, in how many projects: the sentence before their table. */
export function suspiciousSummaryText(suspicious: Record<string, unknown>[], lang: Language): string {
  return REPORT_TEXT[lang].suspiciousSummary(suspicious.length, new Set(suspicious.map((f) => f.project_code)).size);
}

/** The values to check counted by check (already named in the language). */
export function suspiciousSummaryTable(suspicious: Record<string, unknown>[], lang: Language): ContentTable {
  const text = REPORT_TEXT[lang];
  return {
    header: [{ label: text.columnCheck }, { label: text.columnCount, numeric: true }],
    rows: [...countBy(suspicious, (flag) => String(flag.check))].map(([check, count]) => [
      check,
      formatInteger(count, lang),
    ]),
  };
}

/** The values to check one by one (the first `limit`). */
export function suspiciousRowsTable(
  suspicious: Record<string, unknown>[],
  lang: Language,
  limit: number,
): ContentTable {
  const text = REPORT_TEXT[lang];
  return {
    header: [
      { label: text.columnCode },
      { label: text.columnCheck },
      { label: text.columnFigure },
      { label: text.columnDetail },
      { label: text.columnFile },
      { label: text.columnLine, numeric: true },
    ],
    rows: suspicious.slice(0, limit).map((flag) => [
      String(flag.project_code ?? MISSING),
      String(flag.check),
      String(flag.column),
      String(flag.detail),
      String(flag.source_file),
      flag.source_line === null ? "" : formatInteger(flag.source_line, lang),
    ]),
  };
}
