/**
 * The report as a Word document (`report.docx`) in the report's language,
 * nothing pasted by hand: the key figures and the figures by period as Word
 * tables, every chart as the PNG the report wrote (at its print size, from
 * the resolution in the file) under a numbered caption with its title and a
 * note with the metric's definition and n, the projects' key columns, the
 * register comparison, the data quality counted by code, and the method.
 *
 * @module
 */
import { REPORT_TEXT } from "../i18n/report.ts";
import {
  pngPrintWidthCm,
  TEXT_WIDTH_CM,
  type WordBlock,
  type WordFigure,
  type WordReport,
  type WordSection,
  type WordTable,
} from "../output/docx.ts";
import { ANALYSIS_METHODS } from "../i18n/analysis_methods.ts";
import { chartNote } from "./chart_note.ts";
import { periodTable, periodTableNote } from "./period_table.ts";
import { methodContent, registerContent } from "./method.ts";
import {
  type ContentTable,
  countFiles,
  diagnosticSummaryTable,
  keyFigureTable,
  LISTED_ROWS,
  projectTable,
  registerDisagreementsNote,
  type ReportChart,
  type ReportInput,
  suspiciousRowsTable,
  suspiciousSummaryTable,
  suspiciousSummaryText,
  templateGapNote,
} from "./report_content.ts";

/** A chart of the Word report: its file name, title, description, the PNG the report wrote, and whether it draws an active project. */
export interface WordChart extends Omit<ReportChart, "svg"> {
  png: Uint8Array;
}

function wordTable(caption: string, table: ContentTable): WordTable {
  return {
    type: "table",
    caption,
    header: table.header.map((column) => column.label),
    rows: table.rows,
    align: table.header.map((column) => column.numeric ? "right" : "left"),
  };
}

const text = (value: string): WordBlock => ({ type: "paragraph", text: value });

/** The analyses' chapter: a section per title with its charts, and each table's caption and first rows. */
function analysisSections(
  input: ReportInput,
  charts: WordChart[],
  figure: (chart: WordChart) => WordFigure,
): WordSection[] {
  const sections = input.analyses?.sections ?? [];
  if (sections.length === 0) return [];
  const say = ANALYSIS_METHODS[input.lang];
  const byName = new Map(charts.map((chart) => [chart.name, chart]));
  const chapter: WordSection[] = [{ heading: say.sectionTitle, content: [text(say.sectionIntro)] }];
  sections.forEach((section, i) => {
    if (section.title !== sections[i - 1]?.title) chapter.push({ heading: section.title, level: 2, content: [] });
    const content = chapter.at(-1)!.content;
    content.push(...section.charts.flatMap((name) => byName.has(name) ? [figure(byName.get(name)!)] : []));
    // An empty table is said in its caption ("… 0 projects").
    content.push(section.table.rows.length > 0 ? wordTable(section.caption, section.table) : text(section.caption));
    if (section.note) content.push(text(section.note));
  });
  return chapter;
}

/** The Word report of the report's content and its charts' PNGs. */
export function wordReport(input: ReportInput, charts: WordChart[]): WordReport {
  const { lang } = input;
  const say = REPORT_TEXT[lang];
  const active = input.projects.filter((p) => p.status_normalised === "active").length;
  const method = methodContent(input);
  const register = registerContent(input);
  // "The first 100 here, all 2 345 in the table", when a table lists only the first.
  const shownOf = (total: number, table: string) =>
    total > LISTED_ROWS ? [text(say.shownOf(LISTED_ROWS, total, table))] : [];
  const diagnosticFiles = new Set(input.diagnostics.map((d) => d.file)).size;
  const quality: WordBlock[] = input.diagnostics.length === 0 ? [text(say.noDiagnostics)] : [
    text(say.diagnosticsSummary(input.diagnostics.length, diagnosticFiles)),
    wordTable(say.diagnosticsByCode, diagnosticSummaryTable(input.diagnostics, lang)),
  ];
  const disagreements = registerDisagreementsNote(input);
  if (disagreements !== null) quality.push(text(disagreements));
  const gaps = templateGapNote(input);
  if (gaps !== null) quality.push(text(gaps));
  quality.push(
    ...(input.suspicious.length === 0 ? [text(say.noSuspicious)] : [
      text(suspiciousSummaryText(input.suspicious, lang)),
      wordTable(say.suspiciousByCheck, suspiciousSummaryTable(input.suspicious, lang)),
      wordTable(say.suspicious, suspiciousRowsTable(input.suspicious, lang, LISTED_ROWS)),
    ]),
  );
  const figure = (chart: WordChart): WordFigure => ({
    type: "figure",
    title: chart.title,
    caption: chartNote(input, chart),
    png: chart.png,
    widthCm: Math.min(TEXT_WIDTH_CM, pngPrintWidthCm(chart.png) ?? TEXT_WIDTH_CM),
  });
  // The analyses' charts stand in their section.
  const placed = new Set(input.analyses?.sections.flatMap((section) => section.charts) ?? []);
  return {
    lang,
    title: say.title,
    subtitle: `${say.corpus} ${input.corpus}: ${say.counts(countFiles(input.files), input.projects.length, active)}`,
    generatedAt: input.generatedAt,
    sections: [
      {
        heading: say.keyFigures,
        content: [
          wordTable(say.keyFigures, keyFigureTable(input)),
          wordTable(say.byPeriod, periodTable(input)),
          ...(periodTableNote(input) === null ? [] : [text(periodTableNote(input)!)]),
        ],
      },
      { heading: say.charts, content: charts.filter((chart) => !placed.has(chart.name)).map(figure) },
      {
        // Two tables, so that every figure fits the 16 cm of a portrait page unbroken.
        heading: say.projects,
        content: [
          wordTable(
            say.projectsParticipants,
            projectTable(input, ["code", "name", "status", "planned", "actual", "realisation"], LISTED_ROWS),
          ),
          wordTable(
            say.projectsFunding,
            projectTable(input, ["code", "period", "fundingPlanned", "fundingActual", "utilisation"], LISTED_ROWS),
          ),
          ...shownOf(input.projects.length, "projects"),
        ],
      },
      ...analysisSections(input, charts, figure),
      ...(register
        ? [{
          heading: say.register,
          content: [
            text(`${say.registersGiven}: ${register.given.join("; ")}.`),
            ...register.paragraphs.map(text),
            ...(register.mismatches ? [wordTable(say.registerMismatches, register.mismatches)] : []),
            ...shownOf(register.mismatchCount, "register-crosscheck"),
          ],
        }]
        : []),
      { heading: say.quality, content: quality },
      {
        heading: say.method,
        content: [
          wordTable(say.methodMetrics, method.metrics),
          ...method.paragraphs.map(text),
          text(method.corpus),
          wordTable(say.methodCorpus, method.periods),
          text(method.excluded),
          ...(method.excludedFiles ? [wordTable(say.methodExcluded, method.excludedFiles)] : []),
        ],
      },
      ...(input.analyses
        ? [{
          heading: ANALYSIS_METHODS[lang].methodHeading,
          level: 2 as const,
          content: input.analyses.methods.map(text),
        }]
        : []),
    ],
  };
}
