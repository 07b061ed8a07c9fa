/**
 * Building an evaluation report as a Word document (`.docx`) that evaluators
 * can edit: headings, paragraphs, charts as pictures at their print size and
 * tables as real Word tables.
 *
 * Layout: A4, 2.5 cm margins (16 cm of text width), Calibri (LibreOffice
 * shows it with the metric-compatible Carlito where that is installed, else
 * with its default sans serif), the document language `fi-FI` or `en-GB`
 * for spelling and hyphenation, a title page, and page numbers in the footer
 * from page 2 on.
 *
 * Captions follow the convention of Finnish government and evaluation
 * reports: the numbered caption ("Kuvio 1. …", "Taulukko 1. …" / "Figure 1.
 * …", "Table 1. …") goes ABOVE both figures and tables, in Word's caption
 * style (`Caption`, shown as "Kuvaotsikko" in Finnish Word) with a real SEQ
 * field, so Word's list of figures and cross-references work; a figure's
 * explanatory note (source, n, what the marks mean) goes BELOW it in smaller
 * type. A caption is kept on the page of what it captions.
 *
 * The figures, tables and their captions are built in `docx_blocks.ts`.
 *
 * @module
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  type Table,
  TextRun,
} from "docx";
import type JSZip from "jszip";
import { formatReportDay } from "../i18n/format.ts";
import {
  cleanText,
  type Counters,
  figureBlocks,
  LABELS,
  Pictures,
  TABLE_TEXT,
  TABLE_TEXT_SMALL,
  TABLE_TEXT_SMALL_STYLE,
  TABLE_TEXT_STYLE,
  tableBlocks,
  textRuns,
  type WordFigure,
  type WordLanguage,
  type WordTable,
} from "./docx_blocks.ts";
import { type ZipEntry, zipPackage } from "./_zip.ts";

export {
  FIGURE_MAX_HEIGHT_CM,
  pngPrintWidthCm,
  pngSize,
  TEXT_WIDTH_CM,
  type WordFigure,
  type WordLanguage,
  type WordTable,
} from "./docx_blocks.ts";

/** A paragraph of plain text; a line break inside stays a line break. */
export interface WordParagraph {
  type: "paragraph";
  text: string;
}

/** What a section holds, in order. */
export type WordBlock = WordParagraph | WordFigure | WordTable;

/** A section of the report: a heading and its content. */
export interface WordSection {
  /** The section's heading. */
  heading: string;
  /**
   * Heading level: 1 for a chapter, 2 for a section within it.
   * @default {1}
   */
  level?: 1 | 2;
  /** The content, in order. */
  content: WordBlock[];
}

/** The whole report. */
export interface WordReport {
  /** Document language: captions' labels, dates and the language tag (`fi-FI` / `en-GB`). */
  lang: WordLanguage;
  /** Title on the title page and in the document properties. */
  title: string;
  /**
   * A line under the title.
   * @default {undefined}
   */
  subtitle?: string;
  /** When the report was made (an ISO string or a Date); shown on the title page. */
  generatedAt: string | Date;
  /** The chapters, in order. */
  sections: WordSection[];
}

/** A4 in twips, as Word writes it (universal measures such as "21cm" are not read by every program). */
const A4_TWIPS = { width: 11906, height: 16838 };
/** 2.5 cm in twips, as Word writes it. */
const MARGIN_TWIPS = 1417;
const FONT = "Calibri";

function sectionBlocks(
  section: WordSection,
  lang: WordLanguage,
  counters: Counters,
  pictures: Pictures | undefined,
): (Paragraph | Table)[] {
  const heading = new Paragraph({
    heading: section.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1,
    keepNext: true,
    children: textRuns(section.heading),
  });
  return [
    heading,
    ...section.content.flatMap((block): (Paragraph | Table)[] => {
      switch (block.type) {
        case "paragraph":
          return [new Paragraph({ children: textRuns(block.text) })];
        case "figure":
          return figureBlocks(block, lang, counters, pictures);
        case "table":
          return tableBlocks(block, lang, counters);
      }
    }),
  ];
}

/** The day the report was made, in Finnish time as the page gives it (see {@linkcode formatReportDay}). */
function formatDate(value: string | Date, lang: WordLanguage): string {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return cleanText(String(value));
  return formatReportDay(date, lang);
}

function titlePage(report: WordReport): Paragraph[] {
  const children: Paragraph[] = [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(report.title) }),
  ];
  if (report.subtitle) {
    children.push(
      new Paragraph({ spacing: { after: 480 }, children: textRuns(report.subtitle, { size: 28 }) }),
    );
  }
  children.push(
    new Paragraph({
      children: [
        new TextRun(`${LABELS[report.lang].generated} ${formatDate(report.generatedAt, report.lang)}`),
        new PageBreak(),
      ],
    }),
  );
  return children;
}

function wordDocument(report: WordReport, pictures?: Pictures): Document {
  const counters: Counters = { figure: 0, table: 0 };
  const labels = LABELS[report.lang];
  const run = { font: FONT, color: "000000" };
  return new Document({
    title: cleanText(report.title),
    description: report.subtitle ? cleanText(report.subtitle) : undefined,
    creator: "esf-toolkit",
    lastModifiedBy: "esf-toolkit",
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: { value: labels.tag } },
          paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
        },
        title: { run: { ...run, size: 48, bold: true }, paragraph: { spacing: { after: 240 } } },
        heading1: {
          run: { ...run, size: 32, bold: true },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { ...run, size: 26, bold: true },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
      },
      // Word's built-in caption style: its id is "Caption" and its name "caption" (Word shows it localised,
      // e.g. "Kuvaotsikko"), so Insert Caption, lists of figures and cross-references recognise these captions.
      paragraphStyles: [{
        id: "Caption",
        name: "caption",
        basedOn: "Normal",
        next: "Normal",
        uiPriority: 35,
        quickFormat: true,
        run: { ...run, size: 20, bold: true },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
      }, {
        id: TABLE_TEXT_STYLE,
        name: "Table Text",
        basedOn: "Normal",
        run: { size: TABLE_TEXT.size },
        paragraph: { spacing: TABLE_TEXT.spacing },
      }, {
        id: TABLE_TEXT_SMALL_STYLE,
        name: "Table Text Small",
        basedOn: "Normal",
        run: { size: TABLE_TEXT_SMALL.size },
        paragraph: { spacing: TABLE_TEXT_SMALL.spacing },
      }],
    },
    sections: [{
      properties: {
        titlePage: true,
        page: {
          size: { width: A4_TWIPS.width, height: A4_TWIPS.height },
          margin: {
            top: MARGIN_TWIPS,
            bottom: MARGIN_TWIPS,
            left: MARGIN_TWIPS,
            right: MARGIN_TWIPS,
            header: 709,
            footer: 709,
          },
        },
      },
      footers: {
        first: new Footer({ children: [new Paragraph({ children: [] })] }),
        default: new Footer({
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [new TextRun({ children: [PageNumber.CURRENT], size: 20 })],
            }),
          ],
        }),
      },
      children: [
        ...titlePage(report),
        ...report.sections.flatMap((section) => sectionBlocks(section, report.lang, counters, pictures)),
      ],
    }],
  });
}

/**
 * The report as `.docx` bytes.
 *
 * @example Usage
 * ```ts
 * import { wordReportBytes } from "./docx.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const bytes = await wordReportBytes({
 *   lang: "fi",
 *   title: "ESR-hankkeiden arviointi",
 *   generatedAt: "2026-11-05T10:00:00Z",
 *   sections: [{
 *     heading: "Rahoitus",
 *     content: [{ type: "table", caption: "Rahoitus", header: ["Hanke", "Euroa"], rows: [["S11547", 645300]] }],
 *   }],
 * });
 * assertEquals([bytes[0], bytes[1]], [0x50, 0x4b]); // a zip file, as every .docx
 * ```
 */
export async function wordReportBytes(report: WordReport): Promise<Uint8Array> {
  const compiler = (Packer as unknown as { compiler?: DocxCompiler }).compiler;
  if (!compiler) return new Uint8Array(await Packer.toBuffer(wordDocument(report)));
  // As Packer.toBuffer, but each picture hashed as a stand-in (see Pictures) and the package zipped by the
  // runtime's zlib (see _zip.ts): the charts' PNGs at level 2, which shrinks them by a sixth as pako's level 1 did
  // (a 1,000-document report's 25: 4.8 → 4.1 MB in 68 ms; level 6 no smaller), the XML parts at zlib's default.
  const pictures = new Pictures();
  const zip = compiler.compile(wordDocument(report, pictures));
  const entries: ZipEntry[] = [];
  const files: [string, JSZip.JSZipObject][] = [];
  zip.forEach((path, entry) => {
    if (!entry.dir) files.push([path, entry]);
  });
  for (const [path, entry] of files) {
    const picture = pictures.byPath.get(path);
    const data = picture ?? await entry.async("uint8array");
    entries.push({ path, data, level: path.startsWith("word/media/") ? 2 : 6 });
  }
  const placed = new Set(files.map(([path]) => path));
  const lost = [...pictures.byPath.keys()].filter((path) => !placed.has(path));
  if (lost.length > 0) throw new Error(`docx did not name its pictures' files as expected: ${lost.join(", ")}`);
  return zipPackage(entries);
}

/** The part of docx's (undeclared) compiler that Packer zips with: the package as a JSZip. */
interface DocxCompiler {
  compile(document: Document): JSZip;
}

/** Writes the report of {@linkcode wordReportBytes} to `path` (conventionally ending in `.docx`). */
export async function writeWordReport(path: string, report: WordReport): Promise<void> {
  await Deno.writeFile(path, await wordReportBytes(report));
}
