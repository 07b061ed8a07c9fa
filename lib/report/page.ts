/**
 * The report's `index.html`: one self-contained page (no scripts, no
 * external files needed to read it) with the key figures, every chart as
 * inline SVG, the grouped metrics, the projects and the diagnostics.
 * Every text from the documents is escaped.
 *
 * @module
 */
import type { Language } from "../charts/theme.ts";
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

type RegisterSummary = NonNullable<ReportPage["register"]>;

const TEXT = {
  fi: {
    title: "ESR-hankkeiden arviointiaineisto",
    generated: "Tuotettu",
    corpus: "Aineisto",
    files: "tiedostoa",
    projects: "hanketta",
    active: "käynnissä (luvut väliaikaisia)",
    keyFigures: "Keskeiset luvut",
    realisation: "Osallistujien toteutumisaste (painotettu)",
    womenShare: "Naisten osuus toteutuneista osallistujista",
    utilisation: "Julkisen rahoituksen käyttöaste",
    utilisationEnded: "Julkisen rahoituksen käyttöaste, päättyneet hankkeet",
    cost: "Julkinen rahoitus / toteutunut osallistuja",
    basis: "hankkeen luvuista",
    charts: "Kuviot",
    byPeriod: "Ohjelmakausittain",
    projectsTable: "Hankkeet",
    diagnostics: "Mitä ei voitu lukea",
    noDiagnostics: "Kaikki tiedostot luettiin ilman huomautuksia.",
    downloads: "Tiedostot",
    register: "Vertailu hankerekisteriin",
    registerSummary: (r: RegisterSummary) =>
      `Rekisteri ${r.file}: ${r.projects} hanketta. Aineiston hankkeista ${r.compared} on rekisterissä; ` +
      `eroja ${r.mismatches.length}; puuttuu rekisteristä: ${r.missing.join(", ") || "ei yhtään"}.`,
    missing: "–",
    columns: {
      code: "Koodi",
      name: "Nimi",
      period: "Kausi",
      status: "Tila",
      planned: "Osallistujat, suunniteltu",
      actual: "Osallistujat, toteutunut",
      realisation: "Toteutumisaste",
      fundingPlanned: "Julkinen rahoitus, suunniteltu €",
      fundingActual: "Julkinen rahoitus, toteutunut €",
      utilisation: "Käyttöaste",
      file: "Tiedosto",
      line: "Rivi",
      level: "Taso",
      code_: "Koodi",
      message: "Viesti",
      n: "Hankkeita",
    },
  },
  en: {
    title: "ESF projects: evaluation material",
    generated: "Generated",
    corpus: "Corpus",
    files: "files",
    projects: "projects",
    active: "active (interim figures)",
    keyFigures: "Key figures",
    realisation: "Participant realisation (weighted)",
    womenShare: "Women's share of actual participants",
    utilisation: "Public funding utilisation",
    utilisationEnded: "Public funding utilisation, ended projects",
    cost: "Public funding per actual participant",
    basis: "projects' figures",
    charts: "Charts",
    byPeriod: "By programme period",
    projectsTable: "Projects",
    diagnostics: "What could not be read",
    noDiagnostics: "Every file was read without a diagnostic.",
    downloads: "Files",
    register: "Comparison with the project register",
    registerSummary: (r: RegisterSummary) =>
      `Register ${r.file}: ${r.projects} projects. Of the corpus projects, ${r.compared} are in the register; ` +
      `${r.mismatches.length} disagreements; not in the register: ${r.missing.join(", ") || "none"}.`,
    missing: "–",
    columns: {
      code: "Code",
      name: "Name",
      period: "Period",
      status: "Status",
      planned: "Participants, planned",
      actual: "Participants, actual",
      realisation: "Realisation",
      fundingPlanned: "Public funding, planned €",
      fundingActual: "Public funding, actual €",
      utilisation: "Utilisation",
      file: "File",
      line: "Line",
      level: "Level",
      code_: "Code",
      message: "Message",
      n: "Projects",
    },
  },
} as const;

function formatters(lang: Language) {
  const locale = lang === "fi" ? "fi-FI" : "en-GB";
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const missing = TEXT[lang].missing;
  return {
    integer: (value: unknown) => typeof value === "number" ? integer.format(value) : missing,
    percent: (value: unknown) => typeof value === "number" ? percent.format(value) : missing,
    euros: (value: unknown) => typeof value === "number" ? `${integer.format(value)} €` : missing,
  };
}

const STYLE = `
body { font-family: "DejaVu Sans", Verdana, sans-serif; margin: 2rem auto; max-width: 1100px; color: #222; padding: 0 1rem; }
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
  const text = TEXT[page.lang];
  const f = formatters(page.lang);
  const c = text.columns;
  const active = page.projects.filter((p) => p.status_normalised === "active").length;
  const figure = (label: string, value: string, n: unknown) =>
    `<div class="figure"><div class="label">${escapeHtml(label)}</div><div class="value">${escapeHtml(value)}</div>` +
    `<div class="basis">n = ${escapeHtml(String(n ?? 0))} ${escapeHtml(text.basis)}</div></div>`;
  const o = page.overall;
  const figures = [
    figure(text.realisation, f.percent(o.participant_realisation), o.participant_realisation_n),
    figure(text.womenShare, f.percent(o.women_share_actual), o.women_share_actual_n),
    figure(text.utilisation, f.percent(o.funding_utilisation), o.funding_utilisation_n),
    figure(text.utilisationEnded, f.percent(page.ended.funding_utilisation), page.ended.funding_utilisation_n),
    figure(text.cost, f.euros(o.cost_per_participant), o.cost_per_participant_n),
  ].join("\n");
  const charts = page.charts.map((chart) =>
    `<figure class="chart" id="${escapeHtml(chart.name)}" aria-label="${escapeHtml(chart.description)}">${chart.svg}` +
    `<figcaption>${escapeHtml(chart.title)}: <a href="charts/${escapeHtml(chart.name)}.svg">SVG</a> · ` +
    `<a href="charts/${escapeHtml(chart.name)}.png">PNG</a></figcaption></figure>`
  ).join("\n");
  const periods = table(
    [
      { label: c.period },
      { label: c.n, numeric: true },
      { label: c.realisation, numeric: true },
      { label: text.womenShare, numeric: true },
      { label: c.utilisation, numeric: true },
      { label: text.cost, numeric: true },
    ],
    page.byPeriod.map((row) => [
      String(row.programme_period),
      f.integer(row.n_projects),
      `${f.percent(row.participant_realisation)} (n = ${row.participant_realisation_n})`,
      `${f.percent(row.women_share_actual)} (n = ${row.women_share_actual_n})`,
      `${f.percent(row.funding_utilisation)} (n = ${row.funding_utilisation_n})`,
      `${f.euros(row.cost_per_participant)} (n = ${row.cost_per_participant_n})`,
    ]),
  );
  const projects = table(
    [
      { label: c.code },
      { label: c.name },
      { label: c.period },
      { label: c.status },
      { label: c.planned, numeric: true },
      { label: c.actual, numeric: true },
      { label: c.realisation, numeric: true },
      { label: c.fundingPlanned, numeric: true },
      { label: c.fundingActual, numeric: true },
      { label: c.utilisation, numeric: true },
    ],
    page.projects.map((p) => [
      String(p.project_code ?? text.missing),
      String(p.name ?? text.missing),
      String(p.programme_period),
      String(p.status ?? text.missing),
      f.integer(p.participants_planned),
      f.integer(p.participants_actual),
      f.percent(p.participant_realisation),
      f.integer(p.funding_public_planned),
      f.integer(p.funding_public_actual),
      f.percent(p.funding_utilisation),
    ]),
  );
  const diagnostics = page.diagnostics.length === 0 ? `<p>${escapeHtml(text.noDiagnostics)}</p>` : table(
    [{ label: c.file }, { label: c.line, numeric: true }, { label: c.level }, { label: c.code_ }, {
      label: c.message,
    }],
    page.diagnostics.map((d) => [d.file, d.line === null ? "" : String(d.line), d.level, d.code, d.message]),
  );
  const register = page.register
    ? `<h2>${escapeHtml(text.register)}</h2>\n<p>${escapeHtml(text.registerSummary(page.register))}</p>\n` +
      (page.register.mismatches.length === 0 ? "" : table(
        [{ label: c.code }, { label: c.file }, { label: c.line, numeric: true }, { label: c.message }],
        page.register.mismatches.map((
          d,
        ) => [d.project_code ?? "", d.file, d.line === null ? "" : String(d.line), d.message]),
      ))
    : "";
  const downloads = page.downloads.map((file) => `<li><a href="${escapeHtml(file)}">${escapeHtml(file)}</a></li>`)
    .join("");
  return `<!DOCTYPE html>
<html lang="${page.lang}">
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
  }</code> · ${page.files} ${escapeHtml(text.files)}, ${page.projects.length} ${escapeHtml(text.projects)}, ${active} ${
    escapeHtml(text.active)
  }</p>
<h2>${escapeHtml(text.keyFigures)}</h2>
<div class="figures">
${figures}
</div>
<h2>${escapeHtml(text.byPeriod)}</h2>
${periods}
<h2>${escapeHtml(text.charts)}</h2>
${charts}
<h2>${escapeHtml(text.projectsTable)}</h2>
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
