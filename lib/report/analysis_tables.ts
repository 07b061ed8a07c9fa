/**
 * The analyses (`ANALYSES`) in the report: their tables for programs and
 * for people (metrics, results, themes, texts, sides and kinds of area said
 * in the language), their charts, and the sections of the page and the
 * Word document (title, caption, the columns a reader needs, the charts by
 * name) with the method paragraph of each analysis, said once.
 *
 * @module
 */
import pl from "nodejs-polars";
import { metricKind } from "../charts/_metrics.ts";
import { areaKeyText } from "../analysis/regions.ts";
import { ANALYSIS_METHODS } from "../i18n/analysis_methods.ts";
import { ANALYSIS_NAMES } from "../i18n/analysis_names.ts";
import { formatInteger, formatPercent, MISSING, periodText } from "../i18n/format.ts";
import type { Language } from "../i18n/mod.ts";
import { columnHeader, TABLE_PARTS } from "../i18n/columns.ts";
import { NOTEBOOK_COLUMNS } from "../i18n/notebook_columns.ts";
import { columnOfRow, type RowKinds, tableColumns } from "../output/table_columns.ts";
import type { ColumnKind } from "../output/xlsx_columns.ts";
import { ANALYSES, type AnalysisChart, type AnalysisInput } from "./analysis_catalogue.ts";
import { type ContentTable, formatReportEuros } from "./report_content.ts";
import { INTERIM_MARK } from "./period_table.ts";
import type { ReportTable } from "./tables.ts";
import { regionLabel } from "../charts/_rows.ts";
import { programmeTitle } from "../i18n/programme_titles.ts";
import { organisationTypeName } from "../i18n/statuses.ts";

/** The most rows of an analysis table the page and the Word document list; its files hold them all. */
export const ANALYSIS_ROWS = 25;

/** What the page and the Word document show of an analysis. */
export interface AnalysisSection {
  /** The table's file name. */
  name: string;
  title: string;
  caption: string;
  /** The columns a reader needs, at most {@linkcode ANALYSIS_ROWS} rows. */
  table: ContentTable;
  /** "Here 7 of 65 columns and 22 of 22 rows", when the table is cut; else empty. */
  note: string;
  /** The names of its charts (`charts/NAME.svg`). */
  charts: string[];
}

/** The analyses' part of the report: their sections and the method paragraphs, each once. */
export interface AnalysisContent {
  sections: AnalysisSection[];
  methods: string[];
}

/** The columns of a table of several metrics (distributions, outliers) whose values are in their row's metric's unit. */
const METRIC_VALUES = new Set([
  "min",
  "q1",
  "median",
  "q3",
  "max",
  "lower_fence",
  "upper_fence",
  "whisker_low",
  "whisker_high",
  "value",
]);

/** The kind of a metric's values as a table for people writes them: a share as a percentage, euros, a count. */
function metricColumnKind(metric: string): ColumnKind {
  const kind = metricKind(metric);
  return kind === "share" ? "percent" : kind === "euros" ? "euros" : "integer";
}

/**
 * In a table of several metrics (distributions, outliers: a `metric` column), each row's kind in the columns of
 * its metric's values; none in another table.
 *
 * @example Usage
 * ```ts
 * import pl from "nodejs-polars";
 * import { metricRowKinds } from "./analysis_tables.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const spread = pl.DataFrame({ metric: ["participant_realisation", "cost_per_participant"], median: [0.8512, 7825.89] });
 * assertEquals(metricRowKinds(spread), { median: ["percent", "euros"] });
 * ```
 */
export function metricRowKinds(frame: pl.DataFrame): RowKinds {
  if (!frame.columns.includes("metric")) return {};
  const kinds = (frame.getColumn("metric").toArray() as string[]).map(metricColumnKind);
  return Object.fromEntries(
    frame.columns.filter((column) => METRIC_VALUES.has(column)).map((column) => [column, kinds]),
  );
}

/** A metric's name with the unit of its values, unless the name says it (`€ / osallistuja`). */
function metricWithUnit(metric: string, lang: Language): string {
  const name = ANALYSIS_NAMES[lang].metric(metric);
  const kind = metricKind(metric);
  return kind === "share"
    ? TABLE_PARTS[lang].percent(name)
    : kind === "euros" && !name.includes("€")
    ? TABLE_PARTS[lang].euros(name)
    : name;
}

/** How each column of codes is said in the language. */
function words(lang: Language): Record<string, (value: string) => string> {
  const names = ANALYSIS_NAMES[lang];
  return {
    metric: (metric) => metricWithUnit(metric, lang),
    result: names.costPer,
    theme: names.theme,
    field: names.field,
    side: names.side,
    area_kind: names.areaKind,
    area: (key) => areaKeyText(key, lang),
    organisation_type: (type) => organisationTypeName(type, lang),
    region: (printed) => regionLabel(printed, lang),
    title: (title) => programmeTitle(title, lang),
    programme_period: periodText,
  };
}

/**
 * An analysis table for people: metrics (with their unit), results, themes,
 * searched texts, the side of an outlier, an area and its kind, an
 * organisation's type said in the language; every value as computed (in a
 * table of several metrics, each row's kind is given by
 * {@linkcode metricRowKinds}).
 *
 * @example Usage
 * ```ts
 * import pl from "nodejs-polars";
 * import { analysisDisplay } from "./analysis_tables.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const costs = pl.DataFrame({ result: ["cost_per_participant"], cost_per_result: [7825.89] });
 * assertEquals(analysisDisplay(costs, "fi").toRecords(), [{ result: "€ / osallistuja", cost_per_result: 7825.89 }]);
 * assertEquals(analysisDisplay(costs, "en").getColumn("result").toArray(), ["€ per participant"]);
 * // An area's key: a region's code as it is, the others in words (a name not recognised as printed).
 * const areas = pl.DataFrame({ area: ["MK11", "nationwide", "unrecognised:Savo", "none"] });
 * assertEquals(analysisDisplay(areas, "fi").getColumn("area").toArray(), ["MK11", "valtakunnallinen", "Savo", "ei maakuntaa"]);
 * // A table of several metrics: each metric named with its unit, the values as computed.
 * const spread = pl.DataFrame({ metric: ["participant_realisation", "cost_per_participant"], median: [0.8512, 7825.89] });
 * assertEquals(analysisDisplay(spread, "fi").toRecords(), [
 *   { metric: "Osallistujien toteutumisaste, %", median: 0.8512 },
 *   { metric: "€ / osallistuja", median: 7825.89 },
 * ]);
 * ```
 */
export function analysisDisplay(frame: pl.DataFrame, lang: Language): pl.DataFrame {
  const said = Object.entries(words(lang)).filter(([column]) => frame.columns.includes(column))
    .map(([column, word]) =>
      pl.Series(
        column,
        frame.getColumn(column).toArray().map((value) => value === null ? null : word(String(value))),
        pl.Utf8,
      )
    );
  // A year is a label, not a count: `2008`, never `2 008`.
  const years = frame.columns.includes("start_year") ? [pl.col("start_year").cast(pl.Utf8)] : [];
  const changed = [...said, ...years];
  return changed.length === 0 ? frame : frame.withColumns(...changed);
}

/** The columns of each analysis table that the page and the Word document show. */
const SHOWN: Record<string, readonly string[]> = {
  "projects-without-participants": ["project_code", "name", "programme_period", "project_type"],
  regions: [
    "region_name",
    "n_projects",
    "n_shared",
    "participant_realisation",
    "participant_realisation_n",
    "funding_utilisation",
    "funding_utilisation_n",
  ],
  beneficiaries: [
    "business_id",
    "organisation_name",
    "projects_lead",
    "projects_co",
    "funding_public_actual_lead",
    "participant_realisation_lead",
  ],
  "cohorts-start-year": [
    "start_year",
    "n_projects",
    "participant_realisation",
    "participant_realisation_n",
    "funding_utilisation",
    "funding_utilisation_n",
  ],
  "cohorts-duration": [
    "duration_band",
    "n_projects",
    "participant_realisation",
    "participant_realisation_n",
    "funding_utilisation",
    "funding_utilisation_n",
  ],
  distributions: ["metric", "n", "min", "q1", "median", "q3", "max", "n_outliers"],
  "distributions-outliers": ["metric", "project_code", "name", "value", "side"],
  "costs-per-result": ["programme_period", "result", "cost_per_result", "results", "cost_per_result_n", "n_no_result"],
  "themes-by-period": [
    "theme_name",
    "programme_period",
    "n_projects",
    "participant_realisation",
    "participant_realisation_n",
    "funding_utilisation",
    "funding_utilisation_n",
  ],
  "themes-crosswalk": ["programme_period", "priority_axis_code", "specific_objective_code", "title", "theme"],
};

/** The analyses' tables on these projects, for programs (`frame`) and for people (`display`), in reading order. */
export function analysisTables(projects: pl.DataFrame, lang: Language): ReportTable[] {
  const input: AnalysisInput = { projects };
  return ANALYSES.map((analysis) => {
    const frame = analysis.table(input, lang);
    return { name: analysis.name, frame, display: analysisDisplay(frame, lang), rowKinds: metricRowKinds(frame) };
  });
}

/** A chart of an analysis, with the name of its analysis. */
export interface ReportAnalysisChart extends AnalysisChart {
  analysis: string;
}

/** The analyses' charts, drawn from their tables (as {@linkcode analysisTables} made them). */
export function analysisTableCharts(
  tables: readonly ReportTable[],
  projects: pl.DataFrame,
  lang: Language,
): ReportAnalysisChart[] {
  const byName = new Map(tables.map((table) => [table.name, table.frame]));
  return ANALYSES.flatMap((analysis) => {
    const table = byName.get(analysis.name);
    return table
      ? analysis.charts(table, { projects }, lang).map((chart) => ({ ...chart, analysis: analysis.name }))
      : [];
  });
}

/** A cell as the page and the Word document write it, of its column's kind or (a table of several metrics) its row's. */
function cell(value: unknown, kind: ColumnKind, lang: Language): string {
  if (value === null || value === undefined) return MISSING;
  if (typeof value === "boolean") return NOTEBOOK_COLUMNS[lang][value ? "yes" : "no"];
  if (typeof value !== "number") return String(value);
  if (kind === "percent") return formatPercent(value, lang);
  if (kind === "euros") return formatReportEuros(value, lang);
  if (kind === "integer" || Number.isInteger(value)) return formatInteger(value, lang);
  return formatPercent(value, lang);
}

/**
 * The counts of active projects a column's figure rests on, row by row (`X_n_interim` of a ratio `X`, a cost's
 * `n_interim`, an organisation's active projects as lead for its figures as lead); undefined for other columns.
 */
function interimCounts(frame: pl.DataFrame, column: string): number[] | undefined {
  const count = frame.columns.includes(`${column}_n_interim`)
    ? `${column}_n_interim`
    : column === "cost_per_result"
    ? "n_interim"
    : column.endsWith("_lead") && !column.startsWith("projects_")
    ? "projects_lead_interim"
    : undefined;
  if (count === undefined || !frame.columns.includes(count)) return undefined;
  return frame.getColumn(count).toArray().map((n) => Number(n ?? 0));
}

/** A part of an analysis table as the page and the Word document show it. */
function contentTable(name: string, table: ReportTable, lang: Language): ContentTable & { marked: boolean } {
  const shown = (SHOWN[name] ?? table.display.columns).filter((column) => table.display.columns.includes(column));
  const display = table.display.select(...shown).head(ANALYSIS_ROWS);
  // Tables of several metrics (distributions, outliers) write each row's values in its metric's unit.
  const columns = tableColumns(display, lang, table.rowKinds);
  // A figure resting on active projects too is marked, the count of them being in the table's files, not shown here.
  const interim = shown.map((column) => interimCounts(table.display.head(ANALYSIS_ROWS), column));
  let marked = false;
  // A metric's name without its unit: each value in its row carries it (`59,8 %`, `7 826 €`).
  const metrics = shown.includes("metric") && table.frame.columns.includes("metric")
    ? table.frame.head(ANALYSIS_ROWS).getColumn("metric").toArray().map((metric) =>
      ANALYSIS_NAMES[lang].metric(String(metric))
    )
    : null;
  const rows = display.rows().map((row, r) =>
    row.map((value, i) => {
      if (metrics && shown[i] === "metric") return metrics[r]!;
      const text = cell(value, columnOfRow(columns[i]!, r).kind, lang);
      if ((interim[i]?.[r] ?? 0) === 0 || text === MISSING) return text;
      marked = true;
      return `${text} ${INTERIM_MARK}`;
    })
  );

  return {
    // The unit is in the cells (`7 826 €`, `59,8 %`): the header names the figure only (the files' headers name it).
    header: columns.map((column) => ({
      label: column.rowKinds ? column.header : columnHeader(column.name, lang),
      numeric: ["integer", "decimal", "percent", "euros"].includes(column.kind) || column.rowKinds !== undefined,
    })),
    rows,
    marked,
  };
}

/**
 * The analyses as the page and the Word document show them, from the
 * report's tables (as written, contact details scrubbed): a section per
 * analysis table, and the method paragraphs, each said once.
 */
export function analysisContent(
  tables: readonly ReportTable[],
  charts: readonly { name: string; analysis: string }[],
  projects: pl.DataFrame,
  lang: Language,
): AnalysisContent {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const say = ANALYSIS_METHODS[lang];
  const sections: AnalysisSection[] = [];
  const methods: string[] = [];
  for (const analysis of ANALYSES) {
    const table = byName.get(analysis.name);
    if (!table) continue;
    const content = contentTable(analysis.name, table, lang);
    const cut = table.display.height > 0 &&
      (content.header.length < table.display.width || content.rows.length < table.display.height);
    sections.push({
      name: analysis.name,
      title: analysis.title(lang),
      caption: analysis.caption(table.frame, lang),
      table: { header: content.header, rows: content.rows },
      note: [
        cut ? say.shownPart(content.header.length, table.display.width, content.rows.length, table.display.height) : "",
        content.marked ? say.interimMarked(INTERIM_MARK) : "",
      ].filter((part) => part !== "").join(" "),
      charts: charts.filter((chart) => chart.analysis === analysis.name).map((chart) => chart.name),
    });
    const method = analysis.method({ projects }, lang);
    if (!methods.includes(method)) methods.push(method);
  }
  return { sections, methods };
}
