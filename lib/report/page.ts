/**
 * The report's `index.html`: one self-contained page (no scripts, no
 * external files needed to read it) in one language, that explains itself:
 * the key figures, every chart as inline SVG, the grouped metrics, the
 * projects, the register comparison, the data quality (diagnostics and
 * values to check, counted by code, with links to their tables), the method
 * (definitions, corpus, what was left out) and the files.
 * Every text from the documents is escaped.
 *
 * @module
 */
import { FONT } from "../charts/theme.ts";
import { ANALYSIS_METHODS } from "../i18n/analysis_methods.ts";
import { formatReportMoment } from "../i18n/format.ts";
import { REPORT_TEXT } from "../i18n/report.ts";
import { escapeHtml } from "../notebook/display.ts";
import { chartNote } from "./chart_note.ts";
import { periodTable, periodTableNote } from "./period_table.ts";
import { methodContent, registerContent } from "./method.ts";
import {
  type ContentTable,
  countFiles,
  diagnosticRowsTable,
  diagnosticSummaryTable,
  keyFigures,
  LISTED_ROWS,
  projectTable,
  registerDisagreementsNote,
  type ReportInput,
  suspiciousRowsTable,
  suspiciousSummaryTable,
  suspiciousSummaryText,
  templateGapNote,
} from "./report_content.ts";

export type { RegisterComparison, ReportChart } from "./report_content.ts";

/** What the page shows. */
export type ReportPage = ReportInput;

const STYLE = `
body { font-family: "${FONT}", Verdana, sans-serif; margin: 2rem auto; max-width: 1100px; color: #222; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2.5rem; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05rem; margin-top: 1.5rem; }
.meta, .note { color: #555; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 1rem; }
.figure { border: 1px solid #ddd; border-radius: 6px; padding: 0.8rem; }
.figure .value { font-size: 1.6rem; font-weight: bold; }
.figure .label, .figure .basis { font-size: 0.85rem; color: #444; }
figure.chart { margin: 1.5rem 0; page-break-inside: avoid; }
figure.chart svg { max-width: 100%; height: auto; }
figcaption { font-size: 0.85rem; color: #444; }
figcaption .chart-note { margin: 0.3rem 0 0; }
table { border-collapse: collapse; font-size: 0.85rem; margin: 0.5rem 0; }
th, td { border-bottom: 1px solid #ddd; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.n, td.w { white-space: nowrap; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
`;

/** A table of the report as HTML; every cell escaped. */
function htmlTable(table: ContentTable): string {
  const cls = (numeric?: boolean) => numeric ? ' class="n"' : "";
  // A figure ("93,9 % (n = 3)") and a single word ("2007-2013") are never broken over two lines.
  const cellClass = (cell: string, numeric?: boolean) => numeric ? cls(true) : /\s/.test(cell) ? "" : ' class="w"';
  const head = table.header.map((h) => `<th${cls(h.numeric)}>${escapeHtml(h.label)}</th>`).join("");
  const body = table.rows.map((row) =>
    `<tr>${
      row.map((cell, i) => `<td${cellClass(cell, table.header[i]?.numeric)}>${escapeHtml(cell)}</td>`).join("")
    }</tr>`
  ).join("\n");
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

const paragraph = (text: string, cls = "") => `<p${cls ? ` class="${cls}"` : ""}>${escapeHtml(text)}</p>`;
const heading = (level: 2 | 3, text: string, id?: string) =>
  `<h${level}${id ? ` id="${id}"` : ""}>${escapeHtml(text)}</h${level}>`;

/** Links to every format of a table the report wrote: `diagnostics.xlsx · diagnostics.fi.csv · …`. */
function tableLinks(page: ReportPage, table: string): string {
  const files = page.downloads.filter((file) => file.startsWith(`tables/${table}.`))
    .sort((a, b) => Number(!a.endsWith(".xlsx")) - Number(!b.endsWith(".xlsx")));
  if (files.length === 0) return "";
  const links = files.map((file) => `<a href="${escapeHtml(file)}">${escapeHtml(file.slice("tables/".length))}</a>`);
  return `<p>${escapeHtml(REPORT_TEXT[page.lang].wholeTable)}: ${links.join(" · ")}</p>`;
}

/** "The first 100 here, all 2 345 in the table", when the page does not list them all. */
function shownOf(page: ReportPage, total: number, table: string): string {
  return total > LISTED_ROWS ? paragraph(REPORT_TEXT[page.lang].shownOf(LISTED_ROWS, total, table), "note") : "";
}

/** The data quality: diagnostics and values to check, each counted by code with a link to its table. */
function qualitySection(page: ReportPage): string {
  const { lang } = page;
  const text = REPORT_TEXT[lang];
  const files = new Set(page.diagnostics.map((d) => d.file)).size;
  const gaps = templateGapNote(page);
  const diagnostics = page.diagnostics.length === 0 ? [paragraph(text.noDiagnostics)] : [
    paragraph(text.diagnosticsSummary(page.diagnostics.length, files)),
    htmlTable(diagnosticSummaryTable(page.diagnostics, lang)),
    tableLinks(page, "diagnostics"),
    htmlTable(diagnosticRowsTable(page.diagnostics, lang, LISTED_ROWS)),
    shownOf(page, page.diagnostics.length, "diagnostics"),
  ];
  const disagreements = registerDisagreementsNote(page);
  if (disagreements !== null) diagnostics.push(paragraph(disagreements));
  const suspicious = page.suspicious.length === 0 ? [paragraph(text.noSuspicious)] : [
    paragraph(suspiciousSummaryText(page.suspicious, lang)),
    htmlTable(suspiciousSummaryTable(page.suspicious, lang)),
    tableLinks(page, "suspicious-values"),
    htmlTable(suspiciousRowsTable(page.suspicious, lang, LISTED_ROWS)),
    shownOf(page, page.suspicious.length, "suspicious-values"),
  ];
  return [
    heading(2, text.quality, "quality"),
    heading(3, text.diagnostics, "diagnostics"),
    ...diagnostics,
    gaps === null ? "" : paragraph(gaps),
    heading(3, text.suspicious, "suspicious-values"),
    ...suspicious,
  ].filter((part) => part !== "").join("\n");
}

/** The registers given and what comparing each period with its own register found. */
function registerSection(page: ReportPage): string {
  const content = registerContent(page);
  if (!content) return "";
  const text = REPORT_TEXT[page.lang];
  return [
    heading(2, text.register, "register"),
    `<p>${escapeHtml(text.registersGiven)}:</p>`,
    `<ul>${content.given.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>`,
    ...content.paragraphs.map((p) => paragraph(p)),
    content.mismatches ? htmlTable(content.mismatches) : "",
    shownOf(page, content.mismatchCount, "register-crosscheck"),
    tableLinks(page, "register-crosscheck"),
  ].filter((part) => part !== "").join("\n");
}

/** Definitions, interim figures, the corpus and what was left out. */
function methodSection(page: ReportPage): string {
  const text = REPORT_TEXT[page.lang];
  const method = methodContent(page);
  return [
    heading(2, text.method, "method"),
    heading(3, text.methodMetrics),
    htmlTable(method.metrics),
    ...method.paragraphs.map((p) => paragraph(p)),
    heading(3, text.methodCorpus),
    paragraph(method.corpus),
    htmlTable(method.periods),
    heading(3, text.methodExcluded),
    paragraph(method.excluded),
    method.excludedFiles ? htmlTable(method.excludedFiles) : "",
    ...(page.analyses ? [heading(3, ANALYSIS_METHODS[page.lang].methodHeading)] : []),
    ...(page.analyses?.methods ?? []).map((p) => paragraph(p)),
  ].filter((part) => part !== "").join("\n");
}

/** A chart as the page shows it: the SVG inline, its title, links to its files, and the note Word prints under it. */
function chartFigure(page: ReportPage, chart: ReportPage["charts"][number]): string {
  return `<figure class="chart" id="${escapeHtml(chart.name)}" aria-label="${
    escapeHtml(chart.description)
  }">${chart.svg}` +
    `<figcaption>${escapeHtml(chart.title)}: <a href="charts/${escapeHtml(chart.name)}.svg">SVG</a> · ` +
    `<a href="charts/${escapeHtml(chart.name)}.png">PNG</a>` +
    `<p class="chart-note">${escapeHtml(chartNote(page, chart))}</p></figcaption></figure>`;
}

/** The analyses: under each title its charts, and each table's caption, its first rows and links to its files. */
function analysisSection(page: ReportPage): string {
  const content = page.analyses;
  if (!content || content.sections.length === 0) return "";
  const say = ANALYSIS_METHODS[page.lang];
  const charts = new Map(page.charts.map((chart) => [chart.name, chart]));
  const parts = [heading(2, say.sectionTitle, "analyses"), paragraph(say.sectionIntro)];
  content.sections.forEach((section, i) => {
    if (section.title !== content.sections[i - 1]?.title) parts.push(heading(3, section.title, section.name));
    parts.push(...section.charts.flatMap((name) => charts.has(name) ? [chartFigure(page, charts.get(name)!)] : []));
    // An empty table is said in its caption ("… 0 projects").
    parts.push(paragraph(section.caption), section.table.rows.length > 0 ? htmlTable(section.table) : "");
    if (section.note) parts.push(paragraph(section.note, "note"));
    parts.push(tableLinks(page, section.name));
  });
  return parts.filter((part) => part !== "").join("\n");
}

/** Renders the page. */
export function reportHtml(page: ReportPage): string {
  const lang = page.lang;
  const text = REPORT_TEXT[lang];
  const active = page.projects.filter((p) => p.status_normalised === "active").length;
  const figures = keyFigures(page).map(({ label, value, n }) =>
    `<div class="figure"><div class="label">${escapeHtml(label)}</div><div class="value">${escapeHtml(value)}</div>` +
    `<div class="basis">${escapeHtml(text.basis(n))}</div></div>`
  ).join("\n");
  // The analyses' charts stand in their section.
  const placed = new Set(page.analyses?.sections.flatMap((section) => section.charts) ?? []);
  const charts = page.charts.filter((chart) => !placed.has(chart.name)).map((chart) => chartFigure(page, chart))
    .join("\n");
  const downloads = page.downloads.map((file) => `<li><a href="${escapeHtml(file)}">${escapeHtml(file)}</a></li>`)
    .join("");
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(text.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(text.title)}</h1>
<p class="meta">${escapeHtml(text.generated)} ${escapeHtml(formatReportMoment(page.generatedAt, lang))} · ${
    escapeHtml(text.corpus)
  } <code>${escapeHtml(page.corpus)}</code> · ${
    escapeHtml(text.counts(countFiles(page.files), page.projects.length, active))
  }</p>
${heading(2, text.keyFigures, "key-figures")}
<div class="figures">
${figures}
</div>
${heading(2, text.byPeriod, "by-period")}
${htmlTable(periodTable(page))}
${periodTableNote(page) === null ? "" : paragraph(periodTableNote(page)!)}
${heading(2, text.charts, "charts")}
${charts}
${heading(2, text.projects, "projects")}
${htmlTable(projectTable(page, undefined, LISTED_ROWS))}
${shownOf(page, page.projects.length, "projects")}
${tableLinks(page, "projects")}
${analysisSection(page)}
${registerSection(page)}
${qualitySection(page)}
${methodSection(page)}
${heading(2, text.downloads, "files")}
${paragraph(text.downloadsNote, "note")}
<ul>${downloads}</ul>
</body>
</html>
`;
}
