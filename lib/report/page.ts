/**
 * The report's `index.html`: one self-contained page (no scripts, no
 * external files needed to read it) with the key figures, every chart as
 * inline SVG, the grouped metrics, the projects and the diagnostics.
 * Every text from the documents is escaped.
 *
 * @module
 */
import { FONT } from "../charts/theme.ts";
import { formatInteger, formatPercent, MISSING } from "../i18n/format.ts";
import type { Language } from "../i18n/mod.ts";
import { REPORT_TEXT } from "../i18n/report.ts";
import { escapeHtml } from "../notebook/display.ts";
import type { Diagnostic } from "../schema.ts";

/** A chart on the page: its file name, title and SVG. */
export interface ReportChart {
  name: string;
  title: string;
  description: string;
  svg: string;
}

/** What the page shows. */
export interface ReportPage {
  lang: Language;
  generatedAt: string;
  corpus: string;
  files: number;
  projects: Record<string, unknown>[];
  /** `summarise(projects)` over all projects, one row. */
  overall: Record<string, unknown>;
  /** `summarise(projects, { interim: "exclude" })`, one row. */
  ended: Record<string, unknown>;
  byPeriod: Record<string, unknown>[];
  charts: ReportChart[];
  diagnostics: Diagnostic[];
  /** Exported files, relative to the report folder, for links. */
  downloads: string[];
  /** The register cross-check, when a register was given. */
  register?: { file: string; projects: number; compared: number; missing: string[]; mismatches: Diagnostic[] };
}

/** Whole euros as the page writes them in both languages: the integer, then ` €`. */
function formatPageEuros(value: unknown, lang: Language): string {
  return typeof value === "number" ? `${formatInteger(value, lang)} €` : MISSING;
}

const STYLE = `
body { font-family: "${FONT}", Verdana, sans-serif; margin: 2rem auto; max-width: 1100px; color: #222; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2.5rem; border-bottom: 1px solid #ccc; }
.meta { color: #555; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 1rem; }
.figure { border: 1px solid #ddd; border-radius: 6px; padding: 0.8rem; }
.figure .value { font-size: 1.6rem; font-weight: bold; }
.figure .label, .figure .basis { font-size: 0.85rem; color: #444; }
figure.chart { margin: 1.5rem 0; page-break-inside: avoid; }
figure.chart svg { max-width: 100%; height: auto; }
figcaption { font-size: 0.85rem; color: #444; }
table { border-collapse: collapse; font-size: 0.85rem; margin: 0.5rem 0; }
th, td { border-bottom: 1px solid #ddd; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
`;

function table(headers: { label: string; numeric?: boolean }[], rows: string[][]): string {
  const cls = (numeric?: boolean) => numeric ? ' class="n"' : "";
  return `<table><thead><tr>${
    headers.map((h) => `<th${cls(h.numeric)}>${escapeHtml(h.label)}</th>`).join("")
  }</tr></thead>` +
    `<tbody>${
      rows.map((row) =>
        `<tr>${row.map((cell, i) => `<td${cls(headers[i]?.numeric)}>${escapeHtml(cell)}</td>`).join("")}</tr>`
      )
        .join("\n")
    }</tbody></table>`;
}

/** Renders the page. */
export function reportHtml(page: ReportPage): string {
  const lang = page.lang;
  const text = REPORT_TEXT[lang];
  const percent = (value: unknown) => formatPercent(value, lang);
  const integer = (value: unknown) => formatInteger(value, lang);
  const active = page.projects.filter((p) => p.status_normalised === "active").length;
  const figure = (label: string, value: string, n: unknown) =>
    `<div class="figure"><div class="label">${escapeHtml(label)}</div><div class="value">${escapeHtml(value)}</div>` +
    `<div class="basis">${escapeHtml(text.basis(String(n ?? 0)))}</div></div>`;
  const o = page.overall;
  const figures = [
    figure(text.realisation, percent(o.participant_realisation), o.participant_realisation_n),
    figure(text.womenShare, percent(o.women_share_actual), o.women_share_actual_n),
    figure(text.utilisation, percent(o.funding_utilisation), o.funding_utilisation_n),
    figure(text.utilisationEnded, percent(page.ended.funding_utilisation), page.ended.funding_utilisation_n),
    figure(text.cost, formatPageEuros(o.cost_per_participant, lang), o.cost_per_participant_n),
  ].join("\n");
  const charts = page.charts.map((chart) =>
    `<figure class="chart" id="${escapeHtml(chart.name)}" aria-label="${escapeHtml(chart.description)}">${chart.svg}` +
    `<figcaption>${escapeHtml(chart.title)}: <a href="charts/${escapeHtml(chart.name)}.svg">SVG</a> · ` +
    `<a href="charts/${escapeHtml(chart.name)}.png">PNG</a></figcaption></figure>`
  ).join("\n");
  const periods = table(
    [
      { label: text.columnPeriod },
      { label: text.columnProjects, numeric: true },
      { label: text.columnRealisation, numeric: true },
      { label: text.womenShare, numeric: true },
      { label: text.columnUtilisation, numeric: true },
      { label: text.cost, numeric: true },
    ],
    page.byPeriod.map((row) => [
      String(row.programme_period),
      integer(row.n_projects),
      `${percent(row.participant_realisation)} (n = ${row.participant_realisation_n})`,
      `${percent(row.women_share_actual)} (n = ${row.women_share_actual_n})`,
      `${percent(row.funding_utilisation)} (n = ${row.funding_utilisation_n})`,
      `${formatPageEuros(row.cost_per_participant, lang)} (n = ${row.cost_per_participant_n})`,
    ]),
  );
  const projects = table(
    [
      { label: text.columnCode },
      { label: text.columnName },
      { label: text.columnPeriod },
      { label: text.columnStatus },
      { label: text.columnPlanned, numeric: true },
      { label: text.columnActual, numeric: true },
      { label: text.columnRealisation, numeric: true },
      { label: text.columnFundingPlanned, numeric: true },
      { label: text.columnFundingActual, numeric: true },
      { label: text.columnUtilisation, numeric: true },
    ],
    page.projects.map((p) => [
      String(p.project_code ?? MISSING),
      String(p.name ?? MISSING),
      String(p.programme_period),
      String(p.status ?? MISSING),
      integer(p.participants_planned),
      integer(p.participants_actual),
      percent(p.participant_realisation),
      integer(p.funding_public_planned),
      integer(p.funding_public_actual),
      percent(p.funding_utilisation),
    ]),
  );
  const diagnostics = page.diagnostics.length === 0 ? `<p>${escapeHtml(text.noDiagnostics)}</p>` : table(
    [
      { label: text.columnFile },
      { label: text.columnLine, numeric: true },
      { label: text.columnLevel },
      { label: text.columnCode },
      { label: text.columnMessage },
    ],
    page.diagnostics.map((d) => [d.file, d.line === null ? "" : String(d.line), d.level, d.code, d.message]),
  );
  const register = page.register
    ? `<h2>${escapeHtml(text.register)}</h2>\n<p>${escapeHtml(text.registerSummary(page.register))}</p>\n` +
      (page.register.mismatches.length === 0 ? "" : table(
        [
          { label: text.columnCode },
          { label: text.columnFile },
          { label: text.columnLine, numeric: true },
          { label: text.columnMessage },
        ],
        page.register.mismatches.map((
          d,
        ) => [d.project_code ?? "", d.file, d.line === null ? "" : String(d.line), d.message]),
      ))
    : "";
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
<p class="meta">${escapeHtml(text.generated)} ${escapeHtml(page.generatedAt)} · ${escapeHtml(text.corpus)} <code>${
    escapeHtml(page.corpus)
  }</code> · ${escapeHtml(text.counts(page.files, page.projects.length, active))}</p>
<h2>${escapeHtml(text.keyFigures)}</h2>
<div class="figures">
${figures}
</div>
<h2>${escapeHtml(text.byPeriod)}</h2>
${periods}
<h2>${escapeHtml(text.charts)}</h2>
${charts}
<h2>${escapeHtml(text.projects)}</h2>
${projects}
${register}
<h2>${escapeHtml(text.diagnostics)}</h2>
${diagnostics}
<h2>${escapeHtml(text.downloads)}</h2>
<ul>${downloads}</ul>
</body>
</html>
`;
}
